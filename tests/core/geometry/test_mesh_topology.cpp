// Topology report: holes, non-manifold edges and flipped triangles are each counted.
#include <catch2/catch.hpp>

#include "core/geometry/mesh_measures.h"
#include "core/geometry/mesh_topology.h"
#include "support/test_meshes.h"

namespace {

// A unit tetrahedron wound outward.
myo::Part tetrahedron() {
  myo::Part part;
  part.positions = {{0, 0, 0}, {1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
  part.indices = {0, 2, 1, 0, 1, 3, 0, 3, 2, 1, 2, 3};
  return part;
}

}  // namespace

TEST_CASE("a closed outward tetrahedron passes with volume 1/6", "[topology]") {
  const myo::Part part = tetrahedron();
  CHECK(myo::analyseTopology(part).closedAndOriented());
  CHECK(myo::signedVolume(part) == Approx(1.0 / 6.0));
}

TEST_CASE("holes, flips, extra sheets and degenerate triangles are reported", "[topology]") {
  myo::Part open = tetrahedron();
  open.indices.resize(9);
  CHECK(myo::analyseTopology(open).boundaryEdges == 3);

  myo::Part flipped = tetrahedron();
  std::swap(flipped.indices[1], flipped.indices[2]);
  const auto flipReport = myo::analyseTopology(flipped);
  CHECK(flipReport.misorientedEdges == 3);
  CHECK_FALSE(flipReport.closedAndOriented());

  myo::Part fin = tetrahedron();
  fin.positions.push_back({1, 1, 1});
  fin.indices.insert(fin.indices.end(), {1, 2, 4});
  CHECK(myo::analyseTopology(fin).nonManifoldEdges == 1);

  myo::Part degenerate = tetrahedron();
  degenerate.indices.insert(degenerate.indices.end(), {1, 1, 2});
  CHECK(myo::analyseTopology(degenerate).degenerateTriangles == 1);
  CHECK(myo::signedVolume(myo::Part{}) == 0.0);
}

TEST_CASE("components are counted and all but the largest dropped", "[topology]") {
  myo::Part big = myo::test::spherePart("a", {0, 0, 0}, 1.0f, 12);
  const myo::Part small = myo::test::spherePart("b", {5, 0, 0}, 0.5f, 4);
  const std::size_t bigTriangles = big.triangleCount(), bigVertices = big.positions.size();
  const auto offset = static_cast<std::uint32_t>(big.positions.size());
  big.positions.insert(big.positions.end(), small.positions.begin(), small.positions.end());
  big.normals.insert(big.normals.end(), small.normals.begin(), small.normals.end());
  big.uvs.insert(big.uvs.end(), small.uvs.begin(), small.uvs.end());
  for (const std::uint32_t index : small.indices) big.indices.push_back(offset + index);
  CHECK(myo::countComponents(big) == 2);
  myo::keepLargestComponent(big);
  CHECK(myo::countComponents(big) == 1);
  CHECK(big.triangleCount() <= bigTriangles);
  CHECK(big.positions.size() <= bigVertices);
  CHECK(big.normals.size() == big.positions.size());
  CHECK(myo::partBounds(big).max.x < 1.5f);  // the small sphere at x = 5 is gone
}

TEST_CASE("only closed parts wound outward are marked closed", "[topology]") {
  myo::Model model;
  model.parts.push_back(tetrahedron());
  myo::Part inward = tetrahedron();  // every triangle reversed: closed but facing in
  for (std::size_t t = 0; t < inward.indices.size(); t += 3)
    std::swap(inward.indices[t + 1], inward.indices[t + 2]);
  model.parts.push_back(inward);
  myo::Part open = tetrahedron();
  open.indices.resize(9);
  model.parts.push_back(open);
  model.parts.push_back(myo::test::spherePart("seamed", {0, 0, 0}, 1.0f));  // split seam: open
  model.parts.emplace_back();                                               // no triangles
  myo::markClosedParts(model);
  CHECK(model.parts[0].closed);
  CHECK_FALSE(model.parts[1].closed);
  CHECK_FALSE(model.parts[2].closed);
  CHECK_FALSE(model.parts[3].closed);
  CHECK_FALSE(model.parts[4].closed);
}

TEST_CASE("a part with more vertices than closed surfaces allow is not closed", "[topology]") {
  CHECK(myo::mayBeClosed(tetrahedron()));  // V 4 = F/2 + 2
  myo::Part two = tetrahedron();           // two separate tetrahedra: V 8 = F/2 + 2 · 2
  for (std::uint32_t i = 0; i < 12; ++i) two.indices.push_back(two.indices[i] + 4);
  for (int i = 0; i < 4; ++i) two.positions.push_back(two.positions[i] + glm::vec3(3, 0, 0));
  CHECK(myo::mayBeClosed(two));
  myo::Model model;
  model.parts.push_back(two);
  myo::markClosedParts(model);
  CHECK(model.parts[0].closed);
  // Every triangle with vertices of its own, as exported meshes split at creases are: the
  // winding still closes, the indices do not, and the count says so without sorting edges.
  myo::Part split;
  const myo::Part t = tetrahedron();
  for (std::uint32_t index : t.indices) {
    split.indices.push_back(static_cast<std::uint32_t>(split.positions.size()));
    split.positions.push_back(t.positions[index]);
  }
  CHECK_FALSE(myo::mayBeClosed(split));
  CHECK_FALSE(myo::analyseTopology(split).closedAndOriented());  // the two agree
  myo::Part unused = tetrahedron();  // vertices no triangle uses do not count
  unused.positions.resize(40, glm::vec3(9.0f));
  CHECK(myo::mayBeClosed(unused));
  myo::Part broken = tetrahedron();
  broken.indices[0] = 99;
  CHECK_FALSE(myo::mayBeClosed(broken));
}
