// Fuzz target: a .glb or .gltf file's bytes, imported from memory (external URIs refused); what
// the importer returns and loadBody's geometry check passes must be a sound model.
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/io/gltf_importer.h"
#include "core/io/model_loader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto model = myo::importGltfBytes(std::span(data, size), "fuzz input");
  if (model.ok()) {
    if (const auto problem = myo::geometryProblem("fuzz input", model.value()))
      myo::fuzz::requireOneLineNaming(*problem, "fuzz input");
    else
      myo::fuzz::requireSoundModel(model.value());
  } else
    myo::fuzz::requireOneLineNaming(model.error(), "fuzz input");
  return 0;
}
