// The pain diary's arithmetic: regions of landmarks and vertices, region areas, months, the
// composite of several entries, per-region series, holds by day, the CSV export and the body
// chart's pixels.
#include <catch2/catch.hpp>

#include <cstdlib>

#include "core/diary/body_chart.h"
#include "core/diary/diary_series.h"

namespace {

// Two 10 cm squares facing +z: one at the head (y = 1.6 m), one at the right knee (y = 0.5 m,
// x < 0 is the subject's right).
myo::SurfaceMesh twoPatches() {
  myo::SurfaceMesh mesh;
  for (const glm::vec3 origin : {glm::vec3(-0.05f, 1.55f, 0.1f), glm::vec3(-0.2f, 0.45f, 0.1f)}) {
    const auto first = static_cast<std::uint32_t>(mesh.positions.size());
    for (int j = 0; j <= 10; ++j)
      for (int i = 0; i <= 10; ++i)
        mesh.positions.push_back(
            origin + glm::vec3(0.01f * static_cast<float>(i), 0.01f * static_cast<float>(j), 0.0f));
    for (int j = 0; j < 10; ++j)
      for (int i = 0; i < 10; ++i) {
        const auto at = [&](int x, int y) {
          return first + static_cast<std::uint32_t>(y * 11 + x);
        };
        mesh.faces.push_back({at(i, j), at(i + 1, j), at(i + 1, j + 1)});
        mesh.faces.push_back({at(i, j), at(i + 1, j + 1), at(i, j + 1)});
      }
  }
  return mesh;
}

int regionIndex(const std::string& id) {
  const auto& regions = myo::diaryRegions();
  for (std::size_t r = 0; r < regions.size(); ++r)
    if (regions[r].id == id) return static_cast<int>(r);
  return -1;
}

}  // namespace

TEST_CASE("diary regions group the landmarks and split the body by side", "[diary]") {
  CHECK(myo::diaryRegions().size() == 22);
  CHECK(myo::landmarkDiaryRegion("temple", 'R') == regionIndex("head.R"));
  CHECK(myo::landmarkDiaryRegion("heel", 'L') == regionIndex("foot.L"));
  CHECK(myo::landmarkDiaryRegion("nowhere", 'L') == -1);
  CHECK(myo::diaryRegions()[static_cast<std::size_t>(regionIndex("low_back.L"))].label ==
        "Low back (left)");

  const myo::SurfaceMesh mesh = twoPatches();
  const myo::SurfaceShape shape = myo::surfaceShape(mesh);
  myo::BodyLandmarks landmarks;
  landmarks.positions = {{"vertex", {0.0f, 1.7f, 0.0f}},
                         {"anterior_knee.R", {-0.15f, 0.5f, 0.1f}},
                         {"anterior_knee.L", {0.15f, 0.5f, 0.1f}}};
  const auto regions = myo::vertexRegions(mesh, landmarks);
  CHECK(regions[0] == regionIndex("head.R"));     // x = −5 cm: the midline splits by side
  CHECK(regions[10] == regionIndex("head.L"));    // x = +5 cm
  CHECK(regions[121] == regionIndex("thigh.R"));  // the knee patch

  myo::PainDrawing drawing;
  drawing.dabs.push_back({{-0.15f, 0.5f, 0.1f}, 0.2f, myo::PainLevel::Severe});  // all the knee
  const auto levels = myo::painLevels(mesh, shape, drawing);
  const auto areas = myo::regionAreas(levels, shape, regions);
  CHECK(areas[static_cast<std::size_t>(regionIndex("thigh.R"))].squareCm == Approx(100.0f));
  CHECK(areas[static_cast<std::size_t>(regionIndex("thigh.R"))].meanWeight == Approx(1.0f));
  CHECK(areas[static_cast<std::size_t>(regionIndex("head.R"))].squareCm == 0.0f);
}

