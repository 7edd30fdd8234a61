// Layer appearance, what is drawn, and the layer intents.
#include "app/layers_bridge.h"

#include "app/muscle_card_bridge.h"

namespace myo {
namespace {

// X-ray: the skin almost gone, the muscles a faint veil over opaque bones.
constexpr float kXraySkin = 0.08f;
constexpr float kXrayMuscle = 0.22f;

}  // namespace

LayersView makeLayersView(const AppState& state) {
  const LayerSettings& l = state.layers();
  return {l.skinOpacity, l.muscleOpacity, l.boneOpacity, l.xray, l.peel};
}

glm::vec4 partAppearance(const AppState& state, std::size_t part) {
  glm::vec4 color = state.baseColors.at(part);
  switch (state.body.model.parts[part].kind) {
    case PartKind::Skin:
      color.w = state.layers().xray ? kXraySkin : state.layers().skinOpacity;
      break;
    case PartKind::Muscle:
    case PartKind::Tendon:
      color.w = state.layers().xray ? kXrayMuscle : state.layers().muscleOpacity;
      break;
    case PartKind::Bone:
      color.w = state.layers().xray ? 1.0f : state.layers().boneOpacity;
      break;
    case PartKind::Unknown:
    case PartKind::Other:
      break;
  }
  return color;
}

bool partShown(const AppState& state, std::size_t part) {
  const int layer = muscleLayerOf(state, part);
  return state.partVisible().at(part) != 0 && !(layer > 0 && layer <= state.layers().peel);
}

// Below this opacity a part is not seen, so it must not catch the pointer or the paint either.
constexpr float kInvisible = 0.01f;

std::vector<std::uint8_t> pickableParts(const AppState& state) {
  std::vector<std::uint8_t> pickable(state.body.model.parts.size(), 0);
  for (std::size_t i = 0; i < pickable.size(); ++i)
    pickable[i] = partShown(state, i) && partAppearance(state, i).w > kInvisible ? 1 : 0;
  return pickable;
}

bool skinSeen(const AppState& state) {
  for (std::size_t i = 0; i < state.body.model.parts.size(); ++i)
    if (state.body.model.parts[i].kind == PartKind::Skin && partShown(state, i) &&
        partAppearance(state, i).w > kInvisible)
      return true;
  return false;
}

void applyLayersIntents(const UiIntents& intents, AppState& state) {
  LayerSettings layers = state.layers();
  if (intents.setSkinOpacity) layers.skinOpacity = *intents.setSkinOpacity;
  if (intents.setMuscleOpacity) layers.muscleOpacity = *intents.setMuscleOpacity;
  if (intents.setBoneOpacity) layers.boneOpacity = *intents.setBoneOpacity;
  if (intents.setXray) layers.xray = *intents.setXray;
  if (intents.setPeel) layers.peel = *intents.setPeel;
  state.setLayers(layers);
}

}  // namespace myo
