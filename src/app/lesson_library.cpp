// Embedded lessons by name, the user's folder by listing, saves through core's atomic write.
#include "app/lesson_library.h"

#include <algorithm>
#include <cctype>

#include "core/io/atomic_file.h"
#include "core/io/file_access.h"

namespace myo {

// Defined by myo_embed_files (src/app/CMakeLists.txt): the bytes of an embedded lesson file.
std::string_view embeddedLesson(std::string_view fileName);

namespace {

constexpr std::string_view kBundledFolder = "bundled";

LessonLoad parseChecked(std::string_view text, const std::string& file, const Atlas* atlas) {
  LessonLoad load = parseLesson(text, file, bundledLessonSchema());
  if (load.lesson && atlas != nullptr) {
    load.errors = checkLessonTriggerPoints(*load.lesson, *atlas, file);
    if (!load.errors.empty()) load.lesson.reset();
  }
  return load;
}

LessonLoad bundledLesson(const std::string& name, const Atlas* atlas) {
  const std::string file = std::string(kBundledFolder) + "/" + name + ".json";
  const std::string_view text = embeddedLesson(name + ".json");
  if (text.empty()) {
    LessonLoad missing;
    missing.errors.push_back({file, "", "no bundled lesson of that name"});
    return missing;
  }
  return parseChecked(text, file, atlas);
}

LessonEntry entryOf(const std::string& name, std::filesystem::path file, LessonLoad load) {
  LessonEntry entry;
  entry.name = name;
  entry.title = load.lesson ? load.lesson->title : name;
  if (load.lesson) {
    entry.audience = load.lesson->audience;
    entry.steps = load.lesson->steps.size();
  }
  entry.file = std::move(file);
  entry.problems = std::move(load.errors);
  return entry;
}

}  // namespace

std::string_view bundledLessonSchema() {
  return embeddedLesson("lesson.schema.json");
}

const std::vector<std::string>& bundledLessonNames() {
  static const std::vector<std::string> names = {"neck_and_head", "shoulder", "low_back_and_hip",
                                                 "leg_and_foot"};
  return names;
}

LessonLoad readLessonFile(const std::filesystem::path& file, const Atlas* atlas) {
  std::vector<unsigned char> bytes;
  if (!readWholeFile(file, bytes)) {
    LessonLoad failed;
    failed.errors.push_back({file.string(), "", "cannot be read"});
    return failed;
  }
  return parseChecked(std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()),
                      file.string(), atlas);
}

std::vector<LessonEntry> listLessons(const std::filesystem::path& userFolder, const Atlas* atlas) {
  std::vector<LessonEntry> entries;
  for (const std::string& name : bundledLessonNames())
    entries.push_back(entryOf(name, {}, bundledLesson(name, atlas)));
  std::vector<std::filesystem::path> files;
  std::error_code ec;
  for (const auto& item : std::filesystem::directory_iterator(userFolder, ec))
    if (item.path().extension() == ".json" && item.is_regular_file(ec))
      files.push_back(item.path());
  std::sort(files.begin(), files.end());
  for (const std::filesystem::path& file : files)
    entries.push_back(entryOf(file.stem().string(), file, readLessonFile(file, atlas)));
  return entries;
}

LessonLoad openLesson(const std::string& fileOrName, const std::filesystem::path& userFolder,
                      const Atlas* atlas, std::filesystem::path& source) {
  const bool isFile = fileOrName.find('/') != std::string::npos || fileOrName.ends_with(".json");
  if (isFile) {
    source = fileOrName;
    return readLessonFile(fileOrName, atlas);
  }
  const std::filesystem::path own = userFolder / (fileOrName + ".json");
  std::error_code ec;
  if (std::filesystem::is_regular_file(own, ec)) {
    source = own;
    return readLessonFile(own, atlas);
  }
  source = std::filesystem::path(kBundledFolder) / (fileOrName + ".json");
  LessonLoad load = bundledLesson(fileOrName, atlas);
  if (!load.lesson && load.errors.size() == 1 && load.errors[0].where.empty() &&
      embeddedLesson(fileOrName + ".json").empty())
    load.errors[0] = {fileOrName, "",
                      "no lesson of that name (neither " + own.string() + " nor a bundled one)"};
  return load;
}

bool isBundledLesson(const std::filesystem::path& source) {
  return source.parent_path() == kBundledFolder;
}

std::string lessonFileName(std::string_view title) {
  std::string out;
  for (const char c : title) {
    const unsigned char u = static_cast<unsigned char>(c);
    if (std::isalnum(u) != 0 && u < 128)
      out += static_cast<char>(std::tolower(u));
    else if (!out.empty() && out.back() != '_')
      out += '_';
  }
  while (!out.empty() && out.back() == '_') out.pop_back();
  return out.empty() ? "lesson" : out;
}

Status saveLesson(const Lesson& lesson, const std::filesystem::path& file) {
  std::error_code ec;
  std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return Error{file.parent_path().string(), "", "cannot be created: " + ec.message()};
  return writeFileAtomic(file, lessonJson(lesson));
}

}  // namespace myo
