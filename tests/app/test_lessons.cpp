// Lessons in the app: a step sent through the apply step gives the camera, layers, selection,
// visibility and referral it names; what the body lacks is skipped and said; the editor adds,
// edits, reorders, deletes and saves steps (never writing a lesson that would not open); the
// library lists the bundled and the user's lessons.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <filesystem>
#include <fstream>

#include "app/apply_intents.h"
#include "app/lesson_bridge.h"
#include "app/lesson_library.h"
#include "app/referral_bridge.h"
#include "support/bundled_atlas.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"

namespace {

using myo::test::openBundledBody;

void apply(const myo::UiIntents& intents, myo::AppState& state) {
  (void)myo::applyIntents(intents, state);
}

myo::UiIntents goTo(int step) {
  myo::UiIntents intents;
  intents.goToStep = step;
  return intents;
}

myo::UiIntents editing(myo::LessonEdit::Kind kind, std::string text = {}) {
  myo::UiIntents intents;
  intents.editLesson = myo::LessonEdit{kind, -1, std::move(text)};
  return intents;
}

std::filesystem::path freshFolder(const std::string& name) {
  const std::filesystem::path folder = myo::test::scratch() / name;
  std::filesystem::remove_all(folder);
  return folder;
}

std::vector<int> sorted(std::vector<int> values) {
  std::sort(values.begin(), values.end());
  return values;
}

}  // namespace

TEST_CASE("a lesson step shows the parts, layers, selection and referral it names", "[lessons]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "lesson-recent.txt"),
                      myo::test::scratch() / "lesson-log.tsv");
  state.lessonsFolder = freshFolder("lessons-apply");
  openBundledBody(state);
  myo::UiIntents open;
  open.openLesson = "shoulder";
  apply(open, state);
  REQUIRE(state.lesson);
  CHECK(state.lesson->step == 0);
  CHECK(state.dock.tab == myo::SidebarTab::Lessons);

  // Step 1: the right rotator cuff, deltoid and upper trapezius with the skeleton; the cuff
  // selected; no skin; muscle labels.
  const std::vector<int> cuff = myo::partsOfLessonName("Rotator cuff.R", state);
  CHECK(cuff.size() == 4);
  CHECK(sorted(state.selectedParts()) == sorted(cuff));
  const auto& parts = state.body.model.parts;
  std::size_t shownMuscles = 0;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (parts[i].kind == myo::PartKind::Bone) CHECK(state.partVisible()[i] == 1);
    if (parts[i].kind == myo::PartKind::Muscle && state.partVisible()[i] != 0) ++shownMuscles;
  }
  CHECK(shownMuscles == 4 + 3 + 1);  // the cuff, the deltoid's three parts, upper trapezius
  CHECK(state.layers().skinOpacity == 0.0f);
  CHECK(state.labels.muscles);
  CHECK_FALSE(state.labels.triggerPoints);
  CHECK(state.referral.selection.empty());

  // Step 3: the infraspinatus point from the right, its referral framed once painted.
  apply(goTo(2), state);
  CHECK(state.lesson->step == 2);
  const int infraspinatus = myo::test::placedIndex(state, "infraspinatus_1.R");
  CHECK(state.referral.selection == std::vector<int>{infraspinatus});
  CHECK(state.referral.playing);
  CHECK(state.referral.seconds == 0.0f);
  CHECK(std::all_of(state.partVisible().begin(), state.partVisible().end(),
                    [](std::uint8_t v) { return v == 1; }));
  CHECK(state.layers().skinOpacity == Approx(0.3f));  // left out: the default
  CHECK(state.labels.triggerPoints);
  CHECK(state.frameReferralWhenReady);
  myo::test::waitForReferralFields(state);
  myo::frameChosenReferral(state);
  CHECK_FALSE(state.frameReferralWhenReady);
  myo::OrbitCamera right;
  right.setPreset(myo::ViewPreset::Right);
  CHECK(state.camera.goal().yaw == Approx(right.goal().yaw));
  CHECK(state.camera.goal().pitch == Approx(right.goal().pitch));

  // The last step chooses four points at once, at 4 s into the referral.
  myo::UiIntents last;
  last.stepBy = 100;  // clamped to the last step
  apply(last, state);
  CHECK(state.lesson->step == 8);
  CHECK(state.referral.selection.size() == 4);
  CHECK(state.referral.seconds == 4.0f);
  myo::UiIntents back;
  back.stepBy = -1;
  apply(back, state);
  CHECK(state.lesson->step == 7);
}

