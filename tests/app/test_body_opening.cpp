// Opening a body in the background: the loader's label and progress while it runs, one hand-over,
// a second open refused while one runs, and AppState adopting the body or the error.
#include <catch2/catch.hpp>

#include <chrono>
#include <thread>

#include "app/app_state.h"
#include "app/body_opening.h"
#include "app/body_source.h"
#include "core/io/atomic_file.h"
#include "core/io/gltf_writer.h"
#include "support/test_paths.h"

namespace {

namespace fs = std::filesystem;

// The bundled body written as a user's GLB file.
fs::path bodyFile() {
  const fs::path file = myo::test::scratch() / "opening" / "user body.glb";
  fs::create_directories(file.parent_path());
  myo::Result<myo::LoadedBody> body = myo::loadBodyOrDefault({}, {});
  REQUIRE(body.ok());
  REQUIRE(myo::writeFileAtomic(file, myo::writeGlb(body->model)).ok());
  return file;
}

// Waits (up to 60 s) for the loader to hand over its result.
myo::Result<myo::LoadedBody> taken(myo::BodyLoader& loader) {
  for (int i = 0; i < 6000; ++i) {
    if (std::optional<myo::Result<myo::LoadedBody>> done = loader.take()) return *std::move(done);
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  FAIL("the load did not finish in 60 s");
  return myo::Error{};
}

}  // namespace

TEST_CASE("a body loads on a worker thread with a label and a progress estimate",
          "[opening][threads]") {
  const fs::path file = bodyFile();
  myo::BodyLoader loader;
  CHECK_FALSE(loader.busy());
  CHECK_FALSE(loader.progress());
  CHECK_FALSE(loader.take());
  REQUIRE(loader.start({file}, {}));
  CHECK(loader.busy());
  const double megabytes = static_cast<double>(fs::file_size(file)) / 1e6;
  char size[32];
  std::snprintf(size, sizeof size, megabytes < 10.0 ? "%.1f MB" : "%.0f MB", megabytes);
  CHECK(loader.label() == "user body.glb (" + std::string(size) + ")");
  REQUIRE(loader.progress());
  CHECK(*loader.progress() >= 0.0f);
  CHECK(*loader.progress() < 1.0f);
  CHECK_FALSE(loader.start({file}, {}));  // one at a time
  const myo::Result<myo::LoadedBody> body = taken(loader);
  REQUIRE(body.ok());
  CHECK(body.value().model.source == file.string());
  CHECK(body.value().model.triangleCount() > 100000);
  CHECK_FALSE(loader.busy());
  CHECK(loader.label().empty());
  CHECK_FALSE(loader.take());  // handed over once
}

TEST_CASE("the app state adopts the opened body, or reports why it did not open",
          "[opening][threads]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "opening-recent.txt"),
                      myo::test::scratch() / "opening-treatment-log.tsv");
  myo::Result<myo::LoadedBody> bundled = myo::loadBodyOrDefault({}, {});
  REQUIRE(bundled.ok());
  state.setBody(std::move(bundled.value()));
  const fs::path file = bodyFile();

  myo::startOpeningBody({file}, {}, state);
  CHECK(state.bodyLoader.busy());
  CHECK(state.body.model.source == "bundled body");  // shown until the new one is read
  myo::startOpeningBody({file}, {}, state);
  CHECK(state.statusMessage.starts_with("Still opening user body.glb ("));
  state.bodyLoader.wait();
  CHECK(myo::adoptOpenedBody(state));
  CHECK(state.body.model.source == file.string());
  CHECK(state.statusMessage == "Opened " + file.string());
  REQUIRE_FALSE(state.recent.entries().empty());
  CHECK(state.recent.entries().front() == file.string());
  CHECK_FALSE(myo::adoptOpenedBody(state));

  const fs::path broken = myo::test::scratch() / "opening" / "broken.glb";
  REQUIRE(myo::writeFileAtomic(broken, "glTF not really").ok());
  myo::openBodyNow({broken}, {}, state);
  CHECK(state.body.model.source == file.string());  // the body shown stays
  CHECK(state.statusMessage.starts_with("broken.glb: "));
  CHECK(state.statusMessage.find('\n') == std::string::npos);
  CHECK(state.recent.entries().front() == file.string());  // a file that did not open is not recent
}
