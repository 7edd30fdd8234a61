// Two columns, each stacked top to bottom, then adjacent swaps that undo leader crossings.
#include "core/geometry/label_layout.h"

#include <algorithm>
#include <cmath>

namespace myo {
namespace {

float cross2(glm::vec2 a, glm::vec2 b) {
  return a.x * b.y - a.y * b.x;
}

// The labels of one column, chosen and ordered by anchor height, stacked inside the view.
std::vector<PlacedLabel> stackColumn(const std::vector<LabelRequest>& requests,
                                     std::vector<std::size_t> members, const LabelBox& view,
                                     bool left, const LabelLayoutOptions& options) {
  // What fits: kept labels first, then the others in request order.
  std::stable_sort(members.begin(), members.end(), [&](std::size_t a, std::size_t b) {
    return requests[a].keep && !requests[b].keep;
  });
  std::vector<std::size_t> chosen;
  float height = 0.0f;
  for (const std::size_t index : members) {
    const float needed = requests[index].size.y + (chosen.empty() ? 0.0f : options.gap);
    if (height + needed > view.size.y) continue;
    height += needed;
    chosen.push_back(index);
  }
  std::sort(chosen.begin(), chosen.end(), [&](std::size_t a, std::size_t b) {
    return requests[a].anchor.y < requests[b].anchor.y;
  });
  // Level with the anchor, pushed down past the label above, then back up from the bottom.
  std::vector<float> top(chosen.size());
  const float lowest = view.min.y, highest = view.max().y;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const LabelRequest& r = requests[chosen[i]];
    top[i] = std::max(r.anchor.y - 0.5f * r.size.y, lowest);
    if (i > 0) top[i] = std::max(top[i], top[i - 1] + requests[chosen[i - 1]].size.y + options.gap);
  }
  for (std::size_t i = chosen.size(); i-- > 0;) {
    const float limit = i + 1 < chosen.size() ? top[i + 1] - options.gap : highest;
    top[i] = std::min(top[i], limit - requests[chosen[i]].size.y);
  }
  // The column's inner edge, shared by every label in it: text ends there on the left and
  // starts there on the right, and every leader leaves from it.
  float width = 0.0f;
  for (const std::size_t index : chosen) width = std::max(width, requests[index].size.x);
  const float inner =
      left ? view.min.x + options.margin + width : view.max().x - options.margin - width;
  std::vector<PlacedLabel> placed;
  for (std::size_t i = 0; i < chosen.size(); ++i) {
    const LabelRequest& r = requests[chosen[i]];
    PlacedLabel label;
    label.request = chosen[i];
    label.left = left;
    label.box.size = r.size;
    label.box.min = {left ? inner - r.size.x : inner, top[i]};
    label.leaderStart = {left ? label.box.max().x : label.box.min.x,
                         label.box.min.y + 0.5f * r.size.y};
    label.dimmed = r.hidden;
    placed.push_back(label);
  }
  return placed;
}

// Swaps labels of one height between their slots while their leaders cross. Each swap of a
// crossing pair shortens the leaders' total length (the triangle inequality), so this ends;
// the slots stay in place, so nothing starts to overlap. O(n² · swaps).
void uncross(std::vector<PlacedLabel>& column, const std::vector<LabelRequest>& requests,
             bool left) {
  const auto anchorOf = [&](const PlacedLabel& label) { return requests[label.request].anchor; };
  const auto show = [&](PlacedLabel& slot, std::size_t request, bool dimmed) {
    const glm::vec2 size = requests[request].size;
    const float centre = slot.box.min.y + 0.5f * slot.box.size.y;
    const float right = slot.box.max().x;
    slot.request = request;
    slot.dimmed = dimmed;
    slot.box.size = size;
    slot.box.min.y = centre - 0.5f * size.y;
    if (left) slot.box.min.x = right - size.x;  // the inner edge stays where it is
    slot.leaderStart = {left ? slot.box.max().x : slot.box.min.x, centre};
  };
  const std::size_t most = column.size() * column.size() + 1;
  for (std::size_t round = 0; round < most; ++round) {
    bool swapped = false;
    for (std::size_t i = 0; i < column.size() && !swapped; ++i)
      for (std::size_t j = i + 1; j < column.size() && !swapped; ++j) {
        PlacedLabel& a = column[i];
        PlacedLabel& b = column[j];
        if (a.box.size.y != b.box.size.y) continue;  // a swap could make them overlap
        if (!segmentsCross(a.leaderStart, anchorOf(a), b.leaderStart, anchorOf(b))) continue;
        const std::size_t request = a.request;
        const bool dimmed = a.dimmed;
        show(a, b.request, b.dimmed);
        show(b, request, dimmed);
        swapped = true;
      }
    if (!swapped) return;
  }
}

}  // namespace

bool boxesOverlap(const LabelBox& a, const LabelBox& b) {
  return a.min.x < b.max().x && b.min.x < a.max().x && a.min.y < b.max().y && b.min.y < a.max().y;
}

bool segmentsCross(glm::vec2 p0, glm::vec2 p1, glm::vec2 q0, glm::vec2 q1) {
  const glm::vec2 r = p1 - p0, s = q1 - q0;
  const float denominator = cross2(r, s);
  if (std::abs(denominator) < 1e-9f) return false;  // parallel
  const float t = cross2(q0 - p0, s) / denominator;
  const float u = cross2(q0 - p0, r) / denominator;
  constexpr float kEnds = 1e-4f;
  return t > kEnds && t < 1.0f - kEnds && u > kEnds && u < 1.0f - kEnds;
}

std::vector<PlacedLabel> layoutLabels(const std::vector<LabelRequest>& requests,
                                      const LabelBox& view, const LabelLayoutOptions& options) {
  std::vector<std::size_t> leftMembers, rightMembers;
  const float centre = view.min.x + 0.5f * view.size.x;
  const float widest = options.columnShare * view.size.x;
  for (std::size_t i = 0; i < requests.size(); ++i) {
    if (requests[i].hidden && !requests[i].keep) continue;
    if (requests[i].size.x > widest) continue;  // it would reach across the body
    (requests[i].anchor.x < centre ? leftMembers : rightMembers).push_back(i);
  }
  std::vector<PlacedLabel> left = stackColumn(requests, leftMembers, view, true, options);
  std::vector<PlacedLabel> right = stackColumn(requests, rightMembers, view, false, options);
  uncross(left, requests, true);
  uncross(right, requests, false);
  left.insert(left.end(), right.begin(), right.end());
  return left;
}

}  // namespace myo
