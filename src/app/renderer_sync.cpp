// State changes → renderer calls and the ImGui theme.
#include "app/renderer_sync.h"

#include "core/referral/referral_limits.h"

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

// The drawing (channel 0) and the drawing compared with it (channel 1) on `surface`'s parts.
// O(surface vertices · dabs) for the compared one, O(render vertices) otherwise.
void uploadPainDrawings(const PainMap& map, const PlacedAtlas::Surface& surface,
                        SceneRenderer& renderer) {
  const auto upload = [&](const std::vector<PainLevel>& levels, int channel) {
    const std::vector<std::vector<float>> weights = renderPainWeights(surface.paint.mesh, levels);
    for (std::size_t k = 0; k < weights.size() && k < surface.paint.parts.size(); ++k)
      renderer.setPainWeights(surface.paint.parts[k], weights[k], channel);
  };
  if (!map.empty()) upload(map.levelsOn(surface), 0);
  if (map.compared()) upload(painLevels(surface.paint.mesh, surface.shape, *map.compared()), 1);
}

}  // namespace

void syncRenderer(AppState& state, SceneRenderer& renderer) {
  const StateChanges changes = state.takeChanges();
  if (changes.model) {
    std::string error;
    if (!renderer.upload(state.body.model, error)) state.statusMessage = error;
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
  if (auto fields = state.referral.takeFields()) {
    renderer.clearReferralFields();
    for (const PaintedPart& painted : *fields)
      renderer.setReferralFields(painted.part, painted.fields);
  }
  // The drawing shows while the finder is on, or while two drawings are compared.
  const PlacedAtlas::Surface* drawnOn =
      state.painMode() || state.painMap.compared() ? painSurface(state) : nullptr;
  if (state.painMap.takeRedraw(drawnOn) || changes.model) {
    renderer.clearPainWeights();
    if (drawnOn != nullptr) uploadPainDrawings(state.painMap, *drawnOn, renderer);
  }
  const Markers markers = markersOf(state);
  renderer.setKnotMarkers(markers.knots);
  renderer.setSpotMarkers(markers.spots);
  renderer.setReferralFrame(state.referral.seconds, state.referral.animation,
                            state.referral.colormap);  // uniforms only
  renderer.setReferralIsolines(state.referral.isolines ? kIsolineSpacing : 0.0f);
}

}  // namespace myo
