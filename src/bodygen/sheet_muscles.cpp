// Attachments follow standard descriptive anatomy; positions come from the measured ribs,
// vertebrae, pelvis, humerus and skull landmarks.
#include "bodygen/sheet_muscles.h"

#include <algorithm>
#include <cmath>
#include <numbers>
#include <tuple>

#include "bodygen/body_volumes.h"
#include "bodygen/measured_loft.h"
#include "bodygen/muscle_shapes.h"
#include "bodygen/skull.h"

namespace myo {
namespace {

using ref::BodySide;
using namespace right_side;
constexpr int kStations = 10;  // rings along a slip

}  // namespace

SheetSurface trunkSurface() {
  DistanceField field(0.3f);
  for (const BodyShape& volume : bodyVolumes())
    if (volume.name.starts_with("volume_thorax") || volume.name.starts_with("volume_abdomen"))
      field.add(LoftTube(volume.loft, volume.subdivisions), 0.03f);
  return SheetSurface(std::move(field));
}

glm::vec3 SheetSurface::gradient(const glm::vec3& p) const {
  constexpr float h = 0.001f;
  return glm::vec3(field_(p + glm::vec3(h, 0, 0)) - field_(p - glm::vec3(h, 0, 0)),
                   field_(p + glm::vec3(0, h, 0)) - field_(p - glm::vec3(0, h, 0)),
                   field_(p + glm::vec3(0, 0, h)) - field_(p - glm::vec3(0, 0, h))) /
         (2.0f * h);
}

glm::vec3 SheetSurface::normal(const glm::vec3& p) const {
  const glm::vec3 g = gradient(p);
  const float length = glm::length(g);
  return length > 1e-9f ? g / length : glm::vec3(0, 0, 1);
}

glm::vec3 SheetSurface::project(glm::vec3 p, float lift) const {
  for (int step = 0; step < 6; ++step) {
    const glm::vec3 g = gradient(p);
    const float g2 = glm::dot(g, g);
    if (g2 < 1e-12f) break;
    p -= field_(p) * g / g2;  // Newton step towards the zero set along the gradient
  }
  return p + lift * normal(p);
}

namespace {

// `line` with `between` evenly spaced points added in each gap. O(output).
std::vector<glm::vec3> densified(const std::vector<glm::vec3>& line, int between) {
  std::vector<glm::vec3> out;
  for (std::size_t i = 0; i + 1 < line.size(); ++i)
    for (int k = 0; k <= between; ++k)
      out.push_back(
          glm::mix(line[i], line[i + 1], static_cast<float>(k) / static_cast<float>(between + 1)));
  out.push_back(line.back());
  return out;
}

}  // namespace

std::vector<LoftSpec> sheetLofts(const SheetSurface& surface, const SheetSpec& given) {
  // Slips between each given pair (two unless the sheet asks for more), so the fan reads as one
  // sheet.
  const int between = std::max(0, given.layout.slipsBetween);
  const bool converging = given.insertions.size() == 1;
  SheetSpec spec = given;
  spec.origins = densified(given.origins, between);
  if (!converging) spec.insertions = densified(given.insertions, between);
  const std::size_t slips = spec.origins.size();
  // A slip's half-width: 80 % of the larger gap to its neighbours, so that neighbours overlap.
  auto halfWidth = [](const std::vector<glm::vec3>& line, std::size_t i) {
    const std::size_t n = line.size();
    const float before = i > 0 ? glm::distance(line[i], line[i - 1]) : 0.0f;
    const float after = i + 1 < n ? glm::distance(line[i], line[i + 1]) : 0.0f;
    return 0.8f * std::max(before, after);
  };
  std::vector<LoftSpec> lofts;
  for (std::size_t i = 0; i < slips; ++i) {
    const glm::vec3 origin = spec.origins[i];
    const glm::vec3 insertion = spec.insertions[converging ? 0 : i];
    const float widthOrigin = halfWidth(spec.origins, i);
    const float widthInsertion =
        converging ? spec.layout.insertionHalfWidth : halfWidth(spec.insertions, i);
    std::vector<glm::vec3> centres, normals;
    for (int k = 0; k <= kStations + 1; ++k) {
      const float t = static_cast<float>(k) / (kStations + 1);
      const glm::vec3 straight = glm::mix(origin, insertion, t);
      const float lift = glm::mix(spec.layout.liftOrigin, spec.layout.liftInsertion, t);
      const float onSurface =
          1.0f - glm::smoothstep(spec.layout.hug - 0.15f, spec.layout.hug + 0.05f, t);
      centres.push_back(glm::mix(straight, surface.project(straight, lift), onSurface));
      normals.push_back(surface.normal(centres.back()));
    }
    LoftSpec loft;  // no relief: the slips themselves show the fibres
    loft.start = centres.front();
    loft.end = centres.back();
    for (int k = 1; k <= kStations; ++k) {
      const float t = static_cast<float>(k) / (kStations + 1);
      const glm::vec3 tangent = glm::normalize(centres[k + 1] - centres[k - 1]);
      glm::vec3 across = glm::cross(normals[k], tangent);
      across = glm::length(across) > 1e-6f ? glm::normalize(across) : glm::vec3(1, 0, 0);
      const glm::vec3 thick = glm::normalize(glm::cross(tangent, across));
      const float swell = 0.5f + 0.5f * std::sin(std::numbers::pi_v<float> * t);
      loft.rings.push_back({centres[k], across, thick, glm::mix(widthOrigin, widthInsertion, t),
                            spec.layout.halfThickness * swell});
    }
    lofts.push_back(std::move(loft));
  }
  return lofts;
}

namespace {

// Latissimus dorsi: spinous processes T7-L5 through the thoracolumbar fascia, the sacrum and
// the posterior iliac crest -> the floor of the intertubercular groove.
SheetSpec latissimusDorsi() {
  const glm::vec3 t7 = referencePoint("mid_back", kMid);
  const glm::vec3 l3 = referencePoint("l3_spinous", kMid);
  const glm::vec3 sacrum = referencePoint("sacrum", kMid);
  const glm::vec3 crest = referencePoint("iliac_crest", kR);
  const glm::vec3 psis = referencePoint("sacroiliac", kR);
  SheetSpec sheet;
  for (float s : {0.0f, 0.25f, 0.5f, 0.75f, 1.0f})
    sheet.origins.push_back(glm::mix(t7, l3, s) + glm::vec3(-0.01f, 0.0f, 0.0f));
  sheet.origins.push_back(glm::mix(l3, sacrum, 0.5f) + glm::vec3(-0.015f, 0.0f, 0.0f));
  sheet.origins.push_back(glm::mix(psis, crest, 0.2f));
  sheet.origins.push_back(glm::mix(psis, crest, 0.6f));
  sheet.insertions = {boneSurfacePoint("humerus", kR, 0.16f, kAnterior + kMedial)};
  sheet.layout = {0.004f, 0.006f, 0.006f, 0.01f, 0.7f};
  return sheet;
}

// External oblique: outer surfaces of ribs 5-12 -> the linea alba aponeurosis (its fleshy
// fibres end at about the midclavicular line) and the anterior half of the iliac crest.
SheetSpec externalOblique() {
  const glm::vec3 xiphoid = referencePoint("xiphisternal_junction", kMid);
  const glm::vec3 asis = referencePoint("asis", kR);
  const glm::vec3 crest = referencePoint("iliac_crest", kR);
  SheetSpec sheet;
  const glm::vec3 aponeurosisTop(-0.085f, xiphoid.y - 0.04f, xiphoid.z);
  for (int rib = 5; rib <= 12; ++rib) {
    sheet.origins.push_back(ribPoint(rib, kR, rib <= 8 ? 6 : (rib <= 10 ? 5 : 4)));
    const float s = static_cast<float>(rib - 5) / 7.0f;  // 0 upper slip … 1 lowest
    sheet.insertions.push_back(s < 0.7f ? glm::mix(aponeurosisTop, asis, s / 0.7f)
                                        : glm::mix(asis, crest, 0.7f * (s - 0.7f) / 0.3f));
  }
  sheet.layout = {0.004f, 0.01f, 0.012f, -0.002f, 1.0f};
  return sheet;
}

// Rectus abdominis: pubic crest -> xiphoid process and costal cartilages 5-7.
SheetSpec rectusAbdominis() {
  const glm::vec3 pubis = referencePoint("pubic_symphysis", kMid);
  const glm::vec3 xiphoid = referencePoint("xiphisternal_junction", kMid);
  SheetSpec sheet;
  for (float x : {-0.005f, -0.017f, -0.029f})
    sheet.origins.push_back({x, pubis.y + 0.012f, pubis.z});
  for (const glm::vec3& offset : {glm::vec3(-0.012f, 0.0f, 0.0f), glm::vec3(-0.05f, 0.012f, 0.0f),
                                  glm::vec3(-0.086f, 0.025f, -0.012f)})
    sheet.insertions.push_back(xiphoid + offset);
  sheet.layout = {0.005f, 0.01f, -0.003f, -0.002f, 1.0f};
  return sheet;
}

// Temporalis: the temporal fossa below the superior temporal line -> the coronoid process,
// passing deep to the zygomatic arch.
SheetSpec temporalis() {
  const glm::vec3 ear = referencePoint("ear", kR);
  SheetSpec sheet;
  // The temporal line from the frontal bone over the parietal to behind the ear.
  for (const glm::vec3& offset :
       {glm::vec3(-0.005f, 0.062f, 0.053f), glm::vec3(-0.012f, 0.097f, 0.028f),
        glm::vec3(-0.016f, 0.112f, -0.007f), glm::vec3(-0.016f, 0.107f, -0.042f),
        glm::vec3(-0.012f, 0.082f, -0.067f), glm::vec3(-0.008f, 0.047f, -0.072f)})
    sheet.origins.push_back(ear + offset);
  sheet.insertions = {ear + glm::vec3(0.008f, -0.006f, 0.023f)};  // coronoid process
  // Many slips, so the edge along the temporal line reads as a smooth arc, lying close on the
  // skull.
  sheet.layout = {0.003f, 0.005f, 0.001f, 0.005f, 0.75f, 8};
  return sheet;
}

}  // namespace

std::vector<BodyShape> sheetMuscles() {
  const SheetSurface trunk = trunkSurface();
  const SheetSurface skull(skullField());
  const std::tuple<const char*, const SheetSurface*, SheetSpec> sheets[] = {
      {"latissimus_dorsi", &trunk, latissimusDorsi()},
      {"external_oblique", &trunk, externalOblique()},
      {"rectus_abdominis", &trunk, rectusAbdominis()},
      {"temporalis", &skull, temporalis()}};
  std::vector<BodyShape> shapes;
  for (const auto& [name, surface, sheet] : sheets)
    for (const LoftSpec& slip : sheetLofts(*surface, sheet)) {
      shapes.push_back({name, kR, PartKind::Muscle, slip, 8, 1});
      shapes.push_back({name, BodySide::Left, PartKind::Muscle, mirroredLoft(slip), 8, 1});
    }
  return shapes;
}

}  // namespace myo
