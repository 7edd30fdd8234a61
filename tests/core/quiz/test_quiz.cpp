// Quiz scoring on known answers (perfect, near miss, wrong side, empty) for each kind, and the
// generator: reproducible by seed, no repeats, only what the body can show, four choices with
// the right one among them.
#include <catch2/catch.hpp>

#include <set>

#include "core/quiz/quiz_generator.h"
#include "core/quiz/quiz_scoring.h"

namespace {

myo::BodyLandmarks headLandmarks() {
  myo::BodyLandmarks marks;
  marks.positions["temple.R"] = {-0.10f, 1.60f, 0.10f};
  marks.positions["temple.L"] = {0.10f, 1.60f, 0.10f};
  marks.positions["mastoid.R"] = {-0.07f, 1.58f, -0.02f};
  marks.positions["mastoid.L"] = {0.07f, 1.58f, -0.02f};
  marks.positions["eye.R"] = {-0.04f, 1.62f, 0.12f};
  marks.positions["eye.L"] = {0.04f, 1.62f, 0.12f};
  return marks;
}

myo::TriggerPoint point(const std::string& id, const std::string& muscle,
                        const std::string& region) {
  myo::TriggerPoint tp;
  tp.id = id;
  tp.muscle = muscle;
  tp.region = region;
  tp.name = muscle;
  tp.essential = {{{"temple"}, 4.0f, 1.0f, myo::ZoneSide::Same},
                  {{"mastoid"}, 3.0f, 0.8f, myo::ZoneSide::Same}};
  tp.spillover = {{{"eye"}, 2.0f, 0.6f, myo::ZoneSide::Same}};
  return tp;
}

myo::PlacedTriggerPoint placedOn(const myo::TriggerPoint& tp, char side, glm::vec3 at,
                                 int part = 0) {
  myo::PlacedTriggerPoint p;
  p.point = &tp;
  p.side = side;
  p.position = at;
  p.part = part;
  return p;
}

}  // namespace

TEST_CASE("where it refers: clicks on the zones score, clicks elsewhere cost", "[quiz]") {
  const myo::BodyLandmarks marks = headLandmarks();
  const myo::TriggerPoint tp = point("upper_trapezius_1", "trapezius_descending", "head_neck");
  const myo::PlacedTriggerPoint p = placedOn(tp, 'R', {-0.08f, 1.45f, -0.05f});
  const glm::vec3 temple = marks.positions.at("temple.R"),
                  mastoid = marks.positions.at("mastoid.R");
  const auto perfect = myo::scoreReferralClicks(p, marks, {temple, mastoid});
  CHECK(perfect.score == Approx(1.0f));
  CHECK(perfect.inEssential == 2);
  CHECK(perfect.zonesCovered == 2);
  // One of the two zones, dead on: full accuracy, half the coverage.
  CHECK(myo::scoreReferralClicks(p, marks, {temple}).score == Approx(0.75f));
  // Near miss: 2.5 cm off the temple is in the soft edge of its 4 cm blob.
  const auto near = myo::scoreReferralClicks(p, marks, {temple + glm::vec3(0, 0.025f, 0)});
  CHECK(near.score > 0.2f);
  CHECK(near.score < 0.75f);
  // The wrong side touches no zone: nothing.
  const auto wrong = myo::scoreReferralClicks(p, marks, {marks.positions.at("temple.L")});
  CHECK(wrong.score == 0.0f);
  CHECK(wrong.outside == 1);
  // Only the spillover: half credit, no essential zone covered.
  CHECK(myo::scoreReferralClicks(p, marks, {marks.positions.at("eye.R")}).score ==
        Approx(0.25f * 0.6f / 0.6f));
  // Clicking everywhere costs: two right, two far away.
  const auto scattered = myo::scoreReferralClicks(
      p, marks, {temple, mastoid, glm::vec3(0, 0.5f, 0), glm::vec3(0, 1.0f, 0.3f)});
  CHECK(scattered.score == Approx(0.5f * (2.0f - 0.5f) / 4.0f * 2.0f));
  CHECK(myo::scoreReferralClicks(p, marks, {}).score == 0.0f);  // empty
}

TEST_CASE("which knot: full credit within 3 cm, none beyond 15 cm", "[quiz]") {
  myo::BodyLandmarks marks = headLandmarks();
  const myo::TriggerPoint tp = point("soleus_1", "soleus", "leg_foot");
  const myo::PlacedTriggerPoint p = placedOn(tp, 'R', {0.0f, 0.3f, 0.0f});
  CHECK(myo::scoreKnotClick(p, marks, {0.0f, 0.3f, 0.0f}) == 1.0f);
  CHECK(myo::scoreKnotClick(p, marks, {0.02f, 0.3f, 0.0f}) == 1.0f);
  CHECK(myo::scoreKnotClick(p, marks, {0.09f, 0.3f, 0.0f}) == Approx(0.5f));
  CHECK(myo::scoreKnotClick(p, marks, {0.2f, 0.3f, 0.0f}) == 0.0f);  // the other leg
  marks.scale = 2.0f;  // a body twice as tall: twice the distances
  CHECK(myo::scoreKnotClick(p, marks, {0.18f, 0.3f, 0.0f}) == Approx(0.5f));
}

