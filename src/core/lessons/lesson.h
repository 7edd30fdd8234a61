// Lesson: a teacher's prepared sequence of views of the body — each step a title, narration and
// the whole scene it shows (camera, layers, visible and highlighted muscles, trigger points and
// their referral, labels). Plain data as the lesson file gives it (docs/lesson-format.md); names
// are resolved against a body by the app. No files, no GL.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "core/geometry/orbit_camera.h"

namespace myo {

// Where a step puts the camera: a standard view, an explicit orbit pose, or neither (the camera
// stays where it is); `frame` says what a preset frames.
struct LessonCamera {
  enum class Frame { Body, Selection, Referral };
  std::optional<ViewPreset> preset;
  Frame frame = Frame::Body;
  std::optional<OrbitCamera::Pose> pose;  // target (body frame, m), yaw/pitch (rad), distance (m)
};

// Layer settings; a step that leaves one out shows it at its default.
struct LessonLayers {
  float skin = 0.3f, muscles = 1.0f, bones = 1.0f;  // opacity 0–1
  bool xray = false;
  int peel = 0;  // 0 all muscle layers, 1 without the superficial, 2 deep only
  bool operator==(const LessonLayers&) const = default;
};

// Which label layers show in the 3D view (the selected muscle is always labelled).
struct LabelLayers {
  bool muscles = false, triggerPoints = false, landmarks = false;
  bool operator==(const LabelLayers&) const = default;
};

// One step. Names: a catalogue muscle ("infraspinatus") or a muscle group ("Rotator cuff"),
// either with an optional side (".L", ".R"); trigger points by atlas id and side
// ("upper_trapezius_1.R"). An empty `isolate` shows every part.
struct LessonStep {
  std::string title, narration, teacherNotes;
  LessonCamera camera;
  LessonLayers layers;
  std::vector<std::string> isolate, highlight, triggerPoints;
  std::optional<float> referralSeconds;  // the referral's time, s; none: from the start
  bool referralPlaying = true;
  LabelLayers labels;
  // A question the step asks (the quiz's words: where, knot, name, spot) about a trigger point
  // ("infraspinatus_1.R") or, for spot, a landmark ("temple.R"); no kind: none.
  std::string questionKind, questionTarget;
};

struct Lesson {
  std::string title, audience, summary;
  std::vector<LessonStep> steps;
};

}  // namespace myo
