// Lesson files: JSON text -> schema check -> Lesson, with every problem as one line naming the
// file, the step and the field ("neck.json: step 3: camera.preset: \"frnt\" is not one of …");
// and a Lesson back to JSON for the editor's save. Text only; reading and writing files is the
// caller's (atomically, for saves). No GL.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/atlas.h"
#include "core/lessons/lesson.h"
#include "core/result.h"

namespace myo {

struct LessonLoad {
  std::optional<Lesson> lesson;  // set when the file has no error
  std::vector<Error> errors;     // each: file, "step N: field" (or the top-level field), why
};

// Parses `text` (the file `file`) against `schemaText` (assets/lessons/lesson.schema.json),
// then checks what a schema cannot: a camera gives a preset or a whole pose, not both; framing
// the selection or the referral needs something highlighted or chosen; every isolated or
// highlighted name is a catalogue muscle or a muscle group (with a "did you mean" when one is
// near). O(text + steps · names · catalogue).
[[nodiscard]] LessonLoad parseLesson(std::string_view text, const std::string& file,
                                     std::string_view schemaText);

// Problems of `lesson`'s trigger point ids (the steps' and their questions') against `atlas`
// (an id it lacks, with a "did you mean"), as parseLesson words them. O(steps · points · atlas).
[[nodiscard]] std::vector<Error> checkLessonTriggerPoints(const Lesson& lesson, const Atlas& atlas,
                                                          const std::string& file);

// `lesson` as lesson-file JSON (two-space indent, fields at their defaults left out) that
// parseLesson reads back to an equal lesson. O(size).
[[nodiscard]] std::string lessonJson(const Lesson& lesson);

// A lesson name split from its side: "infraspinatus.R" -> ("infraspinatus", 'R'); no ".L" or
// ".R" suffix -> side 0 (both sides). O(length).
struct LessonName {
  std::string base;
  char side = 0;
};
[[nodiscard]] LessonName splitLessonName(std::string_view name);

// "step 3: camera.preset" for the JSON pointer "/steps/2/camera/preset" ("" for "/"; array
// items after the step are counted from 1: "step 3: isolate item 2"). O(length).
[[nodiscard]] std::string lessonFieldName(std::string_view pointer);

}  // namespace myo
