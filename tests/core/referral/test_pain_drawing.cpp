// Pain drawings on a surface: dabs, the eraser, the facing test, areas, render weights, and the
// drawing finder's overlap scores on a flat sheet with two made-up trigger points.
#include <catch2/catch.hpp>

#include <cmath>

#include "core/atlas/atlas.h"
#include "core/referral/drawing_match.h"

namespace {

// A flat square sheet in the x–y plane, `n` × `n` quads of `size` m, facing +z; with `back`, a
// second sheet 1 mm behind it facing −z.
myo::SurfaceMesh sheet(int n, float size, bool back = false) {
  myo::SurfaceMesh mesh;
  const float step = size / static_cast<float>(n);
  for (int layer = 0; layer < (back ? 2 : 1); ++layer) {
    const auto first = static_cast<std::uint32_t>(mesh.positions.size());
    for (int j = 0; j <= n; ++j)
      for (int i = 0; i <= n; ++i)
        mesh.positions.emplace_back(static_cast<float>(i) * step - size / 2,
                                    static_cast<float>(j) * step - size / 2,
                                    layer == 0 ? 0.0f : -0.001f);
    const auto at = [&](int i, int j) {
      return first + static_cast<std::uint32_t>(j * (n + 1) + i);
    };
    for (int j = 0; j < n; ++j)
      for (int i = 0; i < n; ++i) {
        if (layer == 0) {
          mesh.faces.push_back({at(i, j), at(i + 1, j), at(i + 1, j + 1)});
          mesh.faces.push_back({at(i, j), at(i + 1, j + 1), at(i, j + 1)});
        } else {  // wound the other way: faces −z
          mesh.faces.push_back({at(i, j), at(i + 1, j + 1), at(i + 1, j)});
          mesh.faces.push_back({at(i, j), at(i, j + 1), at(i + 1, j + 1)});
        }
      }
  }
  std::vector<std::uint32_t> all(mesh.positions.size());
  for (std::uint32_t v = 0; v < all.size(); ++v) all[v] = v;
  mesh.renderToSurface = {all};
  return mesh;
}

}  // namespace

TEST_CASE("a dab paints the disc around it, the eraser clears it, later dabs win", "[pain]") {
  const myo::SurfaceMesh mesh = sheet(100, 1.0f);  // 1 cm quads
  const myo::SurfaceShape shape = myo::surfaceShape(mesh);
  myo::PainDrawing drawing;
  drawing.dabs.push_back({{0.0f, 0.0f, 0.0f}, 0.1f, myo::PainLevel::Severe});
  auto levels = myo::painLevels(mesh, shape, drawing);
  const myo::PaintedArea area = myo::paintedArea(levels, shape);
  CHECK(area.squareMetres == Approx(3.14159f * 0.01f).epsilon(0.05));  // π r², r = 10 cm
  CHECK(area.meanWeight == Approx(1.0f));
  drawing.dabs.push_back({{0.05f, 0.0f, 0.0f}, 0.05f, myo::PainLevel::Mild});
  drawing.dabs.push_back({{-0.05f, 0.0f, 0.0f}, 0.05f, myo::PainLevel::None});  // the eraser
  levels = myo::painLevels(mesh, shape, drawing);
  const myo::PaintedArea after = myo::paintedArea(levels, shape);
  CHECK(after.squareMetres < area.squareMetres * 0.8f);
  CHECK(after.meanWeight < 1.0f);
  CHECK(after.meanWeight > 1.0f / 3.0f);
  const auto weights = myo::renderPainWeights(mesh, myo::levelWeights(levels));
  REQUIRE(weights.size() == 1);
  REQUIRE(weights[0].size() == mesh.positions.size());
  const std::size_t centre = 50 * 101 + 50;              // (0, 0)
  CHECK(weights[0][centre + 5] == Approx(1.0f / 3.0f));  // (5 cm, 0): mild over severe
  CHECK(weights[0][centre - 5] == 0.0f);                 // (−5 cm, 0): erased
  CHECK(weights[0][centre + 8 * 101] == Approx(1.0f));   // (0, 8 cm): still severe
  CHECK(weights[0][0] == 0.0f);                          // a corner: never painted
}

