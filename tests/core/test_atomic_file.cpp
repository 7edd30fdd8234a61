// Atomic writes: content replaced whole, folders created, failures reported without damage.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <sstream>

#include "core/atomic_file.h"
#include "core/recent_files.h"
#include "support/test_paths.h"

namespace {
std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("writeFileAtomic replaces the content and leaves no temp file", "[persist]") {
  const auto dir = myo::test::scratch() / "atomic" / "nested";
  std::filesystem::remove_all(dir);
  const auto file = dir / "data.txt";
  std::string error;
  REQUIRE(myo::writeFileAtomic(file, "first", error));
  REQUIRE(myo::writeFileAtomic(file, "second", error));
  CHECK(slurp(file) == "second");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a failed atomic write keeps the old file and names the path", "[persist]") {
  const auto dir = myo::test::scratch() / "atomic_fail";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto file = dir / "keep.txt";
  std::string error;
  REQUIRE(myo::writeFileAtomic(file, "precious", error));
  // A folder where the temp file would go makes the write fail before the rename.
  std::filesystem::create_directories(file.string() + ".tmp." + std::to_string(getpid()));
  CHECK_FALSE(myo::writeFileAtomic(file, "lost", error));
  CHECK(error.find("keep.txt") != std::string::npos);
  CHECK(error.find('\n') == std::string::npos);
  CHECK(slurp(file) == "precious");
}

TEST_CASE("recent files: most recent first, no duplicates, bounded, persisted", "[persist]") {
  const auto store = myo::test::scratch() / "recent" / "recent-files.txt";
  std::filesystem::remove_all(store.parent_path());
  myo::RecentFiles recent(store);
  recent.load();
  CHECK(recent.entries().empty());
  std::string error;
  for (int i = 0; i < 12; ++i)
    REQUIRE(recent.add("/models/body" + std::to_string(i) + ".glb", error));
  REQUIRE(recent.add("/models/body5.glb", error));
  CHECK(recent.entries().size() == myo::RecentFiles::kMaxEntries);
  CHECK(recent.entries().front() == "/models/body5.glb");
  CHECK(std::count(recent.entries().begin(), recent.entries().end(), "/models/body5.glb") == 1);
  myo::RecentFiles reloaded(store);
  reloaded.load();
  CHECK(reloaded.entries() == recent.entries());
}
