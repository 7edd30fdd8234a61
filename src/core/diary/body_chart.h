// A body chart of a pain drawing: the surface seen from the front and from the back side by side
// (orthographic, lit from the viewer, light grey), the drawing's weights in the same cool colours
// as the 3D view — the picture of a diary entry's thumbnail and of the printed summary. Software
// rasterised; no GL, no UI.
#pragma once

#include <vector>

#include "core/io/image.h"
#include "core/referral/pain_drawing.h"

namespace myo {

// The drawing's colour for weight `w` (1/3 mild cyan, 2/3 moderate blue, 1 severe violet), as
// sRGB 0–1; the shader's painColor. O(1).
[[nodiscard]] glm::vec3 painChartColor(float w);

// What a chart shows of the body: a box across (x, m) and up (y, m).
struct ChartFrame {
  glm::vec2 lo{0.0f}, hi{0.0f};
};

// The whole of `mesh`. O(vertices).
[[nodiscard]] ChartFrame wholeBody(const SurfaceMesh& mesh);

// What `drawings` painted (their dabs, eraser left out) with `margin` m around it, at least
// `minHeight` m high, within `body`; the whole body when nothing is painted. O(dabs).
[[nodiscard]] ChartFrame paintedFrame(const std::vector<const PainDrawing*>& drawings,
                                      const ChartFrame& body, float margin, float minHeight);

// The chart of `frame` of `mesh` (+Y up, facing +Z) `height` px high, front on the left, back on
// the right, with `weights` per surface vertex (0 unpainted; empty: none) over `background`
// (sRGB 0–1, opaque). O(faces + pixels).
[[nodiscard]] Image bodyChart(const SurfaceMesh& mesh, const SurfaceShape& shape,
                              const std::vector<float>& weights, int height,
                              const ChartFrame& frame,
                              const glm::vec3& background = glm::vec3(1.0f));

}  // namespace myo
