// Fuzz target: the formats Assimp reads, through loadBody as the app loads them. The first byte
// picks the extension (OBJ, STL, PLY, OFF, Collada, FBX, 3DS), the rest is the file.
#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "core/io/model_loader.h"
#include "fuzz/fuzz_support.h"

namespace {
constexpr std::array<std::string_view, 7> kExtensions = {".obj", ".stl", ".ply", ".off",
                                                         ".dae", ".fbx", ".3ds"};
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  const auto file = myo::fuzz::scratchFolder() /
                    ("model" + std::string(kExtensions[data[0] % kExtensions.size()]));
  myo::fuzz::writeBytes(file, std::span(data + 1, size - 1));
  const auto body = myo::loadBody({file}, {});
  if (body.ok())
    myo::fuzz::requireSoundModel(body.value().model);
  else
    myo::fuzz::requireOneLineNaming(body.error(), file.string());
  return 0;
}
