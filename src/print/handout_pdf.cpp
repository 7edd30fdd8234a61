// Handout PDF: page geometry, the text flow through two columns, and cairo/pango drawing.
#include "print/handout_pdf.h"

#include <algorithm>
#include <cstdint>
#include <limits>
#include <memory>

#include "print/pdf_kit.h"

namespace myo {
namespace {

constexpr double kHandoutMargin = 32.0;  // pt around the page
constexpr double kHandoutGutter = 14.0;  // pt between the columns
constexpr double kLeftShare = 0.37;      // of the text width: pictures and the safety box
constexpr double kPictureAspect = 1.12;  // picture height / width
constexpr double kTintPad = 5.0;         // pt inside the safety box
constexpr double kFontSizes[] = {8.5, 8.0, 7.5, 7.0, 6.6, 6.2};  // pt, tried in turn

constexpr Rgb kAccent{0.76, 0.32, 0.22};
constexpr Rgb kWarningInk{0.60, 0.14, 0.08}, kTint{0.99, 0.94, 0.91};
constexpr Rgb kClinicianInk{0.30, 0.24, 0.52};

double leftColumnWidth(Paper paper) {
  return kLeftShare * (paperSize(paper).width - 2.0 * kHandoutMargin - kHandoutGutter);
}

// One piece of the text flow; a block is a heading, its paragraph and its lines.
enum class ItemKind { Heading, Paragraph, Bullet, Step };
struct FlowItem {
  ItemKind kind = ItemKind::Paragraph;
  std::string text;
  int number = 0;
  BlockTone tone = BlockTone::Plain;
};

void appendItems(const HandoutBlock& block, std::vector<FlowItem>& items) {
  if (!block.heading.empty()) items.push_back({ItemKind::Heading, block.heading, 0, block.tone});
  if (!block.paragraph.empty())
    items.push_back({ItemKind::Paragraph, block.paragraph, 0, block.tone});
  const ItemKind kind = block.tone == BlockTone::Steps ? ItemKind::Step : ItemKind::Bullet;
  for (std::size_t i = 0; i < block.lines.size(); ++i)
    items.push_back({kind, block.lines[i], static_cast<int>(i + 1), block.tone});
}

struct Column {
  double x = 0.0, top = 0.0, bottom = 0.0, width = 0.0;
  bool tinted = false;  // the safety box
};

// Sets items into columns at one font size; with `draw` false it only measures.
class Flow {
 public:
  Flow(cairo_t* cr, double size, bool draw) : cr_(cr), size_(size), draw_(draw) {}

  // Places items[from…] into `column`; returns the index of the first item that did not fit.
  std::size_t place(const std::vector<FlowItem>& items, std::size_t from, const Column& column) {
    double y = column.top;
    for (std::size_t i = from; i < items.size(); ++i) {
      double needed = height(items[i], column, i == from);
      if (items[i].kind == ItemKind::Heading && i + 1 < items.size())
        needed += height(items[i + 1], column, false);  // a heading stays with what follows
      if (y + needed > column.bottom) return i;
      y += set(items[i], column, y, i == from);
    }
    return items.size();
  }

