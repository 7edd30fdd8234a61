// The pain finder as muscles: points of one muscle and side fold under it, ranked by the best,
// essential marked; several spots reward the point that explains them all.
#include <catch2/catch.hpp>

#include "core/atlas/pain_muscles.h"

namespace {

myo::TriggerPoint pointOf(const std::string& id, const std::string& muscle) {
  myo::TriggerPoint point;
  point.id = id;
  point.muscle = muscle;
  return point;
}

}  // namespace

TEST_CASE("the parts of one muscle as the references count it fold together", "[pain]") {
  const myo::TriggerPoint psoas = pointOf("iliopsoas_1", "psoas_major"),
                          iliacus = pointOf("iliopsoas_2", "iliacus"),
                          glute = pointOf("gluteus_medius_1", "gluteus_medius");
  myo::PlacedTriggerPoint a, b, c;
  a.point = &psoas;
  b.point = &iliacus;
  c.point = &glute;
  const std::vector<myo::PainMuscle> muscles =
      myo::painMuscles({{&a, myo::ZoneKind::Essential, 1.0f},
                        {&c, myo::ZoneKind::Essential, 0.9f},
                        {&b, myo::ZoneKind::Essential, 0.8f}},
                       10);
  REQUIRE(muscles.size() == 2);  // iliopsoas (psoas major and iliacus), gluteus medius
  CHECK(muscles[0].members == std::vector<std::string>{"psoas_major", "iliacus"});
  CHECK(muscles[0].points.size() == 2);
  CHECK(muscles[1].muscle == "gluteus_medius");
}

TEST_CASE("findings fold into muscles ranked by their best point", "[pain]") {
  const myo::TriggerPoint a1 = pointOf("a_1", "iliopsoas"), a2 = pointOf("a_2", "iliopsoas"),
                          b1 = pointOf("b_1", "quadratus_lumborum");
  myo::PlacedTriggerPoint pa1, pa2, pa2Left, pb1;
  pa1.point = &a1;
  pa2.point = &a2;
  pa2Left.point = &a2;
  pa2Left.side = 'L';
  pb1.point = &b1;
  const std::vector<myo::PainFinding> findings = {{&pa1, myo::ZoneKind::Spillover, 0.5f},
                                                  {&pb1, myo::ZoneKind::Essential, 0.45f},
                                                  {&pa2, myo::ZoneKind::Essential, 0.4f},
                                                  {&pa2Left, myo::ZoneKind::Spillover, 0.1f}};
  const std::vector<myo::PainMuscle> muscles = myo::painMuscles(findings, 10);
  REQUIRE(muscles.size() == 3);  // iliopsoas right, quadratus lumborum right, iliopsoas left
  CHECK(muscles[0].muscle == "iliopsoas");
  CHECK(muscles[0].side == 'R');
  CHECK(muscles[0].score == 0.5f);
  CHECK(muscles[0].essential);  // its second point covers the pain with an essential zone
  REQUIRE(muscles[0].points.size() == 2);
  CHECK(muscles[0].points[0].placed == &pa1);
  CHECK(muscles[1].muscle == "quadratus_lumborum");
  CHECK(muscles[2].side == 'L');
  CHECK_FALSE(muscles[2].essential);
  CHECK(muscles[0].members == std::vector<std::string>{"iliopsoas"});
  CHECK(myo::painMuscles(findings, 1).size() == 1);
  CHECK(myo::painMuscles({}, 5).empty());
}
