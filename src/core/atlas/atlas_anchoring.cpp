// Landmark transfer and trigger point anchoring.
#include "core/atlas/atlas_anchoring.h"

#include <limits>

#include "core/anatomy/body_alignment.h"
#include "core/anatomy/landmark_vocabulary.h"
#include "core/anatomy/muscle_names.h"
#include "core/geometry/mesh_measures.h"

namespace myo {
namespace {

// The vertex of `part` nearest to `p`; `p` itself for an empty part. O(vertices).
glm::vec3 nearestPartVertex(const Part& part, const glm::vec3& p) {
  return part.positions.empty() ? p : part.positions[nearestVertex(part.positions, p)];
}

// The parts that make the body's surface: the skin, or every part when there is none.
std::vector<const Part*> surfaceParts(const Model& model) {
  std::vector<const Part*> skin, all;
  for (const Part& part : model.parts) {
    all.push_back(&part);
    if (part.kind == PartKind::Skin) skin.push_back(&part);
  }
  return skin.empty() ? all : skin;
}

glm::vec3 nearestOnSurface(const std::vector<const Part*>& surface, const glm::vec3& p) {
  glm::vec3 best = p;
  float bestDistance = std::numeric_limits<float>::max();
  for (const Part* part : surface) {
    const glm::vec3 candidate = nearestPartVertex(*part, p);
    const float d = glm::distance(candidate, p);
    if (d < bestDistance) bestDistance = d, best = candidate;
  }
  return best;
}

// 'L', 'R' or 0 for a part: its name's side word, else the side of its centroid (+X is left).
char partSide(const Part& part, const PartName& name) {
  if (name.side == BodySideWord::Left) return 'L';
  if (name.side == BodySideWord::Right) return 'R';
  const Bounds bounds = partBounds(part);
  if (bounds.empty() || std::abs(bounds.center().x) < 0.01f * bounds.size().y) return 0;
  return bounds.center().x > 0.0f ? 'L' : 'R';
}

struct MusclePart {
  int part = -1;
  AnchorMethod method = AnchorMethod::Landmarks;
};

// The best part for `muscle` on `side`: an exact match (FMA id first) over a whole muscle; a part
// without a side counts for both sides.
MusclePart findMusclePart(const Model& model, const std::vector<PartName>& names,
                          const std::string& muscle, char side) {
  MusclePart best;
  int bestRank = 0;
  for (std::size_t i = 0; i < model.parts.size(); ++i) {
    const Part& part = model.parts[i];
    if (part.kind != PartKind::Muscle && part.kind != PartKind::Unknown) continue;
    const char own = partSide(part, names[i]);
    if (own != 0 && own != side) continue;
    const MuscleMatch match = matchMuscle(names[i], muscle);
    if (match == MuscleMatch::None) continue;
    const bool byId = match == MuscleMatch::Exact && !names[i].fma.empty();
    const int rank = byId ? 3 : match == MuscleMatch::Exact ? 2 : 1;
    if (rank > bestRank) {
      bestRank = rank;
      best = {static_cast<int>(i), byId        ? AnchorMethod::MuscleById
                                   : rank == 2 ? AnchorMethod::MuscleByName
                                               : AnchorMethod::WholeMuscle};
    }
  }
  return best;
}

}  // namespace

std::optional<glm::vec3> BodyLandmarks::at(const std::string& name, char side) const {
  const LandmarkName* entry = findLandmarkName(name);
  if (entry == nullptr) return std::nullopt;
  const auto found = positions.find(entry->bilateral ? name + "." + std::string(1, side) : name);
  if (found == positions.end()) return std::nullopt;
  return found->second;
}

ReferenceBody referenceOf(const Model& model) {
  return {bodyDatum(model), model.landmarks};
}

BodyLandmarks bodyLandmarks(const Model& model, const Model& reference) {
  return bodyLandmarks(model, referenceOf(reference));
}

BodyLandmarks bodyLandmarks(const Model& model, const ReferenceBody& reference) {
  BodyLandmarks marks;
  const BodyDatum here = bodyDatum(model), there = reference.datum;
  marks.scale = here.height / there.height;
  for (const Landmark& landmark : model.landmarks)
    marks.positions[landmark.name] = landmark.position;
  std::size_t expected = 0;
  for (const LandmarkName& name : landmarkVocabulary()) expected += name.bilateral ? 2 : 1;
  if (marks.positions.size() >= expected) {
    marks.fromModel = true;
    return marks;
  }
  marks.positions.clear();
  const std::vector<const Part*> surface = surfaceParts(model);
  for (const Landmark& landmark : reference.landmarks) {
    const glm::vec3 moved = here.denormalised(there.normalised(landmark.position, 1.0f), 1.0f);
    marks.positions[landmark.name] = nearestOnSurface(surface, moved);
  }
  return marks;
}

std::vector<PlacedTriggerPoint> anchorAtlas(const Atlas& atlas, const Model& model,
                                            const BodyLandmarks& landmarks) {
  std::vector<PartName> names;
  for (const Part& part : model.parts) names.push_back(parsePartName(part.name));
  const std::vector<const Part*> surface = surfaceParts(model);
  std::vector<PlacedTriggerPoint> placed;
  for (const TriggerPoint& tp : atlas.triggerPoints)
    for (const char side : {'L', 'R'}) {
      glm::vec3 blend(0.0f);
      for (const WeightedLandmark& entry : tp.location.between)
        blend += entry.weight * landmarks.at(entry.landmark, side).value_or(glm::vec3(0.0f));
      PlacedTriggerPoint p{&tp, side, blend, -1, AnchorMethod::Landmarks};
      const MusclePart muscle = findMusclePart(model, names, tp.muscle, side);
      if (muscle.part >= 0) {
        p.part = muscle.part;
        p.method = muscle.method;
        p.position = nearestPartVertex(model.parts[static_cast<std::size_t>(muscle.part)], blend);
      } else {
        p.position = nearestOnSurface(surface, blend);
      }
      placed.push_back(p);
    }
  return placed;
}

const char* anchorMethodName(AnchorMethod method) {
  switch (method) {
    case AnchorMethod::MuscleById:
      return "by FMA id";
    case AnchorMethod::MuscleByName:
      return "by name";
    case AnchorMethod::WholeMuscle:
      return "whole muscle";
    case AnchorMethod::Landmarks:
      break;
  }
  return "by landmarks";
}

std::pair<std::string, char> splitSideLabel(std::string label) {
  char side = 'R';
  if (label.size() > 2 && label[label.size() - 2] == '.' &&
      (label.back() == 'L' || label.back() == 'R')) {
    side = label.back();
    label.resize(label.size() - 2);
  }
  return {label, side};
}

int placedIndexOf(const std::vector<PlacedTriggerPoint>& placed, const std::string& label) {
  const auto [id, side] = splitSideLabel(label);
  for (std::size_t i = 0; i < placed.size(); ++i)
    if (placed[i].point->id == id && placed[i].side == side) return static_cast<int>(i);
  return -1;
}

}  // namespace myo
