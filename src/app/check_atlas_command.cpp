// check-atlas: load, report every error, summarise.
#include "app/check_atlas_command.h"

#include <iostream>
#include <set>

#include "app/atlas_source.h"

namespace myo {
namespace {

std::string counted(std::size_t n, const std::string& word) {
  return std::to_string(n) + " " + word + (n == 1 ? "" : "s");
}

}  // namespace

int runCheckAtlasCommand(const CliOptions& options) {
  const std::filesystem::path dir =
      options.inputs.empty() ? std::filesystem::path() : options.inputs.front();
  const AtlasLoad load = loadAtlasOrBundled(dir);
  for (const Error& error : load.errors) std::cerr << error.message() << "\n";
  const Atlas& atlas = load.atlas;
  std::set<std::string> muscles;
  for (const TriggerPoint& tp : atlas.triggerPoints) muscles.insert(tp.muscle);
  const std::string what = dir.empty() ? "bundled atlas" : dir.string();
  std::cout << what << ": " << counted(atlas.triggerPoints.size(), "trigger point") << " on "
            << counted(muscles.size(), "muscle") << ", "
            << counted(atlas.techniques.size(), "technique") << ", "
            << counted(atlas.muscles.size(), "muscle card") << ", "
            << counted(load.errors.size(), "problem") << "\n";
  return load.ok() ? 0 : 1;
}

}  // namespace myo
