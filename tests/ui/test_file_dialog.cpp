#include <catch2/catch.hpp>

#include "imgui_harness.h"
#include "ui/main_ui.h"

namespace fs = std::filesystem;
using myo::FileDialogMode;
using myo::test::ImGuiHarness;

namespace {

// A folder tree in memory, as the dialog's source: /models holds model files and two
// subfolders (files other than models are not listed by a source, as on disk).
const fs::path kDir = "/models";

myo::FolderListing listTree(const fs::path& folder) {
  const fs::path f = folder.lexically_normal();
  if (f == kDir)
    return {kDir,
            {{"sub", true},
             {"Zeta", true},
             {"a_model.glb", false},
             {"B_model.OBJ", false},
             {"c.gltf", false}},
            ""};
  if (f == kDir / "sub") return {f, {{"inner.stl", false}}, ""};
  if (f == kDir / "Zeta" || f == "/") return {f, {}, ""};
  return {f, {}, "Cannot read " + f.string() + ": No such file or directory"};
}

myo::FolderSource treeSource() {
  return {listTree, [](const fs::path& p) { return p.parent_path() == kDir && p.has_extension(); }};
}

std::vector<std::string> names(const myo::FolderListing& listing) {
  std::vector<std::string> out;
  for (const myo::FolderEntry& e : listing.entries) out.push_back(e.name + (e.isFolder ? "/" : ""));
  return out;
}

struct DialogFixture {
  ImGuiHarness ui;
  myo::FileDialogMemory memory;
  std::vector<fs::path> chosen;
  DialogFixture() { memory.source = treeSource(); }
  std::function<void()> draw = [this] {
    for (fs::path& p : myo::drawFileDialog(memory, &ui.probe)) chosen.push_back(std::move(p));
  };

  ImVec2 entry(const std::string& name) {
    const auto& entries = memory.listing.entries;
    const auto it = std::find_if(entries.begin(), entries.end(),
                                 [&](const myo::FolderEntry& e) { return e.name == name; });
    INFO(name);
    REQUIRE(it != entries.end());
    return ui.centerOf("dialog/entry/" + std::to_string(it - entries.begin()));
  }
};

}  // namespace

TEST_CASE("file dialog: select several files and open them", "[ui]") {
  const fs::path dir = kDir;
  DialogFixture f;
  myo::openFileDialog(f.memory, FileDialogMode::Files, dir);
  f.ui.frames(3, f.draw);
  CHECK_FALSE(f.ui.drew("dialog/entry/5"));  // 5 entries: notes.txt and friends filtered out
  f.ui.click(f.entry("a_model.glb"), f.draw);
  f.ui.io().KeyCtrl = true;
  f.ui.click(f.entry("c.gltf"), f.draw);
  f.ui.io().KeyCtrl = false;
  CHECK(f.chosen.empty());
  f.ui.click(f.ui.centerOf("dialog/open"), f.draw);
  CHECK(f.chosen == std::vector<fs::path>{dir / "a_model.glb", dir / "c.gltf"});
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("dialog/open"));  // closed
}

TEST_CASE("file dialog: shift-click selects a range, double-click opens one file", "[ui]") {
  const fs::path dir = kDir;
  DialogFixture f;
  myo::openFileDialog(f.memory, FileDialogMode::Files, dir);
  f.ui.frames(3, f.draw);
  f.ui.click(f.entry("a_model.glb"), f.draw);
  f.ui.io().KeyShift = true;
  f.ui.click(f.entry("c.gltf"), f.draw);
  f.ui.io().KeyShift = false;
  CHECK(f.memory.selected == std::vector<bool>{false, false, true, true, true});

  f.ui.io().DeltaTime = 0.05f;
  f.ui.doubleClick(f.entry("B_model.OBJ"), f.draw);
  CHECK(f.chosen == std::vector<fs::path>{dir / "B_model.OBJ"});
}

TEST_CASE("file dialog: folders navigate, Open folder returns the current folder", "[ui]") {
  const fs::path dir = kDir;
  DialogFixture f;
  myo::openFileDialog(f.memory, FileDialogMode::Folder, dir);
  f.ui.frames(3, f.draw);
  f.ui.click(f.entry("sub"), f.draw);
  f.ui.frame(f.draw);
  CHECK(f.memory.listing.folder == dir / "sub");
  CHECK(names(f.memory.listing) == std::vector<std::string>{"inner.stl"});
  f.ui.click(f.ui.centerOf("dialog/up"), f.draw);
  f.ui.frame(f.draw);
  CHECK(f.memory.listing.folder == dir);
  f.ui.click(f.entry("a_model.glb"), f.draw);  // files are shown but not selectable here
  CHECK(f.chosen.empty());
  f.ui.click(f.ui.centerOf("dialog/open"), f.draw);
  CHECK(f.chosen == std::vector<fs::path>{dir});
}

TEST_CASE("file dialog: an unreadable folder shows a message and cannot be opened", "[ui]") {
  const fs::path dir = kDir;
  DialogFixture f;
  myo::openFileDialog(f.memory, FileDialogMode::Folder, dir / "gone");
  f.ui.frames(3, f.draw);
  CHECK_FALSE(f.memory.listing.error.empty());
  f.ui.click(f.ui.centerOf("dialog/open"), f.draw);
  CHECK(f.chosen.empty());
  f.ui.click(f.ui.centerOf("dialog/cancel"), f.draw);
  f.ui.frames(2, f.draw);
  CHECK_FALSE(f.ui.drew("dialog/cancel"));
}

TEST_CASE("File > Open... starts beside the recent file and returns the choice", "[ui]") {
  const fs::path dir = kDir;
  ImGuiHarness ui;
  myo::UiStateView view;
  view.recentFiles = {(dir / "a_model.glb").string()};
  myo::MainUiMemory memory;
  memory.fileDialog.source = treeSource();
  memory.probe = &ui.probe;
  myo::UiIntents intents;
  const auto draw = [&] { myo::mergeIntents(intents, myo::drawMainUi(view, memory)); };
  ui.frames(2, draw);
  ui.click(ui.centerOf("menu/File"), draw);
  ui.frames(2, draw);
  ui.click(ui.centerOf("menu/Open..."), draw);
  ui.frames(3, draw);
  CHECK(memory.fileDialog.listing.folder == dir);
  CHECK(memory.fileDialog.mode == FileDialogMode::Files);
  ui.io().DeltaTime = 0.05f;
  ui.doubleClick(ui.centerOf("dialog/entry/3"), draw);  // sub/, Zeta/, a_model.glb, B_model.OBJ
  CHECK(intents.openPaths == std::vector<fs::path>{dir / "B_model.OBJ"});
}
