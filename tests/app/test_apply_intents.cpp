// The apply step on the bundled body: the selected part's card tells what the muscle does and
// lists its trigger points; isolate, only this layer, mirror, show all, peel and X-ray change
// what is drawn and how, and record exactly that change; clicks on the body select or mark the
// painful spot.
#include <catch2/catch.hpp>

#include <algorithm>
#include <chrono>
#include <thread>

#include "app/apply_intents.h"
#include "app/layers_bridge.h"
#include "app/muscle_card_bridge.h"
#include "app/pain_finder_bridge.h"
#include "app/parts_bridge.h"
#include "support/bundled_body_state.h"
#include "support/test_paths.h"
#include "ui/part_labels.h"

namespace {

using myo::test::openBundledBody;

int partNamed(const myo::AppState& state, const std::string& name) {
  const auto& parts = state.body.model.parts;
  const auto found =
      std::find_if(parts.begin(), parts.end(), [&](const myo::Part& p) { return p.name == name; });
  REQUIRE(found != parts.end());
  return static_cast<int>(found - parts.begin());
}

// Applies `intents` through the one apply step and returns what it recorded as changed.
myo::StateChanges apply(const myo::UiIntents& intents, myo::AppState& state) {
  (void)state.takeChanges();
  (void)myo::applyIntents(intents, state);
  return state.takeChanges();
}

myo::UiIntents clickAt(int part, glm::vec3 point) {
  myo::UiIntents intents;
  intents.clickBody = myo::UiIntents::BodyClick{part, point, false};
  return intents;
}

}  // namespace

TEST_CASE("the muscle card, isolate, layer, mirror, peel and X-ray", "[selection]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "selection-recent.txt"),
                      myo::test::scratch() / "selection-log.tsv");
  openBundledBody(state);
  CHECK_FALSE(myo::makeMuscleCardView(state).active);  // nothing selected

  const int trapezius = partNamed(state, "trapezius_descending.R");
  myo::UiIntents select;
  select.selectPart = trapezius;
  const myo::StateChanges selected = apply(select, state);
  CHECK_FALSE(selected.visibility);  // the highlight follows the selection every frame
  CHECK_FALSE(selected.appearance);
  const myo::MuscleCardView card = myo::makeMuscleCardView(state);
  REQUIRE(card.active);
  CHECK(card.title == "Trapezius, descending part (right)");
  CHECK(card.layer == 1);
  CHECK(card.action.find("shoulder blade") != std::string::npos);
  CHECK(!card.insertion.empty());
  CHECK(card.hasMirror);
  REQUIRE(!card.triggerPoints.empty());
  CHECK(card.triggerPoints.front().label == "Mid-belly of the free upper border");  // no id
  CHECK(card.triggerPoints.front().tooltip.find("Upper trapezius (right)") == 0);

  CHECK(myo::partDisplayName(state, static_cast<std::size_t>(trapezius)) ==
        "Trapezius, descending part (right)");
  CHECK(myo::partDisplayName(state, static_cast<std::size_t>(partNamed(state, "skin"))) == "Skin");

  myo::UiIntents mirror;
  mirror.mirrorSelection = true;
  (void)apply(mirror, state);
  CHECK(state.selectedPart() == partNamed(state, "trapezius_descending.L"));

  myo::UiIntents isolate;
  isolate.isolatePart = trapezius;
  const myo::StateChanges isolated = apply(isolate, state);
  CHECK(isolated.visibility);
  CHECK_FALSE(isolated.appearance);
  for (std::size_t i = 0; i < state.partVisible().size(); ++i)
    CHECK(myo::partShown(state, i) == (static_cast<int>(i) == trapezius));

  myo::UiIntents layer;  // the deep layer with the skeleton
  const int soleus = partNamed(state, "soleus.R");
  layer.showLayerOfPart = soleus;
  CHECK(apply(layer, state).visibility);
  const int bone = static_cast<int>(
      std::find_if(state.body.model.parts.begin(), state.body.model.parts.end(),
                   [](const myo::Part& p) { return p.kind == myo::PartKind::Bone; }) -
      state.body.model.parts.begin());
  CHECK(myo::partShown(state, static_cast<std::size_t>(soleus)));
  CHECK(myo::partShown(state, static_cast<std::size_t>(bone)));
  CHECK_FALSE(myo::partShown(state, static_cast<std::size_t>(trapezius)));  // superficial

  myo::UiIntents showAll;
  showAll.setAllVisible = true;
  CHECK(apply(showAll, state).visibility);
  CHECK(myo::partShown(state, static_cast<std::size_t>(trapezius)));
  myo::UiIntents peel;
  peel.setPeel = 1;  // without the superficial layer
  const myo::StateChanges peeled = apply(peel, state);
  CHECK(peeled.visibility);
  CHECK_FALSE(peeled.appearance);
  CHECK_FALSE(myo::partShown(state, static_cast<std::size_t>(trapezius)));
  CHECK(myo::partShown(state, static_cast<std::size_t>(partNamed(state, "supraspinatus.R"))));

  myo::UiIntents xray;
  xray.setXray = true;
  const myo::StateChanges xrayed = apply(xray, state);
  CHECK(xrayed.appearance);
  CHECK_FALSE(xrayed.visibility);
  myo::UiIntents bones;
  bones.setBoneOpacity = 0.5f;
  CHECK(apply(bones, state).appearance);
  CHECK(myo::partAppearance(state, static_cast<std::size_t>(trapezius)).w < 0.3f);
  CHECK(myo::partAppearance(state, static_cast<std::size_t>(bone)).w == 1.0f);  // X-ray wins
  myo::UiIntents off;
  off.setXray = false;
  (void)apply(off, state);
  CHECK(myo::partAppearance(state, static_cast<std::size_t>(bone)).w == Approx(0.5f));
  CHECK(myo::partAppearance(state, static_cast<std::size_t>(trapezius)).w == 1.0f);
}

