// Paper, text, pictures and the PDF document shared by the printed pages.
#include "print/pdf_kit.h"

#include <cairo-pdf.h>

#include <cstdint>

#include "core/io/atomic_file.h"
#include "core/text/ascii_text.h"

namespace myo {
namespace {

constexpr const char* kFamily = "DejaVu Sans";

cairo_status_t appendBytes(void* closure, const unsigned char* data, unsigned int length) {
  static_cast<std::string*>(closure)->append(reinterpret_cast<const char*>(data), length);
  return CAIRO_STATUS_SUCCESS;
}

}  // namespace

std::optional<Paper> parsePaper(std::string_view word) {
  const std::string lower = asciiLower(word);
  if (lower == "a4") return Paper::A4;
  if (lower == "letter") return Paper::Letter;
  return std::nullopt;
}

PaperSize paperSize(Paper paper) {
  return paper == Paper::A4 ? PaperSize{595.276, 841.890} : PaperSize{612.0, 792.0};
}

void setColor(cairo_t* cr, const Rgb& c) {
  cairo_set_source_rgb(cr, c.r, c.g, c.b);
}

Layout textLayout(cairo_t* cr, const std::string& text, double width, double size, bool bold,
                  bool italic) {
  Layout layout(pango_cairo_create_layout(cr));
  PangoFontDescription* font = pango_font_description_new();
  pango_font_description_set_family(font, kFamily);
  pango_font_description_set_absolute_size(font, size * PANGO_SCALE);
  pango_font_description_set_weight(font, bold ? PANGO_WEIGHT_BOLD : PANGO_WEIGHT_NORMAL);
  pango_font_description_set_style(font, italic ? PANGO_STYLE_ITALIC : PANGO_STYLE_NORMAL);
  pango_layout_set_font_description(layout.get(), font);
  pango_font_description_free(font);
  pango_layout_set_width(layout.get(), static_cast<int>(width * PANGO_SCALE));
  pango_layout_set_wrap(layout.get(), PANGO_WRAP_WORD_CHAR);
  pango_layout_set_spacing(layout.get(), static_cast<int>(0.18 * size * PANGO_SCALE));
  pango_layout_set_text(layout.get(), text.c_str(), static_cast<int>(text.size()));
  return layout;
}

double heightOf(const Layout& layout) {
  int width = 0, height = 0;
  pango_layout_get_size(layout.get(), &width, &height);
  return static_cast<double>(height) / PANGO_SCALE;
}

void drawLayout(cairo_t* cr, const Layout& layout, double x, double y, const Rgb& color) {
  setColor(cr, color);
  cairo_move_to(cr, x, y);
  pango_cairo_show_layout(cr, layout.get());
}

void drawImage(cairo_t* cr, const Image& image, double x, double y, double width, double height) {
  cairo_surface_t* surface =
      cairo_image_surface_create(CAIRO_FORMAT_RGB24, image.width, image.height);
  unsigned char* data = cairo_image_surface_get_data(surface);
  const int stride = cairo_image_surface_get_stride(surface);
  for (int row = 0; row < image.height; ++row) {
    auto* out = reinterpret_cast<std::uint32_t*>(data + static_cast<std::ptrdiff_t>(row) * stride);
    for (int column = 0; column < image.width; ++column) {
      const std::uint8_t* p = image.pixel(column, row);
      out[column] = 0xff000000u | (static_cast<std::uint32_t>(p[0]) << 16) |
                    (static_cast<std::uint32_t>(p[1]) << 8) | p[2];
    }
  }
  cairo_surface_mark_dirty(surface);
  cairo_save(cr);
  cairo_rectangle(cr, x, y, width, height);
  cairo_clip(cr);
  cairo_translate(cr, x, y);
  cairo_scale(cr, width / image.width, height / image.height);
  cairo_set_source_surface(cr, surface, 0.0, 0.0);
  cairo_paint(cr);
  cairo_restore(cr);
  cairo_surface_destroy(surface);
  setColor(cr, kGrey);
  cairo_set_line_width(cr, 0.4);
  cairo_rectangle(cr, x, y, width, height);
  cairo_stroke(cr);
}

PdfDocument::PdfDocument(PaperSize paper, const std::string& title)
    : surface_(
          cairo_pdf_surface_create_for_stream(appendBytes, &bytes_, paper.width, paper.height)),
      cr_(cairo_create(surface_)) {
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_TITLE, title.c_str());
  cairo_pdf_surface_set_metadata(surface_, CAIRO_PDF_METADATA_CREATOR, "Myoscope");
}

PdfDocument::~PdfDocument() {
  if (cr_ != nullptr) cairo_destroy(cr_);
  if (surface_ != nullptr) cairo_surface_destroy(surface_);
}

Status PdfDocument::finish(const std::filesystem::path& file) {
  cairo_destroy(cr_);
  cr_ = nullptr;
  cairo_surface_finish(surface_);
  const cairo_status_t status = cairo_surface_status(surface_);
  cairo_surface_destroy(surface_);
  surface_ = nullptr;
  if (status != CAIRO_STATUS_SUCCESS)
    return Error{file.string(), "",
                 std::string("could not make the PDF: ") + cairo_status_to_string(status)};
  return writeFileAtomic(file, bytes_);
}

}  // namespace myo
