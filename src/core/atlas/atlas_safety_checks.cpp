// The atlas's safety checks (see checkAtlasSafety in atlas_loader.h). Reads the atlas only; the
// landmarks kept free of self-applied pressure are this file's rule, not the data's.
#include <algorithm>
#include <regex>
#include <set>

#include "core/atlas/atlas_loader.h"
#include "core/text/stated_numbers.h"

namespace myo {
namespace {

// Places where major vessels and nerves lie under the skin: no self-applied pressure on a point
// whose location gives one of them at least kKeepOffWeight.
struct KeepOff {
  const char* landmark;
  const char* what;
};
constexpr KeepOff kKeepOff[] = {
    {"groin", "the femoral triangle (femoral artery, vein and nerve)"},
    {"popliteal_fossa", "the back of the knee (popliteal artery, vein and tibial nerve)"},
    {"anterior_neck", "the front of the neck (carotid artery, airway)"},
    {"axilla", "the armpit (axillary artery, vein and the brachial plexus)"},
};
constexpr float kKeepOffWeight = 0.3f;
// Self-applied pressure holds (s): the range this product teaches.
constexpr float kPressureMinHold = 30.0f;
constexpr float kPressureMaxHold = 90.0f;
// "No pain" and "comfortably warm" allow at most this discomfort (0–10).
constexpr int kPainFreeMax = 2;

std::string seconds(float value) {
  return std::to_string(static_cast<int>(value)) + " s";
}

// "4–6", or "5" when both ends are the same.
std::string range(float lo, float hi) {
  const std::string low = std::to_string(static_cast<int>(lo));
  return lo == hi ? low : low + "\xE2\x80\x93" + std::to_string(static_cast<int>(hi));
}

struct Report {
  std::vector<Error>& errors;
  void operator()(const TriggerPoint& tp, const std::string& field, const std::string& reason) {
    errors.push_back({tp.file, "/trigger_points/" + std::to_string(tp.index) + "/" + field,
                      tp.id + ": " + reason});
  }
};

bool saysClinicianApplies(const std::string& notes) {
  static const std::regex pattern(
      R"(clinician[- ]applied|applied by a clinician|a clinician applies|left to a clinician|clinician's help)",
      std::regex::icase);
  return std::regex_search(notes, pattern);
}

// Each "N–M of 10" in `text` must be the target's range, and each single "N of 10" inside it.
// Returns the first that is not, as text ("" when all agree).
std::string disagreeingDiscomfort(const std::string& text, const TechniqueTarget& target) {
  for (const StatedRange& stated : statedDiscomfort(text)) {
    const int lo = static_cast<int>(stated.lo);
    const int hi = static_cast<int>(stated.hi);
    const bool agrees = stated.single() ? target.contains(lo)
                                        : lo == target.minDiscomfort && hi == target.maxDiscomfort;
    if (!agrees) return range(stated.lo, stated.hi) + " of 10";
  }
  return {};
}

void checkTechnique(const Technique& t, const std::string& file, std::size_t index,
                    std::vector<Error>& errors) {
  const std::string where = "/techniques/" + std::to_string(index);
  const auto report = [&](const std::string& field, const std::string& reason) {
    errors.push_back({file, where + "/" + field, reason});
  };
  if (t.clinicianOnly &&
      (t.defaultHoldSeconds != 0.0f || t.maxHoldSeconds != 0.0f || t.repetitions != 0))
    report("clinician_only",
           "a clinician-only technique is never timed: default_hold_s, hold_range_s and "
           "repetitions must be 0");
  if (t.appliesPressure && !t.clinicianOnly &&
      (t.minHoldSeconds < kPressureMinHold || t.maxHoldSeconds > kPressureMaxHold))
    report("hold_range_s",
           "self-applied pressure holds stay within 30\xE2\x80\x93"
           "90 s");
  const TechniqueTarget& target = t.target;
  if (target.minDiscomfort > target.maxDiscomfort)
    report("target/discomfort", "the range's low end is above its high end");
  if (target.kind != TargetKind::Discomfort && target.maxDiscomfort > kPainFreeMax)
    report("target/discomfort",
           "\"no pain\" and \"comfortably warm\" allow a discomfort of at most 2 of 10");
  std::vector<std::pair<std::string, std::string>> texts = {
      {"summary", t.summary}, {"target/text", target.text}, {"target/label", target.label}};
  for (std::size_t i = 0; i < t.steps.size(); ++i)
    texts.emplace_back("steps/" + std::to_string(i), t.steps[i]);
  for (const auto& [field, text] : texts) {
    const std::string stated = target.minDiscomfort <= target.maxDiscomfort
                                   ? disagreeingDiscomfort(text, target)
                                   : std::string();
    if (!stated.empty())
      report(field, "says " + stated + " but the target is " +
                        range(static_cast<float>(target.minDiscomfort),
                              static_cast<float>(target.maxDiscomfort)) +
                        " of 10");
    for (const StatedRange& time : statedSeconds(text)) {
      const bool agrees = time.single()
                              ? (time.lo == t.defaultHoldSeconds || time.lo == t.minHoldSeconds ||
                                 time.lo == t.maxHoldSeconds)
                              : (time.lo >= t.minHoldSeconds && time.hi <= t.maxHoldSeconds);
      if (!t.clinicianOnly && !agrees)
        report(field, "states " + range(time.lo, time.hi) + " s, which disagrees with " +
                          seconds(t.defaultHoldSeconds) + " in " +
                          range(t.minHoldSeconds, t.maxHoldSeconds) + " s");
    }
  }
}

// Levels down the upper limb: a band from one level to a farther one crosses those between (a
// path from the shoulder to the elbow runs over the upper arm although it names neither arm
// landmark).
struct LimbLevel {
  const char* landmark;
  int level;
};
constexpr LimbLevel kArmLevels[] = {
    {"acromion", 0},
    {"anterior_shoulder", 0},
    {"lateral_shoulder", 0},
    {"posterior_shoulder", 0},
    {"axilla", 0},
    {"anterior_arm", 1},
    {"posterior_arm", 1},
    {"lateral_epicondyle", 2},
    {"medial_epicondyle", 2},
    {"olecranon", 2},
    {"anterior_forearm", 3},
    {"posterior_forearm", 3},
    {"palmar_wrist", 4},
    {"dorsal_wrist", 4},
    {"thumb_web", 5},
    {"palm", 5},
    {"index_finger", 5},
    {"little_finger", 5},
};

int armLevel(const std::string& landmark) {
  for (const LimbLevel& entry : kArmLevels)
    if (landmark == entry.landmark) return entry.level;
  return -1;
}

// Every landmark named by `tp`'s referral zones, and those of the arm levels a path crosses.
std::set<std::string> referralLandmarks(const TriggerPoint& tp) {
  std::set<std::string> out;
  for (const auto* zones : {&tp.essential, &tp.spillover})
    for (const AtlasZone& zone : *zones) {
      out.insert(zone.landmarks.begin(), zone.landmarks.end());
      for (std::size_t i = 1; i < zone.landmarks.size(); ++i) {
        const int a = armLevel(zone.landmarks[i - 1]);
        const int b = armLevel(zone.landmarks[i]);
        if (a < 0 || b < 0) continue;
        for (const LimbLevel& entry : kArmLevels)
          if (entry.level > std::min(a, b) && entry.level < std::max(a, b))
            out.insert(entry.landmark);
      }
    }
  return out;
}

void checkRedFlags(const Atlas& atlas, const TriggerPoint& tp, Report& report) {
  for (const std::string& id : tp.redFlags)
    if (atlas.findRedFlag(id) == nullptr)
      report(tp, "red_flags", "unknown red flag \"" + id + "\"");
  const std::set<std::string> refers = referralLandmarks(tp);
  const std::set<std::string> carried(tp.redFlags.begin(), tp.redFlags.end());
  for (const RedFlag& flag : atlas.safety.redFlags)
    for (const std::string& landmark : flag.refersTo)
      if (refers.count(landmark) != 0 && carried.count(flag.id) == 0) {
        report(
            tp, "red_flags",
            "refers pain to " + landmark + " but does not carry the \"" + flag.id + "\" red flag");
        break;
      }
}

// Self-care lines and the location must not ask for what the safety text rules out, nor tell
// the person to press a point whose pressure a clinician applies.
void checkSelfCare(const Atlas& atlas, const TriggerPoint& tp, Report& report) {
  // Pressure here is only ever clinician-applied: some pressure use, none of them for self-use.
  bool clinicianPressure = false, selfPressure = false;
  for (const TechniqueUse& use : tp.techniques)
    if (const Technique* technique = atlas.findTechnique(use.technique);
        technique != nullptr && technique->appliesPressure)
      (isSelfTimed(use, *technique) ? selfPressure : clinicianPressure) = true;
  const bool pressureByClinician = clinicianPressure && !selfPressure;
  for (std::size_t i = 0; i < tp.selfCare.size(); ++i) {
    const std::string& line = tp.selfCare[i];
    for (const std::string& word : atlas.safety.neverInSelfCare)
      if (usesWord(line, word))
        report(tp, "self_care/" + std::to_string(i),
               "says \"" + word + "\", which self-care rules out");
    if (pressureByClinician && !usesWord(line, "clinician") &&
        (usesWord(line, "press") || usesWord(line, "ball")))
      report(tp, "self_care/" + std::to_string(i),
             "tells the person to press where this point's pressure is clinician-applied");
  }
  for (const std::string& word : atlas.safety.neverInSelfCare)
    if (usesWord(tp.location.description, word))
      report(tp, "location/description", "says \"" + word + "\", which self-care rules out");
}

void checkUse(const TriggerPoint& tp, std::size_t i, const Technique& technique, Report& report) {
  const TechniqueUse& use = tp.techniques[i];
  const std::string where = "techniques/" + std::to_string(i);
  const bool timed = isSelfTimed(use, technique);
  if (!timed && (use.holdSeconds || use.repetitions))
    report(tp, where, "clinician-only: described, never timed, so no hold_s or repetitions");
  if (timed && saysClinicianApplies(use.notes))
    report(tp, where + "/notes",
           "says a clinician applies it but it is timed for self-use: set \"clinician_only\"");
  if (timed && technique.appliesPressure)
    for (const KeepOff& place : kKeepOff)
      for (const WeightedLandmark& entry : tp.location.between)
        if (entry.landmark == place.landmark && entry.weight >= kKeepOffWeight)
          report(tp, where,
                 std::string("self-applied pressure on a location weighted toward ") + place.what +
                     ": make it clinician-only or move the point");
  if (timed) {
    const float hold = use.holdSeconds.value_or(technique.defaultHoldSeconds);
    for (const StatedRange& time : statedSeconds(use.notes))
      if (time.single() ? time.lo != hold : (hold < time.lo || hold > time.hi))
        report(tp, where + "/notes",
               "states " + range(time.lo, time.hi) + " s but the hold is " + seconds(hold));
  }
  const std::string stated = disagreeingDiscomfort(use.notes, technique.target);
  if (!stated.empty())
    report(tp, where + "/notes", "says " + stated + ", against " + technique.id + "'s target");
  for (const std::string& word : technique.neverInNotes)
    if (usesWord(use.notes, word))
      report(tp, where + "/notes", "says \"" + word + "\", which " + technique.id + " rules out");
}

}  // namespace

void checkAtlasSafety(const Atlas& atlas, const SafetyCheckFiles& files,
                      std::vector<Error>& errors) {
  for (std::size_t i = 0; i < atlas.techniques.size(); ++i)
    checkTechnique(atlas.techniques[i], files.techniques, i, errors);
  std::set<std::string> flagIds;
  for (std::size_t i = 0; i < atlas.safety.redFlags.size(); ++i)
    if (!flagIds.insert(atlas.safety.redFlags[i].id).second)
      errors.push_back({files.safety, "/red_flags/" + std::to_string(i) + "/id",
                        "duplicate id \"" + atlas.safety.redFlags[i].id + "\""});
  Report report{errors};
  for (const TriggerPoint& tp : atlas.triggerPoints) {
    checkRedFlags(atlas, tp, report);
    checkSelfCare(atlas, tp, report);
    for (std::size_t i = 0; i < tp.techniques.size(); ++i)
      if (const Technique* technique = atlas.findTechnique(tp.techniques[i].technique))
        checkUse(tp, i, *technique, report);
  }
}

}  // namespace myo
