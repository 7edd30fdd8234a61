// The bundled body, for now core's placeholder figure with its parts' kinds written as extras.
#include "bodygen/bundled_body.h"

#include "core/placeholder_body.h"

namespace myo {

Model buildBundledBody() {
  Model model = makePlaceholderBody();
  for (Part& part : model.parts) part.extras = R"({"kind":"skin"})";
  return model;
}

}  // namespace myo