 private:
  double fontSize(const FlowItem& item) const {
    if (item.kind == ItemKind::Heading) return size_ * 1.12;
    return item.tone == BlockTone::Small ? size_ * 0.86 : size_;
  }
  double indent(const FlowItem& item) const {
    if (item.kind == ItemKind::Step) return size_ * 1.7;
    return item.kind == ItemKind::Bullet ? size_ * 1.1 : 0.0;
  }
  double spaceBefore(const FlowItem& item, bool first) const {
    return item.kind == ItemKind::Heading && !first ? size_ * 0.8 : 0.0;
  }
  double spaceAfter(const FlowItem& item) const {
    return item.kind == ItemKind::Heading ? size_ * 0.25 : size_ * 0.3;
  }
  static double pad(const Column& column) { return column.tinted ? kTintPad : 0.0; }
  Layout layoutOf(const FlowItem& item, const Column& column) const {
    const double width = column.width - 2.0 * pad(column) - indent(item);
    return textLayout(cr_, item.text, width, fontSize(item), item.kind == ItemKind::Heading,
                      item.tone == BlockTone::Clinician && item.kind != ItemKind::Heading);
  }
  double height(const FlowItem& item, const Column& column, bool first) const {
    return spaceBefore(item, first) + heightOf(layoutOf(item, column)) + spaceAfter(item);
  }
  static Rgb colorOf(const FlowItem& item) {
    if (item.tone == BlockTone::Small) return kGrey;
    if (item.kind != ItemKind::Heading) return kInk;
    if (item.tone == BlockTone::Warning) return kWarningInk;
    return item.tone == BlockTone::Clinician ? kClinicianInk : kInk;
  }
  // Draws `item` at `y` (when drawing) and returns the height it takes.
  double set(const FlowItem& item, const Column& column, double y, bool first) const {
    const Layout layout = layoutOf(item, column);
    const double taken = spaceBefore(item, first) + heightOf(layout) + spaceAfter(item);
    if (!draw_) return taken;
    if (column.tinted) {
      setColor(cr_, kTint);
      cairo_rectangle(cr_, column.x, y, column.width, taken);
      cairo_fill(cr_);
      setColor(cr_, kAccent);
      cairo_rectangle(cr_, column.x, y, 1.6, taken);
      cairo_fill(cr_);
    }
    const double x = column.x + pad(column), top = y + spaceBefore(item, first);
    if (item.kind == ItemKind::Bullet || item.kind == ItemKind::Step) {
      const std::string mark =
          item.kind == ItemKind::Step ? std::to_string(item.number) + "." : "\u2022";
      drawLayout(cr_, textLayout(cr_, mark, indent(item), fontSize(item), false), x, top,
                 item.tone == BlockTone::Warning ? kWarningInk : kGrey);
    }
    drawLayout(cr_, layout, x + indent(item), top, colorOf(item));
    return taken;
  }

