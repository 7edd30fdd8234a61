// Entry point: parses the command line and runs the window or a headless command. Every error
// ends as one line on stderr; nothing escapes as an uncaught exception.
#include <exception>
#include <iostream>
#include <string>
#include <vector>

#include "app/atlas_commands.h"
#include "app/check_atlas_command.h"
#include "app/check_lesson_command.h"
#include "app/cli_options.h"
#include "app/handout_command.h"
#include "app/render_command.h"
#include "app/window_app.h"

int main(int argc, char** argv) {
  try {
    const std::vector<std::string> args(argv + 1, argv + argc);
    myo::Result<myo::CliOptions> options = myo::parseCommandLine(args);
    if (!options) {
      std::cerr << options.error().message() << "\n";
      return 2;
    }
    switch (options->mode) {
      case myo::CliMode::Help:
        std::cout << myo::usageText();
        return 0;
      case myo::CliMode::Version:
        std::cout << "myoscope " << MYOSCOPE_VERSION << "\n";
        return 0;
      case myo::CliMode::Render:
        return myo::runRenderCommand(*options);
      case myo::CliMode::Handout:
        return myo::runHandoutCommand(*options);
      case myo::CliMode::CheckAtlas:
        return myo::runCheckAtlasCommand(*options);
      case myo::CliMode::CheckLesson:
        return myo::runCheckLessonCommand(*options);
      case myo::CliMode::Check:
        return myo::runCheckCommand(*options);
      case myo::CliMode::Where:
        return myo::runWhereCommand(*options);
      case myo::CliMode::Window:
        return myo::runWindowApp(*options);
    }
  } catch (const std::exception& e) {
    std::cerr << "myoscope: " << e.what() << "\n";
  } catch (...) {
    std::cerr << "myoscope: unexpected error\n";
  }
  return 1;
}
