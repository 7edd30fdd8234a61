// `myoscope check-lesson FILE...`: validates lesson files against the schema, the muscle
// catalogue and the bundled atlas, and reports.
#pragma once

#include "app/cli_options.h"

namespace myo {

// Prints one line per problem (stderr: file, step, field, why) and a line per file with its
// steps (stdout). Returns 0 when every file is valid, 1 otherwise. O(size of the files).
int runCheckLessonCommand(const CliOptions& options);

}  // namespace myo
