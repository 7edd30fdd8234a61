// A brush stroke painted over the 3D view as answer marks: the pointer's path sampled every
// `spacing` pixels, each sample then taken as a click on the body. Pixels only; no GL, no GLFW.
#pragma once

#include <optional>
#include <vector>

#include <glm/glm.hpp>

namespace myo {

// Pixels between the samples of a stroke in the window and in scripts.
inline constexpr double kBrushSpacingPixels = 14.0;

class BrushStroke {
 public:
  // Samples `spacing` px apart along the path (at least 1).
  explicit BrushStroke(double spacing) : spacing_(spacing < 1.0 ? 1.0 : spacing) {}

  // Starts a stroke at `at` (window px); returns its first sample. O(1).
  std::vector<glm::dvec2> begin(glm::dvec2 at);
  // The pointer moved to `at`: the samples every `spacing` px along the segment from the last
  // sample, none while it is closer than that (or no stroke is under way). O(length / spacing).
  std::vector<glm::dvec2> moveTo(glm::dvec2 at);
  // Ends the stroke. O(1).
  void end() { last_.reset(); }
  [[nodiscard]] bool active() const { return last_.has_value(); }

 private:
  double spacing_;
  std::optional<glm::dvec2> last_;
};

}  // namespace myo
