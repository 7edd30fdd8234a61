// Geodesics on the bundled skin: one connected surface, heat distances below the edge-path
// (Dijkstra) ones and above the straight line, plausible head-to-heel lengths.
#include <catch2/catch.hpp>

#include <map>

#include "bodygen/bundled_asset.h"
#include "core/geometry/geodesics.h"

TEST_CASE("heat geodesics on the bundled skin lie between the straight line and edge paths",
          "[geodesics]") {
  const myo::Model& body = myo::test::bundledAsset();
  const myo::Part* skin = myo::test::findPart(body, "skin");
  REQUIRE(skin != nullptr);
  const myo::SurfaceMesh mesh = myo::weldSurface({skin});
  const myo::HeatGeodesics heat(mesh);
  REQUIRE(heat.ok());
  std::map<std::string, glm::vec3> marks;
  for (const myo::Landmark& l : body.landmarks) marks[l.name] = l.position;
  // The skin vertex nearest the right temple is the source.
  std::uint32_t source = 0;
  for (std::uint32_t i = 0; i < mesh.positions.size(); ++i)
    if (glm::distance(mesh.positions[i], marks.at("temple.R")) <
        glm::distance(mesh.positions[source], marks.at("temple.R")))
      source = i;
  const std::vector<float> d = heat.distances({source});
  const std::vector<float> edges = myo::dijkstraDistances(mesh, {source});
  double ratio = 0.0;
  std::size_t counted = 0, belowLine = 0;
  for (std::size_t i = 0; i < d.size(); ++i) {
    REQUIRE(std::isfinite(d[i]));  // one connected skin
    const float line = glm::distance(mesh.positions[i], mesh.positions[source]);
    if (line < 0.05f) continue;
    ratio += d[i] / edges[i];
    ++counted;
    belowLine += d[i] < 0.98f * line ? 1 : 0;
  }
  ratio /= static_cast<double>(counted);
  INFO("mean heat / Dijkstra " << ratio << ", below the straight line " << belowLine);
  CHECK(ratio > 0.85);
  CHECK(ratio < 1.0);
  CHECK(belowLine == 0);
  // Temple to the same-side heel along the skin: longer than the 1.6 m straight line.
  std::uint32_t heel = 0;
  for (std::uint32_t i = 0; i < mesh.positions.size(); ++i)
    if (glm::distance(mesh.positions[i], marks.at("heel.R")) <
        glm::distance(mesh.positions[heel], marks.at("heel.R")))
      heel = i;
  CHECK(d[heel] > glm::distance(mesh.positions[heel], mesh.positions[source]));
  CHECK(d[heel] < 2.2f);
}
