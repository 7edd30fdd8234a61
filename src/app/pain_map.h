// PainMap: the person's drawing of where it hurts in the running app — the dabs painted so far
// (grouped in strokes, so the last can be undone), the brush (size, intensity, eraser), and the
// drawing replayed on a surface and ranked, both cached until the drawing or the surface changes.
// No GL, no UI.
#pragma once

#include <cstddef>
#include <cstdint>
#include <vector>

#include "app/placed_atlas.h"
#include "core/referral/pain_drawing.h"

namespace myo {

struct PainBrush {
  float radius = 0.03f;  // m, 1–10 cm
  PainLevel level = PainLevel::Moderate;
  bool eraser = false;
  static constexpr float kMinRadius = 0.01f, kMaxRadius = 0.10f;
};

class PainMap {
 public:
  // Starts a stroke (the next dabs undo together). O(1).
  void beginStroke();
  // Paints a dab of the brush at `at` (world, m), in the stroke under way. O(1).
  void paint(const glm::vec3& at);
  // Takes back the last stroke; false when there is none. O(1).
  bool undo();
  void clear();                       // the whole drawing. O(1)
  void replace(PainDrawing drawing);  // e.g. a diary entry shown again (one stroke). O(1)

  [[nodiscard]] const PainDrawing& drawing() const { return drawing_; }
  [[nodiscard]] bool empty() const { return drawing_.empty(); }
  // Raised with every change of the drawing, for the renderer sync. O(1).
  [[nodiscard]] std::uint64_t revision() const { return revision_; }

  // The drawing's level per vertex of `surface`, replayed when the drawing or the surface has
  // changed since the last call (only the new dabs when it only grew). O(new dabs · vertices).
  [[nodiscard]] const std::vector<PainLevel>& levelsOn(const PlacedAtlas::Surface& surface) const;
  // The painted area of levelsOn(surface), worked out with them (not again every frame). O(1)
  // when they are fresh.
  [[nodiscard]] PaintedArea areaOn(const PlacedAtlas::Surface& surface) const;
  // The placed points that best explain the drawing on `surface`, best first, at most `top`
  // (kDrawingOverlap), cached like the levels. O(painted vertices + field sizes) when stale.
  [[nodiscard]] const std::vector<PainFinding>& findingsOn(const PlacedAtlas::Surface& surface,
                                                           std::size_t top) const;

  PainBrush brush;

 private:
  PainDrawing drawing_;
  std::vector<std::size_t> strokes_;  // index of each stroke's first dab
  std::uint64_t revision_ = 1;
  // The caches: what they were computed from, and how many dabs the levels hold.
  mutable const PlacedAtlas::Surface* levelsSurface_ = nullptr;
  mutable std::uint64_t levelsRevision_ = 0;
  mutable std::size_t levelsDabs_ = 0;
  mutable std::vector<PainLevel> levels_;
  mutable PaintedArea area_;
  mutable const PlacedAtlas::Surface* findingsSurface_ = nullptr;
  mutable std::uint64_t findingsRevision_ = 0;
  mutable std::size_t findingsTop_ = 0;
  mutable std::vector<PainFinding> findings_;
  mutable bool grewOnly_ = true;  // since the last levels: dabs were only added
};

}  // namespace myo