TEST_CASE("where does it hurt: a click marks the spot and ranks the trigger points",
          "[selection]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "pain-recent.txt"),
                      myo::test::scratch() / "pain-log.tsv");
  openBundledBody(state);
  const glm::vec3 heel = *state.placedAtlas.landmarks()->at("heel", 'R');
  const myo::StateChanges selecting = apply(clickAt(0, heel), state);  // not in the mode: selects
  CHECK(state.selectedPart() == 0);
  CHECK_FALSE(state.painAt());
  CHECK_FALSE(selecting.pain);
  (void)apply(clickAt(-1, glm::vec3(0.0f)), state);  // empty space clears the selection
  CHECK(state.selectedPart() == -1);
  myo::UiIntents on;
  on.setPainMode = true;
  CHECK(state.dock.tab == myo::SidebarTab::Parts);
  CHECK(apply(on, state).pain);
  CHECK(state.dock.tab == myo::SidebarTab::TriggerPoints);  // where the finder's results are
  const myo::StateChanges marking = apply(clickAt(0, heel), state);
  REQUIRE(state.painAt());
  CHECK(marking.pain);
  CHECK(state.selectedPart() == -1);  // in the mode a click marks, it does not select
  const myo::PainFinderView view = myo::makePainFinderView(state);
  CHECK(view.mode);
  CHECK(view.place == "the clicked spot");
  CHECK(view.places.size() >= 100);
  REQUIRE(!view.rows.empty());
  REQUIRE(!view.muscles.empty());
  CHECK(view.muscles.size() <= myo::kPainMuscles);
  bool soleus = false;
  for (const auto& row : view.rows)
    soleus = soleus || row.label == "Soleus (right) — distal belly above the Achilles tendon";
  CHECK(soleus);
  for (std::size_t i = 1; i < view.muscles.size(); ++i)
    CHECK(view.muscles[i - 1].score >= view.muscles[i].score);
  // Choosing a place by name marks the same way.
  myo::UiIntents temple;
  temple.painAtPlace = "temple.L";
  CHECK(apply(temple, state).pain);
  const myo::PainFinderView atTemple = myo::makePainFinderView(state);
  CHECK(atTemple.place == "Temple (left)");  // as people say it
  REQUIRE(!atTemple.rows.empty());
  CHECK(atTemple.rows.front().label.find("(left)") != std::string::npos);
  // A headache place says when to get emergency care, before any muscle.
  REQUIRE(atTemple.warnings.size() == 1);
  CHECK(atTemple.warnings[0].find("worst-ever headache") != std::string::npos);
  // The left chest: the heart first; the heel: no warning.
  myo::UiIntents chest;
  chest.painAtPlace = "anterior_chest.L";
  CHECK(apply(chest, state).pain);
  const myo::PainFinderView atChest = myo::makePainFinderView(state);
  // Its points fold under their muscles, each row once.
  REQUIRE(!atChest.muscles.empty());
  CHECK(atChest.muscles[0].label.find("Pectoralis") == 0);
  CHECK(atChest.muscles[0].label.find("(left)") != std::string::npos);
  std::size_t folded = 0;
  for (const auto& muscle : atChest.muscles) {
    folded += muscle.rows.size();
    for (const std::size_t r : muscle.rows) CHECK(atChest.rows[r].score <= muscle.score);
  }
  CHECK(folded == atChest.rows.size());
  CHECK(atChest.muscles.size() < atChest.rows.size());  // pectoralis has several points here
  REQUIRE(!atChest.warnings.empty());
  CHECK(atChest.warnings[0].find("Chest pain must be checked by a doctor") == 0);
  myo::UiIntents atHeel;
  atHeel.painAtPlace = "heel.R";
  CHECK(apply(atHeel, state).pain);
  CHECK(myo::makePainFinderView(state).warnings.empty());
}

