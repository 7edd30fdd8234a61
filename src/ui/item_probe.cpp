// Records widget rectangles for tests.
#include "ui/item_probe.h"

namespace myo {

void probeLastItem(ItemProbe* probe, std::string_view key, long long index) {
  if (probe == nullptr) return;
  std::string name(key);
  if (index >= 0) {
    name += '/';
    name += std::to_string(index);
  }
  probe->rects[name] =
      ItemRect{ImGui::GetItemRectMin(), ImGui::GetItemRectMax(), ImGui::GetFrameCount()};
}

}  // namespace myo
