// EglContext: an off-screen OpenGL 3.3+ core context with no window system (EGL device or Mesa
// surfaceless platform). Used by `myoscope render` and the render tests. Knows nothing of drawing.
#pragma once

#include <memory>
#include <string>

namespace myo {

class EglContext {
 public:
  // Creates and makes current a core-profile context; prefers a hardware EGL device, falls back
  // to Mesa's surfaceless platform (llvmpipe). Returns nullptr and sets `error` on failure.
  static std::unique_ptr<EglContext> create(std::string& error);
  ~EglContext();
  EglContext(const EglContext&) = delete;
  EglContext& operator=(const EglContext&) = delete;

  // "GL_RENDERER / GL_VERSION" of the current context.
  [[nodiscard]] std::string description() const;

 private:
  EglContext() = default;
  void* display_ = nullptr;
  void* context_ = nullptr;
};

}  // namespace myo
