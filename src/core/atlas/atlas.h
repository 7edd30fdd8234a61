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
// How often the research notes say this referral is the cause of pain at its place.
enum class Prevalence : signed char { Uncommon = -1, Unstated = 0, Common = 1 };

// A soft region of the skin: a blob around one landmark or a band along several.
struct AtlasZone {
  std::vector<std::string> landmarks;  // one for a blob, two or more (in order) for a path
  float sizeCm = 0.0f;                 // blob radius or path width, cm
  float weight = 1.0f;                 // 0–1, 1 = densest part of the pattern
  ZoneSide side = ZoneSide::Same;
  Prevalence prevalence = Prevalence::Unstated;
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
  bool clinicianOnly = false;  // on this point a clinician applies it: described, never timed
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
  std::vector<std::string> redFlags;  // ids of SafetyText::redFlags that apply to this point
  std::string file;                   // the atlas file it was read from (for messages)
  std::size_t index = 0;              // its position in that file's "trigger_points"
};

// What a technique should feel like, as it states it, with the discomfort (0–10) that fits it.
enum class TargetKind { Discomfort, NoPain, ComfortablyWarm };

struct TechniqueTarget {
  TargetKind kind = TargetKind::Discomfort;
  int minDiscomfort = 0, maxDiscomfort = 0;  // 0–10, inclusive
  std::string label;                         // short, shown by the discomfort slider
  std::string text;                          // the full description
  [[nodiscard]] bool contains(int discomfort) const {
    return discomfort >= minDiscomfort && discomfort <= maxDiscomfort;
  }
};

struct Technique {
  std::string id;
  std::string name;
  bool clinicianOnly = false;
  bool appliesPressure = false;  // pressure on the tissue (thumb, tool, ball, massage)
  std::string summary;
  std::vector<std::string> steps;
  float defaultHoldSeconds = 0.0f;
  float minHoldSeconds = 0.0f;
  float maxHoldSeconds = 0.0f;
  int repetitions = 0;
  TechniqueTarget target;
  std::vector<std::string> contraindications, redFlags;
  std::vector<std::string> neverInNotes;  // words a point's notes for it must not use ("firm")
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

// A warning sign that needs medical care; `refersTo` lists the landmarks whose referral calls
// for it (every point referring there must carry it), empty when it is not tied to a place.
struct RedFlag {
  std::string id;
  std::string text;
  std::vector<std::string> refersTo;
};

struct SafetyText {
  std::string atlasVersion;  // raised with every content change; the clinical review records it
  std::string disclaimer;
  std::vector<std::string> seeAProfessional;
  std::vector<RedFlag> redFlags;
  std::vector<std::string> contraindications, evidenceCaveats, sources;
  std::vector<std::string> neverInSelfCare;  // words no self-care line or location may use
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
  [[nodiscard]] const RedFlag* findRedFlag(const std::string& id) const;
};

// True when `use` of `technique` is for a person to do on themselves with the timer: neither the
// technique nor this point's use of it is clinician-only. O(1).
[[nodiscard]] inline bool isSelfTimed(const TechniqueUse& use, const Technique& technique) {
  return !technique.clinicianOnly && !use.clinicianOnly;
}

}  // namespace myo
