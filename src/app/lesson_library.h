// The lessons a teacher can open: the bundled ones (assets/lessons, compiled into the binary)
// and the user's own (userDataDir()/lessons/*.json), found by file or by name, and saves into
// the user's folder (atomically). Files only; no GL, no UI.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/atlas.h"
#include "core/lessons/lesson_file.h"
#include "core/result.h"

namespace myo {

// One lesson in the list: its name (the file name without .json), title, and where it lives.
struct LessonEntry {
  std::string name;      // "shoulder"
  std::string title;     // the lesson's title, or the file name when it does not parse
  std::string audience;  // as the lesson says, "" when it does not
  std::size_t steps = 0;
  std::filesystem::path file;   // the user's file; empty for a bundled lesson
  std::vector<Error> problems;  // why it does not open, when it does not
};

// The lesson schema compiled into the binary (assets/lessons/lesson.schema.json). O(1).
[[nodiscard]] std::string_view bundledLessonSchema();

// Names of the bundled lessons, in the order the lessons tab lists them. O(1).
[[nodiscard]] const std::vector<std::string>& bundledLessonNames();

// The bundled lessons, then the user's from `userFolder` (sorted by name; a user's lesson named
// like a bundled one is listed after it). Parses every file: O(total size).
[[nodiscard]] std::vector<LessonEntry> listLessons(const std::filesystem::path& userFolder,
                                                   const Atlas* atlas);

// Parses the lesson file `file` (schema, meaning, and the trigger point ids against `atlas`
// when given). O(size).
[[nodiscard]] LessonLoad readLessonFile(const std::filesystem::path& file, const Atlas* atlas);

// A lesson by file path (anything with a '/' or ending in .json) or by name: the user's lesson
// of that name first, then the bundled one. `source` is set to what was opened: the file, or
// "bundled/shoulder.json" (which names no file on disk). O(size).
[[nodiscard]] LessonLoad openLesson(const std::string& fileOrName,
                                    const std::filesystem::path& userFolder, const Atlas* atlas,
                                    std::filesystem::path& source);

// True for the source of a bundled lesson ("bundled/shoulder.json"), which names no file. O(1).
[[nodiscard]] bool isBundledLesson(const std::filesystem::path& source);

// `title` made safe as a file name: lower-case letters, digits, '-' and '_' ("My shoulder class!"
// -> "my_shoulder_class"); "lesson" when nothing is left. O(length).
[[nodiscard]] std::string lessonFileName(std::string_view title);

// Writes `lesson` to `file` (temporary file + rename; folders created). O(size).
[[nodiscard]] Status saveLesson(const Lesson& lesson, const std::filesystem::path& file);

}  // namespace myo
