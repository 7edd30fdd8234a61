// ItemProbe: an optional test hook in which panels record the screen rectangles of named widgets
// so tests can click them. Depends on ImGui only; panels never read it back.
#pragma once

#include <string>
#include <string_view>
#include <unordered_map>

#include <imgui.h>

namespace myo {

struct ItemRect {
  ImVec2 min{};
  ImVec2 max{};
  int frame = 0;  // ImGui::GetFrameCount() when recorded
  [[nodiscard]] ImVec2 center() const { return {0.5f * (min.x + max.x), 0.5f * (min.y + max.y)}; }
};

struct ItemProbe {
  std::unordered_map<std::string, ItemRect> rects;  // key → rect when last drawn
};

// Records ImGui's last submitted item as `key`, or "key/index" when index ≥ 0; a no-op when
// `probe` is null (the normal case). O(key length).
void probeLastItem(ItemProbe* probe, std::string_view key, long long index = -1);

}  // namespace myo
