// Atlas-style label placement: labels in a column at the left and one at the right of a view,
// aligned on the column's inner edge and each joined to its anchor by a leader line from there, so
// that no two labels overlap and leaders cross as little as adjacent swaps can make them. Pure 2D
// arithmetic in pixels; no GL, no UI.
#pragma once

#include <cstddef>
#include <vector>

#include <glm/glm.hpp>

namespace myo {

// A rectangle in pixels, y down.
struct LabelBox {
  glm::vec2 min{0.0f}, size{0.0f};
  [[nodiscard]] glm::vec2 max() const { return min + size; }
};

// True when `a` and `b` share an area (touching edges do not count). O(1).
[[nodiscard]] bool boxesOverlap(const LabelBox& a, const LabelBox& b);

// True when the segments p0–p1 and q0–q1 cross (sharing an end point does not count). O(1).
[[nodiscard]] bool segmentsCross(glm::vec2 p0, glm::vec2 p1, glm::vec2 q0, glm::vec2 q1);

struct LabelRequest {
  glm::vec2 anchor{0.0f};  // where the leader ends, px in the view's frame
  glm::vec2 size{0.0f};    // the text's box, px
  bool hidden = false;     // the anchor is behind the body: dropped unless `keep`
  bool keep = false;       // always labelled (the selection): dimmed when hidden
};

struct PlacedLabel {
  std::size_t request = 0;  // index into the requests
  LabelBox box;
  glm::vec2 leaderStart{0.0f};  // on the box's side facing the body
  bool left = false;            // in the left column
  bool dimmed = false;          // a kept label whose anchor is hidden
};

struct LabelLayoutOptions {
  float margin = 8.0f;       // px between the view's edge and a column
  float gap = 4.0f;          // px between labels in a column
  float columnShare = 0.3f;  // widest a column may be, a share of the view's width
};

// Places the requests in `view`: anchors left of the view's centre go to the left column,
// the others to the right; a column holds what fits its height (kept labels first, then in
// request order) and no label wider than its share of the view; labels sit as level with their
// anchors as stacking allows, in anchor order from the top. Hidden anchors are left out unless
// kept. O(n log n + n · swaps).
[[nodiscard]] std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests,
                                                    const LabelBox& view,
                                                    const LabelLayoutOptions& options = {});

}  // namespace myo