TEST_CASE("clicks pass through what cannot be seen: hidden parts and a skin at opacity 0",
          "[selection]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "pick-recent.txt"),
                      myo::test::scratch() / "pick-log.tsv");
  openBundledBody(state);
  for (int i = 0; i < 6000 && state.bvh.triangleCount() == 0; ++i) {
    state.collectBvh();
    std::this_thread::sleep_for(std::chrono::milliseconds(10));
  }
  REQUIRE(state.bvh.triangleCount() > 0);
  const int skin = partNamed(state, "skin");
  // From behind, straight at the right calf.
  const glm::vec3 calf = *state.placedAtlas.landmarks()->at("calf", 'R');
  const myo::Ray ray{calf + glm::vec3(0.0f, 0.0f, -1.0f), {0.0f, 0.0f, 1.0f}};
  const auto first = state.bvh.intersect(ray, myo::pickableParts(state));
  REQUIRE(first);
  CHECK(static_cast<int>(first->part) == skin);  // the skin, translucent, is in front
  myo::UiIntents clear;
  clear.setSkinOpacity = 0.0f;
  (void)apply(clear, state);
  const auto through = state.bvh.intersect(ray, myo::pickableParts(state));
  REQUIRE(through);
  CHECK(static_cast<int>(through->part) != skin);
  CHECK(state.body.model.parts[through->part].kind == myo::PartKind::Muscle);
  // A hidden part lets the click through as well.
  myo::UiIntents hide;
  hide.setVisible = {{through->part, false}};
  (void)apply(hide, state);
  const auto deeper = state.bvh.intersect(ray, myo::pickableParts(state));
  REQUIRE(deeper);
  CHECK(deeper->part != through->part);
}

TEST_CASE("a muscle group of the bundled body isolates its parts, a selection holds several",
          "[state]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "groups-recent.txt"),
                      myo::test::scratch() / "groups-log.tsv");
  openBundledBody(state);
  const std::vector<myo::MuscleGroupRow> groups = myo::makeMuscleGroupRows(state);
  const auto cuff = std::find_if(groups.begin(), groups.end(),
                                 [](const auto& g) { return g.name == "Rotator cuff"; });
  REQUIRE(cuff != groups.end());
  CHECK(cuff->parts.size() == 8);  // four muscles, both sides
  myo::UiIntents isolate;
  isolate.isolateParts = cuff->parts;
  const myo::StateChanges changes = apply(isolate, state);
  CHECK(changes.visibility);
  for (std::size_t i = 0; i < state.partVisible().size(); ++i) {
    const bool inCuff =
        std::find(cuff->parts.begin(), cuff->parts.end(), static_cast<int>(i)) != cuff->parts.end();
    CHECK(state.partVisible()[i] == (inCuff ? 1 : 0));
  }
  myo::UiIntents select;
  select.selectParts = std::vector<int>{cuff->parts[1], cuff->parts[0], cuff->parts[1], -4};
  (void)apply(select, state);
  CHECK(state.selectedParts() == std::vector<int>{cuff->parts[1], cuff->parts[0]});
  CHECK(state.selectedPart() == cuff->parts[1]);  // the card shows the first
  myo::UiIntents one;
  one.selectPart = cuff->parts[2];
  (void)apply(one, state);
  CHECK(state.selectedParts() == std::vector<int>{cuff->parts[2]});
}

TEST_CASE("isolating a kind shows only its parts and frames them", "[state]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "kind-recent.txt"),
                      myo::test::scratch() / "kind-log.tsv");
  openBundledBody(state);
  myo::UiIntents isolate;
  isolate.isolateKind = myo::PartKind::Bone;
  const myo::StateChanges changes = apply(isolate, state);
  CHECK(changes.visibility);
  std::size_t shown = 0;
  for (std::size_t i = 0; i < state.partVisible().size(); ++i) {
    const bool bone =
        myo::partGroup(state.body.model.parts[i].kind) == myo::partGroup(myo::PartKind::Bone);
    CHECK(state.partVisible()[i] == (bone ? 1 : 0));
    shown += bone ? 1 : 0;
  }
  CHECK(shown > 100);
  // The skeleton fills the view: the camera's goal is no farther than for the whole body.
  myo::OrbitCamera whole;
  whole.fitView(myo::modelBounds(state.body.model), state.viewAspect, 0.1f);
  CHECK(state.camera.goal().distance <= whole.goal().distance * 1.001f);
}

TEST_CASE("Ctrl-click on the body adds a part to the selection or takes it out", "[state]") {
  myo::AppState state(myo::RecentFiles(myo::test::scratch() / "ctrlclick-recent.txt"),
                      myo::test::scratch() / "ctrlclick-log.tsv");
  openBundledBody(state);
  const int soleus = partNamed(state, "soleus.R");
  const int femur = partNamed(state, "femur.R");
  (void)apply(clickAt(soleus, glm::vec3(0.0f)), state);
  myo::UiIntents add = clickAt(femur, glm::vec3(0.0f));
  add.clickBody->add = true;
  (void)apply(add, state);
  CHECK(state.selectedParts() == std::vector<int>{soleus, femur});
  myo::UiIntents again = clickAt(soleus, glm::vec3(0.0f));
  again.clickBody->add = true;
  (void)apply(again, state);
  CHECK(state.selectedParts() == std::vector<int>{femur});
  myo::UiIntents empty = clickAt(-1, glm::vec3(0.0f));
  empty.clickBody->add = true;  // Ctrl on empty space keeps the selection
  (void)apply(empty, state);
  CHECK(state.selectedParts() == std::vector<int>{femur});
}
