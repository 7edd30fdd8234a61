// Muscle card contents and the card's selection actions.
#include "app/muscle_card_bridge.h"

#include <cctype>

#include "core/anatomy/part_kind.h"
#include "core/anatomy/part_names.h"

namespace myo {
namespace {

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

// The trigger point as its muscle's card names it: where on the muscle, capitalised ("Mid-belly
// of the free upper border"); the whole name when it has no such part. O(name).
std::string whereOnTheMuscle(const PlacedTriggerPoint& placed) {
  const std::string& name = placed.point->name;
  const std::size_t dash = name.find(" \u2014 ");
  if (dash == std::string::npos) return name;
  std::string where = name.substr(dash + std::string(" \u2014 ").size());
  if (!where.empty())
    where[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(where[0])));
  return where;
}

}  // namespace

int muscleLayerOf(const AppState& state, std::size_t part) {
  const MuscleSpec* spec = state.partMuscles.at(part).spec;
  return spec != nullptr ? spec->layer : 0;
}

MuscleCardView makeMuscleCardView(const AppState& state) {
  MuscleCardView card;
  const auto& parts = state.body.model.parts;
  if (state.selectedPart() < 0 || state.selectedPart() >= static_cast<int>(parts.size()))
    return card;
  const auto part = static_cast<std::size_t>(state.selectedPart());
  card.active = true;
  card.part = state.selectedPart();
  const PartKind kind = parts[part].kind;
  card.kind = kind == PartKind::Unknown || kind == PartKind::Other ? "part" : partKindWord(kind);
  card.hasMirror = mirrorOf(state, part) >= 0;
  const IdentifiedMuscle& muscle = state.partMuscles[part];
  card.title = partDisplayName(state, part);
  if (muscle.spec == nullptr) return card;
  card.layer = muscle.spec->layer;
  if (const Atlas* atlas = state.placedAtlas.atlas())
    if (const MuscleInfo* info = atlas->findMuscleInfo(std::string(muscle.spec->name))) {
      card.action = info->action;
      card.origin = info->origin;
      card.insertion = info->insertion;
      card.innervation = info->innervation;
      card.sources = info->sources;
    }
  const auto& placed = state.placedAtlas.placed();
  for (std::size_t i = 0; i < placed.size(); ++i)
    if (placed[i].part == card.part)
      card.triggerPoints.push_back(
          {static_cast<int>(i), whereOnTheMuscle(placed[i]),
           placed[i].displayName() + "\nShow its referral and how to treat it"});
  return card;
}

std::string partDisplayName(const AppState& state, std::size_t part) {
  const IdentifiedMuscle& muscle = state.partMuscles.at(part);
  if (muscle.spec == nullptr) return state.partLabels.at(part);
  const char side = muscle.side == BodySideWord::Left    ? 'L'
                    : muscle.side == BodySideWord::Right ? 'R'
                                                         : ' ';
  return std::string(muscle.spec->displayName) + sideSuffix(side);
}

void applyMuscleCardIntents(const UiIntents& intents, AppState& state) {
  const auto& parts = state.body.model.parts;
  const auto count = static_cast<int>(parts.size());
  if (intents.isolatePart && *intents.isolatePart >= 0 && *intents.isolatePart < count) {
    std::vector<std::uint8_t> visible(parts.size(), 0);
    visible[static_cast<std::size_t>(*intents.isolatePart)] = 1;
    state.setVisibleParts(std::move(visible));
  }
  if (intents.showLayerOfPart && *intents.showLayerOfPart >= 0 &&
      *intents.showLayerOfPart < count) {
    // The muscles of that layer over the skeleton; skin and other muscle layers hidden.
    const int layer = muscleLayerOf(state, static_cast<std::size_t>(*intents.showLayerOfPart));
    std::vector<std::uint8_t> visible(parts.size(), 0);
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const PartKind kind = parts[i].kind;
      const bool muscular = kind == PartKind::Muscle || kind == PartKind::Tendon;
      visible[i] = kind == PartKind::Bone || (muscular && muscleLayerOf(state, i) == layer);
    }
    state.setVisibleParts(std::move(visible));
    LayerSettings layers = state.layers();
    layers.peel = 0;
    state.setLayers(layers);
  }
  if (intents.mirrorSelection && state.selectedPart() >= 0) {
    const int other = mirrorOf(state, static_cast<std::size_t>(state.selectedPart()));
    if (other >= 0) state.selectPart(other);
  }
  if (intents.clearSelection) state.selectPart(-1);
}

}  // namespace myo