TEST_CASE("a step naming what the body lacks still runs and says what it skipped", "[lessons]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "skip-recent.txt"),
                      myo::test::scratch() / "skip-log.tsv");
  state.lessonsFolder = freshFolder("lessons-skip");
  openBundledBody(state);
  // A body whose parts carry no temporalis: its name resolves to nothing here.
  for (myo::IdentifiedMuscle& muscle : state.partMuscles)
    if (muscle.spec != nullptr && muscle.spec->name == "temporalis") muscle.spec = nullptr;
  myo::UiIntents open;
  open.openLesson = "neck_and_head";
  open.goToStep = 7;  // "Temporalis": highlights temporalis.R
  apply(open, state);
  REQUIRE(state.lesson);
  CHECK(state.lesson->step == 7);
  CHECK(state.lesson->skipped == std::vector<std::string>{"temporalis.R: not on this body"});
  CHECK(state.statusMessage == "Step 8 skipped temporalis.R: not on this body");
  CHECK(state.selectedParts().empty());
  CHECK(state.layers().skinOpacity == 0.0f);  // the rest of the step still applies
}

TEST_CASE("the editor adds, edits, reorders, deletes and saves steps", "[lessons]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "edit-recent.txt"),
                      myo::test::scratch() / "edit-log.tsv");
  state.lessonsFolder = freshFolder("lessons-edit");
  openBundledBody(state);
  myo::UiIntents view;
  view.viewPreset = myo::ViewPreset::Back;
  view.setSkinOpacity = 0.0f;
  view.snapCamera = true;
  apply(view, state);
  apply(editing(myo::LessonEdit::Kind::NewLesson, "Calf class"), state);
  REQUIRE(state.lesson);
  REQUIRE(state.lesson->lesson.steps.size() == 1);
  const myo::LessonStep& first = state.lesson->lesson.steps[0];
  REQUIRE(first.camera.pose);
  CHECK(first.camera.pose->yaw == Approx(state.camera.goal().yaw));
  CHECK(first.layers.skin == 0.0f);
  CHECK(first.isolate.empty());  // every part shows

  // Saving refuses a step without narration, and writes nothing.
  apply(editing(myo::LessonEdit::Kind::Save), state);
  const std::filesystem::path file = state.lessonsFolder / "calf_class.json";
  CHECK_FALSE(std::filesystem::exists(file));
  CHECK(state.statusMessage.starts_with("Not saved: "));
  CHECK(state.statusMessage.find("step 1: narration") != std::string::npos);

  apply(editing(myo::LessonEdit::Kind::SetNarration, "The calf from behind."), state);
  myo::UiIntents select;
  select.selectParts = myo::partsOfLessonName("soleus.R", state);
  select.chooseTriggerPoints = std::vector<int>{myo::test::placedIndex(state, "soleus_1.R")};
  apply(select, state);
  apply(editing(myo::LessonEdit::Kind::AddView, "Soleus"), state);
  CHECK(state.lesson->step == 1);
  apply(editing(myo::LessonEdit::Kind::SetNarration, "Its knot refers to the heel."), state);
  const myo::LessonStep& second = state.lesson->lesson.steps[1];
  CHECK(second.title == "Soleus");
  CHECK(second.highlight == std::vector<std::string>{"soleus.R"});
  CHECK(second.triggerPoints == std::vector<std::string>{"soleus_1.R"});
  CHECK(state.lesson->unsaved);

  // The step takes a new view and keeps its texts.
  myo::UiIntents turn;
  turn.viewPreset = myo::ViewPreset::Left;
  turn.snapCamera = true;
  apply(turn, state);
  apply(editing(myo::LessonEdit::Kind::ReplaceView), state);
  const myo::LessonStep& replaced = state.lesson->lesson.steps[1];
  CHECK(replaced.title == "Soleus");
  CHECK(replaced.narration == "Its knot refers to the heel.");
  REQUIRE(replaced.camera.pose);
  CHECK(replaced.camera.pose->yaw == Approx(std::remainder(state.camera.goal().yaw, 6.2831853f)));
  CHECK(replaced.triggerPoints == std::vector<std::string>{"soleus_1.R"});

  apply(editing(myo::LessonEdit::Kind::MoveUp), state);
  CHECK(state.lesson->step == 0);
  CHECK(state.lesson->lesson.steps[0].title == "Soleus");
  apply(editing(myo::LessonEdit::Kind::Save), state);
  REQUIRE(std::filesystem::exists(file));
  CHECK_FALSE(state.lesson->unsaved);
  const myo::LessonLoad back = myo::readLessonFile(file, state.placedAtlas.atlas());
  REQUIRE(back.lesson);
  CHECK(back.lesson->title == "Calf class");
  REQUIRE(back.lesson->steps.size() == 2);
  CHECK(back.lesson->steps[0].triggerPoints == std::vector<std::string>{"soleus_1.R"});
  CHECK(back.lesson->steps[1].narration == "The calf from behind.");

  apply(editing(myo::LessonEdit::Kind::Delete), state);
  CHECK(state.lesson->lesson.steps.size() == 1);
  CHECK(state.lesson->lesson.steps[0].title == "Step 1");
  apply(editing(myo::LessonEdit::Kind::Delete), state);  // the last step stays
  CHECK(state.lesson->lesson.steps.size() == 1);
  CHECK(state.statusMessage == "A lesson keeps at least one step");

  // The saved lesson is listed, and opens by its name.
  myo::refreshLessonList(state);
  const auto listed =
      std::find_if(state.lessons.begin(), state.lessons.end(),
                   [](const myo::LessonEntry& e) { return e.name == "calf_class"; });
  REQUIRE(listed != state.lessons.end());
  CHECK(listed->title == "Calf class");
  myo::UiIntents reopen;
  reopen.closeLesson = true;
  reopen.openLesson = "calf_class";
  apply(reopen, state);
  REQUIRE(state.lesson);
  CHECK(state.lesson->lesson.steps.size() == 2);
}

