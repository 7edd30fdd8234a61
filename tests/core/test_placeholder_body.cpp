// The generated placeholder figure: adult height, standing on y = 0, symmetric, sane normals.
#include <catch2/catch.hpp>

#include "core/placeholder_body.h"

TEST_CASE("placeholder body is a 1.75 m symmetric figure facing +Z", "[placeholder]") {
  const myo::Model model = myo::makePlaceholderBody();
  const myo::Bounds bounds = myo::modelBounds(model);
  CHECK(bounds.size().y == Approx(1.75f).margin(0.03f));
  CHECK(bounds.min.y == Approx(0.0f).margin(0.03f));
  CHECK(bounds.max.x == Approx(-bounds.min.x).margin(1e-4f));
  CHECK(bounds.size().x < 0.8f);
  for (const myo::Part& part : model.parts) {
    REQUIRE(part.normals.size() == part.positions.size());
    // Normals point away from the part's centre (closed convex ellipsoids).
    glm::vec3 centre(0.0f);
    for (const auto& p : part.positions) centre += p;
    centre /= static_cast<float>(part.positions.size());
    std::size_t outward = 0;
    for (std::size_t i = 0; i < part.positions.size(); ++i)
      if (glm::dot(part.normals[i], part.positions[i] - centre) > 0.0f) ++outward;
    CHECK(outward == part.positions.size());
  }
  // Feet point forward (+Z): the toes reach further forward than the heels reach back.
  CHECK(bounds.max.z > 0.15f);
  CHECK(bounds.max.z > -bounds.min.z);
}
