// Box, rib-curve and hand/foot measurements of the reference skeleton for measure_reference.
#include <algorithm>
#include <cmath>

#include "bodygen/measure_tables.h"

namespace myo::measure {

namespace {

using ref::BodySide;
using ref::kPairedSides;

std::string sideWord(BodySide side, bool capital) {
  if (side == BodySide::Left) return capital ? "Left" : "left";
  return capital ? "Right" : "right";
}

ref::MeasuredBox boxEntry(std::string_view name, BodySide side, std::string_view source,
                          std::span<const glm::dvec3> points) {
  const Box box = boxOf(points);
  return {name, side, source, round4(meanOf(points)), round4(box.min), round4(box.max)};
}

// Curve entry: vertices ordered by their distance along the surface from one end of the
// bone's longest geodesic, binned into kCurvePoints; `start` picks which end comes first.
ref::MeasuredCurve curveEntry(std::string_view name, BodySide side, std::string_view source,
                              const Mesh& mesh, const glm::dvec3& start) {
  const std::vector<glm::dvec3>& points = mesh.positions;
  const std::vector<double> t = geodesicFromEnd(mesh);
  const double width = *std::max_element(t.begin(), t.end()) / ref::kCurvePoints;
  std::array<glm::dvec3, ref::kCurvePoints> sum{};
  std::array<int, ref::kCurvePoints> count{};
  std::vector<int> bin(points.size(), -1);
  for (std::size_t i = 0; i < points.size(); ++i) {
    if (t[i] < 0.0) continue;  // another piece
    bin[i] = std::clamp(int(t[i] / width), 0, ref::kCurvePoints - 1);
    sum[bin[i]] += points[i];
    ++count[bin[i]];
  }
  const glm::dvec3 mean = meanOf(points);
  std::array<glm::dvec3, ref::kCurvePoints> path{};
  for (int b = 0; b < ref::kCurvePoints; ++b)
    path[b] = count[b] > 0 ? sum[b] / double(count[b]) : (b > 0 ? path[b - 1] : mean);
  const bool flip = glm::distance(path.back(), start) < glm::distance(path.front(), start);
  if (flip) std::reverse(path.begin(), path.end());
  // Mean section semi-axes: extents across the local tangent, broad and thin directions.
  double wide = 0.0, thin = 0.0;
  for (int b = 0; b < ref::kCurvePoints; ++b) {
    const int pb = flip ? ref::kCurvePoints - 1 - b : b;  // bin index of path[b]
    const glm::dvec3 tangent =
        glm::normalize(path[std::min(b + 1, ref::kCurvePoints - 1)] - path[std::max(b - 1, 0)]);
    std::vector<glm::dvec3> section;
    for (std::size_t i = 0; i < points.size(); ++i)
      if (bin[i] == pb) {
        const glm::dvec3 d = points[i] - path[b];
        section.push_back(d - glm::dot(d, tangent) * tangent);
      }
    const Pca sp = principalAxes(section);
    double a = 0.0, c = 0.0;
    for (const glm::dvec3& d : section) {
      a = std::max(a, std::abs(glm::dot(d - sp.mean, sp.axes[0])));
      c = std::max(c, std::abs(glm::dot(d - sp.mean, sp.axes[1])));
    }
    wide += a / ref::kCurvePoints;
    thin += c / ref::kCurvePoints;
  }
  const Box box = boxOf(points);
  ref::MeasuredCurve curve{};
  curve.name = name;
  curve.side = side;
  curve.source = source;
  curve.centroid = round4(mean);
  curve.boundsMin = round4(box.min);
  curve.boundsMax = round4(box.max);
  for (int b = 0; b < ref::kCurvePoints; ++b) curve.path[b] = round4(path[b]);
  curve.halfWidth = round4(wide);
  curve.halfThickness = round4(thin);
  return curve;
}

}  // namespace

void measureBoxes(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  const auto add = [&](std::string_view name, BodySide side, const std::vector<std::string>& parts,
                       std::string_view source) {
    const std::vector<glm::dvec3> points = body.points(parts);
    if (points.empty()) {
      std::fprintf(log, "  no parts for %s\n", std::string(name).c_str());
      return;
    }
    out.boxes.push_back(boxEntry(name, side, source, points));
  };
  const struct {
    const char* region;
    char letter;
    int first, last;
  } kRegions[] = {{"cervical", 'c', 3, 7}, {"thoracic", 't', 1, 12}, {"lumbar", 'l', 1, 5}};
  for (const auto& r : kRegions) {
    for (int n = r.first; n <= r.last; ++n) {
      const std::string source = std::string(ordinalWord(n)) + " " + r.region + " vertebra";
      std::string bp3d = source;
      bp3d[0] = char(std::toupper(bp3d[0]));
      add(keep(std::string("vertebra_") + r.letter + std::to_string(n)), BodySide::Mid, {bp3d},
          keep(bp3d));
    }
  }
  add("disc_c2_c3", BodySide::Mid, {"Intervertebral disk of axis"}, "Intervertebral disk of axis");
  for (const auto& r : kRegions) {
    for (int n = r.first; n <= r.last; ++n) {
      const std::string bp3d =
          "Intervertebral disk of " + std::string(ordinalWord(n)) + " " + r.region;
      std::string below = std::string(1, r.letter) + std::to_string(n + 1);
      if (r.letter == 'c' && n == 7) below = "t1";
      if (r.letter == 't' && n == 12) below = "l1";
      if (r.letter == 'l' && n == 5) below = "s1";
      if (body.find(bp3d) == nullptr) continue;
      add(keep("disc_" + std::string(1, r.letter) + std::to_string(n) + "_" + below), BodySide::Mid,
          {bp3d}, keep(bp3d + " vertebra"));
    }
  }
  const std::vector<std::string> kPairedSkull{
      "parietal bone", "temporal bone", "maxilla",       "zygomatic bone",
      "nasal bone",    "lacrimal bone", "palatine bone", "inferior nasal concha"};
  std::vector<std::string> skull{"Frontal bone", "Occipital bone", "Sphenoid bone", "Ethmoid",
                                 "Vomer"};
  for (const std::string& bone : kPairedSkull)
    for (const BodySide side : kPairedSides) skull.push_back(sideWord(side, true) + " " + bone);
  add("skull", BodySide::Mid, skull, "cranial and facial bones without mandible and hyoid");
  add("frontal_bone", BodySide::Mid, {"Frontal bone"}, "Frontal bone");
  add("occipital_bone", BodySide::Mid, {"Occipital bone"}, "Occipital bone");
  add("sphenoid_bone", BodySide::Mid, {"Sphenoid bone"}, "Sphenoid bone");
  add("ethmoid", BodySide::Mid, {"Ethmoid"}, "Ethmoid (frame outlier, scaled into place)");
  add("vomer", BodySide::Mid, {"Vomer"}, "Vomer (frame outlier, scaled into place)");
  for (const char* bone : {"parietal bone", "temporal bone", "maxilla", "zygomatic bone"}) {
    std::string name = bone;
    std::replace(name.begin(), name.end(), ' ', '_');
    for (const BodySide side : kPairedSides) {
      const std::string source = sideWord(side, true) + " " + bone;
      add(keep(name), side, {source}, keep(source));
    }
  }
  add("mandible", BodySide::Mid, {"Mandible"}, "Mandible (frame outlier, scaled into place)");
  add("hyoid", BodySide::Mid, {"Hyoid bone"}, "Hyoid bone");

  // No sternum in the data: estimate its box from the sternal ends of costal cartilages 1–7
  // and the medial ends of the clavicles.
  std::vector<glm::dvec3> ends;
  for (const BodySide side : kPairedSides) {
    const glm::dvec3 medial(-sideSign(side), 0.0, 0.0);
    for (int n = 1; n <= 7; ++n)
      if (const BodyPart* c = body.find(sideWord(side, true) + " " + std::string(ordinalWord(n)) +
                                        " costal cartilage"))
        ends.push_back(extremePoint(c->mesh.positions, medial, 0.003));
    if (const BodyPart* c = body.find(sideWord(side, true) + " clavicle"))
      ends.push_back(extremePoint(c->mesh.positions, medial, 0.003));
  }
  Box sternum = boxOf(ends);
  const double half = std::max(std::abs(sternum.min.x), std::abs(sternum.max.x));
  sternum.min.x = -half;
  sternum.max.x = half;
  std::vector<glm::dvec3> corners{sternum.min, sternum.max};
  out.boxes.push_back(boxEntry("sternum", BodySide::Mid,
                               "estimated (no sternum in the data): box through the sternal ends "
                               "of costal cartilages 1-7 and clavicles",
                               corners));
  out.boxes.back().centroid = round4(sternum.centre());
}

void measureRibs(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  for (const BodySide side : kPairedSides) {
    for (int n = 1; n <= 12; ++n) {
      const std::string source = sideWord(side, true) + " " + std::string(ordinalWord(n)) + " rib";
      const BodyPart* rib = body.find(source);
      std::string vertebra = std::string(ordinalWord(n)) + " thoracic vertebra";
      vertebra[0] = char(std::toupper(vertebra[0]));
      const BodyPart* tv = body.find(vertebra);
      if (rib == nullptr || tv == nullptr) {
        std::fprintf(log, "  missing %s or %s\n", source.c_str(), vertebra.c_str());
        continue;
      }
      out.ribs.push_back(curveEntry(keep("rib_" + std::to_string(n)), side, keep(source), rib->mesh,
                                    meanOf(tv->mesh.positions)));
      if (n > 7) continue;
      const std::string cs =
          sideWord(side, true) + " " + std::string(ordinalWord(n)) + " costal cartilage";
      const BodyPart* cartilage = body.find(cs);
      if (cartilage == nullptr) {
        std::fprintf(log, "  missing %s\n", cs.c_str());
        continue;
      }
      const glm::vec3 ribEnd = out.ribs.back().path.back();
      out.ribs.push_back(curveEntry(keep("costal_cartilage_" + std::to_string(n)), side, keep(cs),
                                    cartilage->mesh, glm::dvec3(ribEnd)));
    }
  }
}

void measureExtremities(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  static const char* const kFingers[5] = {"thumb", "index finger", "middle finger", "ring finger",
                                          "little finger"};
  static const char* const kToes[5] = {"big toe", "second toe", "third toe", "fourth toe",
                                       "little toe"};
  static const char* const kRayNames[2][5] = {{"thumb", "index", "middle", "ring", "little"},
                                              {"hallux", "toe_2", "toe_3", "toe_4", "toe_5"}};
  for (int foot = 0; foot < 2; ++foot) {
    for (const BodySide side : kPairedSides) {
      const std::string S = sideWord(side, true), s = sideWord(side, false);
      std::vector<std::string> parts;
      if (foot == 0) {
        for (const char* c : {"scaphoid", "lunate", "triquetral", "pisiform", "trapezium",
                              "trapezoid", "capitate", "hamate"})
          parts.push_back(S + " " + c);
      } else {
        for (const char* c : {"calcaneus", "talus", "cuboid bone", "medial cuneiform bone",
                              "intermediate cuneiform bone", "lateral cuneiform bone"})
          parts.push_back(S + " " + c);
        parts.push_back("Navicular bone of " + s + " foot");
        parts.push_back("Sesamoid bone of " + s + " foot");
      }
      ref::MeasuredExtremity ex{};
      ex.name = foot == 0 ? "hand" : "foot";
      ex.side = side;
      for (int r = 0; r < 5; ++r) {
        const std::string digit = foot == 0 ? kFingers[r] : kToes[r];
        const std::string meta = S + " " + std::string(ordinalWord(r + 1)) +
                                 (foot == 0 ? " metacarpal bone" : " metatarsal bone");
        const std::string proximal = "Proximal phalanx of " + s + " " + digit;
        const std::string middle = "Middle phalanx of " + s + " " + digit;
        const std::string distal = "Distal phalanx of " + s + " " + digit;
        for (const std::string* p : {&meta, &proximal, &middle, &distal})
          if (body.find(*p) != nullptr) parts.push_back(*p);
        const BodyPart* m = body.find(meta);
        const BodyPart* pp = body.find(proximal);
        const BodyPart* dp = body.find(distal);
        if (m == nullptr || pp == nullptr || dp == nullptr) {
          std::fprintf(log, "  incomplete ray %s %s\n", S.c_str(), digit.c_str());
          continue;
        }
        const glm::dvec3 dir =
            glm::normalize(meanOf(dp->mesh.positions) - meanOf(m->mesh.positions));
        const glm::dvec3 knuckle = 0.5 * (extremePoint(m->mesh.positions, dir, 0.002) +
                                          extremePoint(pp->mesh.positions, -dir, 0.002));
        ex.rays[r] = {kRayNames[foot][r], round4(extremePoint(m->mesh.positions, -dir, 0.002)),
                      round4(knuckle), round4(extremePoint(dp->mesh.positions, dir, 0.001))};
      }
      const std::vector<glm::dvec3> points = body.points(parts);
      const Box box = boxOf(points);
      ex.centroid = round4(meanOf(points));
      ex.boundsMin = round4(box.min);
      ex.boundsMax = round4(box.max);
      out.extremities.push_back(ex);
    }
  }
}

}  // namespace myo::measure