TEST_CASE("the library lists the bundled lessons, then the user's, problems included",
          "[lessons]") {
  const std::filesystem::path folder = freshFolder("lessons-library");
  std::filesystem::create_directories(folder);
  std::ofstream(folder / "broken.json") << "{\"format\": \"myoscope-lesson-1\"}";
  std::ofstream(folder / "notes.txt") << "not a lesson";
  const std::vector<myo::LessonEntry> entries = myo::listLessons(folder, nullptr);
  REQUIRE(entries.size() == myo::bundledLessonNames().size() + 1);
  for (std::size_t i = 0; i < myo::bundledLessonNames().size(); ++i) {
    INFO(entries[i].name);
    CHECK(entries[i].name == myo::bundledLessonNames()[i]);
    CHECK(entries[i].problems.empty());
    CHECK(entries[i].file.empty());
  }
  CHECK(entries[0].title == "Tension headache: the neck and head");
  const myo::LessonEntry& broken = entries.back();
  CHECK(broken.name == "broken");
  CHECK(broken.title == "broken");
  REQUIRE(broken.problems.size() == 2);
  CHECK(broken.problems[0].message() ==
        (folder / "broken.json").string() + ": missing required field \"title\"");
}

TEST_CASE("every bundled lesson file is listed, valid, and 6 to 12 steps long", "[lessons]") {
  const myo::AtlasLoad& atlas = myo::test::bundledAtlasLoad();
  std::vector<std::string> files;
  for (const auto& entry : std::filesystem::directory_iterator(MYO_LESSONS_DIR))
    if (entry.path().extension() == ".json" && entry.path().filename() != "lesson.schema.json")
      files.push_back(entry.path().stem().string());
  std::sort(files.begin(), files.end());
  std::vector<std::string> names = myo::bundledLessonNames();
  std::sort(names.begin(), names.end());
  CHECK(files == names);
  for (const std::string& name : names) {
    INFO(name);
    const myo::LessonLoad load = myo::readLessonFile(
        std::filesystem::path(MYO_LESSONS_DIR) / (name + ".json"), &atlas.atlas);
    for (const myo::Error& e : load.errors) UNSCOPED_INFO(e.message());
    REQUIRE(load.lesson);
    CHECK(load.lesson->steps.size() >= 6);
    CHECK(load.lesson->steps.size() <= 12);
  }
}

TEST_CASE("lesson titles become safe file names", "[lessons]") {
  CHECK(myo::lessonFileName("My shoulder class!") == "my_shoulder_class");
  CHECK(myo::lessonFileName("  Heel -- pain 2 ") == "heel_pain_2");
  CHECK(myo::lessonFileName("../../etc") == "etc");
  CHECK(myo::lessonFileName("!!!") == "lesson");
}

TEST_CASE("a lesson step with a question asks it as a one-question quiz", "[lessons]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "lq-recent.txt"),
                      myo::test::scratch() / "lq-log.tsv");
  state.lessonsFolder = freshFolder("lessons-question");
  openBundledBody(state);
  const std::filesystem::path file = state.lessonsFolder / "heel_quiz.json";
  std::filesystem::create_directories(state.lessonsFolder);
  std::ofstream(file) << R"({"format": "myoscope-lesson-1", "title": "Heel", "steps": [
    {"title": "Your turn", "narration": "Where does this knot send its pain?",
     "question": {"kind": "where", "trigger_point": "soleus_1"}},
    {"title": "The answer", "narration": "The heel.", "trigger_points": ["soleus_1.R"]}]})";
  myo::UiIntents open;
  open.openLesson = file.string();
  apply(open, state);
  REQUIRE(state.lesson);
  REQUIRE(state.quiz);
  REQUIRE(state.quiz->questions.size() == 1);
  const int soleus = myo::test::placedIndex(state, "soleus_1.R");
  CHECK(state.quiz->questions[0].point == soleus);
  CHECK(state.quiz->kind == myo::QuizKind::WhereRefers);
  myo::UiIntents next;
  next.stepBy = 1;
  apply(next, state);
  CHECK_FALSE(state.quiz);  // the next step asks nothing
  CHECK(state.referral.selection == std::vector<int>{soleus});
}
