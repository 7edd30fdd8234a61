// The diary summary's page: header, chart and legend, region plots, holds, entries, footer.
#include "print/diary_summary_pdf.h"

#include <algorithm>
#include <cstdio>

#include "core/diary/body_chart.h"
#include "print/pdf_kit.h"

namespace myo {
namespace {

constexpr double kMargin = 32.0;  // pt around the page
constexpr double kGutter = 16.0;  // pt between the columns
constexpr double kText = 7.5;     // pt, body text
constexpr Rgb kRule{0.75, 0.75, 0.78}, kLine{0.25, 0.45, 0.80};

std::string number(double value, const char* format) {
  char text[32];
  std::snprintf(text, sizeof text, format, value);
  return text;
}

// A heading at `y`; returns the y under it.
double heading(cairo_t* cr, const std::string& text, double x, double y, double width) {
  const Layout layout = textLayout(cr, text, width, 9.5, true);
  drawLayout(cr, layout, x, y, kInk);
  return y + heightOf(layout) + 3.0;
}

// The chart's three swatches: mild, moderate, severe; returns the y under them.
double drawSwatches(cairo_t* cr, double x, double y, double width) {
  const char* names[] = {"mild", "moderate", "severe"};
  const double step = width / 3.0;
  double bottom = y;
  for (int i = 0; i < 3; ++i) {
    const glm::vec3 c = painChartColor(static_cast<float>(i + 1) / 3.0f);
    cairo_set_source_rgb(cr, c.x, c.y, c.z);
    cairo_rectangle(cr, x + i * step, y + 1.5, 9.0, 7.0);
    cairo_fill(cr);
    const Layout label = textLayout(cr, names[i], step - 12.0, 7.0, false);
    drawLayout(cr, label, x + i * step + 12.0, y, kGrey);
    bottom = std::max(bottom, y + heightOf(label));
  }
  return bottom + 3.0;
}

// One region's painted area entry by entry as a small line chart `height` pt high; returns the
// y under it.
double drawRegionPlot(cairo_t* cr, const DiarySummary::Region& region, double x, double y,
                      double width, double height) {
  const float peak =
      std::max(1.0f, *std::max_element(region.squareCm.begin(), region.squareCm.end()));
  const Layout label = textLayout(
      cr, region.label + " \u2014 up to " + number(peak, "%.0f") + " cm\u00b2, " + region.intensity,
      width, 7.0, false);
  drawLayout(cr, label, x, y, kInk);
  const double top = y + heightOf(label) + 1.0, bottom = top + height;
  setColor(cr, kRule);
  cairo_set_line_width(cr, 0.4);
  cairo_move_to(cr, x, bottom);
  cairo_line_to(cr, x + width, bottom);
  cairo_stroke(cr);
  const std::size_t n = region.squareCm.size();
  const auto at = [&](std::size_t i) {
    const double u = n > 1 ? static_cast<double>(i) / static_cast<double>(n - 1) : 0.5;
    return std::make_pair(x + u * width, bottom - height * region.squareCm[i] / peak);
  };
  setColor(cr, kLine);
  cairo_set_line_width(cr, 1.0);
  for (std::size_t i = 0; i < n; ++i) {
    const auto [px, py] = at(i);
    if (i == 0)
      cairo_move_to(cr, px, py);
    else
      cairo_line_to(cr, px, py);
  }
  cairo_stroke(cr);
  for (std::size_t i = 0; i < n; ++i) {
    const auto [px, py] = at(i);
    cairo_arc(cr, px, py, 1.3, 0.0, 6.2832);
    cairo_fill(cr);
  }
  return bottom + 6.0;
}

// A table row of `cells` in columns starting at `stops` (pt from x); returns the y under it.
double tableRow(cairo_t* cr, const std::vector<std::string>& cells,
                const std::vector<double>& stops, double x, double y, double width, bool bold,
                const Rgb& color) {
  double bottom = y;
  for (std::size_t c = 0; c < cells.size(); ++c) {
    const double right = c + 1 < stops.size() ? stops[c + 1] : width;
    const Layout layout = textLayout(cr, cells[c], right - stops[c] - 4.0, kText, bold);
    drawLayout(cr, layout, x + stops[c], y, color);
    bottom = std::max(bottom, y + heightOf(layout));
  }
  return bottom + 1.5;
}

}  // namespace

Status writeDiarySummaryPdf(const DiarySummary& summary, Paper paper,
                            const std::filesystem::path& file) {
  const PaperSize sheet = paperSize(paper);
  PdfDocument document(sheet, summary.title);
  cairo_t* cr = document.cr();
  const double width = sheet.width - 2.0 * kMargin;
  const Layout title = textLayout(cr, summary.title, width, 15.0, true);
  drawLayout(cr, title, kMargin, kMargin, kInk);
  const Layout subtitle = textLayout(cr, summary.subtitle, width, 8.5, false);
  double y = kMargin + heightOf(title) + 2.0;
  drawLayout(cr, subtitle, kMargin, y, kGrey);
  y += heightOf(subtitle) + 8.0;

  // Left: the chart; right: the regions and the holds.
  const double left = 0.40 * (width - kGutter), rightX = kMargin + left + kGutter,
               right = width - left - kGutter;
  double leftY = heading(cr, "Where it hurt", kMargin, y, left);
  if (!summary.chart.empty()) {
    const double chartHeight =
        left * static_cast<double>(summary.chart.height) / summary.chart.width;
    drawImage(cr, summary.chart, kMargin, leftY, left, chartHeight);
    // Which view is which, and the person's sides as they show in each.
    const double half = 0.5 * left, middle = leftY + 0.5 * chartHeight;
    const struct {
      const char* text;
      double x, y;
      PangoAlignment align;
    } marks[] = {{"Front", kMargin, leftY + 2.0, PANGO_ALIGN_CENTER},
                 {"Back", kMargin + half, leftY + 2.0, PANGO_ALIGN_CENTER},
                 {"R", kMargin + 3.0, middle, PANGO_ALIGN_LEFT},
                 {"L", kMargin - 3.0, middle, PANGO_ALIGN_RIGHT},
                 {"L", kMargin + half + 3.0, middle, PANGO_ALIGN_LEFT},
                 {"R", kMargin + half - 3.0, middle, PANGO_ALIGN_RIGHT}};
    for (const auto& mark : marks) {
      const Layout layout = textLayout(cr, mark.text, half, 7.0, true);
      pango_layout_set_alignment(layout.get(), mark.align);
      drawLayout(cr, layout, mark.x, mark.y, kGrey);
    }
    leftY += chartHeight + 3.0;
  }
  const Layout caption = textLayout(cr, summary.chartCaption, left, 7.0, false);
  drawLayout(cr, caption, kMargin, leftY, kGrey);
  leftY = drawSwatches(cr, kMargin, leftY + heightOf(caption) + 3.0, left);

  double rightY = heading(cr, "Painted area by region, entry by entry", rightX, y, right);
  for (const DiarySummary::Region& region : summary.regions)
    rightY = drawRegionPlot(cr, region, rightX, rightY, right, 34.0);
  rightY = heading(cr, "Pressure holds in the period", rightX, rightY + 4.0, right);
  if (summary.holds.empty())
    rightY = tableRow(cr, {"None logged."}, {0.0}, rightX, rightY, right, false, kGrey);
  else
    rightY = tableRow(cr, {"Trigger point", "Holds", "Discomfort before \u2192 after"},
                      {0.0, 0.50 * right, 0.62 * right}, rightX, rightY, right, true, kInk);
  for (const DiarySummary::Hold& hold : summary.holds)
    rightY = tableRow(cr, {hold.point, std::to_string(hold.count), hold.discomfort},
                      {0.0, 0.50 * right, 0.62 * right}, rightX, rightY, right, false, kInk);

  // Under both: the entries, as many as fit above the footer.
  const Layout footer = textLayout(cr, summary.footer, width, 6.5, false);
  const double footerTop = sheet.height - kMargin - heightOf(footer);
  y = heading(cr, "Entries", kMargin, std::max(leftY, rightY) + 8.0, width);
  const std::vector<double> stops = {0.0, 0.14 * width, 0.26 * width, 0.37 * width, 0.46 * width};
  y = tableRow(cr, {"Date", "Area", "Intensity", "Holds", "Note"}, stops, kMargin, y, width, true,
               kInk);
  const double rowRoom = 2.0 * (kText * 1.4 + 1.5);  // this row and the "more" line
  std::size_t shown = 0;
  for (; shown < summary.entries.size() && y + rowRoom < footerTop - 6.0; ++shown) {
    const DiarySummary::Entry& e = summary.entries[shown];
    y = tableRow(cr,
                 {e.day, number(e.squareCm, "%.0f cm\u00b2"), number(e.intensity, "%.1f of 3"),
                  std::to_string(e.holds), e.note},
                 stops, kMargin, y, width, false, kInk);
  }
  if (shown < summary.entries.size())
    tableRow(cr,
             {"\u2026 and " + std::to_string(summary.entries.size() - shown) +
              " later entries: see the CSV export for all of them."},
             {0.0}, kMargin, y, width, false, kGrey);
  drawLayout(cr, footer, kMargin, footerTop, kGrey);
  document.nextPage();
  return document.finish(file);
}

}  // namespace myo
