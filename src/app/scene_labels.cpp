// Anchors per label layer, projected and ray-tested.
#include "app/scene_labels.h"

#include <algorithm>

#include "app/layers_bridge.h"
#include "app/quiz_bridge.h"
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

const glm::vec3 kDirections[] = {{1, 0, 0},  {-1, 0, 0}, {0, 1, 0},
                                 {0, -1, 0}, {0, 0, 1},  {0, 0, -1}};

void buildCache(const Model& model, MuscleAnchorCache& cache) {
  cache.model = &model;
  cache.candidates.assign(model.parts.size(), {});
  cache.sizes.assign(model.parts.size(), 0.0f);
  cache.centres.assign(model.parts.size(), glm::vec3(0.0f));
  for (std::size_t p = 0; p < model.parts.size(); ++p) {
    const Part& part = model.parts[p];
    if (part.kind != PartKind::Muscle || part.positions.empty()) continue;
    const Bounds bounds = partBounds(part);
    const glm::vec3 centre = bounds.center();
    cache.sizes[p] = glm::length(bounds.size());
    cache.centres[p] = centre;
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

Projected project(const LabelSources& sources, const glm::vec3& world, float width, float height) {
  const OrbitCamera& camera = *sources.camera;
  Projected out;
  const glm::vec3 toPoint = world - camera.eye();
  out.inFront = glm::dot(toPoint, camera.forward()) > 0.0f;
  out.pixel = camera.pixelOf(world, static_cast<int>(width), static_cast<int>(height));
  const float distance = glm::length(toPoint);
  if (distance > 1e-6f && sources.bvh != nullptr && sources.bvh->triangleCount() > 0) {
    const Ray ray{camera.eye(), toPoint / distance};
    const auto hit = sources.bvh->intersect(ray, sources.occluding, distance - kHiddenTolerance);
    out.hidden = hit.has_value();
  }
  return out;
}

bool onScreen(const Projected& p, float width, float height) {
  return p.inFront && p.pixel.x >= 0.0f && p.pixel.y >= 0.0f && p.pixel.x < width &&
         p.pixel.y < height;
}

}  // namespace

std::vector<SceneLabel> sceneLabels(const LabelSources& sources, MuscleAnchorCache& cache,
                                    float width, float height) {
  std::vector<SceneLabel> labels;
  const LabelLayers& layers = sources.layers;
  const std::vector<int>& selected = sources.selected;
  if (!layers.muscles && !layers.triggerPoints && !layers.landmarks && selected.empty())
    return labels;
  if (width < 1.0f || height < 1.0f) return labels;
  const Model& model = *sources.model;
  if (cache.model != &model || cache.candidates.size() != model.parts.size())
    buildCache(model, cache);
  const glm::vec3 toEye = -sources.camera->forward();
  const auto add = [&](std::string text, const glm::vec3& world, bool keep, SceneLabel::Kind kind) {
    const Projected p = project(sources, world, width, height);
    if (!onScreen(p, width, height)) return false;
    if (p.hidden && !keep) return false;
    labels.push_back({std::move(text), p.pixel.x, p.pixel.y, p.hidden, keep, kind});
    return true;
  };
  // A muscle's anchor: its candidate facing the camera most.
  const auto muscleAnchor = [&](std::size_t part) -> std::optional<glm::vec3> {
    const std::vector<glm::vec3>& candidates = cache.candidates[part];
    if (candidates.empty()) return std::nullopt;
    const glm::vec3& centre = cache.centres[part];
    return *std::max_element(candidates.begin(), candidates.end(),
                             [&](const glm::vec3& a, const glm::vec3& b) {
                               return glm::dot(a - centre, toEye) < glm::dot(b - centre, toEye);
                             });
  };
  const std::vector<std::string>& names = *sources.partLabels;
  for (const int part : selected)
    if (part >= 0 && static_cast<std::size_t>(part) < cache.candidates.size())
      if (const auto at = muscleAnchor(static_cast<std::size_t>(part)))
        (void)add(names[static_cast<std::size_t>(part)], *at, true, SceneLabel::Kind::Muscle);
  if (layers.triggerPoints)
    for (const PlacedTriggerPoint& point : sources.points) {
      const std::string name = point.displayName();  // "Soleus (right) — distal belly …"
      (void)add(name.substr(0, name.find(" \u2014 ")), point.position, true,
                SceneLabel::Kind::TriggerPoint);
    }
  if (layers.muscles) {
    // The largest on screen: the bounding diagonal over the distance from the eye.
    const glm::vec3 eye = sources.camera->eye();
    std::vector<std::pair<float, std::size_t>> shown;
    for (std::size_t p = 0; p < cache.candidates.size(); ++p)
      if (!cache.candidates[p].empty() && sources.shown[p] != 0 &&
          std::find(selected.begin(), selected.end(), static_cast<int>(p)) == selected.end()) {
        const float distance = glm::distance(cache.centres[p], eye);
        shown.emplace_back(cache.sizes[p] / std::max(distance, 1e-3f), p);
      }
    std::sort(shown.begin(), shown.end(), std::greater<>());
    std::size_t offered = 0;
    for (const auto& [size, p] : shown) {
      if (offered == kMostMuscles) break;
      if (const auto at = muscleAnchor(p))
        offered += add(names[p], *at, false, SceneLabel::Kind::Muscle) ? 1 : 0;
    }
  }
  if (layers.landmarks && sources.landmarks != nullptr) {
    // With trigger points chosen, the landmarks that find them and that their zones lie on.
    std::vector<std::string> wanted;
    for (const PlacedTriggerPoint& point : sources.points)
      for (std::string& name : pointLandmarks(point)) wanted.push_back(std::move(name));
    for (const auto& [name, at] : sources.landmarks->positions)
      if (wanted.empty() || std::find(wanted.begin(), wanted.end(), name) != wanted.end())
        (void)add(plainLandmarkName(name), at, false, SceneLabel::Kind::Landmark);
  }
  return labels;
}

LabelSources labelSources(const AppState& state) {
  LabelSources sources;
  sources.model = &state.body.model;
  sources.camera = &state.camera;
  sources.bvh = &state.bvh;
  const std::size_t parts = state.body.model.parts.size();
  sources.shown.assign(parts, 0);
  sources.occluding.assign(parts, 0);
  for (std::size_t p = 0; p < parts; ++p) {
    sources.shown[p] = state.partVisible()[p] != 0 && partShown(state, p) ? 1 : 0;
    sources.occluding[p] =
        sources.shown[p] != 0 && partAppearance(state, p).w >= kOccludingAlpha ? 1 : 0;
  }
  sources.partLabels = &state.partLabels;
  if (quizHidesNames(state)) return sources;  // the answer must not be on screen
  sources.selected = state.selectedParts();
  sources.layers = state.labels;
  const auto& placed = state.placedAtlas.placed();
  for (const int index : state.referral.selection)
    if (index >= 0 && static_cast<std::size_t>(index) < placed.size() && !quizHidesPoint(state))
      sources.points.push_back(placed[static_cast<std::size_t>(index)]);
  sources.landmarks = state.placedAtlas.landmarks();
  return sources;
}

}  // namespace myo
