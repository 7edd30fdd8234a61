// The interactive window: GLFW + ImGui + the scene renderer around one AppState.
#pragma once

#include "app/cli_options.h"

namespace myo {

// Opens the window on the body named by `options` (or the bundled body) and runs the frame loop
// until the user quits (or `options.frames` frames when set). Returns the exit status.
int runWindowApp(const CliOptions& options);

}  // namespace myo
