// State changes → renderer calls and the ImGui theme.
#include "app/renderer_sync.h"

#include <malloc.h>

#include "core/referral/referral_limits.h"

#include "app/diary_bridge.h"
#include "app/layers_bridge.h"
#include "app/pain_finder_bridge.h"
#include "ui/theme.h"

namespace myo {
namespace {

struct Markers {
  std::vector<glm::vec3> knots, spots;
};

// The knots shown and the cool spots: the referral's knots and the painful spot; in a quiz, the
// asked knot alone (where), no knot until revealed (which knot), the marked spot (spot), and
// the student's clicks as spots. O(knots + clicks).
Markers markersOf(const AppState& state) {
  Markers markers;
  if (state.painMode() && state.painAt()) markers.spots.push_back(*state.painAt());
  markers.knots = state.referral.knots();
  const QuizQuestion* question = state.quiz ? state.quiz->question() : nullptr;
  if (question == nullptr) return markers;
  const bool revealed = state.quiz->feedback.has_value();
  const auto& placed = state.placedAtlas.placed();
  markers.spots = state.quiz->answer.clicks;
  if (question->kind == QuizKind::WhereRefers && !revealed && question->point >= 0)
    markers.knots = {placed[static_cast<std::size_t>(question->point)].position};
  if (question->kind == QuizKind::WhichKnot && !revealed) markers.knots.clear();
  if (question->kind == QuizKind::WhereHurts && state.painAt())
    markers.spots.push_back(*state.painAt());
  return markers;
}

// `weights` (per vertex of `surface`) on its parts, in pain channel `channel`. O(render vertices).
void uploadPainLayer(const std::vector<float>& weights, const PlacedAtlas::Surface& surface,
                     int channel, SceneRenderer& renderer) {
  const std::vector<std::vector<float>> perPart = renderPainWeights(surface.paint.mesh, weights);
  for (std::size_t k = 0; k < perPart.size() && k < surface.paint.parts.size(); ++k)
    renderer.setPainWeights(surface.paint.parts[k], perPart[k], channel);
}

}  // namespace

void syncRenderer(AppState& state, SceneRenderer& renderer) {
  const StateChanges changes = state.takeChanges();
  if (changes.model) {
    std::string error;
    if (!renderer.upload(state.body.model, error)) state.statusMessage = error;
    malloc_trim(0);  // the upload's staging arrays are gone: hand their pages back (about 1 ms)
  }
  if (changes.detail) {
    renderer.setDetailLevels(state.detailLevels);
    state.detailLevels = {};  // the renderer keeps its own copy, on the GPU
  }
  if (changes.model || changes.visibility)
    for (std::size_t i = 0; i < state.partVisible().size(); ++i)
      renderer.setPartVisible(i, partShown(state, i));
  if (changes.model || changes.appearance)
    for (std::size_t i = 0; i < state.body.model.parts.size(); ++i)
      renderer.setPartColor(i, partAppearance(state, i));
  if (changes.theme) {
    applyTheme(state.darkTheme(), state.uiScale());
    if (state.presenter())  // darker, for contrast on a projector
      renderer.setBackground({0.16f, 0.17f, 0.19f}, {0.02f, 0.02f, 0.03f});
    else if (state.darkTheme())
      renderer.setBackground({0.34f, 0.36f, 0.39f}, {0.11f, 0.12f, 0.13f});
    else
      renderer.setBackground({0.93f, 0.94f, 0.95f}, {0.70f, 0.72f, 0.75f});
  }
  if (!state.selectedParts().empty())
    renderer.setHighlightedParts(state.selectedParts());
  else
    renderer.setHighlightedPart(state.hoveredPart());
  // Once the body is prepared a point can be chosen: the buffer its field goes to is made now,
  // on a frame nobody is waiting for, not on the choice.
  if (state.placedAtlas.ready()) renderer.reserveReferralFields();
  if (auto fields = state.referral.takeFields()) {
    renderer.clearReferralFields();
    for (const PaintedPart& painted : *fields)
      renderer.setReferralFields(painted.part, painted.fields);
  }
  // The live drawing while the finder is on, or what the diary shows.
  const PlacedAtlas::Surface* surface = painSurface(state);
  if (state.takePainRedraw(surface) || changes.model) {
    renderer.clearPainWeights();
    if (const std::optional<PainLayers> layers = painLayers(state); layers && surface != nullptr) {
      uploadPainLayer(layers->first, *surface, 0, renderer);
      if (layers->split) uploadPainLayer(layers->second, *surface, 1, renderer);
    }
  }
  const Markers markers = markersOf(state);
  renderer.setKnotMarkers(markers.knots);
  renderer.setSpotMarkers(markers.spots);
  renderer.setReferralFrame(state.referral.seconds, state.referral.animation,
                            state.referral.colormap);  // uniforms only
  renderer.setReferralIsolines(state.referral.isolines ? kIsolineSpacing : 0.0f);
}

}  // namespace myo
