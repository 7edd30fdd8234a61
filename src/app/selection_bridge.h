// The selected part and the layers, between AppState and the panels: the muscle card's view,
// what each part looks like (colour, opacity, X-ray) and whether it is shown (the parts panel's
// choice and the peeled muscle layers), and the selection and layer intents. No GL, no window
// system.
#pragma once

#include <vector>

#include <glm/glm.hpp>

#include "app/app_state.h"
#include "core/geometry/ray.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The card of state.selectedPart. O(placed points).
[[nodiscard]] MuscleCardView makeMuscleCardView(const AppState& state);
[[nodiscard]] LayersView makeLayersView(const AppState& state);
// Part `part`'s name for people: "Soleus (right)" for a known muscle, else its readable label
// ("Right femur"). O(name length).
[[nodiscard]] std::string partDisplayName(const AppState& state, std::size_t part);

// Linear RGBA of part `part` under the layer settings. O(1).
[[nodiscard]] glm::vec4 partAppearance(const AppState& state, std::size_t part);
// Whether part `part` is drawn: visible in the parts panel and not peeled away. O(1).
[[nodiscard]] bool partShown(const AppState& state, std::size_t part);

// Applies isolate, only this layer, mirror, clear, opacity, X-ray, peel and pain-finder intents.
// O(parts).
void applySelectionIntents(const UiIntents& intents, AppState& state);

// A click on the body: in "where does it hurt?" mode it marks the spot, else it selects the part
// under it (none when `hit` is empty). O(1).
void clickBody(AppState& state, const std::optional<RayHit>& hit);

// The marked spot and the trigger points whose zones cover it, at most kPainRows. O(points ·
// zones).
[[nodiscard]] PainFinderView makePainFinderView(const AppState& state);
inline constexpr std::size_t kPainRows = 8;

}  // namespace myo
