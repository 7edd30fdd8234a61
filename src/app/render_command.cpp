// Headless rendering to PNG.
#include "app/render_command.h"

#include <iostream>

#include "app/body_source.h"
#include "app/egl_context.h"
#include "core/image.h"
#include "render/snapshot.h"

namespace myo {

int runRenderCommand(const CliOptions& options) {
  Result<LoadedBody> body = loadBodyOrDefault(options.inputs, {options.up, options.units});
  if (!body) {
    std::cerr << "myoscope: " << body.error().message() << "\n";
    return 1;
  }
  for (const std::string& warning : body->model.warnings)
    std::cerr << "warning: " << warning << "\n";
  std::string error;
  std::unique_ptr<EglContext> context = EglContext::create(error);
  if (!context) {
    std::cerr << "myoscope: render: " << error << "\n";
    return 1;
  }
  const Result<Image> image =
      renderSnapshot(body->model, options.view, options.width, options.height, options.samples);
  if (!image) {
    std::cerr << "myoscope: render: " << image.error().message() << "\n";
    return 1;
  }
  if (!writePngAtomic(image.value(), options.output, error)) {
    std::cerr << "myoscope: " << error << "\n";
    return 1;
  }
  std::cout << "wrote " << options.output.string() << " (" << options.width << "x" << options.height
            << ", " << body->model.parts.size() << " parts, " << body->model.triangleCount()
            << " triangles, " << context->description() << ")\n";
  return 0;
}

}  // namespace myo
