// The ImGui file browser: folder listing, selection and the modal dialog.
#include "ui/file_dialog.h"

#include <algorithm>
#include <cstdlib>
#include <system_error>

#include <imgui.h>
#include <imgui_stdlib.h>

namespace myo {
namespace fs = std::filesystem;
namespace {

constexpr const char* kPopupId = "###open_dialog";
const ImVec4 kErrorColor{0.92f, 0.36f, 0.33f, 1.0f};

void showFolder(FileDialogMemory& memory, const fs::path& folder) {
  if (memory.source.list) {
    memory.listing = memory.source.list(folder);
  } else {
    memory.listing = FolderListing{folder, {}, "No folder listing is available"};
  }
  memory.selected.assign(memory.listing.entries.size(), false);
  memory.anchor = -1;
  memory.pathEdit = memory.listing.folder.string();
}

fs::path homeFolder() {
  const char* home = std::getenv("HOME");
  return home != nullptr ? fs::path(home) : fs::path("/");
}

// Up, Home and the editable path. Enter on a model file path chooses it (Files mode).
std::vector<fs::path> drawToolbar(FileDialogMemory& memory, ItemProbe* probe) {
  const fs::path& folder = memory.listing.folder;
  const bool atRoot = !folder.has_parent_path() || folder.parent_path() == folder;
  ImGui::BeginDisabled(atRoot);
  if (ImGui::Button("Up")) showFolder(memory, folder.parent_path());
  ImGui::EndDisabled();
  probeLastItem(probe, "dialog/up");
  ImGui::SameLine();
  if (ImGui::Button("Home")) showFolder(memory, homeFolder());
  ImGui::SameLine();
  ImGui::SetNextItemWidth(-FLT_MIN);
  if (ImGui::InputText("##path", &memory.pathEdit, ImGuiInputTextFlags_EnterReturnsTrue)) {
    const fs::path typed(memory.pathEdit);
    if (memory.mode == FileDialogMode::Files && memory.source.isModelFile &&
        memory.source.isModelFile(typed))
      return {typed};
    showFolder(memory, typed);
  }
  probeLastItem(probe, "dialog/path");
  return {};
}

void selectFile(FileDialogMemory& memory, int index) {
  const ImGuiIO& io = ImGui::GetIO();
  std::vector<bool>& selected = memory.selected;
  if (io.KeyCtrl) {
    selected[index] = !selected[index];
  } else {
    std::fill(selected.begin(), selected.end(), false);
    const int first = io.KeyShift && memory.anchor >= 0 ? std::min(memory.anchor, index) : index;
    const int last = io.KeyShift && memory.anchor >= 0 ? std::max(memory.anchor, index) : index;
    for (int i = first; i <= last; ++i) selected[i] = !memory.listing.entries[i].isFolder;
  }
  if (!io.KeyShift) memory.anchor = index;
}

// The entry list. Clicking a folder enters it; a file double-click chooses it (Files mode).
std::vector<fs::path> drawEntries(FileDialogMemory& memory, ItemProbe* probe) {
  const std::vector<FolderEntry>& entries = memory.listing.entries;
  std::vector<fs::path> chosen;
  int enter = -1;
  ImGui::BeginChild("##entries", ImVec2(0.0f, -ImGui::GetFrameHeightWithSpacing()), true);
  if (!memory.listing.error.empty()) {
    ImGui::PushStyleColor(ImGuiCol_Text, kErrorColor);
    ImGui::TextWrapped("%s", memory.listing.error.c_str());
    ImGui::PopStyleColor();
  } else if (entries.empty()) {
    ImGui::TextDisabled("No folders or model files here.");
  }
  ImGuiListClipper clipper;
  clipper.Begin(static_cast<int>(entries.size()));
  while (clipper.Step()) {
    for (int i = clipper.DisplayStart; i < clipper.DisplayEnd; ++i) {
      const FolderEntry& entry = entries[i];
      const bool isFile = !entry.isFolder;
      ImGuiSelectableFlags flags = ImGuiSelectableFlags_AllowDoubleClick;
      if (isFile && memory.mode == FileDialogMode::Folder) flags |= ImGuiSelectableFlags_Disabled;
      ImGui::PushID(i);
      const std::string label = entry.isFolder ? entry.name + "/" : entry.name;
      if (ImGui::Selectable(label.c_str(), isFile && memory.selected[i], flags)) {
        if (entry.isFolder) {
          enter = i;
        } else if (ImGui::IsMouseDoubleClicked(ImGuiMouseButton_Left)) {
          chosen = {memory.listing.folder / entry.name};
        } else {
          selectFile(memory, i);
        }
      }
      probeLastItem(probe, "dialog/entry", i);
      ImGui::PopID();
    }
  }
  ImGui::EndChild();
  if (enter >= 0) showFolder(memory, memory.listing.folder / entries[enter].name);
  return chosen;
}

std::vector<fs::path> selectedPaths(const FileDialogMemory& memory) {
  std::vector<fs::path> paths;
  for (std::size_t i = 0; i < memory.selected.size(); ++i) {
    if (memory.selected[i]) paths.push_back(memory.listing.folder / memory.listing.entries[i].name);
  }
  return paths;
}

// Summary line, Open and Cancel. Sets `cancel` when the dialog should close without a choice.
std::vector<fs::path> drawFooter(FileDialogMemory& memory, ItemProbe* probe, bool& cancel) {
  const bool folderMode = memory.mode == FileDialogMode::Folder;
  std::vector<fs::path> paths =
      folderMode ? std::vector<fs::path>{memory.listing.folder} : selectedPaths(memory);
  if (folderMode) {
    const auto files = std::count_if(memory.listing.entries.begin(), memory.listing.entries.end(),
                                     [](const FolderEntry& e) { return !e.isFolder; });
    ImGui::AlignTextToFramePadding();
    ImGui::Text("%d model file(s) in this folder", static_cast<int>(files));
  } else {
    ImGui::AlignTextToFramePadding();
    if (paths.empty()) {
      ImGui::TextDisabled("Click a file; Ctrl or Shift selects several");
    } else {
      ImGui::Text("%d file(s) selected", static_cast<int>(paths.size()));
    }
  }
  const char* openLabel = folderMode ? "Open folder" : "Open";
  const ImGuiStyle& style = ImGui::GetStyle();
  const float buttonsWidth = ImGui::CalcTextSize(openLabel).x + ImGui::CalcTextSize("Cancel").x +
                             4.0f * style.FramePadding.x + style.ItemSpacing.x;
  ImGui::SameLine(ImGui::GetWindowContentRegionMax().x - buttonsWidth);
  ImGui::BeginDisabled(paths.empty() || !memory.listing.error.empty());
  const bool open = ImGui::Button(openLabel);
  ImGui::EndDisabled();
  probeLastItem(probe, "dialog/open");
  ImGui::SameLine();
  cancel = ImGui::Button("Cancel") || ImGui::IsKeyPressed(ImGui::GetKeyIndex(ImGuiKey_Escape));
  probeLastItem(probe, "dialog/cancel");
  return open ? paths : std::vector<fs::path>{};
}

}  // namespace

void openFileDialog(FileDialogMemory& memory, FileDialogMode mode, const fs::path& start) {
  fs::path folder = start;
  if (folder.empty()) folder = memory.listing.folder;
  if (folder.empty()) {
    std::error_code ec;
    folder = fs::current_path(ec);
    if (ec) folder = homeFolder();
  }
  memory.mode = mode;
  memory.requestOpen = true;
  showFolder(memory, folder);
}

std::vector<fs::path> drawFileDialog(FileDialogMemory& memory, ItemProbe* probe) {
  const std::string title =
      std::string(memory.mode == FileDialogMode::Folder ? "Open folder" : "Open model files") +
      kPopupId;
  if (memory.requestOpen) {
    ImGui::OpenPopup(title.c_str());
    memory.requestOpen = false;
  }
  const ImGuiViewport* viewport = ImGui::GetMainViewport();
  ImGui::SetNextWindowPos(viewport->GetCenter(), ImGuiCond_Appearing, ImVec2(0.5f, 0.5f));
  const float em = ImGui::GetFontSize();
  ImGui::SetNextWindowSize(ImVec2(std::min(48.0f * em, viewport->WorkSize.x * 0.9f),
                                  std::min(30.0f * em, viewport->WorkSize.y * 0.9f)),
                           ImGuiCond_Appearing);
  bool open = true;
  if (!ImGui::BeginPopupModal(title.c_str(), &open, ImGuiWindowFlags_NoSavedSettings)) return {};
  std::vector<fs::path> chosen = drawToolbar(memory, probe);
  std::vector<fs::path> picked = drawEntries(memory, probe);
  if (chosen.empty()) chosen = std::move(picked);
  bool cancel = false;
  std::vector<fs::path> confirmed = drawFooter(memory, probe, cancel);
  if (chosen.empty()) chosen = std::move(confirmed);
  if (!chosen.empty() || cancel || !open) ImGui::CloseCurrentPopup();
  ImGui::EndPopup();
  return chosen;
}

}  // namespace myo
