// `myoscope render`: load a body, draw it off-screen through EGL and write a PNG. No window.
#pragma once

#include "app/cli_options.h"

namespace myo {

// Runs the command; prints one line on success (stdout) or failure (stderr). Returns the exit
// status. Cost: load + one frame.
int runRenderCommand(const CliOptions& options);

}  // namespace myo
