// `myoscope check-atlas [DIR]`: validates an atlas folder (or the bundled atlas) and reports.
#pragma once

#include "app/cli_options.h"

namespace myo {

// Prints one line per problem (stderr) or a summary (stdout). Returns 0 when the atlas is valid,
// 1 otherwise. O(atlas size).
int runCheckAtlasCommand(const CliOptions& options);

}  // namespace myo
