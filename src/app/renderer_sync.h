// Brings the scene renderer and the ImGui style up to date with AppState: what changed since
// the last frame (a new body, visibility, colours, the pain marker, the theme) and, every frame,
// the highlight and the referral's uniforms. The one place the renderer learns of state. Needs
// the GL context and the ImGui context current.
#pragma once

#include "app/app_state.h"
#include "render/scene_renderer.h"

namespace myo {

// Takes the state's changes and applies them. O(parts) on changes, O(1) otherwise.
void syncRenderer(AppState& state, SceneRenderer& renderer);

}  // namespace myo
