// `myoscope handout`: printable PDF pages for trigger points, a region or a lesson, with the
// referral pictured at 300 dpi from EGL renders. Runs headless; no window, no UI.
#pragma once

#include "app/cli_options.h"

namespace myo {

// Plans, renders and writes the handout `options` asks for; 0 on success, 1 with one line on
// stderr naming the problem. Cost: one referral field per painted page + two renders of
// about 0.7 megapixels per page + PDF layout.
[[nodiscard]] int runHandoutCommand(const CliOptions& options);

}  // namespace myo
