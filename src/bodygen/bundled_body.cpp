// Assembly of the bundled body: structures -> parts, skin, materials by kind, landmarks.
#include "bodygen/bundled_body.h"

#include "bodygen/authored_arm.h"
#include "bodygen/authored_bones.h"
#include "bodygen/authored_leg.h"
#include "bodygen/authored_trunk.h"
#include "bodygen/body_volumes.h"
#include "bodygen/long_bone_ends.h"
#include "bodygen/muscle_shapes.h"
#include "bodygen/pelvis.h"
#include "bodygen/reference_parts.h"
#include "bodygen/sheet_muscles.h"
#include "bodygen/skin.h"
#include "bodygen/skin_landmarks.h"
#include "bodygen/skull.h"
#include "core/anatomy/part_colors.h"

namespace myo {
namespace {

// One material per kind, in the default colours; the skin is meant to be seen through.
void assignMaterials(Model& model) {
  constexpr PartKind kKinds[] = {PartKind::Muscle, PartKind::Tendon, PartKind::Bone,
                                 PartKind::Skin};
  constexpr const char* kNames[] = {"muscle", "tendon", "bone", "skin"};
  for (std::size_t i = 0; i < std::size(kKinds); ++i) {
    const glm::vec4 srgb = defaultPartColorSrgb(kKinds[i]);
    const float alpha = kKinds[i] == PartKind::Skin ? 0.3f : 1.0f;
    model.materials.push_back(
        {kNames[i], glm::vec4(srgbToLinear(glm::vec3(srgb)), alpha), -1, true});
  }
  for (Part& part : model.parts)
    for (std::size_t i = 0; i < std::size(kKinds); ++i)
      if (part.kind == kKinds[i]) part.material = static_cast<int>(i);
}

// Scales the body (parts and landmarks) so that the skin's soles are at y = 0 and its vertex at
// `height` (the skeleton alone was measured to that height). O(vertices).
void standToHeight(Model& model, float height) {
  const Bounds bounds = modelBounds(model);
  const float scale = height / bounds.size().y;
  auto stand = [&bounds, scale](glm::vec3& p) { p = scale * (p - glm::vec3(0, bounds.min.y, 0)); };
  for (Part& part : model.parts)
    for (glm::vec3& p : part.positions) stand(p);
  for (Landmark& landmark : model.landmarks) stand(landmark.position);
}

}  // namespace

Model buildBundledBody() {
  std::vector<BodyShape> shapes = referenceShapes();
  for (BodyShape& bone : authoredBones()) shapes.push_back(std::move(bone));
  for (BodyShape& muscle : authoredLegMuscles()) shapes.push_back(std::move(muscle));
  for (BodyShape& muscle : authoredArmMuscles()) shapes.push_back(std::move(muscle));
  for (BodyShape& muscle : authoredTrunkMuscles()) shapes.push_back(std::move(muscle));
  for (BodyShape& muscle : sheetMuscles()) shapes.push_back(std::move(muscle));
  Model model = meshShapes(shapes);
  for (Part& bone : skullParts()) model.parts.push_back(std::move(bone));
  // The pelvis and the shaped long bones replace the measured lofts of the same names (which
  // still shape the skin).
  std::vector<Part> shaped = pelvisParts();
  for (Part& bone : longBoneParts()) shaped.push_back(std::move(bone));
  for (Part& bone : shaped)
    for (Part& part : model.parts)
      if (part.name == bone.name) part = std::move(bone);
  model.source = "myoscope_bodygen";
  // Volumes for the thorax, abdomen, neck and head shape the skin only; they are not parts.
  for (BodyShape& volume : bodyVolumes()) shapes.push_back(std::move(volume));
  SkinOptions skin;
  skin.cleftTop = referencePoint("ischial_tuberosity", ref::BodySide::Right).y - 0.02f;
  model.parts.push_back(buildSkin(shapes, skin));
  model.landmarks = placeLandmarks(model.parts.back());
  standToHeight(model, ref::kReferenceHeight);
  assignMaterials(model);
  return model;
}

}  // namespace myo