TEST_CASE("a dab does not paint through to a surface facing the other way", "[pain]") {
  const myo::SurfaceMesh mesh = sheet(20, 0.2f, true);
  const myo::SurfaceShape shape = myo::surfaceShape(mesh);
  std::vector<myo::PainLevel> levels;
  myo::applyPainDab(levels, mesh, shape, {{0.0f, 0.0f, 0.001f}, 0.05f, myo::PainLevel::Moderate});
  const std::size_t half = mesh.positions.size() / 2;
  std::size_t front = 0, back = 0;
  for (std::size_t v = 0; v < levels.size(); ++v)
    if (levels[v] != myo::PainLevel::None) ++(v < half ? front : back);
  CHECK(front > 20);
  CHECK(back == 0);
}

TEST_CASE("the drawing finder ranks the field that matches the drawing first", "[pain]") {
  const myo::SurfaceMesh mesh = sheet(100, 1.0f);
  const myo::SurfaceShape shape = myo::surfaceShape(mesh);
  myo::BodyLandmarks landmarks;
  landmarks.positions = {{"temple.R", {-0.2f, 0.0f, 0.0f}}, {"occiput", {0.2f, 0.0f, 0.0f}}};
  myo::TriggerPoint small, wide;
  small.id = "small_1";
  small.essential.push_back({{"temple"}, 6.0f, 1.0f});  // a 6 cm blob over the temple
  wide.id = "wide_1";
  wide.essential.push_back({{"temple", "occiput"}, 30.0f, 1.0f});  // a broad band over both
  wide.spillover.push_back({{"occiput"}, 10.0f, 1.0f});
  const std::vector<myo::PlacedTriggerPoint> placed = {{&small, 'R'}, {&wide, 'R'}};
  const myo::DrawingMatcher matcher(mesh, shape, placed, landmarks);
  CHECK(matcher.field(0)[50 * 101 + 30] == Approx(1.0f));  // (−20 cm, 0): the temple
  CHECK(matcher.field(0)[50 * 101 + 70] == 0.0f);          // the occiput: outside the blob

  myo::PainDrawing drawing;
  drawing.dabs.push_back({{-0.2f, 0.0f, 0.0f}, 0.03f, myo::PainLevel::Severe});
  const auto levels = myo::painLevels(mesh, shape, drawing);
  // Both fields cover the whole drawing; the Jaccard index prefers the one that fits it.
  const auto covered = matcher.rank(levels, myo::DrawingOverlap::DrawingCovered, 5);
  REQUIRE(covered.size() == 2);
  CHECK(covered[0].score == Approx(covered[1].score));
  const auto jaccard = matcher.rank(levels, myo::DrawingOverlap::WeightedJaccard, 5);
  REQUIRE(jaccard.size() == 2);
  CHECK(jaccard[0].placed->point == &small);
  CHECK(jaccard[0].score > 2.0f * jaccard[1].score);
  CHECK(jaccard[0].kind == myo::ZoneKind::Essential);

  // Pain over the occiput alone: only the wide point explains it; nothing for an empty drawing.
  myo::PainDrawing neck;
  neck.dabs.push_back({{0.2f, 0.0f, 0.0f}, 0.03f, myo::PainLevel::Mild});
  const auto atNeck =
      matcher.rank(myo::painLevels(mesh, shape, neck), myo::DrawingOverlap::WeightedJaccard, 5);
  REQUIRE(atNeck.size() == 1);
  CHECK(atNeck[0].placed->point == &wide);
  CHECK(matcher.rank(std::vector<myo::PainLevel>(mesh.positions.size()), myo::kDrawingOverlap, 5)
            .empty());
}