TEST_CASE("a month's composite, the series per region and holds by day", "[diary]") {
  const myo::SurfaceMesh mesh = twoPatches();
  const myo::SurfaceShape shape = myo::surfaceShape(mesh);
  myo::DiaryEntry severe, mild, december;
  severe.day = "2026-11-03";
  severe.drawing.dabs.push_back({{0.0f, 1.6f, 0.1f}, 0.2f, myo::PainLevel::Severe});
  mild.day = "2026-11-20";
  mild.drawing.dabs.push_back({{0.0f, 1.6f, 0.1f}, 0.2f, myo::PainLevel::Mild});
  december.day = "2026-12-01";
  const std::vector<myo::DiaryEntry> entries = {severe, mild, december};
  CHECK(myo::monthOf("2026-11-20") == "2026-11");
  CHECK(myo::entriesInMonth(entries, "2026-11") == std::vector<std::size_t>{0, 1});
  const auto composite = myo::compositeWeights({&entries[0], &entries[1]}, mesh, shape);
  CHECK(composite[0] == Approx((1.0f + 1.0f / 3.0f) / 2.0f));  // the mean of severe and mild
  CHECK(composite[121] == 0.0f);

  std::vector<myo::DiaryEntry> plotted = entries;
  const std::size_t head = static_cast<std::size_t>(regionIndex("head.R"));
  for (auto& e : plotted) e.regions.assign(myo::diaryRegions().size(), {});
  plotted[0].regions[head] = {50.0f, 1.0f};
  plotted[1].regions[head] = {20.0f, 1.0f / 3.0f};
  plotted[1].regions[head + 1] = {5.0f, 1.0f / 3.0f};
  const auto series = myo::regionSeries(plotted);
  REQUIRE(series.size() == 2);
  CHECK(series[0].region == head);  // the larger total first
  CHECK(series[0].squareCm == std::vector<float>{50.0f, 20.0f, 0.0f});
  CHECK(series[1].squareCm == std::vector<float>{0.0f, 5.0f, 0.0f});
  CHECK(myo::intensityTrend(series[0]) == "intensity 3.0 to 1.0 of 3");
  CHECK(myo::intensityTrend(series[1]) == "intensity 1.0 of 3");

  setenv("TZ", "UTC", 1);
  const std::vector<myo::TreatmentEntry> log = {
      {"2026-11-03T09:00:00Z", "upper_trapezius_1.R", "pressure_release", 60.0f, 6, 3},
      {"2026-11-05T09:00:00Z", "temporalis_1.R", "pressure_release", 45.0f, 5, -1}};
  const auto holds = myo::holdsOnDays(log, {"2026-11-03", "2026-11-04"});
  REQUIRE(holds.size() == 2);
  CHECK(holds[0].size() == 1);
  CHECK(holds[1].empty());
}

TEST_CASE("the diary's CSV has a pain line per entry and region and a hold line per hold",
          "[diary]") {
  setenv("TZ", "UTC", 1);
  myo::DiaryEntry entry;
  entry.day = "2026-11-03";
  entry.savedAt = "2026-11-03 18:04:12";
  entry.note = "after the drive, \"sharp\"";
  entry.squareCm = 75.25f;
  entry.meanWeight = 2.0f / 3.0f;
  entry.regions.assign(myo::diaryRegions().size(), {});
  entry.regions[0] = {75.25f, 2.0f / 3.0f};
  const std::vector<myo::TreatmentEntry> log = {
      {"2026-11-03T09:00:00Z", "upper_trapezius_1.R", "pressure_release", 60.0f, 6, 3}};
  const std::string csv = myo::diaryCsv({entry}, log);
  CHECK(csv ==
        "date,time,kind,region,area_cm2,intensity,note,trigger_point,technique,held_s,"
        "discomfort_before,discomfort_after\n"
        "2026-11-03,09:00,hold,,,,,upper_trapezius_1.R,pressure_release,60,6,3\n"
        "2026-11-03,18:04,pain,all,75.2,2.00,\"after the drive, \"\"sharp\"\"\",,,,,\n"
        "2026-11-03,18:04,pain,head.R,75.2,2.00,,,,,,\n");
}

TEST_CASE("the body chart shows the front and the back, the drawing in its colour", "[diary]") {
  const myo::SurfaceMesh mesh = twoPatches();
  const myo::SurfaceShape shape = myo::surfaceShape(mesh);
  std::vector<float> weights(mesh.positions.size(), 0.0f);
  for (std::size_t v = 0; v < 121; ++v) weights[v] = 1.0f;  // the head patch, severe
  const myo::Image chart = myo::bodyChart(mesh, shape, weights, 200, myo::wholeBody(mesh));
  REQUIRE(chart.height == 200);
  REQUIRE(chart.width > 20);
  // The head patch's middle on the front view: violet; the knee patch's: grey; a corner: white.
  const int half = chart.width / 2;
  int violet = 0, grey = 0;
  for (int y = 0; y < chart.height; ++y)
    for (int x = 0; x < half; ++x) {
      const std::uint8_t* p = chart.pixel(x, y);
      violet += p[2] > 150 && p[0] < 150 && p[1] < 120 ? 1 : 0;
      grey += std::abs(p[0] - p[1]) < 8 && p[0] > 150 && p[0] < 240 ? 1 : 0;
    }
  CHECK(violet > 20);
  CHECK(grey > 20);
  const std::uint8_t* corner = chart.pixel(0, 0);
  CHECK((corner[0] == 255 && corner[1] == 255 && corner[2] == 255));
  // Framed on the drawing, the head patch fills the chart: no knee, most pixels violet.
  myo::PainDrawing drawing;
  drawing.dabs.push_back({{0.0f, 1.6f, 0.1f}, 0.05f, myo::PainLevel::Severe});
  const myo::ChartFrame frame = myo::paintedFrame({&drawing}, myo::wholeBody(mesh), 0.0f, 0.1f);
  CHECK(frame.lo.y == Approx(1.55f));
  CHECK(frame.hi.y == Approx(1.65f));
  const myo::Image close = myo::bodyChart(mesh, shape, weights, 100, frame);
  int closeViolet = 0;
  for (int y = 0; y < close.height; ++y)
    for (int x = 0; x < close.width / 2; ++x) {
      const std::uint8_t* p = close.pixel(x, y);
      closeViolet += p[2] > 150 && p[0] < 150 && p[1] < 120 ? 1 : 0;
    }
  CHECK(closeViolet > close.width * close.height / 4);
}
