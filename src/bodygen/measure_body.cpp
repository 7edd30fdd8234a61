// Loads the real BodyParts3D body for the measure_reference tool, puts it into our body frame
// and registers the four frame-outlier bones (sacrum, mandible, vomer, ethmoid) onto it.
#include "bodygen/measure_body.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <stdexcept>

#include "core/io/model_loader.h"

namespace myo::measure {

namespace {

// "FJ66_BP62532_FMA16202_Sacrum" → {"FMA16202", "Sacrum"}.
std::pair<std::string, std::string> splitNodeName(const std::string& node) {
  const std::size_t at = node.find("_FMA");
  if (at == std::string::npos) return {"", node};
  const std::size_t end = node.find('_', at + 1);
  if (end == std::string::npos) return {node.substr(at + 1), node};
  return {node.substr(at + 1, end - at - 1), node.substr(end + 1)};
}

Model loadOrThrow(const std::filesystem::path& file, const LoadOptions& options) {
  Result<LoadedBody> loaded = loadBody({file}, options);
  if (!loaded) throw std::runtime_error(loaded.error().message());
  return std::move(loaded.value().model);
}

Mesh toMesh(const Part& part) {
  Mesh mesh;
  mesh.positions.reserve(part.positions.size());
  for (const glm::vec3& p : part.positions) mesh.positions.emplace_back(p);
  mesh.indices = part.indices;
  return mesh;
}

// "Right first rib" ↔ "Left first rib", "Descending part of right …" ↔ "… of left …".
std::string mirrorName(const std::string& name) {
  static const std::array<std::pair<std::string_view, std::string_view>, 4> kSwaps{
      {{"Right ", "Left "}, {"Left ", "Right "}, {" right ", " left "}, {" left ", " right "}}};
  for (const auto& [from, to] : kSwaps) {
    const std::size_t at = name.find(from);
    if (at != std::string::npos)
      return name.substr(0, at) + std::string(to) + name.substr(at + from.size());
  }
  return "";
}

// Lowest y of `points` within `reach` (horizontally) of `at`, above at.y − 1 cm; NaN if none.
double lowestAbove(const std::vector<glm::dvec3>& points, const glm::dvec3& at, double reach) {
  double lowest = std::nan("");
  for (const glm::dvec3& p : points) {
    if (std::abs(p.x - at.x) > reach || std::abs(p.z - at.z) > reach || p.y < at.y - 0.01) continue;
    if (std::isnan(lowest) || p.y < lowest) lowest = p.y;
  }
  return lowest;
}

}  // namespace

const BodyPart* ReferenceBody::find(std::string_view name) const {
  for (const BodyPart& p : parts)
    if (p.name == name) return &p;
  for (const BodyPart& p : parts)
    if (p.name.starts_with(name)) return &p;
  return nullptr;
}

const BodyPart* ReferenceBody::findFma(std::string_view fma) const {
  for (const BodyPart& p : parts)
    if (p.fma == fma) return &p;
  return nullptr;
}

std::vector<glm::dvec3> ReferenceBody::points(const std::vector<std::string>& names) const {
  std::vector<glm::dvec3> out;
  for (const std::string& name : names) {
    if (const BodyPart* part = find(name))
      out.insert(out.end(), part->mesh.positions.begin(), part->mesh.positions.end());
  }
  return out;
}

ReferenceBody loadReferenceBody(const std::filesystem::path& dataDir) {
  ReferenceBody body;
  const Model model = loadOrThrow(dataDir / "bp3d_body.glb", LoadOptions{});
  Box all;
  for (const Part& part : model.parts) {
    auto [fma, name] = splitNodeName(part.name);
    body.parts.push_back({name, fma, toMesh(part)});
    for (const glm::dvec3& p : body.parts.back().mesh.positions) all.add(p);
  }
  std::sort(body.parts.begin(), body.parts.end(),
            [](const BodyPart& a, const BodyPart& b) { return a.name < b.name; });

  // Midline: mean of the left/right pair centroids' mid x; checked against the vertebrae.
  double midSum = 0.0, vertebraSum = 0.0;
  int pairs = 0, vertebrae = 0;
  for (const BodyPart& part : body.parts) {
    const glm::dvec3 c = meanOf(part.mesh.positions);
    if (part.name.ends_with("vertebra")) {
      vertebraSum += c.x;
      ++vertebrae;
    }
    if (!part.name.starts_with("Left ") && part.name.find(" left ") == std::string::npos) continue;
    const std::string other = mirrorName(part.name);
    for (const BodyPart& q : body.parts) {
      if (q.name != other) continue;
      midSum += 0.5 * (c.x + meanOf(q.mesh.positions).x);
      ++pairs;
    }
  }
  body.midlineFromVertebrae = vertebrae > 0 ? vertebraSum / vertebrae : 0.0;
  body.origin = glm::dvec3(pairs > 0 ? midSum / pairs : 0.0, all.min.y, 0.0);
  body.sourceHeight = all.max.y - all.min.y;
  body.scale = double(ref::kReferenceHeight) / body.sourceHeight;
  for (BodyPart& part : body.parts) {
    for (glm::dvec3& p : part.mesh.positions) p = body.scale * (p - body.origin);
    const std::size_t dropped = dropStrayPieces(part.mesh, 0.1, 0.01);
    if (dropped > 0)
      body.notes.push_back(part.name + ": dropped " + std::to_string(dropped) +
                           " vertices of stray pieces over 1 cm away from the rest");
  }

  // Outliers: raw file units, Y-up facing +Z once the node transform and +Z-up rotation apply.
  std::vector<BodyPart> outliers;
  for (const auto& entry : std::filesystem::directory_iterator(dataDir / "skeleton_frame_outliers"))
    if (entry.path().extension() == ".glb") {
      const Model raw = loadOrThrow(entry.path(), LoadOptions{UpAxis::PosZ, Units::Metres});
      for (const Part& part : raw.parts) {
        auto [fma, name] = splitNodeName(part.name);
        outliers.push_back({name, fma, toMesh(part)});
      }
    }
  std::sort(outliers.begin(), outliers.end(),
            [](const BodyPart& a, const BodyPart& b) { return a.name < b.name; });
  // The four files hold the BodyParts3D frame scaled down about its origin: one raw unit is
  // kOutlierUnit metres of the real body. Read off two contacts, both checked below: the
  // sacrum's S1 endplate against the L5/S1 disc, the mandibular condyles under the temporal
  // bones (distance-minimising registration slid these bones into wrong cavities).
  constexpr double kOutlierUnit = 0.02729;
  for (BodyPart& o : outliers) {
    for (glm::dvec3& p : o.mesh.positions)
      p = body.scale * (kOutlierUnit * p - glm::dvec3(body.origin.x, body.origin.y, 0.0));
    body.parts.push_back(std::move(o));
  }
  body.outlierUnit = kOutlierUnit;
  const BodyPart* sacrum = body.find("Sacrum");
  const BodyPart* disc = body.find("Intervertebral disk of fifth lumbar");
  if (sacrum != nullptr && disc != nullptr) {
    // Midline, anterior: S1 endplate top vs the disc's bottom at the same place.
    std::vector<glm::dvec3> s1, d;
    for (const glm::dvec3& p : sacrum->mesh.positions)
      if (std::abs(p.x) < 0.015 && p.z > 0.075 && p.z < 0.085) s1.push_back(p);
    for (const glm::dvec3& p : disc->mesh.positions)
      if (std::abs(p.x) < 0.015 && p.z > 0.075 && p.z < 0.085) d.push_back(p);
    if (!s1.empty() && !d.empty())
      body.outlierChecks.push_back(
          {"sacrum S1 endplate top → L5/S1 disc bottom", boxOf(d).min.y - boxOf(s1).max.y});
  }
  const BodyPart* mandible = body.find("Mandible");
  for (const char* side : {"Right temporal bone", "Left temporal bone"}) {
    const BodyPart* temporal = body.find(side);
    if (mandible == nullptr || temporal == nullptr) continue;
    const double sign = side[0] == 'R' ? -1.0 : 1.0;
    std::vector<glm::dvec3> half;
    const double zMid = meanOf(mandible->mesh.positions).z;
    for (const glm::dvec3& p : mandible->mesh.positions)
      if (p.x * sign > 0.0 && p.z < zMid) half.push_back(p);
    const glm::dvec3 condyle = extremePoint(half, glm::dvec3(0, 1, 0), 0.0);
    body.outlierChecks.push_back(
        {std::string("condyle top → ") + side + " above it",
         lowestAbove(temporal->mesh.positions, condyle, 0.003) - condyle.y});
  }
  return body;
}

}  // namespace myo::measure
