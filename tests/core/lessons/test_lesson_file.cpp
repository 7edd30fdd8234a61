// Lesson files: good files parse to the steps they say, each kind of bad field gives its exact
// one-line message, and a lesson written back reads back equal.
#include <catch2/catch.hpp>

#include <fstream>
#include <sstream>

#include "core/lessons/lesson_file.h"
#include "support/bundled_atlas.h"

namespace {

std::string lessonSchema() {
  std::ifstream in(std::string(MYO_LESSONS_DIR) + "/lesson.schema.json");
  std::stringstream text;
  text << in.rdbuf();
  return text.str();
}

myo::LessonLoad parse(const std::string& text) {
  return myo::parseLesson(text, "neck.json", lessonSchema());
}

// A lesson of one step whose body is `step` (JSON members after title and narration).
std::string oneStep(const std::string& step) {
  return R"({"format": "myoscope-lesson-1", "title": "Neck", "steps": [
    {"title": "One", "narration": "First."},
    {"title": "Two", "narration": "Second.")" +
         (step.empty() ? "" : ", " + step) + "}]}";
}

std::vector<std::string> messages(const myo::LessonLoad& load) {
  std::vector<std::string> out;
  for (const myo::Error& e : load.errors) out.push_back(e.message());
  return out;
}

}  // namespace

TEST_CASE("a good lesson parses to its steps, with defaults for what a step leaves out",
          "[lessons]") {
  const myo::LessonLoad load = parse(R"({
    "format": "myoscope-lesson-1", "title": "The shoulder", "audience": "Physiotherapy year 1",
    "steps": [
      {"title": "Cuff", "narration": "The four cuff muscles.", "teacher_notes": "Ask first.",
       "camera": {"preset": "back", "frame": "selection"},
       "layers": {"skin": 0, "peel": 1}, "isolate": ["Rotator cuff.R", "deltoid_acromial"],
       "highlight": ["infraspinatus.R"], "labels": {"muscles": true}},
      {"title": "Referral", "narration": "Front of the shoulder.",
       "camera": {"target_m": [0.1, 1.4, 0.0], "yaw_deg": 180, "pitch_deg": 10,
                  "distance_m": 0.9},
       "trigger_points": ["infraspinatus_1.R"], "referral": {"time_s": 2.5, "playing": false}}
    ]})");
  for (const std::string& m : messages(load)) UNSCOPED_INFO(m);
  REQUIRE(load.lesson);
  const myo::Lesson& lesson = *load.lesson;
  CHECK(lesson.title == "The shoulder");
  CHECK(lesson.audience == "Physiotherapy year 1");
  REQUIRE(lesson.steps.size() == 2);
  const myo::LessonStep& cuff = lesson.steps[0];
  CHECK(cuff.teacherNotes == "Ask first.");
  CHECK(cuff.camera.preset == myo::ViewPreset::Back);
  CHECK(cuff.camera.frame == myo::LessonCamera::Frame::Selection);
  CHECK_FALSE(cuff.camera.pose);
  CHECK(cuff.layers.skin == 0.0f);
  CHECK(cuff.layers.muscles == 1.0f);  // left out: the default
  CHECK(cuff.layers.peel == 1);
  CHECK(cuff.isolate == std::vector<std::string>{"Rotator cuff.R", "deltoid_acromial"});
  CHECK(cuff.labels.muscles);
  CHECK_FALSE(cuff.labels.triggerPoints);
  CHECK(cuff.referralPlaying);
  const myo::LessonStep& referral = lesson.steps[1];
  REQUIRE(referral.camera.pose);
  CHECK(referral.camera.pose->yaw == Approx(3.14159265f));
  CHECK(referral.camera.pose->pitch == Approx(0.174533f));
  CHECK(referral.camera.pose->distance == Approx(0.9f));
  CHECK(referral.camera.pose->target.y == Approx(1.4f));
  CHECK(referral.triggerPoints == std::vector<std::string>{"infraspinatus_1.R"});
  REQUIRE(referral.referralSeconds);
  CHECK(*referral.referralSeconds == Approx(2.5f));
  CHECK_FALSE(referral.referralPlaying);
}

