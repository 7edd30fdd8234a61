// Loft measurement of muscles and long bones for the measure_reference tool, with the check
// that rebuilds each loft from its rounded table entry and compares it with the real mesh.
#include <cmath>
#include <deque>

#include "bodygen/measure_tables.h"

namespace myo::measure {

std::string_view keep(std::string text) {
  static std::deque<std::string> pool;
  pool.push_back(std::move(text));
  return pool.back();
}

double sideSign(ref::BodySide side) {
  switch (side) {
    case ref::BodySide::Left:
      return 1.0;
    case ref::BodySide::Right:
      return -1.0;
    case ref::BodySide::Mid:
      break;
  }
  return 0.0;
}

glm::dvec3 originDirection(OriginEnd end, ref::BodySide side) {
  switch (end) {
    case OriginEnd::Superior:
      return {0.0, 1.0, 0.0};
    case OriginEnd::Inferior:
      return {0.0, -1.0, 0.0};
    case OriginEnd::Medial:
      return {-sideSign(side), 0.0, 0.0};
    case OriginEnd::Anterior:
      return {0.0, 0.0, 1.0};
  }
  return {0.0, 1.0, 0.0};
}

float round4(double value) {
  const double r = std::round(value * 1e4) / 1e4;
  return r == 0.0 ? 0.0f : static_cast<float>(r);  // no "-0.0000"
}

glm::vec3 round4(const glm::dvec3& value) {
  return {round4(value.x), round4(value.y), round4(value.z)};
}

namespace {

ref::MeasuredShape roundedShape(std::string_view name, ref::BodySide side, std::string_view source,
                                const Mesh& mesh, const LoftFit& fit) {
  const Box box = boxOf(mesh.positions);
  ref::MeasuredShape shape{};
  shape.name = name;
  shape.side = side;
  shape.source = source;
  shape.centroid = round4(areaCentroid(mesh));
  shape.vertexMean = round4(meanOf(mesh.positions));
  shape.boundsMin = round4(box.min);
  shape.boundsMax = round4(box.max);
  shape.axis = round4(fit.axis);
  shape.axisA = round4(fit.axisA);
  shape.axisB = round4(fit.axisB);
  shape.origin = round4(fit.origin);
  shape.insertion = round4(fit.insertion);
  for (std::size_t s = 0; s < shape.stations.size(); ++s)
    shape.stations[s] = {round4(fit.centres[s]), round4(fit.radii[s].x), round4(fit.radii[s].y)};
  return shape;
}

}  // namespace

ref::MeasuredShape measureShape(std::string_view name, ref::BodySide side, std::string_view source,
                                const Mesh& mesh, const glm::dvec3& originDir) {
  // Elliptical sections misjudge the box when the section is oblique to x, y, z: try turns of
  // the section axes in 5° steps and keep the one whose rebuild best matches the real part,
  // each error relative to the fidelity limits (4 cm centroid, 30 % extents).
  ref::MeasuredShape best{};
  double bestScore = 1e30;
  for (int step = 0; step < 36; ++step) {
    const double twist = step * M_PI / 36.0;
    const ref::MeasuredShape shape =
        roundedShape(name, side, source, mesh, fitLoft(mesh.positions, originDir, twist));
    const LoftCheck check = checkShape(shape, mesh);
    const double score = std::max(check.centroidError / 0.04, check.extentError / 0.30);
    if (score < bestScore - 1e-12) {
      bestScore = score;
      best = shape;
    }
  }
  return best;
}

LoftCheck checkShape(const ref::MeasuredShape& shape, const Mesh& mesh) {
  const Mesh loft = rebuildLoft(shape, 64);
  const glm::dvec3 realCentroid = areaCentroid(mesh);
  LoftCheck check;
  check.centroidError = glm::distance(areaCentroid(loft), realCentroid);
  check.vertexMeanError = glm::distance(areaCentroid(loft), meanOf(mesh.positions));
  const glm::dvec3 realSize = boxOf(mesh.positions).size();
  const glm::dvec3 loftSize = boxOf(loft.positions).size();
  for (int k = 0; k < 3; ++k)
    check.extentError = std::max(check.extentError, std::abs(loftSize[k] / realSize[k] - 1.0));
  return check;
}

namespace {

void logCheck(std::FILE* log, const ref::MeasuredShape& shape, const LoftCheck& check) {
  std::fprintf(
      log, "  %-30s %s  centroid %5.1f mm  extents %5.1f %%  (vs vertex mean %4.1f mm)\n",
      std::string(shape.name).c_str(),
      shape.side == ref::BodySide::Left ? "L" : (shape.side == ref::BodySide::Right ? "R" : "M"),
      check.centroidError * 1000.0, check.extentError * 100.0, check.vertexMeanError * 1000.0);
}

std::string_view sideWord(ref::BodySide side) {
  return side == ref::BodySide::Left ? "Left" : "Right";
}

}  // namespace

void measureMuscles(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  std::fprintf(log, "muscle lofts rebuilt from the rounded table:\n");
  LoftCheck worst;
  for (const MuscleSource& m : muscleSources()) {
    const BodyPart* part = body.findFma(m.fma);
    if (part == nullptr) {
      std::fprintf(log, "  missing muscle %s\n", std::string(m.source).c_str());
      continue;
    }
    out.muscles.push_back(
        measureShape(m.name, m.side, m.source, part->mesh, originDirection(m.originEnd, m.side)));
    const LoftCheck check = checkShape(out.muscles.back(), part->mesh);
    logCheck(log, out.muscles.back(), check);
    worst.centroidError = std::max(worst.centroidError, check.centroidError);
    worst.extentError = std::max(worst.extentError, check.extentError);
    worst.vertexMeanError = std::max(worst.vertexMeanError, check.vertexMeanError);
  }
  std::fprintf(log, "  worst: centroid %.1f mm, extents %.1f %%, vs vertex mean %.1f mm\n",
               worst.centroidError * 1000.0, worst.extentError * 100.0,
               worst.vertexMeanError * 1000.0);
}

void measureLoftedBones(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  std::fprintf(log, "bone lofts rebuilt from the rounded table:\n");
  for (const BoneSource& b : loftedBoneSources()) {
    for (const ref::BodySide side : {ref::BodySide::Right, ref::BodySide::Left}) {
      if (!b.paired && side == ref::BodySide::Left) continue;
      const ref::BodySide s = b.paired ? side : ref::BodySide::Mid;
      const std::string source = b.paired
                                     ? std::string(sideWord(side)) + " " + std::string(b.bp3dName)
                                     : std::string(b.bp3dName);
      const BodyPart* part = body.find(source);
      if (part == nullptr) {
        std::fprintf(log, "  missing bone %s\n", source.c_str());
        continue;
      }
      out.bones.push_back(measureShape(b.name, s, keep(part->name), part->mesh,
                                       originDirection(b.originEnd, side)));
      logCheck(log, out.bones.back(), checkShape(out.bones.back(), part->mesh));
    }
  }
}

}  // namespace myo::measure
