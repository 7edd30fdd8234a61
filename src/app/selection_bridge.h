// The selected part and the layers, between AppState and the panels: the muscle card's view,
// what each part looks like (colour, opacity, X-ray) and whether it is shown (the parts panel's
// choice and the peeled muscle layers), and the selection and layer intents. No GL, no window
// system.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The card of state.selectedPart. O(placed points).
[[nodiscard]] MuscleCardView makeMuscleCardView(const AppState& state);
[[nodiscard]] LayersView makeLayersView(const AppState& state);

// Linear RGBA of part `part` under the layer settings. O(1).
[[nodiscard]] glm::vec4 partAppearance(const AppState& state, std::size_t part);
// Whether part `part` is drawn: visible in the parts panel and not peeled away. O(1).
[[nodiscard]] bool partShown(const AppState& state, std::size_t part);

// Applies isolate, only this layer, mirror, clear, opacity, X-ray and peel intents. O(parts).
void applySelectionIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
