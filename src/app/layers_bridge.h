// The Layers panel and AppState: its view, what each part looks like under the layer settings
// (opacity by kind, X-ray) and whether it is drawn (the parts panel's choice and the peeled
// muscle layers), and the panel's intents. No GL, no window system.
#pragma once

#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

[[nodiscard]] LayersView makeLayersView(const AppState& state);
// Linear RGBA of part `part` under the layer settings. O(1).
[[nodiscard]] glm::vec4 partAppearance(const AppState& state, std::size_t part);
// Whether part `part` is drawn: visible in the parts panel and not peeled away. O(1).
[[nodiscard]] bool partShown(const AppState& state, std::size_t part);

// One entry per part: 1 where a click or hover may land — drawn and not fully transparent (a
// skin at opacity 0 lets clicks through to the muscles). O(parts).
[[nodiscard]] std::vector<std::uint8_t> pickableParts(const AppState& state);

// True when some skin part is drawn and can be seen (opacity above the pickable threshold):
// referrals are painted on the skin then, on the muscles otherwise. O(parts).
[[nodiscard]] bool skinSeen(const AppState& state);

// Applies opacity, X-ray and peel. O(1).
void applyLayersIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
