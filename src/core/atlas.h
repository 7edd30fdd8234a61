// The trigger point atlas in memory: trigger points with their location and referral zones (in
// landmark terms, placed on any body later), techniques and the general safety text. Plain data;
// the file format is docs/atlas-format.md. No GL, no UI.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <vector>

namespace myo {

enum class ZoneSide { Same, Opposite, Both };

// A soft region of the skin: a blob around one landmark or a band along several.
struct AtlasZone {
  std::vector<std::string> landmarks;  // one for a blob, two or more (in order) for a path
  float sizeCm = 0.0f;                 // blob radius or path width, cm
  float weight = 1.0f;                 // 0–1, 1 = densest part of the pattern
  ZoneSide side = ZoneSide::Same;
  [[nodiscard]] bool isPath() const { return landmarks.size() > 1; }
};

struct WeightedLandmark {
  std::string landmark;
  float weight = 0.0f;
};

struct AtlasLocation {
  std::vector<WeightedLandmark> between;  // weights sum to 1
  std::optional<float> alongMuscle;       // 0 origin – 1 insertion
  bool deep = false;
  std::string description;
};

struct TechniqueUse {
  std::string technique;  // id in Atlas::techniques
  std::optional<float> holdSeconds;
  std::optional<int> repetitions;
  std::string notes;
};

struct TriggerPoint {
  std::string id;
  std::string muscle;  // catalogue name, e.g. "trapezius_descending"
  std::string name;
  std::string region;  // file region: head_neck, shoulder_arm, trunk_hip, leg_foot
  int researchRow = 0;
  AtlasLocation location;
  std::vector<AtlasZone> essential;
  std::vector<AtlasZone> spillover;
  std::vector<std::string> symptoms, aggravating, perpetuating, mimics;
  std::string differential;
  std::vector<std::string> selfCare;
  std::vector<TechniqueUse> techniques;
  std::vector<std::string> cautions, sources;
  std::string file;       // the atlas file it was read from (for messages)
  std::size_t index = 0;  // its position in that file's "trigger_points"
};

struct Technique {
  std::string id;
  std::string name;
  bool clinicianOnly = false;
  std::string summary;
  std::vector<std::string> steps;
  float defaultHoldSeconds = 0.0f;
  float minHoldSeconds = 0.0f;
  float maxHoldSeconds = 0.0f;
  int repetitions = 0;
  std::string targetDiscomfort;
  std::vector<std::string> contraindications, redFlags;
  std::string evidence;
  std::vector<std::string> sources;
};

// What a muscle does and where it attaches, for its info card.
struct MuscleInfo {
  std::string muscle;  // catalogue name, e.g. "trapezius_descending"
  std::string action;  // plain words
  std::string origin, insertion, innervation;
  std::vector<std::string> sources;
};

struct SafetyText {
  std::string disclaimer;
  std::vector<std::string> seeAProfessional, redFlags, contraindications, evidenceCaveats, sources;
};

struct Atlas {
  std::vector<TriggerPoint> triggerPoints;
  std::vector<Technique> techniques;
  std::vector<MuscleInfo> muscles;
  SafetyText safety;
  // The entry with `id`, or nullptr. O(entries).
  [[nodiscard]] const TriggerPoint* findTriggerPoint(const std::string& id) const;
  [[nodiscard]] const Technique* findTechnique(const std::string& id) const;
  [[nodiscard]] const MuscleInfo* findMuscleInfo(const std::string& muscle) const;
};

}  // namespace myo
