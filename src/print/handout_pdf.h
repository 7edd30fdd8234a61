// Handout pages on paper: lays out HandoutPage content with its pictures (pictures and the
// referral legend in the left column with the warnings under them, instructions in the right)
// and writes a PDF through cairo with text set by pango, in a real font as selectable text. Text
// shrinks to fit one page; what still does not fit continues on a page of its own. No GL, no UI.
#pragma once

#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/handout/handout_page.h"
#include "core/io/image.h"
#include "core/referral/colormap.h"
#include "core/result.h"
#include "print/paper.h"

namespace myo {

struct HandoutPicture {
  Image image;
  std::string caption;  // "From the front"
};

struct PrintedPage {
  HandoutPage content;
  std::vector<HandoutPicture> pictures;  // at most two, each drawn into pictureSlot()
};

// The size of one picture's place on `paper`, in points (1/72 inch); a picture drawn at 300 dpi
// is this × 300 / 72 pixels. O(1).
struct PictureSlot {
  double width = 0.0, height = 0.0;
};
[[nodiscard]] PictureSlot pictureSlot(Paper paper);

// Writes `pages` as one PDF titled `title` to `file`, atomically, and returns how many sheets
// it has (continuations included). The legend uses `colormap`. Errors name the file (a folder
// that cannot be written, cairo refusing). Cost: text layout of every page up to seven times
// (shrinking to fit) + image compression.
[[nodiscard]] Result<int> writeHandoutPdf(const std::vector<PrintedPage>& pages, Paper paper,
                                          Colormap colormap, const std::string& title,
                                          const std::filesystem::path& file);

}  // namespace myo
