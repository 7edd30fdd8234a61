// The bundled atlas read from its source folder (assets/atlas) with its schema, parsed once per
// test binary. Failures to read come back as errors in the load, so callers assert on ok().
#pragma once

#include <filesystem>
#include <string>
#include <vector>

#include "core/atlas/atlas_loader.h"
#include "core/io/file_access.h"

namespace myo::test {

// assets/atlas parsed against assets/atlas/atlas.schema.json; cached. O(atlas size) once.
inline const AtlasLoad& bundledAtlasLoad() {
  static const AtlasLoad load = [] {
    const std::filesystem::path dir = MYO_ATLAS_DIR;
    std::vector<unsigned char> schema;
    Result<AtlasFiles> files = readAtlasFolder(dir);
    AtlasLoad failed;
    if (!readWholeFile(dir / "atlas.schema.json", schema))
      failed.errors.push_back({(dir / "atlas.schema.json").string(), "", "cannot be read"});
    if (!files) failed.errors.push_back(files.error());
    if (!failed.errors.empty()) return failed;
    return parseAtlas(*files, std::string(schema.begin(), schema.end()));
  }();
  return load;
}

}  // namespace myo::test
