// Joint centres and bony landmarks of the reference skeleton for measure_reference: extreme
// points of bone regions along anatomical directions, sphere fits for the ball joints.
#include <cmath>

#include "bodygen/measure_tables.h"

namespace myo::measure {

namespace {

using ref::BodySide;
using ref::kPairedSides;

const glm::dvec3 kUpAxis(0.0, 1.0, 0.0);
const glm::dvec3 kFrontAxis(0.0, 0.0, 1.0);

std::string sided(BodySide side, const std::string& bone) {
  return (side == BodySide::Left ? "Left " : "Right ") + bone;
}

// Vertices of `part`, or empty (logged) when absent.
std::vector<glm::dvec3> pointsOf(const ReferenceBody& body, const std::string& part,
                                 std::FILE* log) {
  if (const BodyPart* p = body.find(part)) return p->mesh.positions;
  std::fprintf(log, "  missing %s\n", part.c_str());
  return {};
}

// The points lying within `fraction` of the extent from the extreme end along `dir`.
std::vector<glm::dvec3> endRegion(const std::vector<glm::dvec3>& points, const glm::dvec3& dir,
                                  double fraction) {
  double lo = 1e30, hi = -1e30;
  for (const glm::dvec3& p : points) {
    lo = std::min(lo, glm::dot(p, dir));
    hi = std::max(hi, glm::dot(p, dir));
  }
  std::vector<glm::dvec3> out;
  for (const glm::dvec3& p : points)
    if (glm::dot(p, dir) >= hi - fraction * (hi - lo)) out.push_back(p);
  return out;
}

template <class Keep>
std::vector<glm::dvec3> filtered(const std::vector<glm::dvec3>& points, Keep keepIt) {
  std::vector<glm::dvec3> out;
  for (const glm::dvec3& p : points)
    if (keepIt(p)) out.push_back(p);
  return out;
}

glm::dvec3 tip(const std::vector<glm::dvec3>& points, const glm::dvec3& dir) {
  return points.empty() ? glm::dvec3(0.0) : extremePoint(points, glm::normalize(dir), 0.002);
}

// Centre of the ball at the `dir` end of a long bone: sphere fit seeded from its tip.
glm::dvec4 ballCentre(const std::vector<glm::dvec3>& bone, const glm::dvec3& dir, double radius) {
  const std::vector<glm::dvec3> end = endRegion(bone, kUpAxis, 0.2);
  const glm::dvec3 d = glm::normalize(dir);
  return fitSphere(end, tip(end, d) - radius * d, 1.2 * radius, 8);
}

}  // namespace

void measureJoints(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  const auto add = [&](std::string_view name, BodySide side, const glm::dvec3& at,
                       std::string_view method) {
    out.joints.push_back({name, side, round4(at), glm::vec3(0.0f), method});
  };
  for (const BodySide side : kPairedSides) {
    const glm::dvec3 lateral(sideSign(side), 0.0, 0.0);
    const auto femur = pointsOf(body, sided(side, "femur"), log);
    const auto humerus = pointsOf(body, sided(side, "humerus"), log);
    const auto tibia = pointsOf(body, sided(side, "tibia"), log);
    const auto fibula = pointsOf(body, sided(side, "fibula"), log);
    const auto radius = pointsOf(body, sided(side, "radius"), log);
    const auto ulna = pointsOf(body, sided(side, "ulna"), log);
    const auto clavicle = pointsOf(body, sided(side, "clavicle"), log);

    const glm::dvec4 hip = ballCentre(femur, -lateral + 0.5 * kUpAxis, 0.026);
    add("hip", side, glm::dvec3(hip),
        keep("femoral head sphere fit, radius " + std::to_string(int(std::lround(hip.w * 1000))) +
             " mm"));
    const auto femurEnd = endRegion(femur, -kUpAxis, 0.1);
    add("knee", side, 0.5 * (tip(femurEnd, lateral) + tip(femurEnd, -lateral)),
        "midpoint of the femoral epicondyles");
    add("ankle", side,
        0.5 * (tip(endRegion(tibia, -kUpAxis, 0.1), -lateral) +
               tip(endRegion(fibula, -kUpAxis, 0.1), lateral)),
        "midpoint of the malleoli");
    const glm::dvec4 shoulder =
        ballCentre(humerus, -lateral + 0.8 * kUpAxis - 0.3 * kFrontAxis, 0.025);
    add("shoulder", side, glm::dvec3(shoulder),
        keep("humeral head sphere fit, radius " +
             std::to_string(int(std::lround(shoulder.w * 1000))) + " mm"));
    const auto humerusEnd = endRegion(humerus, -kUpAxis, 0.12);
    add("elbow", side, 0.5 * (tip(humerusEnd, lateral) + tip(humerusEnd, -lateral)),
        "midpoint of the humeral epicondyles");
    add("wrist", side, 0.5 * (tip(radius, -kUpAxis) + tip(ulna, -kUpAxis)),
        "midpoint of the radial and ulnar styloid tips");
    add("sternoclavicular", side, tip(clavicle, -lateral), "medial end of the clavicle");
    add("acromioclavicular", side, tip(clavicle, lateral), "lateral end of the clavicle");
  }
}

void measureLandmarks(const ReferenceBody& body, Measurements& out, std::FILE* log) {
  const auto add = [&](std::string_view name, BodySide side, const glm::dvec3& at,
                       const glm::dvec3& outward, std::string_view method) {
    out.landmarks.push_back({name, side, round4(at), round4(glm::normalize(outward)), method});
  };
  const auto joint = [&](std::string_view name, BodySide side) {
    for (const ref::MeasuredPoint& j : out.joints)
      if (j.name == name && j.side == side) return glm::dvec3(j.position);
    return glm::dvec3(0.0);
  };
  const glm::dvec3 back = -kFrontAxis, down = -kUpAxis;

  // Midline.
  const std::vector<glm::dvec3> skull =
      body.points({"Frontal bone", "Occipital bone", "Left parietal bone", "Right parietal bone"});
  add("vertex", BodySide::Mid, tip(skull, kUpAxis), kUpAxis, "skull: highest point");
  const auto nearMid = [](double half) {
    return [half](const glm::dvec3& p) { return std::abs(p.x) < half; };
  };
  const auto frontal = filtered(pointsOf(body, "Frontal bone", log), nearMid(0.01));
  const glm::dvec3 glabella = tip(frontal, kFrontAxis);
  add("forehead", BodySide::Mid,
      tip(filtered(frontal,
                   [&](const glm::dvec3& p) {
                     return p.y > glabella.y + 0.02 && p.y < glabella.y + 0.03;
                   }),
          kFrontAxis),
      kFrontAxis, "frontal bone: most anterior midline point 2-3 cm above the glabella");
  add("occiput", BodySide::Mid,
      tip(filtered(pointsOf(body, "Occipital bone", log), nearMid(0.01)), back), back,
      "occipital bone: most posterior midline point (external occipital protuberance)");
  const auto mandible = pointsOf(body, "Mandible", log);
  const double mandibleLow = boxOf(mandible).min.y;
  add("chin", BodySide::Mid,
      tip(filtered(mandible,
                   [&](const glm::dvec3& p) {
                     return std::abs(p.x) < 0.01 && p.y < mandibleLow + 0.02;
                   }),
          kFrontAxis),
      kFrontAxis, "mandible: most anterior point of the symphysis, lowest 2 cm");
  const auto cartilageEnd = [&](int n, BodySide side) {
    return tip(pointsOf(body, sided(side, std::string(ordinalWord(n)) + " costal cartilage"), log),
               glm::dvec3(-sideSign(side), 0.0, 0.0));
  };
  const auto midOf = [](const glm::dvec3& a, const glm::dvec3& b) {
    glm::dvec3 m = 0.5 * (a + b);
    m.x = 0.0;
    return m;
  };
  add("sternal_notch", BodySide::Mid,
      midOf(joint("sternoclavicular", BodySide::Left), joint("sternoclavicular", BodySide::Right)),
      glm::dvec3(0.0, 0.3, 1.0),
      "estimated (no sternum in the data): between the clavicles' "
      "medial ends");
  add("sternum", BodySide::Mid,
      midOf(cartilageEnd(4, BodySide::Left), cartilageEnd(4, BodySide::Right)), kFrontAxis,
      "estimated (no sternum in the data): between the 4th costal cartilages' sternal ends");
  add("xiphisternal_junction", BodySide::Mid,
      midOf(cartilageEnd(7, BodySide::Left), cartilageEnd(7, BodySide::Right)), kFrontAxis,
      "estimated (no sternum in the data): between the 7th costal cartilages' sternal ends");
  const auto spinous = [&](std::string_view name, const std::string& vertebra) {
    add(name, BodySide::Mid, tip(pointsOf(body, vertebra, log), back), back,
        keep(vertebra + ": tip of the spinous process (most posterior point)"));
  };
  spinous("c7", "Seventh cervical vertebra");
  spinous("t4_spinous", "Fourth thoracic vertebra");
  spinous("mid_back", "Seventh thoracic vertebra");
  spinous("l3_spinous", "Third lumbar vertebra");
  const auto sacrum = pointsOf(body, "Sacrum", log);
  const double sacrumMid = meanOf(sacrum).y;
  add("sacrum", BodySide::Mid,
      tip(filtered(sacrum,
                   [&](const glm::dvec3& p) {
                     return std::abs(p.x) < 0.015 && std::abs(p.y - sacrumMid) < 0.01;
                   }),
          back),
      back, "sacrum: most posterior midline point at mid-height");
  std::array<glm::dvec3, 2> symphysis{};
  for (std::size_t i = 0; i < 2; ++i) {
    const auto hip = pointsOf(body, sided(kPairedSides[i], "hip bone"), log);
    const double zMid = meanOf(hip).z;
    symphysis[i] = tip(filtered(hip, [&](const glm::dvec3& p) { return p.z > zMid; }),
                       glm::dvec3(-sideSign(kPairedSides[i]), 0.0, 0.0));
  }
  add("pubic_symphysis", BodySide::Mid, midOf(symphysis[0], symphysis[1]), kFrontAxis,
      "between the hip bones' most medial anterior points");

  for (const BodySide side : kPairedSides) {
    const glm::dvec3 lateral(sideSign(side), 0.0, 0.0);
    const auto temporal = pointsOf(body, sided(side, "temporal bone"), log);
    const Box tb = boxOf(temporal);
    const double tz = meanOf(temporal).z;
    add("mastoid", side,
        tip(filtered(temporal,
                     [&](const glm::dvec3& p) {
                       return p.z < tz &&
                              std::abs(p.x) >
                                  std::max(std::abs(tb.min.x), std::abs(tb.max.x)) - 0.025;
                     }),
            down),
        lateral + 0.5 * back, "temporal bone: lowest point of the lateral posterior part");
    const auto jaw =
        filtered(mandible, [&](const glm::dvec3& p) { return p.x * lateral.x > 0.02; });
    add("angle_of_jaw", side, tip(jaw, down + back), lateral + 0.5 * (down + back),
        "mandible: most posteroinferior point of the side (gonion)");
    const double jz = meanOf(mandible).z;
    const glm::dvec3 condyle =
        tip(filtered(jaw, [&](const glm::dvec3& p) { return p.z < jz; }), kUpAxis);
    add("ear", side,
        tip(filtered(jaw, [&](const glm::dvec3& p) { return glm::distance(p, condyle) < 0.012; }),
            lateral),
        lateral, "mandibular condyle: lateral pole (TMJ, just in front of the ear)");

    const auto scapula = pointsOf(body, sided(side, "scapula"), log);
    add("acromion", side, tip(scapula, lateral + 0.3 * kUpAxis), lateral + 0.5 * kUpAxis,
        "scapula: most lateral point, tilted 17 degrees up (tip of the acromion)");
    add("coracoid_process", side, tip(scapula, kFrontAxis), kFrontAxis,
        "scapula: most anterior point");
    const glm::dvec3 inferior = tip(scapula, down);
    const Box sb = boxOf(scapula);
    const double medialEdge = lateral.x > 0 ? sb.min.x : sb.max.x;
    const glm::dvec3 superior =
        tip(filtered(scapula,
                     [&](const glm::dvec3& p) {
                       return std::abs(p.x - medialEdge) < 0.4 * (sb.max.x - sb.min.x);
                     }),
            kUpAxis);
    add("superior_angle_scapula", side, superior, back + 0.5 * kUpAxis,
        "scapula: highest point of the medial 40 %");
    add("inferior_angle_scapula", side, inferior, back, "scapula: lowest point");
    const double midY = 0.5 * (superior.y + inferior.y);
    add("medial_scapular_border", side,
        tip(filtered(scapula, [&](const glm::dvec3& p) { return std::abs(p.y - midY) < 0.005; }),
            -lateral),
        back - 0.3 * lateral, "scapula: most medial point halfway between the angles");
    const Pca blade = principalAxes(scapula);
    const glm::dvec3 normal = blade.axes[2].z < 0.0 ? blade.axes[2] : -blade.axes[2];
    double crestHeight = 0.0;
    for (const glm::dvec3& p : scapula)
      crestHeight = std::max(crestHeight, glm::dot(p - blade.mean, normal));
    add("spine_of_scapula", side,
        tip(filtered(scapula,
                     [&](const glm::dvec3& p) {
                       return glm::dot(p - blade.mean, normal) > 0.5 * crestHeight;
                     }),
            -lateral),
        normal, "scapula: most medial point of the spine's crest (over half the crest height)");

    const auto humerus = pointsOf(body, sided(side, "humerus"), log);
    const auto humerusEnd = endRegion(humerus, down, 0.12);
    add("lateral_epicondyle", side, tip(humerusEnd, lateral), lateral,
        "humerus: most lateral point of the distal 12 %");
    add("medial_epicondyle", side, tip(humerusEnd, -lateral), -lateral,
        "humerus: most medial point of the distal 12 %");
    add("greater_tubercle", side, tip(endRegion(humerus, kUpAxis, 0.15), lateral), lateral,
        "humerus: most lateral point of the proximal 15 % (under lateral_shoulder)");
    const auto ulna = pointsOf(body, sided(side, "ulna"), log);
    add("olecranon", side, tip(endRegion(ulna, kUpAxis, 0.1), back), back,
        "ulna: most posterior point of the proximal 10 %");
    add("radial_styloid", side, tip(pointsOf(body, sided(side, "radius"), log), down), lateral,
        "radius: lowest point");
    add("ulnar_styloid", side, tip(ulna, down), -lateral, "ulna: lowest point");

    const auto hip = pointsOf(body, sided(side, "hip bone"), log);
    const glm::dvec3 hipCentre = joint("hip", side);
    add("iliac_crest", side, tip(hip, kUpAxis), kUpAxis + lateral, "hip bone: highest point");
    add("asis", side,
        tip(filtered(hip, [&](const glm::dvec3& p) { return p.y > hipCentre.y + 0.03; }),
            kFrontAxis),
        kFrontAxis, "hip bone: most anterior point 3 cm or more above the hip centre");
    const double hipMidX = meanOf(hip).x;
    add("sacroiliac", side,
        tip(filtered(hip,
                     [&](const glm::dvec3& p) {
                       return p.y > hipCentre.y && std::abs(p.x) < std::abs(hipMidX);
                     }),
            back),
        back, "hip bone: most posterior point of the upper medial part (PSIS)");
    add("ischial_tuberosity", side, tip(hip, down), down, "hip bone: lowest point");

    const auto femur = pointsOf(body, sided(side, "femur"), log);
    add("greater_trochanter", side, tip(endRegion(femur, kUpAxis, 0.2), lateral), lateral,
        "femur: most lateral point of the proximal 20 %");
    const auto femurEnd = endRegion(femur, down, 0.1);
    add("lateral_knee", side, tip(femurEnd, lateral), lateral,
        "femur: lateral epicondyle (most lateral point of the distal 10 %)");
    add("medial_knee", side, tip(femurEnd, -lateral), -lateral,
        "femur: medial epicondyle (most medial point of the distal 10 %)");
    add("anterior_knee", side, tip(pointsOf(body, sided(side, "patella"), log), kFrontAxis),
        kFrontAxis, "patella: most anterior point");
    const auto tibia = pointsOf(body, sided(side, "tibia"), log);
    add("tibial_tuberosity", side, tip(endRegion(tibia, kUpAxis, 0.25), kFrontAxis), kFrontAxis,
        "tibia: most anterior point of the proximal 25 %");
    const double tibiaMid = boxOf(tibia).centre().y;
    add("shin", side,
        tip(filtered(tibia, [&](const glm::dvec3& p) { return std::abs(p.y - tibiaMid) < 0.015; }),
            kFrontAxis),
        kFrontAxis, "tibia: anterior border at mid-length");
    const auto fibula = pointsOf(body, sided(side, "fibula"), log);
    add("fibular_head", side, tip(endRegion(fibula, kUpAxis, 0.1), lateral), lateral,
        "fibula: most lateral point of the proximal 10 %");
    add("lateral_malleolus", side, tip(endRegion(fibula, down, 0.1), lateral), lateral,
        "fibula: most lateral point of the distal 10 %");
    add("medial_malleolus", side, tip(endRegion(tibia, down, 0.1), -lateral), -lateral,
        "tibia: most medial point of the distal 10 %");
    add("heel", side, tip(pointsOf(body, sided(side, "calcaneus"), log), down + back), down + back,
        "calcaneus: most posteroinferior point");
    add("lateral_chest", side, tip(pointsOf(body, sided(side, "sixth rib"), log), lateral), lateral,
        "6th rib: most lateral point (midaxillary line)");
    for (const ref::MeasuredExtremity& ex : out.extremities) {
      if (ex.side != side) continue;
      for (const ref::MeasuredRay& ray : ex.rays) {
        const glm::dvec3 dir = glm::dvec3(ray.tip) - glm::dvec3(ray.knuckle);
        if (ray.name == "index") add("index_finger", side, glm::dvec3(ray.tip), dir, "index tip");
        if (ray.name == "little")
          add("little_finger", side, glm::dvec3(ray.tip), dir, "little finger tip");
      }
    }
    add("big_toe", side,
        tip(pointsOf(body,
                     "Distal phalanx of " + std::string(side == BodySide::Left ? "left" : "right") +
                         " big toe",
                     log),
            kUpAxis),
        kUpAxis, "distal phalanx of the big toe: highest point");
  }
}

}  // namespace myo::measure