TEST_CASE("each kind of bad lesson field gives one line naming the file, step and field",
          "[lessons]") {
  struct Case {
    std::string text, message;
  };
  const Case cases[] = {
      {"{not json", "neck.json: not valid JSON (syntax error at byte 3)"},
      {R"({"format": "myoscope-lesson-1", "steps": [{"title": "A", "narration": "B"}]})",
       "neck.json: missing required field \"title\""},
      {R"({"format": "myoscope-lesson-2", "title": "A", "steps": [{"title": "A", "narration": "B"}]})",
       "neck.json: format: \"myoscope-lesson-2\" is not one of [\"myoscope-lesson-1\"]"},
      {R"({"format": "myoscope-lesson-1", "title": "A", "steps": []})",
       "neck.json: steps: needs at least 1 items, has 0"},
      {oneStep(R"("camera": {"preset": "frnt"})"),
       "neck.json: step 2: camera.preset: \"frnt\" is not one of [\"front\",\"back\",\"left\","
       "\"right\",\"top\",\"bottom\",\"three-quarter\"]"},
      {oneStep(R"("narations": "x")"), "neck.json: step 2: unknown field \"narations\""},
      {oneStep(R"("layers": {"skin": 1.5})"),
       "neck.json: step 2: layers.skin: 1.5 is above the maximum 1"},
      {oneStep(R"("layers": {"peel": 1.5})"),
       "neck.json: step 2: layers.peel: expected integer, found number"},
      {oneStep(R"("camera": {"target_m": [0, 1, 0], "yaw_deg": 0, "pitch_deg": 0})"),
       "neck.json: step 2: camera: target_m, yaw_deg, pitch_deg and distance_m go together "
       "(missing distance_m)"},
      {oneStep(R"("camera": {"preset": "back", "target_m": [0, 1, 0], "yaw_deg": 0,
                 "pitch_deg": 0, "distance_m": 1})"),
       "neck.json: step 2: camera: give a preset (and frame) or an explicit pose, not both"},
      {oneStep(R"("camera": {"target_m": [0, 1], "yaw_deg": 0, "pitch_deg": 0, "distance_m": 1})"),
       "neck.json: step 2: camera.target_m: needs at least 3 items, has 2"},
      {oneStep(R"("camera": {"frame": "selection"})"),
       "neck.json: step 2: camera.frame: \"selection\" needs muscles in highlight"},
      {oneStep(R"("camera": {"frame": "referral"})"),
       "neck.json: step 2: camera.frame: \"referral\" needs trigger_points"},
      {oneStep(R"("isolate": ["trapezius_descending", "infraspinatis.R"])"),
       "neck.json: step 2: isolate item 2: \"infraspinatis.R\" is not a muscle or muscle group "
       "(did you mean \"infraspinatus\"?)"},
      {oneStep(R"("highlight": ["wing"])"),
       "neck.json: step 2: highlight item 1: \"wing\" is not a muscle or muscle group"},
      {oneStep(R"("question": {"kind": "where"})"),
       "neck.json: step 2: question: a where question needs trigger_point"},
      {oneStep(R"("question": {"kind": "spot", "spot": "heel.R", "trigger_point": "soleus_1.R"})"),
       "neck.json: step 2: question: a spot question takes no trigger_point"},
      {oneStep(R"("question": {"kind": "guess", "spot": "heel.R"})"),
       "neck.json: step 2: question.kind: \"guess\" is not one of [\"where\",\"knot\",\"name\","
       "\"spot\"]"},
      {oneStep(R"("referral": {"time_s": -1})"),
       "neck.json: step 2: referral.time_s: -1 is below the minimum 0"},
  };
  for (const Case& c : cases) {
    INFO(c.text);
    const myo::LessonLoad load = parse(c.text);
    CHECK_FALSE(load.lesson);
    CHECK(messages(load) == std::vector<std::string>{c.message});
  }
}

TEST_CASE("a lesson gives one line for each of several problems", "[lessons]") {
  const myo::LessonLoad load = parse(oneStep(R"("isolate": ["wing"], "highlight": ["fin"])"));
  CHECK(messages(load).size() == 2);
}

