// Fuzz target: a lesson file's text against the bundled lesson schema.
#include <cstddef>
#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>
#include <string_view>

#include "core/lessons/lesson_file.h"
#include "fuzz/fuzz_support.h"

namespace {

const std::string& lessonSchema() {
  static const std::string schema = [] {
    std::ifstream in(MYO_LESSONS_DIR "/lesson.schema.json", std::ios::binary);
    std::ostringstream text;
    text << in.rdbuf();
    myo::fuzz::require(!text.str().empty(), "cannot read the lesson schema");
    return text.str();
  }();
  return schema;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const myo::LessonLoad load = myo::parseLesson(text, "fuzz.json", lessonSchema());
  for (const myo::Error& error : load.errors) myo::fuzz::requireOneLineNaming(error, "fuzz.json");
  if (load.errors.empty() && load.lesson) {
    // What a clean lesson writes, it reads back without a problem.
    const myo::LessonLoad again =
        myo::parseLesson(myo::lessonJson(*load.lesson), "again.json", lessonSchema());
    myo::fuzz::require(again.errors.empty(), "a written lesson does not read back");
  }
  return 0;
}
