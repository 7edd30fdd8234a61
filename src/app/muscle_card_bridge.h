// The Selected part panel (muscle card) and AppState: the card's view of the selected part, the
// part's name for people, and the card's intents (isolate, only this layer, other side). No GL,
// no window system.
#pragma once

#include <string>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The card of the selected part. O(placed points).
[[nodiscard]] MuscleCardView makeMuscleCardView(const AppState& state);
// Part `part`'s name for people: "Soleus (right)" for a known muscle, else its readable label
// ("Right femur"). O(name length).
[[nodiscard]] std::string partDisplayName(const AppState& state, std::size_t part);
// The catalogue depth layer of part `part` (1 superficial – 3 deep), 0 when not a known muscle.
[[nodiscard]] int muscleLayerOf(const AppState& state, std::size_t part);

// Applies isolate, only this layer, other side and clear selection. O(parts).
void applyMuscleCardIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
