// Anchors per label layer, projected and ray-tested.
#include "app/scene_labels.h"

#include <algorithm>

#include "app/layers_bridge.h"
#include "core/anatomy/landmark_vocabulary.h"

namespace myo {
namespace {

// Most muscles the layer offers (the layout keeps what fits): the largest on screen first, so
// that a class reads the main muscles in view rather than a wall of names.
constexpr std::size_t kMostMuscles = 10;
// A point is hidden when the body is hit this much (m) before it along the ray from the eye.
constexpr float kHiddenTolerance = 0.01f;
// Parts at least this opaque hide what is behind them; a translucent skin does not.
constexpr float kOccludingAlpha = 0.9f;

// One entry per part: 1 where the part is drawn and opaque enough to hide what lies behind.
std::vector<std::uint8_t> occludingParts(const AppState& state) {
  std::vector<std::uint8_t> occluding(state.body.model.parts.size(), 0);
  for (std::size_t p = 0; p < occluding.size(); ++p)
    occluding[p] = partShown(state, p) && partAppearance(state, p).w >= kOccludingAlpha ? 1 : 0;
  return occluding;
}

const glm::vec3 kDirections[] = {{1, 0, 0},  {-1, 0, 0}, {0, 1, 0},
                                 {0, -1, 0}, {0, 0, 1},  {0, 0, -1}};

void buildCache(const AppState& state, MuscleAnchorCache& cache) {
  const Model& model = state.body.model;
  cache.model = &model;
  cache.candidates.assign(model.parts.size(), {});
  cache.sizes.assign(model.parts.size(), 0.0f);
  for (std::size_t p = 0; p < model.parts.size(); ++p) {
    const Part& part = model.parts[p];
    if (part.kind != PartKind::Muscle || part.positions.empty()) continue;
    const Bounds bounds = partBounds(part);
    const glm::vec3 centre = bounds.center();
    cache.sizes[p] = glm::length(bounds.size());
    for (const glm::vec3& d : kDirections) {
      // Far along d, close to the line through the centre along d.
      float best = -1e30f;
      glm::vec3 chosen = centre;
      for (const glm::vec3& v : part.positions) {
        const glm::vec3 offset = v - centre;
        const float along = glm::dot(offset, d);
        const float score = along - 0.5f * glm::length(offset - along * d);
        if (score > best) {
          best = score;
          chosen = v;
        }
      }
      cache.candidates[p].push_back(chosen);
    }
  }
}

// The landmarks a placed point is found from and its zones lie on, "name.L"/"name.R" as the
// body's landmarks are keyed (midline ones bare). O(zones).
std::vector<std::string> pointLandmarks(const PlacedTriggerPoint& placed) {
  const TriggerPoint& point = *placed.point;
  const auto keyed = [&](const std::string& name, ZoneSide side) {
    const LandmarkName* entry = findLandmarkName(name);
    if (entry != nullptr && !entry->bilateral) return name;
    const char own = placed.side, other = own == 'L' ? 'R' : 'L';
    return name + "." + (side == ZoneSide::Opposite ? other : own);
  };
  std::vector<std::string> names;
  for (const WeightedLandmark& landmark : point.location.between)
    names.push_back(keyed(landmark.landmark, ZoneSide::Same));
  for (const std::vector<AtlasZone>* zones : {&point.essential, &point.spillover})
    for (const AtlasZone& zone : *zones)
      for (const std::string& landmark : zone.landmarks)
        names.push_back(keyed(landmark, zone.side));
  return names;
}

struct Projected {
  glm::vec2 pixel;
  bool inFront = false, hidden = false;
};

Projected project(const AppState& state, const std::vector<std::uint8_t>& occluding,
                  const glm::vec3& world, float width, float height) {
  const OrbitCamera& camera = state.camera;
  Projected out;
  const glm::vec3 toPoint = world - camera.eye();
  out.inFront = glm::dot(toPoint, camera.forward()) > 0.0f;
  out.pixel = camera.pixelOf(world, static_cast<int>(width), static_cast<int>(height));
  const float distance = glm::length(toPoint);
  if (distance > 1e-6f && state.bvh.triangleCount() > 0) {
    const Ray ray{camera.eye(), toPoint / distance};
    const auto hit = state.bvh.intersect(ray, occluding, distance - kHiddenTolerance);
    out.hidden = hit.has_value();
  }
  return out;
}

bool onScreen(const Projected& p, float width, float height) {
  return p.inFront && p.pixel.x >= 0.0f && p.pixel.y >= 0.0f && p.pixel.x < width &&
         p.pixel.y < height;
}

}  // namespace

std::vector<SceneLabel> sceneLabels(const AppState& state, MuscleAnchorCache& cache, float width,
                                    float height) {
  std::vector<SceneLabel> labels;
  const LabelLayers& layers = state.labels;
  const std::vector<int>& selected = state.selectedParts();
  if (!layers.muscles && !layers.triggerPoints && !layers.landmarks && selected.empty())
    return labels;
  if (width < 1.0f || height < 1.0f) return labels;
  if (cache.model != &state.body.model || cache.candidates.size() != state.body.model.parts.size())
    buildCache(state, cache);
  const std::vector<std::uint8_t> occluding = occludingParts(state);
  const glm::vec3 toEye = -state.camera.forward();
  const auto add = [&](std::string text, const glm::vec3& world, bool keep, SceneLabel::Kind kind) {
    const Projected p = project(state, occluding, world, width, height);
    if (!onScreen(p, width, height)) return;
    labels.push_back({std::move(text), p.pixel.x, p.pixel.y, p.hidden, keep, kind});
  };
  // A muscle's anchor: its candidate facing the camera most.
  const auto muscleAnchor = [&](std::size_t part) -> std::optional<glm::vec3> {
    const std::vector<glm::vec3>& candidates = cache.candidates[part];
    if (candidates.empty()) return std::nullopt;
    const glm::vec3 centre = partBounds(state.body.model.parts[part]).center();
    return *std::max_element(candidates.begin(), candidates.end(),
                             [&](const glm::vec3& a, const glm::vec3& b) {
                               return glm::dot(a - centre, toEye) < glm::dot(b - centre, toEye);
                             });
  };
  for (const int part : selected)
    if (const auto at = muscleAnchor(static_cast<std::size_t>(part)))
      add(state.partLabels[static_cast<std::size_t>(part)], *at, true, SceneLabel::Kind::Muscle);
  if (layers.triggerPoints) {
    const auto& placed = state.placedAtlas.placed();
    for (const int index : state.referral.selection)
      if (index >= 0 && static_cast<std::size_t>(index) < placed.size()) {
        const PlacedTriggerPoint& point = placed[static_cast<std::size_t>(index)];
        const std::string name = point.displayName();  // "Soleus (right) — distal belly …"
        add(name.substr(0, name.find(" \u2014 ")), point.position, true,
            SceneLabel::Kind::TriggerPoint);
      }
  }
  if (layers.muscles) {
    std::vector<std::size_t> shown;
    const std::vector<std::uint8_t>& visible = state.partVisible();
    for (std::size_t p = 0; p < cache.candidates.size(); ++p)
      if (!cache.candidates[p].empty() && visible[p] != 0 &&
          std::find(selected.begin(), selected.end(), static_cast<int>(p)) == selected.end())
        shown.push_back(p);
    // Size on screen: the bounding diagonal over the distance from the eye.
    const glm::vec3 eye = state.camera.eye();
    const auto onScreenSize = [&](std::size_t p) {
      const glm::vec3 centre = partBounds(state.body.model.parts[p]).center();
      return cache.sizes[p] / std::max(glm::distance(centre, eye), 1e-3f);
    };
    std::vector<float> screenSize(cache.sizes.size(), 0.0f);
    for (const std::size_t p : shown) screenSize[p] = onScreenSize(p);
    std::sort(shown.begin(), shown.end(),
              [&](std::size_t a, std::size_t b) { return screenSize[a] > screenSize[b]; });
    std::size_t offered = 0;
    for (const std::size_t p : shown) {
      if (offered == kMostMuscles) break;
      const std::size_t before = labels.size();
      if (const auto at = muscleAnchor(p))
        add(state.partLabels[p], *at, false, SceneLabel::Kind::Muscle);
      if (labels.size() > before && labels.back().hidden) labels.pop_back();
      offered += labels.size() > before ? 1 : 0;
    }
  }
  // With trigger points chosen, the landmarks that find them and that their zones lie on.
  std::vector<std::string> chosenLandmarks;
  if (layers.landmarks)
    for (const int index : state.referral.selection)
      if (index >= 0 && static_cast<std::size_t>(index) < state.placedAtlas.placed().size())
        for (std::string& name :
             pointLandmarks(state.placedAtlas.placed()[static_cast<std::size_t>(index)]))
          chosenLandmarks.push_back(std::move(name));
  if (layers.landmarks)
    if (const BodyLandmarks* landmarks = state.placedAtlas.landmarks())
      for (const auto& [name, at] : landmarks->positions) {
        if (!chosenLandmarks.empty() && std::find(chosenLandmarks.begin(), chosenLandmarks.end(),
                                                  name) == chosenLandmarks.end())
          continue;
        const std::size_t before = labels.size();
        add(plainLandmarkName(name), at, false, SceneLabel::Kind::Landmark);
        if (labels.size() > before && labels.back().hidden) labels.pop_back();
      }
  return labels;
}

}  // namespace myo
