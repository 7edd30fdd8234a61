// The Open dialog's disk: subfolders then model files, sorted; unreadable folders reported.
#include <catch2/catch.hpp>

#include <fstream>

#include <unistd.h>

#include "app/folder_listing.h"
#include "support/test_paths.h"

namespace fs = std::filesystem;

namespace {

// A scratch folder with model files, other files, a hidden file and two subfolders.
fs::path makeFolder(const std::string& name) {
  const fs::path dir = myo::test::scratch() / name;
  fs::remove_all(dir);
  fs::create_directories(dir / "sub");
  fs::create_directories(dir / "Zeta");
  for (const char* file : {"a_model.glb", "B_model.OBJ", "c.gltf", "notes.txt", "image.png",
                           ".hidden.glb", "sub/inner.stl"}) {
    std::ofstream(dir / file) << "x";
  }
  return dir;
}

std::vector<std::string> names(const myo::FolderListing& listing) {
  std::vector<std::string> out;
  for (const myo::FolderEntry& e : listing.entries) out.push_back(e.name + (e.isFolder ? "/" : ""));
  return out;
}

}  // namespace

TEST_CASE("listFolder lists subfolders then model files, sorted", "[files]") {
  const fs::path dir = makeFolder("dialog_list");
  const myo::FolderListing listing = myo::listModelFolder(dir / "sub" / "..");
  CHECK(listing.error.empty());
  CHECK(listing.folder == dir.lexically_normal());
  CHECK(names(listing) ==
        std::vector<std::string>{"sub/", "Zeta/", "a_model.glb", "B_model.OBJ", "c.gltf"});
}

TEST_CASE("listFolder reports unreadable folders without throwing", "[files]") {
  const fs::path dir = makeFolder("dialog_errors");
  const myo::FolderListing missing = myo::listModelFolder(dir / "nope");
  CHECK(missing.entries.empty());
  CHECK(missing.error.find("Cannot read") != std::string::npos);
  CHECK_FALSE(myo::listModelFolder(dir / "notes.txt").error.empty());
  if (::geteuid() != 0) {  // root reads everything
    fs::permissions(dir / "Zeta", fs::perms::none);
    CHECK_FALSE(myo::listModelFolder(dir / "Zeta").error.empty());
    fs::permissions(dir / "Zeta", fs::perms::owner_all);
  }
}

TEST_CASE("the disk source tells model files from other paths", "[files]") {
  const fs::path dir = makeFolder("dialog_source");
  const myo::FolderSource source = myo::diskFolderSource();
  CHECK(source.isModelFile(dir / "a_model.glb"));
  CHECK_FALSE(source.isModelFile(dir / "notes.txt"));
  CHECK_FALSE(source.isModelFile(dir / "sub"));
  CHECK_FALSE(source.isModelFile(dir / "missing.glb"));
  CHECK(names(source.list(dir)).size() == 5);
}
