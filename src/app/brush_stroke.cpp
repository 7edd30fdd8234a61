// Brush strokes: even sampling along the pointer's path.
#include "app/brush_stroke.h"

namespace myo {

std::vector<glm::dvec2> BrushStroke::begin(glm::dvec2 at) {
  last_ = at;
  return {at};
}

std::vector<glm::dvec2> BrushStroke::moveTo(glm::dvec2 at) {
  std::vector<glm::dvec2> samples;
  if (!last_) return samples;
  const double length = glm::distance(*last_, at);
  if (length < spacing_) return samples;
  const glm::dvec2 step = (at - *last_) * (spacing_ / length);
  for (double walked = spacing_; walked <= length; walked += spacing_) {
    *last_ += step;
    samples.push_back(*last_);
  }
  return samples;
}

}  // namespace myo
