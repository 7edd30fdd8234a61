// The atlas's meaning checks (see checkAtlasMeaning in atlas_loader.h).
#include <cmath>
#include <set>

#include "core/anatomy/landmark_vocabulary.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/atlas/atlas_loader.h"

namespace myo {
namespace {

struct Reporter {
  std::vector<Error>& errors;
  void operator()(const TriggerPoint& tp, const std::string& field, const std::string& reason) {
    errors.push_back(
        {tp.file,
         "/trigger_points/" + std::to_string(tp.index) + (field.empty() ? "" : "/" + field),
         reason});
  }
};

void checkZones(const TriggerPoint& tp, const std::vector<AtlasZone>& zones, const char* kind,
                Reporter& report) {
  for (std::size_t z = 0; z < zones.size(); ++z) {
    const AtlasZone& zone = zones[z];
    const std::string where = std::string(kind) + "/" + std::to_string(z);
    if (zone.landmarks.empty()) {
      report(tp, where, "a zone needs exactly one of \"blob\" and \"path\"");
      continue;
    }
    if (zone.sizeCm <= 0.0f)
      report(tp, where, zone.isPath() ? "a path needs \"width_cm\"" : "a blob needs \"radius_cm\"");
    for (std::size_t l = 0; l < zone.landmarks.size(); ++l)
      if (findLandmarkName(zone.landmarks[l]) == nullptr)
        report(tp, where + (zone.isPath() ? "/path/" + std::to_string(l) : "/blob"),
               "unknown landmark \"" + zone.landmarks[l] + "\"");
  }
}

}  // namespace

void checkAtlasMeaning(const Atlas& atlas, const std::string& techniquesFile,
                       std::vector<Error>& errors) {
  Reporter report{errors};
  std::set<std::string> ids;
  for (const TriggerPoint& tp : atlas.triggerPoints) {
    if (!ids.insert(tp.id).second) report(tp, "id", "duplicate id \"" + tp.id + "\"");
    if (findMuscle(tp.muscle) == nullptr)
      report(tp, "muscle", "unknown muscle \"" + tp.muscle + "\"");
    float sum = 0.0f;
    for (std::size_t i = 0; i < tp.location.between.size(); ++i) {
      const WeightedLandmark& entry = tp.location.between[i];
      sum += entry.weight;
      if (findLandmarkName(entry.landmark) == nullptr)
        report(tp, "location/between/" + std::to_string(i) + "/landmark",
               "unknown landmark \"" + entry.landmark + "\"");
    }
    if (std::abs(sum - 1.0f) > 0.01f)
      report(tp, "location/between", "weights sum to " + std::to_string(sum) + ", not 1");
    checkZones(tp, tp.essential, "essential", report);
    checkZones(tp, tp.spillover, "spillover", report);
    for (std::size_t i = 0; i < tp.techniques.size(); ++i) {
      const TechniqueUse& use = tp.techniques[i];
      const std::string where = "techniques/" + std::to_string(i);
      const Technique* technique = atlas.findTechnique(use.technique);
      if (technique == nullptr) {
        report(tp, where + "/technique", "unknown technique \"" + use.technique + "\"");
        continue;
      }
      if (use.holdSeconds && isSelfTimed(use, *technique) &&
          (*use.holdSeconds < technique->minHoldSeconds ||
           *use.holdSeconds > technique->maxHoldSeconds))
        report(tp, where + "/hold_s",
               "hold outside " + technique->id + "'s range of " +
                   std::to_string(static_cast<int>(technique->minHoldSeconds)) + "-" +
                   std::to_string(static_cast<int>(technique->maxHoldSeconds)) + " s");
    }
  }
  std::set<std::string> techniqueIds;
  for (std::size_t i = 0; i < atlas.techniques.size(); ++i) {
    const Technique& t = atlas.techniques[i];
    const std::string where = "/techniques/" + std::to_string(i);
    if (!techniqueIds.insert(t.id).second)
      errors.push_back({techniquesFile, where + "/id", "duplicate id \"" + t.id + "\""});
    if (t.minHoldSeconds > t.maxHoldSeconds || t.defaultHoldSeconds < t.minHoldSeconds ||
        t.defaultHoldSeconds > t.maxHoldSeconds)
      errors.push_back({techniquesFile, where + "/default_hold_s",
                        "the default hold lies outside hold_range_s"});
  }
}

void checkMuscleInfo(const Atlas& atlas, const std::string& musclesFile,
                     std::vector<Error>& errors) {
  std::set<std::string> seen;
  for (std::size_t i = 0; i < atlas.muscles.size(); ++i) {
    const std::string& muscle = atlas.muscles[i].muscle;
    const std::string where = "/muscles/" + std::to_string(i) + "/muscle";
    if (findMuscle(muscle) == nullptr)
      errors.push_back({musclesFile, where, "unknown muscle \"" + muscle + "\""});
    else if (!seen.insert(muscle).second)
      errors.push_back({musclesFile, where, "duplicate muscle \"" + muscle + "\""});
  }
}

}  // namespace myo
