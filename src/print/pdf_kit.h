// What every printed page shares (inside the print module only: it needs cairo): paper sizes,
// the ink colours, text set by pango in DejaVu
// Sans, pictures drawn into a rectangle, and a PDF document written to memory and then to its
// file atomically. cairo and pango; no GL, no UI.
#pragma once

#include <cairo.h>
#include <pango/pangocairo.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/io/image.h"
#include "core/result.h"
#include "print/paper.h"

namespace myo {

struct Rgb {
  double r, g, b;
};
inline constexpr Rgb kInk{0.12, 0.12, 0.14}, kGrey{0.40, 0.40, 0.44};
void setColor(cairo_t* cr, const Rgb& c);

struct LayoutDeleter {
  void operator()(PangoLayout* layout) const { g_object_unref(layout); }
};
using Layout = std::unique_ptr<PangoLayout, LayoutDeleter>;

// `text` set `width` pt wide at `size` pt, wrapping at words. O(text).
[[nodiscard]] Layout textLayout(cairo_t* cr, const std::string& text, double width, double size,
                                bool bold, bool italic = false);
[[nodiscard]] double heightOf(const Layout& layout);  // pt
void drawLayout(cairo_t* cr, const Layout& layout, double x, double y, const Rgb& color);

// Draws `image` scaled into the rectangle (pt), with a hairline frame. O(pixels).
void drawImage(cairo_t* cr, const Image& image, double x, double y, double width, double height);

// A PDF being drawn into memory; finish() writes it to its file atomically.
class PdfDocument {
 public:
  PdfDocument(PaperSize paper, const std::string& title);
  ~PdfDocument();
  PdfDocument(const PdfDocument&) = delete;
  PdfDocument& operator=(const PdfDocument&) = delete;
  [[nodiscard]] cairo_t* cr() const { return cr_; }
  void nextPage() { cairo_show_page(cr_); }  // ends the page drawn so far
  // Ends the document and writes it to `file` (temp file + rename). Errors name the file: cairo
  // refusing, a folder that cannot be written. O(size).
  [[nodiscard]] Status finish(const std::filesystem::path& file);

 private:
  std::string bytes_;
  cairo_surface_t* surface_ = nullptr;
  cairo_t* cr_ = nullptr;
};

}  // namespace myo
