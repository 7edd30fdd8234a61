// Fuzz target: a text glTF with external files. The input is the .gltf text, a zero byte, then
// the bytes of "buffer.bin" beside it; both are written to a scratch folder and imported from
// there and loaded as the app loads a file, so URIs, paths and buffer sizes are read as from a
// user's folder.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <span>

#include "core/io/model_loader.h"
#include "fuzz/fuzz_support.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::span<const std::uint8_t> input(data, size);
  const auto split = std::find(input.begin(), input.end(), std::uint8_t{0});
  const std::size_t textSize = static_cast<std::size_t>(split - input.begin());
  const auto folder = myo::fuzz::scratchFolder();
  const auto file = folder / "model.gltf";
  myo::fuzz::writeBytes(file, input.first(textSize));
  myo::fuzz::writeBytes(folder / "buffer.bin", input.subspan(std::min(size, textSize + 1)));
  const auto body = myo::loadBody({file}, {});
  if (body.ok())
    myo::fuzz::requireSoundModel(body.value().model);
  else
    myo::fuzz::requireOneLineNaming(body.error(), file.string());
  return 0;
}
