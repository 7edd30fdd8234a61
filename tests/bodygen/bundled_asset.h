// The committed bundled body (assets/body/myoscope_body.glb) loaded once per test process, and
// lookups into it. Test support only.
#pragma once

#include <string>

#include <catch2/catch.hpp>

#include "core/io/gltf_importer.h"

namespace myo::test {

// The committed asset, imported once per process; fails the test when it does not load.
inline const Model& bundledAsset() {
  static const Result<Model> model = importGltf(MYO_BUNDLED_BODY_FILE);
  INFO((model ? std::string() : model.error().message()));
  REQUIRE(model.ok());
  return model.value();
}

// The part named `name`, or nullptr. O(parts).
inline const Part* findPart(const Model& model, const std::string& name) {
  for (const Part& part : model.parts)
    if (part.name == name) return &part;
  return nullptr;
}

}  // namespace myo::test
