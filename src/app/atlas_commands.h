// `myoscope check` (the body's facts and how every trigger point anchors on it) and `myoscope
// where` (the trigger points that refer pain to a point). Text or JSON on stdout.
#pragma once

#include "app/cli_options.h"

namespace myo {

// Both print one line on stderr and return 1 when the body or the atlas cannot be loaded or the
// point is not understood; 0 otherwise. Cost: loading the body, O(points · part vertices).
int runCheckCommand(const CliOptions& options);
int runWhereCommand(const CliOptions& options);

}  // namespace myo
