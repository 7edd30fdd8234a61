// Framebuffer objects for off-screen drawing with MSAA resolve and read-back.
#include "render/offscreen_target.h"

#include <epoxy/gl.h>

#include <algorithm>

#include "render/framebuffer_readback.h"

namespace myo {
namespace {

std::string statusText(GLenum status) {
  switch (status) {
    case GL_FRAMEBUFFER_INCOMPLETE_ATTACHMENT:
      return "incomplete attachment";
    case GL_FRAMEBUFFER_INCOMPLETE_MISSING_ATTACHMENT:
      return "missing attachment";
    case GL_FRAMEBUFFER_UNSUPPORTED:
      return "unsupported format combination";
    case GL_FRAMEBUFFER_INCOMPLETE_MULTISAMPLE:
      return "inconsistent sample counts";
    default:
      return "status 0x" + std::to_string(status);
  }
}

bool checkComplete(GLuint framebuffer, const char* what, std::string& error) {
  glBindFramebuffer(GL_FRAMEBUFFER, framebuffer);
  const GLenum status = glCheckFramebufferStatus(GL_FRAMEBUFFER);
  if (status == GL_FRAMEBUFFER_COMPLETE) return true;
  error = std::string("offscreen ") + what + " framebuffer is not complete: " + statusText(status);
  return false;
}

GLuint makeRenderbuffer(GLenum format, int samples, int width, int height) {
  GLuint buffer = 0;
  glGenRenderbuffers(1, &buffer);
  glBindRenderbuffer(GL_RENDERBUFFER, buffer);
  if (samples > 1) {
    glRenderbufferStorageMultisample(GL_RENDERBUFFER, samples, format, width, height);
  } else {
    glRenderbufferStorage(GL_RENDERBUFFER, format, width, height);
  }
  return buffer;
}

}  // namespace

OffscreenTarget::~OffscreenTarget() {
  release();
}

bool OffscreenTarget::create(int width, int height, int samples, std::string& error) {
  release();
  GLint maxSize = 0;
  GLint maxSamples = 1;
  glGetIntegerv(GL_MAX_RENDERBUFFER_SIZE, &maxSize);
  glGetIntegerv(GL_MAX_SAMPLES, &maxSamples);
  if (width <= 0 || height <= 0 || width > maxSize || height > maxSize) {
    error = "offscreen size " + std::to_string(width) + "x" + std::to_string(height) +
            " is outside 1.." + std::to_string(maxSize);
    return false;
  }
  width_ = width;
  height_ = height;
  samples_ = std::clamp(samples, 1, std::max(maxSamples, 1));

  glGenTextures(1, &resolvedColor_);
  glBindTexture(GL_TEXTURE_2D, resolvedColor_);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA8, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, nullptr);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glBindTexture(GL_TEXTURE_2D, 0);
  glGenFramebuffers(1, &resolveFramebuffer_);
  glBindFramebuffer(GL_FRAMEBUFFER, resolveFramebuffer_);
  glFramebufferTexture2D(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_TEXTURE_2D, resolvedColor_, 0);

  if (samples_ > 1) {
    glGenFramebuffers(1, &drawFramebuffer_);
    glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer_);
    colorBuffer_ = makeRenderbuffer(GL_RGBA8, samples_, width, height);
    glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_COLOR_ATTACHMENT0, GL_RENDERBUFFER, colorBuffer_);
  } else {
    drawFramebuffer_ = resolveFramebuffer_;
  }
  depthBuffer_ = makeRenderbuffer(GL_DEPTH_COMPONENT24, samples_, width, height);
  glFramebufferRenderbuffer(GL_FRAMEBUFFER, GL_DEPTH_ATTACHMENT, GL_RENDERBUFFER, depthBuffer_);
  glBindRenderbuffer(GL_RENDERBUFFER, 0);

  const bool ok = checkComplete(resolveFramebuffer_, "resolve", error) &&
                  checkComplete(drawFramebuffer_, "multisampled", error);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
  if (!ok) release();
  return ok;
}

void OffscreenTarget::bind() const {
  glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer_);
  glViewport(0, 0, width_, height_);
}

void OffscreenTarget::resolve() const {
  if (drawFramebuffer_ == resolveFramebuffer_) return;
  glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFramebuffer_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, resolveFramebuffer_);
  glBlitFramebuffer(0, 0, width_, height_, 0, 0, width_, height_, GL_COLOR_BUFFER_BIT, GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, drawFramebuffer_);
}

void OffscreenTarget::copyToWindow(int x, int y) const {
  resolve();  // a resolving blit would need the window's exact format; a plain copy does not
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFramebuffer_);
  glBindFramebuffer(GL_DRAW_FRAMEBUFFER, 0);
  glBlitFramebuffer(0, 0, width_, height_, x, y, x + width_, y + height_, GL_COLOR_BUFFER_BIT,
                    GL_NEAREST);
  glBindFramebuffer(GL_FRAMEBUFFER, 0);
}

Image OffscreenTarget::readPixels() const {
  glBindFramebuffer(GL_READ_FRAMEBUFFER, resolveFramebuffer_);
  Image image = readFramebuffer(width_, height_);
  glBindFramebuffer(GL_READ_FRAMEBUFFER, drawFramebuffer_);
  return image;
}

void OffscreenTarget::release() {
  if (drawFramebuffer_ != resolveFramebuffer_) glDeleteFramebuffers(1, &drawFramebuffer_);
  if (resolveFramebuffer_ != 0) glDeleteFramebuffers(1, &resolveFramebuffer_);
  if (resolvedColor_ != 0) glDeleteTextures(1, &resolvedColor_);
  if (colorBuffer_ != 0) glDeleteRenderbuffers(1, &colorBuffer_);
  if (depthBuffer_ != 0) glDeleteRenderbuffers(1, &depthBuffer_);
  drawFramebuffer_ = resolveFramebuffer_ = resolvedColor_ = colorBuffer_ = depthBuffer_ = 0;
  width_ = height_ = samples_ = 0;
}

}  // namespace myo
