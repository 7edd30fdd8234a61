// What a `myoscope handout` prints: the pages asked for by --tp, --region and --lesson, each
// with its content from the atlas and what its pictures show. Checks every id, region and
// lesson before anything is drawn. No GL, no files written.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "app/cli_options.h"
#include "core/atlas/atlas.h"
#include "core/handout/handout_page.h"
#include "core/lessons/lesson.h"
#include "core/result.h"

namespace myo {

struct HandoutPlan {
  std::string title;             // the PDF's title
  std::optional<Lesson> lesson;  // with --lesson: the steps its pages picture
  struct Page {
    HandoutPage content;
    std::optional<std::size_t> step;  // a lesson step: its view; none: the referral's two views
  };
  std::vector<Page> pages;
};

// The pages for `options` (--tp points in order, then every point of --region, then the
// --lesson steps; a lesson found by name in `lessonFolder` or among the bundled ones). Errors are
// one line naming the unknown id, region or lesson file; asking for nothing is an error too.
// O(atlas + lesson).
[[nodiscard]] Result<HandoutPlan> planHandout(const CliOptions& options, const Atlas& atlas,
                                              const std::filesystem::path& lessonFolder);

}  // namespace myo
