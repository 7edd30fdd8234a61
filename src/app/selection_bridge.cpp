// Muscle card contents, layer appearance and selection actions.
#include "app/selection_bridge.h"

#include <algorithm>

#include "core/anatomy/part_kind.h"
#include "core/atlas/pain_finder.h"
#include "ui/part_labels.h"

namespace myo {
namespace {

// X-ray: the skin almost gone, the muscles a faint veil over opaque bones.
constexpr float kXraySkin = 0.08f;
constexpr float kXrayMuscle = 0.22f;

int layerOf(const AppState& state, std::size_t part) {
  const MuscleSpec* spec = state.partMuscles.at(part).spec;
  return spec != nullptr ? spec->layer : 0;
}

// The part on the other side: the same catalogue muscle, or the same name words; -1 when none.
int mirrorOf(const AppState& state, std::size_t part) {
  const auto& parts = state.body.model.parts;
  const PartName name = parsePartName(parts[part].name);
  if (name.side == BodySideWord::None) return -1;
  const MuscleSpec* spec = state.partMuscles[part].spec;
  for (std::size_t i = 0; i < parts.size(); ++i) {
    if (i == part || parts[i].kind != parts[part].kind) continue;
    const PartName other = parsePartName(parts[i].name);
    if (other.side == BodySideWord::None || other.side == name.side) continue;
    if (spec != nullptr ? state.partMuscles[i].spec == spec : other.words == name.words)
      return static_cast<int>(i);
  }
  return -1;
}

}  // namespace

MuscleCardView makeMuscleCardView(const AppState& state) {
  MuscleCardView card;
  const auto& parts = state.body.model.parts;
  if (state.selectedPart < 0 || state.selectedPart >= static_cast<int>(parts.size())) return card;
  const auto part = static_cast<std::size_t>(state.selectedPart);
  card.active = true;
  card.part = state.selectedPart;
  const PartKind kind = parts[part].kind;
  card.kind = kind == PartKind::Unknown || kind == PartKind::Other ? "part" : partKindWord(kind);
  card.title = parts[part].name;
  card.hasMirror = mirrorOf(state, part) >= 0;
  const IdentifiedMuscle& muscle = state.partMuscles[part];
  card.title = partDisplayName(state, part);
  if (muscle.spec == nullptr) return card;
  card.layer = muscle.spec->layer;
  if (const Atlas* atlas = state.referral.atlas())
    if (const MuscleInfo* info = atlas->findMuscleInfo(std::string(muscle.spec->name))) {
      card.action = info->action;
      card.origin = info->origin;
      card.insertion = info->insertion;
      card.innervation = info->innervation;
      card.sources = info->sources;
    }
  const auto& placed = state.referral.placed();
  for (std::size_t i = 0; i < placed.size(); ++i)
    if (placed[i].part == card.part)
      card.triggerPoints.push_back({static_cast<int>(i), placed[i].label()});
  return card;
}

std::string partDisplayName(const AppState& state, std::size_t part) {
  const IdentifiedMuscle& muscle = state.partMuscles.at(part);
  if (muscle.spec == nullptr) return readablePartLabel(state.body.model.parts[part].name);
  const char* side = muscle.side == BodySideWord::Left    ? " (left)"
                     : muscle.side == BodySideWord::Right ? " (right)"
                                                          : "";
  return std::string(muscle.spec->displayName) + side;
}

LayersView makeLayersView(const AppState& state) {
  return {state.skinOpacity, state.muscleOpacity, state.boneOpacity, state.xray, state.peel};
}

glm::vec4 partAppearance(const AppState& state, std::size_t part) {
  glm::vec4 color = state.baseColors.at(part);
  switch (state.body.model.parts[part].kind) {
    case PartKind::Skin:
      color.w = state.xray ? kXraySkin : state.skinOpacity;
      break;
    case PartKind::Muscle:
    case PartKind::Tendon:
      color.w = state.xray ? kXrayMuscle : state.muscleOpacity;
      break;
    case PartKind::Bone:
      color.w = state.xray ? 1.0f : state.boneOpacity;
      break;
    case PartKind::Unknown:
    case PartKind::Other:
      break;
  }
  return color;
}

bool partShown(const AppState& state, std::size_t part) {
  const int layer = layerOf(state, part);
  return state.partVisible.at(part) != 0 && !(layer > 0 && layer <= state.peel);
}

void applySelectionIntents(const UiIntents& intents, AppState& state) {
  const auto& parts = state.body.model.parts;
  const auto count = static_cast<int>(parts.size());
  if (intents.isolatePart >= 0 && intents.isolatePart < count) {
    std::fill(state.partVisible.begin(), state.partVisible.end(), 0);
    state.partVisible[static_cast<std::size_t>(intents.isolatePart)] = 1;
    state.visibilityChanged = true;
  }
  if (intents.showLayerOfPart >= 0 && intents.showLayerOfPart < count) {
    // The muscles of that layer over the skeleton; skin and other muscle layers hidden.
    const int layer = layerOf(state, static_cast<std::size_t>(intents.showLayerOfPart));
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const PartKind kind = parts[i].kind;
      const bool muscular = kind == PartKind::Muscle || kind == PartKind::Tendon;
      state.partVisible[i] = kind == PartKind::Bone || (muscular && layerOf(state, i) == layer);
    }
    state.peel = 0;
    state.visibilityChanged = true;
  }
  if (intents.mirrorSelection && state.selectedPart >= 0 && state.selectedPart < count) {
    const int other = mirrorOf(state, static_cast<std::size_t>(state.selectedPart));
    if (other >= 0) state.selectedPart = other;
  }
  if (intents.clearSelection) state.selectedPart = -1;
  const auto set = [&state](const std::optional<auto>& value, auto& into) {
    if (!value) return;
    into = *value;
    state.appearanceChanged = true;
  };
  set(intents.setSkinOpacity, state.skinOpacity);
  set(intents.setMuscleOpacity, state.muscleOpacity);
  set(intents.setBoneOpacity, state.boneOpacity);
  set(intents.setXray, state.xray);
  if (intents.setPainMode) {
    state.painMode = *intents.setPainMode;
    state.painChanged = true;
  }
  if (intents.painAtPlace && state.referral.landmarks() != nullptr) {
    const auto [name, side] = splitSideLabel(*intents.painAtPlace);
    if (const auto at = state.referral.landmarks()->at(name, side)) {
      state.painAt = *at;
      state.painPlace = *intents.painAtPlace;
      state.painChanged = true;
    }
  }
  if (intents.setPeel) {
    state.peel = std::clamp(*intents.setPeel, 0, 2);
    state.visibilityChanged = true;
  }
}

void clickBody(AppState& state, const std::optional<RayHit>& hit) {
  if (!state.painMode) {
    state.selectedPart = hit ? static_cast<int>(hit->part) : -1;
    return;
  }
  if (!hit) return;
  state.painAt = hit->point;
  state.painPlace = "the clicked spot";
  state.painChanged = true;
}

PainFinderView makePainFinderView(const AppState& state) {
  PainFinderView view;
  view.mode = state.painMode;
  if (!state.painMode) return view;
  if (const BodyLandmarks* landmarks = state.referral.landmarks())
    for (const auto& [name, position] : landmarks->positions) view.places.push_back(name);
  if (!state.painAt || state.referral.landmarks() == nullptr) return view;
  view.place = state.painPlace;
  const auto& placed = state.referral.placed();
  for (const PainFinding& finding :
       findPainSources(placed, *state.referral.landmarks(), *state.painAt, kPainRows)) {
    const auto index = static_cast<int>(finding.placed - placed.data());
    view.rows.push_back(
        {index, finding.placed->displayName(), finding.score, finding.kind == ZoneKind::Spillover});
  }
  return view;
}

}  // namespace myo
