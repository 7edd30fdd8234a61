// The parts list and its intents.
#include "app/parts_bridge.h"

#include <algorithm>

#include "core/anatomy/muscle_groups.h"
#include "ui/part_labels.h"

namespace myo {

std::vector<PartRow> makePartsView(const AppState& state) {
  const Model& model = state.body.model;
  std::vector<PartRow> rows;
  rows.reserve(model.parts.size());
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const Part& part = model.parts[i];
    rows.push_back({part.name, state.partLabels[i], part.kind, state.partVisible()[i] != 0,
                    part.triangleCount()});
  }
  return rows;
}

std::vector<MuscleGroupRow> makeMuscleGroupRows(const AppState& state) {
  std::vector<MuscleGroupRow> rows;
  for (std::size_t g = 0; g < state.groupParts.size(); ++g)
    if (!state.groupParts[g].empty())
      rows.push_back({muscleGroups()[g].name, muscleGroups()[g].words, state.groupParts[g]});
  return rows;
}

void applyPartsIntents(const UiIntents& intents, AppState& state) {
  const Model& model = state.body.model;
  for (const auto& [part, visible] : intents.setVisible) state.setPartVisible(part, visible);
  if (intents.setAllVisible) state.setAllPartsVisible(*intents.setAllVisible);
  if (intents.isolateKind) {
    // Isolate the parts panel's group, which may hold several kinds (Other holds Unknown too).
    const PartGroup group = partGroup(*intents.isolateKind);
    std::vector<std::uint8_t> visible(model.parts.size());
    Bounds shown;  // what is left in view fills it
    for (std::size_t i = 0; i < model.parts.size(); ++i) {
      visible[i] = partGroup(model.parts[i].kind) == group ? 1 : 0;
      const Bounds b = visible[i] != 0 ? partBounds(model.parts[i]) : Bounds{};
      if (!b.empty()) shown.add(b.min), shown.add(b.max);
    }
    state.setVisibleParts(std::move(visible));
    if (!shown.empty()) state.camera.fitView(shown, state.viewAspect, 0.1f);
  }
  if (intents.hoverPart) state.hoverPart(*intents.hoverPart);
  if (intents.selectPart) state.selectPart(*intents.selectPart);
  if (intents.selectParts) state.selectParts(*intents.selectParts);
  if (intents.isolateParts) {
    std::vector<std::uint8_t> visible(model.parts.size(), 0);
    for (const int part : *intents.isolateParts)
      if (part >= 0 && static_cast<std::size_t>(part) < visible.size())
        visible[static_cast<std::size_t>(part)] = 1;
    state.setVisibleParts(std::move(visible));
  }
  if (intents.framePart && *intents.framePart >= 0 &&
      static_cast<std::size_t>(*intents.framePart) < model.parts.size())
    state.camera.fitView(partBounds(model.parts[static_cast<std::size_t>(*intents.framePart)]),
                         state.viewAspect, 0.15f);
}

}  // namespace myo
