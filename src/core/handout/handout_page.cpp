// Handout content from the atlas: the trigger point page and the lesson step page.
#include "core/handout/handout_page.h"

#include <algorithm>
#include <cmath>

#include "core/atlas/atlas_anchoring.h"
#include "core/atlas/point_landmarks.h"
#include "core/atlas/trigger_point_search.h"

namespace myo {
namespace {

// Appends the lines of `more` that `lines` lacks. O(lines × more).
void appendNew(std::vector<std::string>& lines, const std::vector<std::string>& more) {
  for (const std::string& line : more)
    if (std::find(lines.begin(), lines.end(), line) == lines.end()) lines.push_back(line);
}

std::string sideWord(char side) {
  return side == 'L' ? "left" : "right";
}

std::string regionName(const std::string& id) {
  for (const AtlasRegion& region : atlasRegions())
    if (region.id == id) return std::string(region.name);
  return id;
}

float holdOf(const TechniqueUse& use, const Technique& technique) {
  return use.holdSeconds.value_or(technique.defaultHoldSeconds);
}

int repetitionsOf(const TechniqueUse& use, const Technique& technique) {
  return use.repetitions.value_or(technique.repetitions);
}

// "How: Pressure release — 60 s × 3" with the point's notes, the steps and the target feel.
HandoutBlock techniqueBlock(const std::string& lead, const TechniqueUse& use,
                            const Technique& technique) {
  HandoutBlock block;
  block.heading = lead;
  block.heading += technique.name;
  if (const float hold = holdOf(use, technique); hold > 0.0f) {
    block.heading += " \u2014 ";
    block.heading += holdWords(hold, repetitionsOf(use, technique));
  }
  block.paragraph = use.notes;
  if (!technique.target.label.empty()) {
    if (!block.paragraph.empty()) block.paragraph += " ";
    block.paragraph += "It should feel: ";
    block.paragraph += technique.target.label;
    block.paragraph += ".";
  }
  block.lines = technique.steps;
  block.tone = BlockTone::Steps;
  return block;
}

HandoutBlock whereBlock(const TriggerPoint& point, char side) {
  HandoutBlock block;
  block.heading = "Where to press";
  block.paragraph = point.location.description;
  std::string from = "Find it from: ";
  const std::vector<std::string> landmarks = findFromLandmarks(point, side);
  for (std::size_t i = 0; i < landmarks.size(); ++i) {
    if (i > 0) from += ", ";
    from += landmarks[i];
  }
  if (!landmarks.empty()) block.lines.push_back(from + ".");
  if (point.location.deep)
    block.lines.push_back(
        "It lies under other muscles: press slowly and expect to feel it deep, not under the "
        "skin.");
  return block;
}

std::vector<std::string> redFlagTexts(const Atlas& atlas, const std::vector<std::string>& ids) {
  std::vector<std::string> texts;
  for (const std::string& id : ids)
    if (const RedFlag* flag = atlas.findRedFlag(id)) texts.push_back(flag->text);
  return texts;
}

std::string footerOf(const Atlas& atlas) {
  std::string footer = atlas.safety.disclaimer;
  if (!atlas.safety.atlasVersion.empty()) {
    footer += " Atlas ";
    footer += atlas.safety.atlasVersion;
    footer += ".";
  }
  return footer;
}

}  // namespace

std::string holdWords(float seconds, int repetitions) {
  const long rounded = std::lround(seconds);
  std::string words = rounded >= 120 && rounded % 60 == 0 ? std::to_string(rounded / 60) + " min"
                                                          : std::to_string(rounded) + " s";
  if (repetitions > 1) {
    words += " \u00d7 ";
    words += std::to_string(repetitions);
  }
  return words;
}

HandoutPage triggerPointHandout(const Atlas& atlas, const TriggerPoint& point, char side) {
  HandoutPage page;
  page.title = point.name;
  page.subtitle = regionName(point.region) + " \u00b7 " + sideWord(side) + " side \u00b7 " +
                  point.id + "." + side;
  page.paintedPoints.push_back(point.id + "." + side);
  page.legend = true;
  page.blocks.push_back(whereBlock(point, side));
  if (!point.cautions.empty())  // before the instructions: read first
    page.blocks.push_back({"Cautions", "", point.cautions, BlockTone::Warning});

  std::vector<std::string> contraindications, stopSigns = redFlagTexts(atlas, point.redFlags);
  std::vector<std::string> alsoHelps, clinicianOnly, sources = point.sources;
  bool pressureShown = false, stretchShown = false;
  for (const TechniqueUse& use : point.techniques) {
    const Technique* technique = atlas.findTechnique(use.technique);
    if (technique == nullptr) continue;
    appendNew(sources, technique->sources);
    if (!isSelfTimed(use, *technique)) {
      std::string line = technique->name;
      line += ": only a trained clinician does this; never try it on yourself.";
      if (!use.notes.empty()) line += " " + use.notes;
      clinicianOnly.push_back(line);
      continue;
    }
    appendNew(contraindications, technique->contraindications);
    appendNew(stopSigns, technique->redFlags);
    if (technique->appliesPressure && !pressureShown) {
      page.blocks.push_back(techniqueBlock("How: ", use, *technique));
      pressureShown = true;
    } else if (technique->id == "stretching" && !stretchShown) {
      page.blocks.push_back(techniqueBlock("Stretch: ", use, *technique));
      stretchShown = true;
    } else {
      std::string line = technique->name;
      if (const float hold = holdOf(use, *technique); hold > 0.0f)
        line += " (" + holdWords(hold, repetitionsOf(use, *technique)) + ")";
      line += ": ";
      line += use.notes.empty() ? technique->summary : use.notes;
      alsoHelps.push_back(line);
    }
  }
  if (!alsoHelps.empty()) page.blocks.push_back({"Also helps", "", alsoHelps, BlockTone::Plain});
  if (!point.selfCare.empty())
    page.blocks.push_back({"Self-care", "", point.selfCare, BlockTone::Plain});
  if (!clinicianOnly.empty())
    page.blocks.push_back({"Only for a clinician", "", clinicianOnly, BlockTone::Clinician});
  appendNew(contraindications, atlas.safety.contraindications);
  page.blocks.push_back(
      {"Do not press or massage here when", "", contraindications, BlockTone::Warning});
  page.blocks.push_back({"Stop and get help if", "", stopSigns, BlockTone::Warning});
  page.blocks.push_back(
      {"See a professional when", "", atlas.safety.seeAProfessional, BlockTone::Warning});
  page.blocks.push_back({"Sources", "", sources, BlockTone::Small});
  page.footer = footerOf(atlas);
  return page;
}

HandoutPage lessonStepHandout(const Lesson& lesson, std::size_t step, const Atlas& atlas) {
  const LessonStep& shown = lesson.steps[step];
  HandoutPage page;
  page.title = shown.title;
  page.subtitle = lesson.title + " \u00b7 step " + std::to_string(step + 1) + " of " +
                  std::to_string(lesson.steps.size());
  page.blocks.push_back({"", shown.narration, {}, BlockTone::Plain});
  std::vector<std::string> cautions, stopSigns;
  for (const std::string& label : shown.triggerPoints) {
    const auto [id, side] = splitSideLabel(label);
    const TriggerPoint* point = atlas.findTriggerPoint(id);
    if (point == nullptr) continue;
    page.paintedPoints.push_back(id + "." + side);
    HandoutBlock where = whereBlock(*point, side);
    where.heading = point->name + " (" + sideWord(side) + ")";
    page.blocks.push_back(std::move(where));
    appendNew(cautions, point->cautions);
    appendNew(stopSigns, redFlagTexts(atlas, point->redFlags));
  }
  page.legend = !page.paintedPoints.empty();
  if (!cautions.empty()) page.blocks.push_back({"Cautions", "", cautions, BlockTone::Warning});
  if (!stopSigns.empty())
    page.blocks.push_back({"Stop and get help if", "", stopSigns, BlockTone::Warning});
  page.footer = footerOf(atlas);
  return page;
}

}  // namespace myo
