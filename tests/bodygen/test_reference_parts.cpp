// Parts rebuilt from the measured tables: closed, uniquely named, both sides of every muscle.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "bodygen/reference_parts.h"
#include "core/geometry/mesh_topology.h"

TEST_CASE("reference parts are closed, named once and present on both sides", "[reference]") {
  const myo::Model model = myo::meshShapes(myo::referenceShapes());
  std::set<std::string> names;
  std::size_t muscles = 0;
  for (const myo::Part& part : model.parts) {
    INFO(part.name);
    CHECK(names.insert(part.name).second);
    CHECK(myo::analyseTopology(part).closedAndOriented());
    CHECK(part.extras.find(R"("kind":")") != std::string::npos);
    if (part.kind == myo::PartKind::Muscle) ++muscles;
  }
  CHECK(muscles == 68);  // 10 measured left and right + 29 right-only mirrored (SCM is split)
  for (const std::string& name : names) {
    if (name.ends_with(".R")) CHECK(names.count(name.substr(0, name.size() - 2) + ".L") == 1);
  }
  const myo::Bounds bounds = myo::modelBounds(model);
  CHECK(bounds.max.y == Approx(1.62f).margin(0.03f));  // the hyoid and neck; the skull is apart
  CHECK(bounds.min.y == Approx(0.0f).margin(0.03f));
}
