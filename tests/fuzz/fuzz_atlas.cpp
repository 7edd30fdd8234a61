// Fuzz target: an atlas with one file replaced. The first byte picks which (a trigger point
// region file, techniques, safety or muscles), the rest is its text; the others are the bundled
// atlas's, so the schema and the meaning checks both see the input.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "core/atlas/atlas_loader.h"
#include "fuzz/fuzz_support.h"

namespace {

std::string readText(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  myo::fuzz::require(in.good() || in.eof(), "cannot read the bundled atlas");
  return text.str();
}

struct BundledAtlas {
  myo::AtlasFiles files;
  std::string schema;
};

const BundledAtlas& bundled() {
  static const BundledAtlas atlas = [] {
    auto files = myo::readAtlasFolder(MYO_ATLAS_DIR);
    myo::fuzz::require(files.ok(), "the bundled atlas does not read");
    return BundledAtlas{files.value(), readText(MYO_ATLAS_DIR "/atlas.schema.json")};
  }();
  return atlas;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  if (size == 0) return 0;
  myo::AtlasFiles files = bundled().files;
  const std::size_t regions = files.triggerPoints.size();
  const std::size_t which = data[0] % (regions + 3);
  myo::AtlasFileText& replaced = which < regions        ? files.triggerPoints[which]
                                 : which == regions     ? files.techniques
                                 : which == regions + 1 ? files.safety
                                                        : files.muscles;
  replaced.name = "fuzz.json";
  replaced.bytes.assign(reinterpret_cast<const char*>(data + 1), size - 1);
  const myo::AtlasLoad load = myo::parseAtlas(files, bundled().schema);
  for (const myo::Error& error : load.errors) {
    const std::string message = error.message();
    myo::fuzz::require(!message.empty() && message.find('\n') == std::string::npos,
                       "an atlas error that is not one line");
  }
  return 0;
}