  cairo_t* cr_;
  double size_;
  bool draw_;
};

// The fixed parts of a page and the columns left for text.
struct PageFrame {
  Column right, box;  // instructions; the safety box under the pictures
  double headerBottom = 0.0, footerTop = 0.0;
};

double drawHeader(cairo_t* cr, const HandoutPage& page, double width, bool continued, bool draw) {
  std::string title = page.title;
  if (continued) title += " (continued)";
  const Layout titleLayout = textLayout(cr, title, width, 15.0, true);
  const Layout subtitle = textLayout(cr, page.subtitle, width, 8.5, false);
  const double titleHeight = heightOf(titleLayout);
  const double bottom = kHandoutMargin + titleHeight + 2.0 + heightOf(subtitle) + 5.0;
  if (draw) {
    drawLayout(cr, titleLayout, kHandoutMargin, kHandoutMargin, kInk);
    drawLayout(cr, subtitle, kHandoutMargin, kHandoutMargin + titleHeight + 2.0, kGrey);
    setColor(cr, kAccent);
    cairo_rectangle(cr, kHandoutMargin, bottom - 1.2, width, 1.2);
    cairo_fill(cr);
  }
  return bottom + 9.0;
}

double drawFooter(cairo_t* cr, const HandoutPage& page, const PaperSize& paper, int pageNumber,
                  int pages, bool draw) {
  const double width = paper.width - 2.0 * kHandoutMargin;
  const Layout disclaimer = textLayout(cr, page.footer, width, 6.0, false);
  const std::string count =
      "Myoscope handout \u00b7 page " + std::to_string(pageNumber) + " of " + std::to_string(pages);
  const Layout numbering = textLayout(cr, count, width, 6.0, false);
  pango_layout_set_alignment(numbering.get(), PANGO_ALIGN_RIGHT);
  const double top =
      paper.height - kHandoutMargin - heightOf(disclaimer) - heightOf(numbering) - 2.0;
  if (draw) {
    setColor(cr, kGrey);
    cairo_rectangle(cr, kHandoutMargin, top - 5.0, width, 0.5);
    cairo_fill(cr);
    drawLayout(cr, disclaimer, kHandoutMargin, top, kGrey);
    drawLayout(cr, numbering, kHandoutMargin, top + heightOf(disclaimer) + 2.0, kGrey);
  }
  return top - 18.0;  // room for the "continued" cue
}

// The colour bar and what its shade means, `width` wide at `y`; returns its bottom.
double drawLegend(cairo_t* cr, Colormap colormap, double x, double y, double width, bool draw) {
  const double bar = 7.0;
  const Layout few = textLayout(cr, "few patients", width, 6.5, false);
  const Layout most = textLayout(cr, "most patients", width, 6.5, false);
  pango_layout_set_alignment(most.get(), PANGO_ALIGN_RIGHT);
  const Layout meaning = textLayout(
      cr,
      "Shade shows how often patients report pain there, not how strong it is. The dot marks the "
      "trigger point. Patterns are typical, not fixed.",
      width, 6.5, false);
  const double labels = y + bar + 2.0;
  const double bottom = labels + heightOf(few) + 2.0 + heightOf(meaning);
  if (!draw) return bottom;
  cairo_pattern_t* gradient = cairo_pattern_create_linear(x, 0.0, x + width, 0.0);
  constexpr int kStops = 16;
  for (int i = 0; i <= kStops; ++i) {
    const float t = static_cast<float>(i) / kStops;
    const glm::vec3 c = colormapColor(colormap, t);
    cairo_pattern_add_color_stop_rgb(gradient, t, c.x, c.y, c.z);
  }
  cairo_rectangle(cr, x, y, width, bar);
  cairo_set_source(cr, gradient);
  cairo_fill(cr);
  cairo_pattern_destroy(gradient);
  drawLayout(cr, few, x, labels, kGrey);
  drawLayout(cr, most, x, labels, kGrey);
  drawLayout(cr, meaning, x, labels + heightOf(few) + 2.0, kGrey);
  return bottom;
}

// The items of `page`: the warnings that go in the box under the pictures, and the rest.
struct PageItems {
  std::vector<FlowItem> box, right;
};

PageItems itemsOf(const HandoutPage& page) {
  PageItems items;
  for (const HandoutBlock& block : page.blocks) {
    const bool boxed = block.tone == BlockTone::Warning && block.heading != "Cautions";
    appendItems(block, boxed ? items.box : items.right);
  }
  return items;
}

// Draws (or measures) the first page of `printed`: header, pictures, legend and as much text as
// fits. Returns what did not fit, in reading order.
std::vector<FlowItem> setFirstPage(cairo_t* cr, const PrintedPage& printed, Paper paper,
                                   Colormap colormap, double size, int pageNumber, int pages,
                                   bool draw) {
  const PaperSize sheet = paperSize(paper);
  const double textWidth = sheet.width - 2.0 * kHandoutMargin;
  const double left = leftColumnWidth(paper);
  const double top = drawHeader(cr, printed.content, textWidth, false, draw);
  const double bottom = drawFooter(cr, printed.content, sheet, pageNumber, pages, draw);
  const PictureSlot slot = pictureSlot(paper);
  double y = top;
  for (const HandoutPicture& picture : printed.pictures) {
    if (draw) drawImage(cr, picture.image, kHandoutMargin, y, slot.width, slot.height);
    const Layout caption = textLayout(cr, picture.caption, slot.width, 6.8, false);
    if (draw) drawLayout(cr, caption, kHandoutMargin, y + slot.height + 2.0, kGrey);
    y += slot.height + 2.0 + heightOf(caption) + 6.0;
  }
  if (printed.content.legend) y = drawLegend(cr, colormap, kHandoutMargin, y, left, draw) + 8.0;
  const PageItems items = itemsOf(printed.content);
  Flow flow(cr, size, draw);
  const Column right{kHandoutMargin + left + kHandoutGutter, top, bottom,
                     textWidth - left - kHandoutGutter, false};
  const Column box{kHandoutMargin, y, bottom, left, true};
  const std::size_t rightSet = flow.place(items.right, 0, right);
  const std::size_t boxSet = flow.place(items.box, 0, box);
  std::vector<FlowItem> rest(items.right.begin() + static_cast<std::ptrdiff_t>(rightSet),
                             items.right.end());
  rest.insert(rest.end(), items.box.begin() + static_cast<std::ptrdiff_t>(boxSet), items.box.end());
  if (draw && !rest.empty()) {
    const Layout cue = textLayout(cr, "Continued on the next page \u2192", right.width, 7.0, true);
    pango_layout_set_alignment(cue.get(), PANGO_ALIGN_RIGHT);
    drawLayout(cr, cue, right.x, bottom + 1.0, kWarningInk);
  }
  return rest;
}

// Draws (or measures) a continuation page of `page` with `items` from `from` in two columns;
// returns the index of the first item left over.
std::size_t setContinuation(cairo_t* cr, const HandoutPage& page,
                            const std::vector<FlowItem>& items, std::size_t from, Paper paper,
                            double size, int pageNumber, int pages, bool draw) {
  const PaperSize sheet = paperSize(paper);
  const double textWidth = sheet.width - 2.0 * kHandoutMargin;
  const double top = drawHeader(cr, page, textWidth, true, draw);
  const double bottom = drawFooter(cr, page, sheet, pageNumber, pages, draw);
  const double half = 0.5 * (textWidth - kHandoutGutter);
  Flow flow(cr, size, draw);
  std::size_t next = flow.place(items, from, {kHandoutMargin, top, bottom, half, false});
  next =
      flow.place(items, next, {kHandoutMargin + half + kHandoutGutter, top, bottom, half, false});
  return next == from ? items.size()
                      : next;  // an item taller than a page is dropped, not looped on
}

// The font size for `printed`: the largest that needs no more sheets than the smallest does
// (the first page and its continuations).
struct Fit {
  double size = kFontSizes[0];
  int pages = 1;
};

Fit fitOf(cairo_t* cr, const PrintedPage& printed, Paper paper, Colormap colormap) {
  Fit best{kFontSizes[0], std::numeric_limits<int>::max()};
  for (const double size : kFontSizes) {
    const std::vector<FlowItem> rest =
        setFirstPage(cr, printed, paper, colormap, size, 1, 1, false);
    Fit fit{size, 1};
    for (std::size_t from = 0; from < rest.size(); ++fit.pages)
      from = setContinuation(cr, printed.content, rest, from, paper, size, 1, 1, false);
    if (fit.pages < best.pages) best = fit;
    if (best.pages == 1) break;
  }
  return best;
}

}  // namespace

PictureSlot pictureSlot(Paper paper) {
  const double width = leftColumnWidth(paper);
  return {width, width * kPictureAspect};
}

Result<int> writeHandoutPdf(const std::vector<PrintedPage>& pages, Paper paper, Colormap colormap,
                            const std::string& title, const std::filesystem::path& file) {
  PdfDocument document(paperSize(paper), title);
  cairo_t* cr = document.cr();
  std::vector<Fit> fits;
  int total = 0;
  for (const PrintedPage& printed : pages) {
    fits.push_back(fitOf(cr, printed, paper, colormap));
    total += fits.back().pages;
  }
  int number = 0;
  for (std::size_t i = 0; i < pages.size(); ++i) {
    const std::vector<FlowItem> rest =
        setFirstPage(cr, pages[i], paper, colormap, fits[i].size, ++number, total, true);
    document.nextPage();
    for (std::size_t from = 0; from < rest.size(); document.nextPage())
      from = setContinuation(cr, pages[i].content, rest, from, paper, fits[i].size, ++number, total,
                             true);
  }
  if (Status written = document.finish(file); !written) return written.error();
  return total;
}

}  // namespace myo