TEST_CASE("naming a muscle tolerates case, punctuation and a slip", "[quiz]") {
  CHECK(myo::namesMuscle("infraspinatus", "infraspinatus"));
  CHECK(myo::namesMuscle("  Infraspinatis ", "infraspinatus"));
  CHECK(myo::namesMuscle("trapezius descending part", "trapezius_descending"));
  CHECK(myo::namesMuscle("Trapezius, descending part", "trapezius_descending"));
  CHECK(myo::namesMuscle("upper trapezius", "trapezius_descending", {"Upper trapezius"}));
  CHECK_FALSE(myo::namesMuscle("soleus", "infraspinatus"));
  CHECK_FALSE(myo::namesMuscle("supraspinatus", "infraspinatus"));  // two letters: another muscle
  CHECK_FALSE(myo::namesMuscle("", "infraspinatus"));
}

TEST_CASE("where it hurts: the picked muscles against the expected set", "[quiz]") {
  const std::vector<std::string> expected = {"temporalis", "trapezius_descending"};
  CHECK(myo::scoreMusclePicks(expected, expected) == 1.0f);
  CHECK(myo::scoreMusclePicks({"temporalis"}, expected) == Approx(2.0f / 3.0f));
  CHECK(myo::scoreMusclePicks({"temporalis", "soleus"}, expected) == Approx(0.5f));
  CHECK(myo::scoreMusclePicks({"soleus"}, expected) == 0.0f);
  CHECK(myo::scoreMusclePicks({}, expected) == 0.0f);
  CHECK(myo::scoreMusclePicks({}, {}) == 1.0f);
}

TEST_CASE("the generator asks only what the body shows, once each, reproducibly", "[quiz]") {
  const myo::BodyLandmarks marks = headLandmarks();
  std::vector<myo::TriggerPoint> points;
  const char* muscles[] = {
      "trapezius_descending",        "temporalis", "masseter", "splenius_capitis",
      "sternocleidomastoid_sternal", "soleus"};
  for (int i = 0; i < 6; ++i) {
    std::string id = "p";
    id += std::to_string(i);
    points.push_back(point(id, muscles[i], i < 5 ? "head_neck" : "leg_foot"));
  }
  points[4].essential.push_back({{"vertex"}, 4.0f, 1.0f, myo::ZoneSide::Same});  // not on this body
  std::vector<myo::PlacedTriggerPoint> placed;
  for (const auto& tp : points) placed.push_back(placedOn(tp, 'R', {-0.08f, 1.45f, 0.0f}));
  placed[3].part = -1;  // placed from landmarks: no muscle part to highlight

  const auto where =
      myo::generateQuiz(myo::QuizKind::WhereRefers, "head_neck", 10, 7, placed, marks);
  CHECK(where.size() == 4);  // p0–p3; p4's vertex zone is not on this body, p5 another region
  std::set<int> asked;
  for (const auto& q : where) {
    CHECK(q.point != 4);
    CHECK(q.point != 5);
    asked.insert(q.point);
  }
  CHECK(asked.size() == where.size());  // no repeats
  const auto again =
      myo::generateQuiz(myo::QuizKind::WhereRefers, "head_neck", 10, 7, placed, marks);
  REQUIRE(again.size() == where.size());
  for (std::size_t i = 0; i < where.size(); ++i) CHECK(again[i].point == where[i].point);

  const auto names = myo::generateQuiz(myo::QuizKind::NameMuscle, "", 10, 3, placed, marks);
  CHECK(names.size() == 5);  // every point with a muscle part
  for (const auto& q : names) {
    CHECK(q.point != 3);
    REQUIRE(q.choices.size() == 4);
    REQUIRE(q.answer >= 0);
    CHECK(q.choices[static_cast<std::size_t>(q.answer)] ==
          placed[static_cast<std::size_t>(q.point)].point->muscle);
    CHECK(std::set<std::string>(q.choices.begin(), q.choices.end()).size() == 4);
  }
  CHECK(myo::generateQuiz(myo::QuizKind::WhichKnot, "head_neck", 2, 1, placed, marks).size() == 2);

  const auto spots =
      myo::generateQuiz(myo::QuizKind::WhereHurts, "head_neck", 10, 5, placed, marks);
  REQUIRE_FALSE(spots.empty());
  for (const auto& q : spots) {
    CHECK((q.spot == "temple.R" || q.spot == "mastoid.R"));
    CHECK_FALSE(q.expected.empty());
    for (const std::string& muscle : q.expected)
      CHECK(std::find(q.choices.begin(), q.choices.end(), muscle) != q.choices.end());
  }
  CHECK(myo::parseQuizKind("spot") == myo::QuizKind::WhereHurts);
  CHECK(myo::quizKindWord(myo::QuizKind::WhichKnot) == "knot");
  CHECK_FALSE(myo::parseQuizKind("guess"));
}
