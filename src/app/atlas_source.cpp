// Embedded atlas files by name; folders through core's readAtlasFolder.
#include "app/atlas_source.h"

namespace myo {

// Defined by myo_embed_files (src/app/CMakeLists.txt): the bytes of an embedded atlas file.
std::string_view embeddedAtlas(std::string_view fileName);

namespace {

constexpr std::string_view kRegions[] = {"head_neck", "shoulder_arm", "trunk_hip", "leg_foot"};

AtlasFileText embedded(const std::string& name) {
  return {"bundled/" + name, std::string(embeddedAtlas(name))};
}

}  // namespace

std::string_view bundledAtlasSchema() {
  return embeddedAtlas("atlas.schema.json");
}

AtlasFiles bundledAtlasFiles() {
  AtlasFiles files;
  for (const std::string_view region : kRegions) {
    AtlasFileText file = embedded(std::string(region) + ".json");
    if (!file.bytes.empty()) files.triggerPoints.push_back(std::move(file));
  }
  files.techniques = embedded("techniques.json");
  files.safety = embedded("safety.json");
  files.muscles = embedded("muscles.json");
  return files;
}

AtlasLoad loadAtlasOrBundled(const std::filesystem::path& dir) {
  if (dir.empty()) return parseAtlas(bundledAtlasFiles(), bundledAtlasSchema());
  Result<AtlasFiles> files = readAtlasFolder(dir);
  if (!files) {
    AtlasLoad failed;
    failed.errors.push_back(files.error());
    return failed;
  }
  return parseAtlas(*files, bundledAtlasSchema());
}

}  // namespace myo
