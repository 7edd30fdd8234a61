// check-lesson: read each file, report every problem, summarise.
#include "app/check_lesson_command.h"

#include <iostream>

#include "app/atlas_source.h"
#include "app/lesson_library.h"

namespace myo {

int runCheckLessonCommand(const CliOptions& options) {
  const AtlasLoad atlas = loadAtlasOrBundled({});
  int status = 0;
  for (const std::filesystem::path& file : options.inputs) {
    const LessonLoad load = readLessonFile(file, &atlas.atlas);
    for (const Error& error : load.errors) std::cerr << error.message() << "\n";
    if (load.lesson) {
      const std::size_t steps = load.lesson->steps.size();
      std::cout << file.string() << ": \"" << load.lesson->title << "\", " << steps
                << (steps == 1 ? " step" : " steps") << ", no problems\n";
    } else {
      std::cout << file.string() << ": " << load.errors.size()
                << (load.errors.size() == 1 ? " problem" : " problems") << "\n";
      status = 1;
    }
  }
  return status;
}

}  // namespace myo
