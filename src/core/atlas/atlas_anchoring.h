// Placing the atlas on a loaded body: landmarks from the body (or moved over from the reference
// body by alignment), then each trigger point on each side anchored to its muscle part when the
// body has one (by FMA id or name), else placed by its landmarks. No GL, no UI.
//
//   BodyLandmarks marks = bodyLandmarks(model, bundledBody);
//   std::vector<PlacedTriggerPoint> placed = anchorAtlas(atlas, model, marks);
#pragma once

#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include <glm/glm.hpp>

#include "core/anatomy/body_alignment.h"
#include "core/anatomy/part_names.h"
#include "core/atlas/atlas.h"
#include "core/geometry/model.h"

namespace myo {

// Every vocabulary landmark ("acromion.L", "vertex") on the body's surface, model frame.
struct BodyLandmarks {
  std::map<std::string, glm::vec3> positions;
  bool fromModel = false;  // true: the model named them; false: moved from the reference body
  float scale = 1.0f;      // body height / reference height (sizes in the atlas scale by it)
  // The landmark `name` (no suffix) on `side` ('L', 'R'; midline names ignore it). O(log n).
  [[nodiscard]] std::optional<glm::vec3> at(const std::string& name, char side) const;
};

// What another body's landmarks are moved from: a reference body's datum and its own landmarks
// (a few kilobytes, where the body itself is megabytes).
struct ReferenceBody {
  BodyDatum datum;
  std::vector<Landmark> landmarks;
};

// `model` as a reference. O(vertices).
[[nodiscard]] ReferenceBody referenceOf(const Model& model);

// The model's own landmarks when it has all of the vocabulary; otherwise the reference's moved
// by aligning both bodies (bodyDatum) and snapped to the nearest vertex of the model's surface
// (its skin, or every part when it has none). O(landmarks · vertices).
[[nodiscard]] BodyLandmarks bodyLandmarks(const Model& model, const ReferenceBody& reference);
// The same with a whole body as the reference. O(landmarks · vertices).
[[nodiscard]] BodyLandmarks bodyLandmarks(const Model& model, const Model& reference);

enum class AnchorMethod {
  MuscleById,    // a part with the muscle's FMA id
  MuscleByName,  // a part named as the muscle (or division)
  WholeMuscle,   // a part that is the whole muscle of which the entry is a division
  Landmarks,     // no part for the muscle: placed from the location's landmarks
};

// One trigger point on one side of the body.
struct PlacedTriggerPoint {
  const TriggerPoint* point = nullptr;
  char side = 'R';           // 'L' or 'R'
  glm::vec3 position{0.0f};  // on the muscle part's surface, or the body's surface
  int part = -1;             // index into Model::parts, -1 for a landmark placement
  AnchorMethod method = AnchorMethod::Landmarks;
  [[nodiscard]] std::string label() const { return point->id + "." + side; }
  // For people, the side by the muscle so short lists still show it:
  // "Soleus (right) — distal belly above the Achilles tendon". O(length).
  [[nodiscard]] std::string displayName() const {
    const std::string sideWord = sideSuffix(side);
    const std::size_t dash = point->name.find(" \u2014 ");
    if (dash == std::string::npos) return point->name + sideWord;
    return point->name.substr(0, dash) + sideWord + point->name.substr(dash);
  }
};

// The inverse of PlacedTriggerPoint::label: "id.L" / "id.R" / "id" (right) -> (id, side). O(n).
[[nodiscard]] std::pair<std::string, char> splitSideLabel(std::string label);

// The index in `placed` of the point labelled "id.L" / "id.R" / "id" (right); -1 when none.
// O(points).
[[nodiscard]] int placedIndexOf(const std::vector<PlacedTriggerPoint>& placed,
                                const std::string& label);

// Both sides of every trigger point. O(points · vertices of the matched part).
[[nodiscard]] std::vector<PlacedTriggerPoint> anchorAtlas(const Atlas& atlas, const Model& model,
                                                          const BodyLandmarks& landmarks);

// "by FMA id", "by name", "whole muscle", "by landmarks". O(1).
[[nodiscard]] const char* anchorMethodName(AnchorMethod method);

}  // namespace myo
