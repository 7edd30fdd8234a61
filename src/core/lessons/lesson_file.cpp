// Lesson JSON -> schema check -> meaning checks -> Lesson, and back.
#include "core/lessons/lesson_file.h"

#include <algorithm>
#include <cmath>

#include <nlohmann/json.hpp>

#include "core/anatomy/muscle_catalog.h"
#include "core/anatomy/muscle_groups.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/io/json_limits.h"
#include "core/io/json_schema.h"
#include "core/text/ascii_text.h"
#include "core/text/spelling.h"

namespace myo {
namespace {

using nlohmann::json;
using ordered = nlohmann::ordered_json;

constexpr float kRadiansPerDegree = 3.14159265358979f / 180.0f;
constexpr const char* kFormat = "myoscope-lesson-1";

// Every name an isolate or highlight entry may give: catalogue muscles and group names.
std::vector<std::string> knownMuscleNames() {
  std::vector<std::string> names;
  for (const MuscleSpec& spec : muscleCatalog()) names.emplace_back(spec.name);
  for (const MuscleGroup& group : muscleGroups()) names.emplace_back(group.name);
  return names;
}

bool isKnownMuscleName(std::string_view base) {
  if (findMuscle(base) != nullptr) return true;
  const std::string lower = asciiLower(base);
  return std::any_of(muscleGroups().begin(), muscleGroups().end(),
                     [&](const MuscleGroup& g) { return asciiLower(g.name) == lower; });
}

std::string inQuotes(std::string_view text) {
  std::string out(1, '"');
  out.append(text);
  out.push_back('"');
  return out;
}

std::string stepField(std::size_t step, const std::string& field) {
  return "step " + std::to_string(step + 1) + ": " + field;
}

std::vector<std::string> stringsOf(const json& node, const char* key) {
  std::vector<std::string> out;
  if (node.contains(key))
    for (const json& item : node[key]) out.push_back(item.get<std::string>());
  return out;
}

LessonCamera cameraFrom(const json& node) {
  LessonCamera camera;
  if (node.contains("preset")) camera.preset = parseViewPreset(node["preset"].get<std::string>());
  const std::string frame = node.value("frame", "body");
  camera.frame = frame == "selection"  ? LessonCamera::Frame::Selection
                 : frame == "referral" ? LessonCamera::Frame::Referral
                                       : LessonCamera::Frame::Body;
  if (node.contains("target_m")) {
    OrbitCamera::Pose pose;
    const json& t = node["target_m"];
    pose.target = glm::vec3(t[0].get<float>(), t[1].get<float>(), t[2].get<float>());
    pose.yaw = node["yaw_deg"].get<float>() * kRadiansPerDegree;
    pose.pitch = node["pitch_deg"].get<float>() * kRadiansPerDegree;
    pose.distance = node["distance_m"].get<float>();
    camera.pose = pose;
  }
  return camera;
}

LessonStep stepFrom(const json& node) {
  LessonStep step;
  step.title = node["title"];
  step.narration = node["narration"];
  step.teacherNotes = node.value("teacher_notes", "");
  if (node.contains("camera")) step.camera = cameraFrom(node["camera"]);
  if (node.contains("layers")) {
    const json& layers = node["layers"];
    step.layers.skin = layers.value("skin", step.layers.skin);
    step.layers.muscles = layers.value("muscles", step.layers.muscles);
    step.layers.bones = layers.value("bones", step.layers.bones);
    step.layers.xray = layers.value("xray", false);
    step.layers.peel = layers.value("peel", 0);
  }
  step.isolate = stringsOf(node, "isolate");
  step.highlight = stringsOf(node, "highlight");
  step.triggerPoints = stringsOf(node, "trigger_points");
  if (node.contains("referral")) {
    const json& referral = node["referral"];
    if (referral.contains("time_s")) step.referralSeconds = referral["time_s"].get<float>();
    step.referralPlaying = referral.value("playing", true);
  }
  if (node.contains("question")) {
    const json& question = node["question"];
    step.questionKind = question["kind"];
    step.questionTarget = question.value("spot", question.value("trigger_point", ""));
  }
  if (node.contains("labels")) {
    const json& labels = node["labels"];
    step.labels.muscles = labels.value("muscles", false);
    step.labels.triggerPoints = labels.value("trigger_points", false);
    step.labels.landmarks = labels.value("landmarks", false);
  }
  return step;
}

// What the schema cannot say about one step's camera and names.
void checkStep(const json& node, std::size_t index, const std::string& file,
               const std::vector<std::string>& known, std::vector<Error>& errors) {
  if (node.contains("camera")) {
    const json& camera = node["camera"];
    const char* poseFields[] = {"target_m", "yaw_deg", "pitch_deg", "distance_m"};
    std::vector<std::string> missing;
    bool anyPose = false;
    for (const char* field : poseFields) {
      if (camera.contains(field))
        anyPose = true;
      else
        missing.emplace_back(field);
    }
    if (anyPose && !missing.empty())
      errors.push_back({file, stepField(index, "camera"),
                        "target_m, yaw_deg, pitch_deg and distance_m go together (missing " +
                            missing.front() + ")"});
    if (anyPose && (camera.contains("preset") || camera.contains("frame")))
      errors.push_back({file, stepField(index, "camera"),
                        "give a preset (and frame) or an explicit pose, not both"});
    const std::string frame = camera.value("frame", "body");
    if (frame == "selection" && stringsOf(node, "highlight").empty())
      errors.push_back(
          {file, stepField(index, "camera.frame"), "\"selection\" needs muscles in highlight"});
    if (frame == "referral" && stringsOf(node, "trigger_points").empty())
      errors.push_back(
          {file, stepField(index, "camera.frame"), "\"referral\" needs trigger_points"});
  }
  if (node.contains("question")) {
    const json& question = node["question"];
    const bool spot = question["kind"] == "spot";
    const char* needed = spot ? "spot" : "trigger_point";
    const char* other = spot ? "trigger_point" : "spot";
    if (!question.contains(needed))
      errors.push_back({file, stepField(index, "question"),
                        "a " + question["kind"].get<std::string>() + " question needs " + needed});
    if (question.contains(other))
      errors.push_back(
          {file, stepField(index, "question"),
           "a " + question["kind"].get<std::string>() + " question takes no " + other});
  }
  for (const char* list : {"isolate", "highlight"}) {
    const std::vector<std::string> names = stringsOf(node, list);
    for (std::size_t i = 0; i < names.size(); ++i) {
      const LessonName name = splitLessonName(names[i]);
      if (isKnownMuscleName(name.base)) continue;
      const std::string near = closestName(name.base, known);
      errors.push_back({file,
                        stepField(index, std::string(list) + " item " + std::to_string(i + 1)),
                        inQuotes(names[i]) + " is not a muscle or muscle group" +
                            (near.empty() ? "" : " (did you mean " + inQuotes(near) + "?)")});
    }
  }
}

double rounded(float value) {
  return std::round(static_cast<double>(value) * 1000.0) / 1000.0;
}

ordered cameraJson(const LessonCamera& camera) {
  ordered node = ordered::object();
  if (camera.pose) {
    const OrbitCamera::Pose& pose = *camera.pose;
    node["target_m"] = {rounded(pose.target.x), rounded(pose.target.y), rounded(pose.target.z)};
    node["yaw_deg"] = rounded(pose.yaw / kRadiansPerDegree);
    node["pitch_deg"] = rounded(pose.pitch / kRadiansPerDegree);
    node["distance_m"] = rounded(pose.distance);
    return node;
  }
  if (camera.preset) node["preset"] = std::string(viewPresetName(*camera.preset));
  if (camera.frame == LessonCamera::Frame::Selection) node["frame"] = "selection";
  if (camera.frame == LessonCamera::Frame::Referral) node["frame"] = "referral";
  return node;
}

ordered stepJson(const LessonStep& step) {
  ordered node = ordered::object();
  node["title"] = step.title;
  node["narration"] = step.narration;
  if (!step.teacherNotes.empty()) node["teacher_notes"] = step.teacherNotes;
  if (ordered camera = cameraJson(step.camera); !camera.empty()) node["camera"] = camera;
  const LessonLayers defaults;
  if (step.layers != defaults) {
    ordered layers = ordered::object();
    if (step.layers.skin != defaults.skin) layers["skin"] = rounded(step.layers.skin);
    if (step.layers.muscles != defaults.muscles) layers["muscles"] = rounded(step.layers.muscles);
    if (step.layers.bones != defaults.bones) layers["bones"] = rounded(step.layers.bones);
    if (step.layers.xray) layers["xray"] = true;
    if (step.layers.peel != 0) layers["peel"] = step.layers.peel;
    node["layers"] = layers;
  }
  if (!step.isolate.empty()) node["isolate"] = step.isolate;
  if (!step.highlight.empty()) node["highlight"] = step.highlight;
  if (!step.triggerPoints.empty()) node["trigger_points"] = step.triggerPoints;
  if (step.referralSeconds || !step.referralPlaying) {
    ordered referral = ordered::object();
    if (step.referralSeconds) referral["time_s"] = rounded(*step.referralSeconds);
    if (!step.referralPlaying) referral["playing"] = false;
    node["referral"] = referral;
  }
  if (!step.questionKind.empty()) {
    ordered question = ordered::object();
    question["kind"] = step.questionKind;
    question[step.questionKind == "spot" ? "spot" : "trigger_point"] = step.questionTarget;
    node["question"] = question;
  }
  if (step.labels != LabelLayers{}) {
    ordered labels = ordered::object();
    if (step.labels.muscles) labels["muscles"] = true;
    if (step.labels.triggerPoints) labels["trigger_points"] = true;
    if (step.labels.landmarks) labels["landmarks"] = true;
    node["labels"] = labels;
  }
  return node;
}

}  // namespace

LessonName splitLessonName(std::string_view name) {
  if (name.size() > 2 && name[name.size() - 2] == '.' && (name.back() == 'L' || name.back() == 'R'))
    return {std::string(name.substr(0, name.size() - 2)), name.back()};
  return {std::string(name), 0};
}

std::string lessonFieldName(std::string_view pointer) {
  const std::vector<std::string_view> tokens = splitOn(pointer, "/");
  if (tokens.empty()) return "";
  std::size_t first = 0;
  std::string out;
  if (tokens[0] == "steps" && tokens.size() >= 2) {
    out = "step " + std::to_string(std::stoul(std::string(tokens[1])) + 1);
    first = 2;
  }
  std::string field;
  for (std::size_t i = first; i < tokens.size(); ++i) {
    const bool number = std::all_of(tokens[i].begin(), tokens[i].end(),
                                    [](char c) { return c >= '0' && c <= '9'; });
    if (number)
      field += " item " + std::to_string(std::stoul(std::string(tokens[i])) + 1);
    else {
      if (!field.empty()) field.push_back('.');
      field.append(tokens[i]);
    }
  }
  if (out.empty()) return field;
  return field.empty() ? out : out + ": " + field;
}

LessonLoad parseLesson(std::string_view text, const std::string& file,
                       std::string_view schemaText) {
  LessonLoad load;
  const json schema = json::parse(schemaText, nullptr, false);
  if (schema.is_discarded() || !schema.contains("$defs")) {
    load.errors.push_back({"lesson.schema.json", "", "the schema is not valid JSON"});
    return load;
  }
  const Result<json> parsed = parseJsonBounded(text);
  if (!parsed) {
    load.errors.push_back({file, "", parsed.error().reason});
    return load;
  }
  const json& document = parsed.value();
  std::vector<SchemaViolation> violations;
  checkAgainstSchema(document, schema["$defs"]["lesson_file"], schema, violations);
  for (const SchemaViolation& v : violations) {
    // An unknown field is named in the reason; the place is the object that holds it.
    const bool unknown = v.reason.starts_with("unknown field");
    const std::string_view where =
        unknown ? std::string_view(v.pointer).substr(0, v.pointer.rfind('/')) : v.pointer;
    load.errors.push_back({file, lessonFieldName(where), v.reason});
  }
  if (!load.errors.empty()) return load;
  const std::vector<std::string> known = knownMuscleNames();
  const json& steps = document["steps"];
  for (std::size_t i = 0; i < steps.size(); ++i) checkStep(steps[i], i, file, known, load.errors);
  if (!load.errors.empty()) return load;
  Lesson lesson;
  lesson.title = document["title"];
  lesson.audience = document.value("audience", "");
  lesson.summary = document.value("summary", "");
  for (const json& step : steps) lesson.steps.push_back(stepFrom(step));
  load.lesson = std::move(lesson);
  return load;
}

std::vector<Error> checkLessonTriggerPoints(const Lesson& lesson, const Atlas& atlas,
                                            const std::string& file) {
  std::vector<std::string> ids;
  for (const TriggerPoint& point : atlas.triggerPoints) ids.push_back(point.id);
  std::vector<Error> errors;
  for (std::size_t s = 0; s < lesson.steps.size(); ++s) {
    std::vector<std::string> points = lesson.steps[s].triggerPoints;
    const bool asksAboutPoint =
        !lesson.steps[s].questionKind.empty() && lesson.steps[s].questionKind != "spot";
    if (asksAboutPoint) points.push_back(lesson.steps[s].questionTarget);
    for (std::size_t i = 0; i < points.size(); ++i) {
      const LessonName name = splitLessonName(points[i]);
      if (std::find(ids.begin(), ids.end(), name.base) != ids.end()) continue;
      const std::string near = closestName(name.base, ids);
      const bool question = i == lesson.steps[s].triggerPoints.size();  // the question's point
      const std::string field =
          question ? "question.trigger_point" : "trigger_points item " + std::to_string(i + 1);
      errors.push_back({file, stepField(s, field),
                        inQuotes(points[i]) + " is not a trigger point of the atlas" +
                            (near.empty() ? "" : " (did you mean " + inQuotes(near) + "?)")});
    }
  }
  return errors;
}

std::string lessonJson(const Lesson& lesson) {
  ordered document = ordered::object();
  document["format"] = kFormat;
  document["title"] = lesson.title;
  if (!lesson.audience.empty()) document["audience"] = lesson.audience;
  if (!lesson.summary.empty()) document["summary"] = lesson.summary;
  document["steps"] = ordered::array();
  for (const LessonStep& step : lesson.steps) document["steps"].push_back(stepJson(step));
  return document.dump(2) + "\n";
}

}  // namespace myo
