// AppState: body replacement and the setters that record what changed.
#include "app/app_state.h"

#include <algorithm>
#include <utility>

#include "core/anatomy/muscle_groups.h"
#include "core/anatomy/part_colors.h"
#include "core/anatomy/part_names.h"

namespace myo {

void AppState::setBody(LoadedBody loaded, Preparation preparation) {
  if (pendingBvh_.valid()) pendingBvh_.wait();  // the build reads the model being replaced
  pendingBvh_ = {};                             // and belongs to it
  referral.wait();                              // a field reads the placed atlas's surface
  placedAtlas.wait();                           // its preparation reads the model
  body = std::move(loaded);
  placedAtlas.setBody(body.model, preparation == Preparation::Now);
  referral.reset();
  bvh = TriangleBvh();
  detailLevels.clear();
  bvhHeld_ = true;
  if (preparation == Preparation::Now) startPreparation();
  partVisible_.assign(body.model.parts.size(), 1);
  baseColors = partBaseColors(body.model);
  partMuscles.clear();
  partLabels.clear();
  for (std::size_t i = 0; i < body.model.parts.size(); ++i) {
    const Part& part = body.model.parts[i];
    const bool muscular = part.kind == PartKind::Muscle || part.kind == PartKind::Tendon;
    partMuscles.push_back(muscular ? identifyMuscle(part.name) : IdentifiedMuscle{});
    partLabels.push_back(readablePartLabel(part.name));
    if (part.kind == PartKind::Skin) layers_.skinOpacity = baseColors[i].w;
  }
  groupParts.assign(muscleGroups().size(), {});
  for (std::size_t g = 0; g < muscleGroups().size(); ++g) {
    const auto& names = muscleGroups()[g].muscles;
    for (std::size_t i = 0; i < partMuscles.size(); ++i)
      if (partMuscles[i].spec != nullptr &&
          std::find(names.begin(), names.end(), partMuscles[i].spec->name) != names.end())
        groupParts[g].push_back(static_cast<int>(i));
  }
  hoveredPart_ = -1;
  selection_.clear();
  painAt_.reset();  // the marked spot, the drawing and the treated point belonged to the old body
  painMap.clear();
  treatment.clear();
  const bool theme = changes_.theme;
  changes_ = StateChanges{};
  changes_.theme = theme;
  camera.setPreset(ViewPreset::Front);
  camera.fitView(modelBounds(body.model), viewAspect);
  camera.snap();
  fitWhenDrawn = true;
}

void AppState::startPreparation() {
  placedAtlas.start();
  if (!std::exchange(bvhHeld_, false)) return;
  pendingBvh_ = std::async(std::launch::async, [this] {
    // Levels of 2, 4, 8 and 16 mm cells, each kept when it has at most 60 % of the triangles
    // of the one before (the bundled body's triangles are about 3.5 mm: it keeps the coarse
    // ones, drawn only when the body is small on screen).
    return Picking{TriangleBvh::build(body.model), myo::detailLevels(body.model, 0.002f, 4, 0.6f)};
  });
}

void AppState::collectBvh() {
  if (!pendingBvh_.valid() ||
      pendingBvh_.wait_for(std::chrono::seconds(0)) != std::future_status::ready)
    return;
  Picking built = pendingBvh_.get();
  bvh = std::move(built.bvh);
  detailLevels = std::move(built.levels);
  changes_.detail = true;
}

void AppState::setPartVisible(std::size_t part, bool visible) {
  if (part >= partVisible_.size()) return;
  partVisible_[part] = visible ? 1 : 0;
  changes_.visibility = true;
}

void AppState::setAllPartsVisible(bool visible) {
  std::fill(partVisible_.begin(), partVisible_.end(), visible ? 1 : 0);
  changes_.visibility = true;
}

void AppState::setVisibleParts(std::vector<std::uint8_t> visible) {
  if (visible.size() != partVisible_.size()) return;
  partVisible_ = std::move(visible);
  changes_.visibility = true;
}

void AppState::setLayers(const LayerSettings& layers) {
  LayerSettings next = layers;
  next.skinOpacity = std::clamp(next.skinOpacity, 0.0f, 1.0f);
  next.muscleOpacity = std::clamp(next.muscleOpacity, 0.0f, 1.0f);
  next.boneOpacity = std::clamp(next.boneOpacity, 0.0f, 1.0f);
  next.peel = std::clamp(next.peel, 0, 2);
  changes_.visibility |= next.peel != layers_.peel;
  changes_.appearance |= next.skinOpacity != layers_.skinOpacity ||
                         next.muscleOpacity != layers_.muscleOpacity ||
                         next.boneOpacity != layers_.boneOpacity || next.xray != layers_.xray;
  layers_ = next;
}

int AppState::partOrNone(int part) const {
  return part >= 0 && part < static_cast<int>(body.model.parts.size()) ? part : -1;
}

void AppState::hoverPart(int part) {
  hoveredPart_ = partOrNone(part);
}

void AppState::selectPart(int part) {
  selectParts({part});
}

void AppState::selectParts(const std::vector<int>& parts) {
  selection_.clear();
  for (const int part : parts)
    if (partOrNone(part) >= 0 &&
        std::find(selection_.begin(), selection_.end(), part) == selection_.end())
      selection_.push_back(part);
}

void AppState::setPainMode(bool on) {
  painMode_ = on;
  changes_.pain = true;
}

void AppState::markPain(glm::vec3 at, std::string place) {
  painAt_ = at;
  painPlace_ = std::move(place);
  changes_.pain = true;
}

void AppState::setTheme(bool dark, float scale) {
  darkTheme_ = dark;
  uiScale_ = std::clamp(scale, 1.0f, 2.0f);
  changes_.theme = true;
}

void AppState::setPresenter(bool on) {
  if (on == presenter_) return;
  presenter_ = on;
  changes_.theme = true;
}

StateChanges AppState::takeChanges() {
  const StateChanges taken = changes_;
  changes_ = StateChanges{false, false, false, false, false, false};
  return taken;
}

AppState::~AppState() {
  if (pendingBvh_.valid()) pendingBvh_.wait();
}

bool AppState::takePainRedraw(const void* surface) {
  const PainShown now{painMap.revision(), diary.revision(), surface, painMode_};
  if (now == painShown_) return false;
  painShown_ = now;
  return true;
}

}  // namespace myo
