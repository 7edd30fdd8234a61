// Handout content from the bundled atlas: every warning a point or its techniques carry reaches
// the page, clinician-only techniques are never instructed, the pressure and stretch blocks carry
// their steps and hold, and a lesson step page carries its narration and its points' warnings.
#include <catch2/catch.hpp>

#include <algorithm>

#include "core/handout/handout_page.h"
#include "support/bundled_atlas.h"

namespace {

const myo::Atlas& atlas() {
  return myo::test::bundledAtlasLoad().atlas;
}

// Every text of the page (headings, paragraphs, lines) in reading order.
std::vector<std::string> textsOf(const myo::HandoutPage& page) {
  std::vector<std::string> texts{page.title, page.subtitle, page.footer};
  for (const myo::HandoutBlock& block : page.blocks) {
    texts.push_back(block.heading);
    texts.push_back(block.paragraph);
    texts.insert(texts.end(), block.lines.begin(), block.lines.end());
  }
  return texts;
}

bool onPage(const myo::HandoutPage& page, const std::string& text) {
  const std::vector<std::string> texts = textsOf(page);
  return std::any_of(texts.begin(), texts.end(),
                     [&](const std::string& t) { return t.find(text) != std::string::npos; });
}

const myo::HandoutBlock* blockStarting(const myo::HandoutPage& page, const std::string& lead) {
  for (const myo::HandoutBlock& block : page.blocks)
    if (block.heading.rfind(lead, 0) == 0) return &block;
  return nullptr;
}

}  // namespace

TEST_CASE("holdWords says seconds, whole minutes and repetitions", "[handout]") {
  CHECK(myo::holdWords(60.0f, 3) == "60 s \u00d7 3");
  CHECK(myo::holdWords(90.0f, 1) == "90 s");
  CHECK(myo::holdWords(900.0f, 1) == "15 min");
  CHECK(myo::holdWords(150.0f, 2) == "150 s \u00d7 2");
}

TEST_CASE("every point's page carries all its warnings and its techniques' warnings",
          "[handout][safety]") {
  REQUIRE(atlas().triggerPoints.size() > 50);
  for (const myo::TriggerPoint& point : atlas().triggerPoints) {
    INFO(point.id);
    const myo::HandoutPage page = myo::triggerPointHandout(atlas(), point, 'L');
    CHECK(page.title == point.name);
    CHECK(page.paintedPoints == std::vector<std::string>{point.id + ".L"});
    CHECK(onPage(page, "left side"));
    CHECK(onPage(page, point.location.description));
    for (const std::string& caution : point.cautions) CHECK(onPage(page, caution));
    for (const std::string& flag : point.redFlags) {
      const myo::RedFlag* red = atlas().findRedFlag(flag);
      REQUIRE(red != nullptr);
      CHECK(onPage(page, red->text));
    }
    for (const std::string& general : atlas().safety.contraindications)
      CHECK(onPage(page, general));
    for (const std::string& when : atlas().safety.seeAProfessional) CHECK(onPage(page, when));
    CHECK(onPage(page, atlas().safety.disclaimer));
    for (const myo::TechniqueUse& use : point.techniques) {
      const myo::Technique* technique = atlas().findTechnique(use.technique);
      REQUIRE(technique != nullptr);
      INFO(technique->id);
      if (!myo::isSelfTimed(use, *technique)) {
        const myo::HandoutBlock* clinician = blockStarting(page, "Only for a clinician");
        REQUIRE(clinician != nullptr);
        CHECK(clinician->tone == myo::BlockTone::Clinician);
        CHECK(std::any_of(
            clinician->lines.begin(), clinician->lines.end(),
            [&](const std::string& line) { return line.rfind(technique->name, 0) == 0; }));
        for (const myo::HandoutBlock& block : page.blocks)
          CHECK(block.heading.find(technique->name) == std::string::npos);  // never instructed
        continue;
      }
      for (const std::string& never : technique->contraindications) CHECK(onPage(page, never));
      for (const std::string& stop : technique->redFlags) CHECK(onPage(page, stop));
    }
    for (const std::string& source : point.sources) CHECK(onPage(page, source));
  }
}

TEST_CASE("the pressure block gives the technique's steps, hold and target feel", "[handout]") {
  const myo::TriggerPoint* point = atlas().findTriggerPoint("upper_trapezius_1");
  REQUIRE(point != nullptr);
  const myo::HandoutPage page = myo::triggerPointHandout(atlas(), *point, 'R');
  const myo::HandoutBlock* how = blockStarting(page, "How: ");
  REQUIRE(how != nullptr);
  const myo::TechniqueUse& first = *std::find_if(
      point->techniques.begin(), point->techniques.end(), [](const myo::TechniqueUse& use) {
        const myo::Technique* t = atlas().findTechnique(use.technique);
        return t->appliesPressure && myo::isSelfTimed(use, *t);
      });
  const myo::Technique& technique = *atlas().findTechnique(first.technique);
  CHECK(how->heading.find(technique.name) != std::string::npos);
  CHECK(how->heading.find(myo::holdWords(first.holdSeconds.value_or(technique.defaultHoldSeconds),
                                         first.repetitions.value_or(technique.repetitions))) !=
        std::string::npos);
  CHECK(how->tone == myo::BlockTone::Steps);
  CHECK(how->lines == technique.steps);
  CHECK(how->paragraph.find(technique.target.label) != std::string::npos);
  const myo::HandoutBlock* stretch = blockStarting(page, "Stretch: ");
  REQUIRE(stretch != nullptr);
  CHECK(stretch->lines == atlas().findTechnique("stretching")->steps);
  CHECK(onPage(page, "right side"));
  // The point's cautions come before any instruction.
  REQUIRE(page.blocks.size() > 2);
  CHECK(page.blocks[1].heading == "Cautions");
  CHECK(page.blocks[1].lines == point->cautions);
}

TEST_CASE("a lesson step page carries its narration and its points' warnings", "[handout]") {
  myo::Lesson lesson;
  lesson.title = "Neck class";
  myo::LessonStep step;
  step.title = "The upper trapezius";
  step.narration = "Its knot sends pain up the side of the neck to the temple.";
  step.triggerPoints = {"upper_trapezius_1.L"};
  lesson.steps = {myo::LessonStep{}, step};
  const myo::HandoutPage page = myo::lessonStepHandout(lesson, 1, atlas());
  CHECK(page.title == step.title);
  CHECK(page.subtitle.find("step 2 of 2") != std::string::npos);
  CHECK(onPage(page, step.narration));
  CHECK(page.paintedPoints == std::vector<std::string>{"upper_trapezius_1.L"});
  CHECK(page.legend);
  const myo::TriggerPoint& point = *atlas().findTriggerPoint("upper_trapezius_1");
  for (const std::string& caution : point.cautions) CHECK(onPage(page, caution));
  for (const std::string& flag : point.redFlags)
    CHECK(onPage(page, atlas().findRedFlag(flag)->text));
  const myo::HandoutPage empty = myo::lessonStepHandout(lesson, 0, atlas());
  CHECK(empty.paintedPoints.empty());
  CHECK_FALSE(empty.legend);
}