TEST_CASE("trigger point ids are checked against the atlas, with a near miss named", "[lessons]") {
  const myo::LessonLoad load = parse(oneStep(
      R"("trigger_points": ["soleus_1.R", "infraspinatus_l.L"],
         "question": {"kind": "knot", "trigger_point": "solues_1.R"})"));
  REQUIRE(load.lesson);
  const std::vector<myo::Error> errors =
      myo::checkLessonTriggerPoints(*load.lesson, myo::test::bundledAtlasLoad().atlas, "neck.json");
  REQUIRE(errors.size() == 2);
  CHECK(errors[0].message() ==
        "neck.json: step 2: trigger_points item 2: \"infraspinatus_l.L\" is not a trigger point "
        "of the atlas (did you mean \"infraspinatus_1\"?)");
  CHECK(errors[1].message() ==
        "neck.json: step 2: question.trigger_point: \"solues_1.R\" is not a trigger point of the "
        "atlas (did you mean \"soleus_1\"?)");
}

TEST_CASE("a lesson written as JSON reads back equal", "[lessons]") {
  myo::Lesson lesson;
  lesson.title = "Heel pain";
  lesson.audience = "Self-care class";
  myo::LessonStep first;
  first.title = "Calf";
  first.narration = "Soleus and gastrocnemius.";
  first.camera.preset = myo::ViewPreset::Back;
  first.camera.frame = myo::LessonCamera::Frame::Selection;
  first.highlight = {"Calf.R"};
  first.layers.skin = 0.0f;
  first.layers.xray = true;
  first.labels.triggerPoints = true;
  myo::LessonStep second;
  second.title = "Referral";
  second.narration = "The heel.";
  second.teacherNotes = "Pause here.";
  second.camera.pose = myo::OrbitCamera::Pose{{0.1f, 0.2f, -0.05f}, 3.0f, 0.25f, 1.2f};
  second.triggerPoints = {"soleus_1.R"};
  second.referralSeconds = 4.0f;
  second.referralPlaying = false;
  second.questionKind = "where";
  second.questionTarget = "soleus_1.R";
  first.questionKind = "spot";
  first.questionTarget = "heel.R";
  lesson.steps = {first, second};

  const myo::LessonLoad load = parse(myo::lessonJson(lesson));
  for (const std::string& m : messages(load)) UNSCOPED_INFO(m);
  REQUIRE(load.lesson);
  const myo::Lesson& back = *load.lesson;
  CHECK(back.title == lesson.title);
  CHECK(back.audience == lesson.audience);
  REQUIRE(back.steps.size() == 2);
  CHECK(back.steps[0].camera.preset == myo::ViewPreset::Back);
  CHECK(back.steps[0].camera.frame == myo::LessonCamera::Frame::Selection);
  CHECK(back.steps[0].highlight == first.highlight);
  CHECK(back.steps[0].layers == first.layers);
  CHECK(back.steps[0].labels == first.labels);
  REQUIRE(back.steps[1].camera.pose);
  CHECK(back.steps[1].camera.pose->yaw == Approx(3.0f).margin(1e-4));
  CHECK(back.steps[1].camera.pose->pitch == Approx(0.25f).margin(1e-4));
  CHECK(back.steps[1].camera.pose->target.z == Approx(-0.05f));
  CHECK(back.steps[1].teacherNotes == "Pause here.");
  CHECK(back.steps[1].triggerPoints == second.triggerPoints);
  CHECK(*back.steps[1].referralSeconds == 4.0f);
  CHECK_FALSE(back.steps[1].referralPlaying);
  CHECK(back.steps[1].questionKind == "where");
  CHECK(back.steps[1].questionTarget == "soleus_1.R");
  CHECK(back.steps[0].questionKind == "spot");
  CHECK(back.steps[0].questionTarget == "heel.R");
}

TEST_CASE("JSON pointers read as step and field names", "[lessons]") {
  CHECK(myo::lessonFieldName("") == "");
  CHECK(myo::lessonFieldName("/title") == "title");
  CHECK(myo::lessonFieldName("/steps/0") == "step 1");
  CHECK(myo::lessonFieldName("/steps/11/camera/target_m/2") == "step 12: camera.target_m item 3");
}
