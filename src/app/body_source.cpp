// The default body is generated in code until a bundled model asset exists.
#include "app/body_source.h"

#include "core/placeholder_body.h"

namespace myo {

Result<LoadedBody> loadBodyOrDefault(const std::vector<std::filesystem::path>& inputs,
                                     const LoadOptions& options) {
  if (!inputs.empty()) return loadBody(inputs, options);
  LoadedBody body;
  body.model = makePlaceholderBody();
  body.frame = normaliseBodyFrame(body.model, UpAxis::PosY, Units::Metres);
  return body;
}

}  // namespace myo
