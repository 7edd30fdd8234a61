// The parts list and its intents.
#include "app/parts_bridge.h"

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

void applyPartsIntents(const UiIntents& intents, AppState& state) {
  const Model& model = state.body.model;
  for (const auto& [part, visible] : intents.setVisible) state.setPartVisible(part, visible);
  if (intents.setAllVisible) state.setAllPartsVisible(*intents.setAllVisible);
  if (intents.isolateKind) {
    // Isolate the parts panel's group, which may hold several kinds (Other holds Unknown too).
    const PartGroup group = partGroup(*intents.isolateKind);
    std::vector<std::uint8_t> visible(model.parts.size());
    for (std::size_t i = 0; i < model.parts.size(); ++i)
      visible[i] = partGroup(model.parts[i].kind) == group ? 1 : 0;
    state.setVisibleParts(std::move(visible));
  }
  if (intents.hoverPart) state.hoverPart(*intents.hoverPart);
  if (intents.selectPart) state.selectPart(*intents.selectPart);
  if (intents.framePart && *intents.framePart >= 0 &&
      static_cast<std::size_t>(*intents.framePart) < model.parts.size())
    state.camera.fitView(partBounds(model.parts[static_cast<std::size_t>(*intents.framePart)]),
                         state.viewAspect, 0.15f);
}

}  // namespace myo
