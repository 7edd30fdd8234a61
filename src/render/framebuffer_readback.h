// Reading rendered pixels back from GL into an Image (rows top to bottom), for screenshots and
// OffscreenTarget. GL only; knows nothing of windows or the scene.
#pragma once

#include "core/io/image.h"

namespace myo {

// Reads the width x height RGBA8 pixels at (0, 0) of the framebuffer bound for reading (the
// window's default framebuffer unless an FBO is bound), flipped to top-down rows. Needs a current
// context; O(pixels) and stalls until drawing finishes.
[[nodiscard]] Image readFramebuffer(int width, int height);

}  // namespace myo
