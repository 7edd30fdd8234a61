// The diary's body regions as groups of landmarks.
#include "core/diary/body_regions.h"

#include <limits>

namespace myo {
namespace {

struct RegionGroup {
  std::string_view id, label;
  std::vector<std::string_view> landmarks;
};

const std::vector<RegionGroup>& regionGroups() {
  static const std::vector<RegionGroup> kGroups = {
      {"head",
       "Head",
       {"vertex", "forehead", "occiput", "chin", "temple", "eye", "ear", "mastoid", "cheek",
        "angle_of_jaw"}},
      {"neck", "Neck", {"anterior_neck", "c7", "angle_of_neck"}},
      {"shoulder",
       "Shoulder",
       {"acromion", "anterior_shoulder", "lateral_shoulder", "posterior_shoulder",
        "supraspinous_fossa", "axilla"}},
      {"upper_back",
       "Upper back",
       {"infraspinous_fossa", "medial_scapular_border", "inferior_angle_scapula", "upper_back",
        "mid_back"}},
      {"chest",
       "Chest and belly",
       {"sternal_notch", "sternum", "umbilicus", "anterior_chest", "lateral_chest",
        "upper_abdomen"}},
      {"arm",
       "Arm and elbow",
       {"anterior_arm", "posterior_arm", "lateral_epicondyle", "medial_epicondyle", "olecranon"}},
      {"hand",
       "Forearm and hand",
       {"anterior_forearm", "posterior_forearm", "palmar_wrist", "dorsal_wrist", "thumb_web",
        "index_finger", "little_finger", "palm"}},
      {"low_back", "Low back", {"low_back", "iliac_crest", "sacroiliac", "sacrum"}},
      {"hip", "Hip and buttock", {"buttock", "greater_trochanter", "groin"}},
      {"thigh",
       "Thigh and knee",
       {"anterior_thigh", "lateral_thigh", "medial_thigh", "posterior_thigh", "anterior_knee",
        "medial_knee", "lateral_knee", "popliteal_fossa"}},
      {"foot",
       "Leg and foot",
       {"calf", "shin", "anterior_ankle", "lateral_malleolus", "medial_malleolus", "heel",
        "plantar_arch", "ball_of_foot", "big_toe", "dorsum_of_foot"}},
  };
  return kGroups;
}

}  // namespace

const std::vector<DiaryRegion>& diaryRegions() {
  static const std::vector<DiaryRegion> kRegions = [] {
    std::vector<DiaryRegion> regions;
    for (const RegionGroup& group : regionGroups())
      for (const char* side : {"R", "L"})
        regions.push_back({std::string(group.id) + "." + side,
                           std::string(group.label) + (side[0] == 'R' ? " (right)" : " (left)")});
    return regions;
  }();
  return kRegions;
}

int landmarkDiaryRegion(std::string_view name, char side) {
  const auto& groups = regionGroups();
  for (std::size_t g = 0; g < groups.size(); ++g)
    for (const std::string_view landmark : groups[g].landmarks)
      if (landmark == name) return static_cast<int>(2 * g + (side == 'L' ? 1 : 0));
  return -1;
}

std::vector<std::int16_t> vertexRegions(const SurfaceMesh& mesh, const BodyLandmarks& landmarks) {
  // Each landmark once per side it exists on; midline ones count on the side of the vertex.
  struct Placed {
    glm::vec3 at;
    std::string_view name;
    char side;  // 0 for the midline
  };
  std::vector<Placed> placed;
  for (const auto& [label, at] : landmarks.positions) {
    const std::size_t dot = label.rfind('.');
    const bool sided = dot != std::string::npos && dot + 2 == label.size();
    placed.push_back({at, std::string_view(label).substr(0, sided ? dot : label.size()),
                      sided ? label.back() : '\0'});
  }
  std::vector<std::int16_t> regions(mesh.positions.size(), -1);
  for (std::size_t v = 0; v < mesh.positions.size(); ++v) {
    const glm::vec3& p = mesh.positions[v];
    float best = std::numeric_limits<float>::infinity();
    const Placed* nearest = nullptr;
    for (const Placed& landmark : placed) {
      const glm::vec3 d = landmark.at - p;
      const float d2 = glm::dot(d, d);
      if (d2 < best) {
        best = d2;
        nearest = &landmark;
      }
    }
    if (nearest == nullptr) continue;
    // +X is the subject's left (the body frame): the midline splits by it.
    const char side = nearest->side != '\0' ? nearest->side : (p.x > 0.0f ? 'L' : 'R');
    regions[v] = static_cast<std::int16_t>(landmarkDiaryRegion(nearest->name, side));
  }
  return regions;
}

std::vector<RegionArea> regionAreas(const std::vector<PainLevel>& levels, const SurfaceShape& shape,
                                    const std::vector<std::int16_t>& regions) {
  std::vector<double> area(diaryRegions().size(), 0.0), weighted(area.size(), 0.0);
  for (std::size_t v = 0; v < levels.size() && v < regions.size() && v < shape.areas.size(); ++v) {
    if (levels[v] == PainLevel::None || regions[v] < 0) continue;
    const auto r = static_cast<std::size_t>(regions[v]);
    area[r] += shape.areas[v];
    weighted[r] += shape.areas[v] * painWeight(levels[v]);
  }
  std::vector<RegionArea> out(area.size());
  for (std::size_t r = 0; r < area.size(); ++r)
    if (area[r] > 0.0)
      out[r] = {static_cast<float>(area[r] * 1e4), static_cast<float>(weighted[r] / area[r])};
  return out;
}

}  // namespace myo
