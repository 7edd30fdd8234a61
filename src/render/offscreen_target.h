// OffscreenTarget: a framebuffer to draw into without a window — multisampled colour + depth
// renderbuffers resolved into a single-sample texture, read back as an Image. GL only.
#pragma once

#include <string>

#include "core/io/image.h"

namespace myo {

// Usage (with a current context):
//   OffscreenTarget target;
//   if (!target.create(1280, 800, 4, error)) ...;
//   target.bind();  renderer.draw(camera, 1280, 800);  target.resolve();
//   Image image = target.readPixels();
class OffscreenTarget {
 public:
  OffscreenTarget() = default;
  ~OffscreenTarget();
  OffscreenTarget(const OffscreenTarget&) = delete;
  OffscreenTarget& operator=(const OffscreenTarget&) = delete;

  // (Re)creates the buffers: width, height in pixels (> 0), samples per pixel (1 = no MSAA;
  // clamped to GL_MAX_SAMPLES). Returns false with `error` when GL refuses. O(pixels) memory.
  [[nodiscard]] bool create(int width, int height, int samples, std::string& error);
  // Binds the framebuffer to draw into and sets the viewport to cover it. O(1).
  void bind() const;
  // Resolves the multisampled buffer into the texture (a no-op with 1 sample). O(pixels) on GPU.
  void resolve() const;
  // Resolves the colour and copies it into the window's framebuffer with its lower-left corner at
  // (x, y) pixels; the window's framebuffer is bound afterwards. O(pixels) on GPU.
  void copyToWindow(int x, int y) const;
  // Reads the resolved colour, rows top to bottom; call resolve() first. O(pixels), stalls GPU.
  [[nodiscard]] Image readPixels() const;

  [[nodiscard]] int width() const { return width_; }
  [[nodiscard]] int height() const { return height_; }
  [[nodiscard]] int samples() const { return samples_; }
  // GL texture name of the resolved RGBA8 colour (for display in a UI). 0 before create().
  [[nodiscard]] unsigned int colorTexture() const { return resolvedColor_; }

 private:
  void release();

  int width_ = 0;
  int height_ = 0;
  int samples_ = 0;
  unsigned int drawFramebuffer_ = 0;     // multisampled; == resolveFramebuffer_ with 1 sample
  unsigned int resolveFramebuffer_ = 0;  // owns resolvedColor_
  unsigned int resolvedColor_ = 0;
  unsigned int colorBuffer_ = 0;  // multisampled colour renderbuffer, 0 with 1 sample
  unsigned int depthBuffer_ = 0;  // attached to drawFramebuffer_
};

}  // namespace myo
