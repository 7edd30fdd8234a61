// check and where: load the body, its reference (the bundled body), the atlas; anchor; report.
#include "app/atlas_commands.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <iostream>
#include <limits>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/atlas_placement.h"
#include "app/body_source.h"
#include "core/anatomy/muscle_catalog.h"
#include "core/anatomy/part_kind.h"
#include "core/atlas/pain_finder.h"
#include "core/atlas/pain_muscles.h"
#include "core/text/byte_size.h"

namespace myo {
namespace {

using nlohmann::json;

struct BodyWithAtlas {
  LoadedBody body;
  BodyLandmarks landmarks;
  std::vector<PlacedTriggerPoint> placed;
};

// Loads the body (the bundled one without inputs) and places the bundled atlas on it.
std::optional<BodyWithAtlas> openBodyWithAtlas(const CliOptions& options) {
  Result<LoadedBody> body = loadBodyOrDefault(options.inputs, {options.up, options.units});
  if (!body) {
    std::cerr << "myoscope: " << body.error().message() << "\n";
    return std::nullopt;
  }
  Result<AtlasPlacement> placement = placeBundledAtlas(body->model);
  if (!placement) {
    std::cerr << "myoscope: " << placement.error().message() << "\n";
    return std::nullopt;
  }
  return BodyWithAtlas{std::move(body.value()), std::move(placement->landmarks),
                       std::move(placement->placed)};
}

json vector3(const glm::vec3& v) {
  return json::array({v.x, v.y, v.z});
}

std::string fixed(float value, int decimals) {
  char text[32];
  std::snprintf(text, sizeof text, "%.*f", decimals, static_cast<double>(value));
  return text;
}

// "landmark:temple.R", "landmark:vertex" or "x,y,z".
std::optional<glm::vec3> parsePoint(const std::string& text, const BodyLandmarks& landmarks) {
  const std::string prefix = "landmark:";
  if (text.starts_with(prefix)) {
    const auto found = landmarks.positions.find(text.substr(prefix.size()));
    if (found == landmarks.positions.end()) return std::nullopt;
    return found->second;
  }
  glm::vec3 p(0.0f);
  char comma1 = 0, comma2 = 0;
  std::istringstream in(text);
  if (in >> p.x >> comma1 >> p.y >> comma2 >> p.z && comma1 == ',' && comma2 == ',' &&
      (in >> std::ws).eof())
    return p;
  return std::nullopt;
}

// The skin (else the muscles) of `model` within the disc `area` names,
// "landmark:NAME.SIDE[:RADIUS_CM]" (5 cm when no radius), as at most 64 evenly picked vertices;
// nothing when the text is not such an area or no surface lies there. O(vertices).
std::optional<std::vector<glm::vec3>> areaPoints(const std::string& area, const Model& model,
                                                 const BodyLandmarks& landmarks) {
  constexpr std::size_t kMostSamples = 64;
  std::string where = area;
  float radiusCm = 5.0f;
  if (const std::size_t colon = area.rfind(':'); colon != std::string::npos && colon > 9) {
    char* end = nullptr;
    radiusCm = std::strtof(area.c_str() + colon + 1, &end);
    if (end == area.c_str() + colon + 1 || *end != '\0' || radiusCm < 1.0f || radiusCm > 30.0f)
      return std::nullopt;
    where = area.substr(0, colon);
  }
  const std::optional<glm::vec3> centre = parsePoint(where, landmarks);
  if (!centre || !where.starts_with("landmark:")) return std::nullopt;
  const bool hasSkin = std::any_of(model.parts.begin(), model.parts.end(),
                                   [](const Part& p) { return p.kind == PartKind::Skin; });
  const float radius = 0.01f * radiusCm;
  std::vector<glm::vec3> inside;
  for (const Part& part : model.parts)
    if (part.kind == (hasSkin ? PartKind::Skin : PartKind::Muscle))
      for (const glm::vec3& p : part.positions)
        if (glm::distance(p, *centre) <= radius) inside.push_back(p);
  if (inside.empty()) return std::nullopt;
  std::vector<glm::vec3> picked;
  const std::size_t stride = (inside.size() + kMostSamples - 1) / kMostSamples;
  for (std::size_t i = 0; i < inside.size(); i += stride) picked.push_back(inside[i]);
  return picked;
}

}  // namespace

int runCheckCommand(const CliOptions& options) {
  const std::optional<BodyWithAtlas> session = openBodyWithAtlas(options);
  if (!session) return 1;
  const Model& model = session->body.model;
  const FrameReport& frame = session->body.frame;
  std::map<std::string, int> kinds;
  for (const Part& part : model.parts) ++kinds[partKindWord(part.kind)];
  std::map<AnchorMethod, int> methods;
  for (const PlacedTriggerPoint& p : session->placed) ++methods[p.method];
  if (options.json) {
    json out;
    out["model"] = {{"source", model.source},
                    {"parts", model.parts.size()},
                    {"triangles", model.triangleCount()},
                    {"vertices", model.vertexCount()},
                    {"memory_bytes", model.memoryBytes()},
                    {"kinds", kinds},
                    {"up", std::string(toString(frame.up))},
                    {"up_detected", frame.upDetected},
                    {"units", std::string(toString(frame.units))},
                    {"units_detected", frame.unitsDetected},
                    {"height_m", frame.heightMetres}};
    out["landmarks_from_model"] = session->landmarks.fromModel;
    json points = json::array();
    for (const PlacedTriggerPoint& p : session->placed)
      points.push_back(
          {{"id", p.point->id},
           {"side", std::string(1, p.side)},
           {"muscle", p.point->muscle},
           {"anchored", anchorMethodName(p.method)},
           {"part",
            p.part >= 0 ? json(model.parts[static_cast<std::size_t>(p.part)].name) : json(nullptr)},
           {"position", vector3(p.position)}});
    out["trigger_points"] = points;
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "model: " << model.source << ", " << model.parts.size() << " parts (";
  bool first = true;
  for (const auto& [kind, count] : kinds)
    std::cout << (first ? "" : ", ") << count << " " << kind, first = false;
  std::cout << ")\nsize: " << model.triangleCount() << " triangles, " << model.vertexCount()
            << " vertices, " << mebibytes(model.memoryBytes()) << " MiB in memory";
  std::cout << "\nframe: up " << toString(frame.up) << (frame.upDetected ? " (detected)" : "")
            << ", units " << toString(frame.units) << (frame.unitsDetected ? " (detected)" : "")
            << ", height " << fixed(frame.heightMetres, 3) << " m\n";
  std::cout << "landmarks: "
            << (session->landmarks.fromModel ? "from the model"
                                             : "moved from the bundled body by alignment")
            << "\ntrigger points (" << bundledAtlas()->triggerPoints.size() << " × 2 sides):";
  for (const auto& [method, count] : methods)
    std::cout << " " << count << " " << anchorMethodName(method) << ";";
  std::cout << "\n";
  for (const PlacedTriggerPoint& p : session->placed) {
    std::cout << "  " << p.label() << "  " << p.point->muscle << "  " << anchorMethodName(p.method);
    if (p.part >= 0) std::cout << ": " << model.parts[static_cast<std::size_t>(p.part)].name;
    std::cout << "\n";
  }
  return 0;
}

int runWhereCommand(const CliOptions& options) {
  const std::optional<BodyWithAtlas> session = openBodyWithAtlas(options);
  if (!session) return 1;
  std::vector<glm::vec3> spots;                // every point of the pain, for the red flags
  std::vector<std::vector<glm::vec3>> places;  // each --at and --area
  std::vector<std::string> queries = options.at;
  for (const std::string& query : options.at) {
    const std::optional<glm::vec3> at = parsePoint(query, session->landmarks);
    if (!at) {
      std::cerr << "myoscope: --at: '" << query
                << "' is not landmark:NAME.SIDE (e.g. landmark:temple.R) or X,Y,Z\n";
      return 1;
    }
    spots.push_back(*at);
    places.push_back({*at});
  }
  for (const std::string& query : options.areas) {
    const std::optional<std::vector<glm::vec3>> area =
        areaPoints(query, session->body.model, session->landmarks);
    if (!area) {
      std::cerr << "myoscope: --area: '" << query
                << "' is not landmark:NAME.SIDE[:RADIUS_CM] (1–30 cm) with skin within it\n";
      return 1;
    }
    spots.insert(spots.end(), area->begin(), area->end());
    places.push_back(*area);
    queries.push_back(query);
  }
  const auto top = static_cast<std::size_t>(options.top);
  const std::vector<PainFinding> findings =
      findPainSourcesAt(session->placed, session->landmarks, places,
                        options.byPoint ? top : std::numeric_limits<std::size_t>::max());
  const std::vector<PainMuscle> muscles = painMuscles(findings, top);
  const std::vector<const RedFlag*> flags =
      redFlagsNear(*bundledAtlas(), session->landmarks, spots);
  const auto zoneWord = [](bool essential) { return essential ? "essential" : "spillover"; };
  const auto pointJson = [&](const PainFinding& f) {
    return json{{"id", f.placed->point->id},
                {"side", std::string(1, f.placed->side)},
                {"muscle", f.placed->point->muscle},
                {"zone", zoneWord(f.kind == ZoneKind::Essential)},
                {"score", f.score}};
  };
  if (options.json) {
    json out = {{"query", queries}};
    json warnings = json::array();
    for (const RedFlag* flag : flags) warnings.push_back({{"id", flag->id}, {"text", flag->text}});
    out["red_flags"] = warnings;
    json at = json::array();
    for (const std::vector<glm::vec3>& place : places) at.push_back(vector3(place.front()));
    out["at"] = at;
    json list = json::array();
    if (options.byPoint) {
      for (const PainFinding& f : findings) list.push_back(pointJson(f));
      out["trigger_points"] = list;
    } else {
      for (const PainMuscle& m : muscles) {
        json points = json::array();
        for (const PainFinding& f : m.points) points.push_back(pointJson(f));
        list.push_back({{"muscle", m.muscle},
                        {"members", m.members},
                        {"name", muscleDisplayName(m.muscle)},
                        {"side", std::string(1, m.side)},
                        {"zone", zoneWord(m.essential)},
                        {"score", m.score},
                        {"prevalence", std::string(prevalenceNote(m.prevalence))},
                        {"trigger_points", points}});
      }
      out["muscles"] = list;
    }
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "pain at";
  for (std::size_t i = 0; i < places.size(); ++i) {
    const glm::vec3& p = places[i].front();
    std::cout << (i > 0 ? "," : "") << " " << queries[i] << " (" << fixed(p.x, 3) << ", "
              << fixed(p.y, 3) << ", " << fixed(p.z, 3);
    if (places[i].size() > 1) std::cout << ", " << places[i].size() << " points";
    std::cout << ")";
  }
  std::cout << "\n";
  for (const RedFlag* flag : flags) std::cout << "  first, for your safety: " << flag->text << "\n";
  if (options.byPoint) {
    std::cout << findings.size() << " trigger points can refer pain there\n";
    int rank = 1;
    for (const PainFinding& f : findings)
      std::cout << "  " << rank++ << ". " << f.placed->label() << "  " << f.placed->point->muscle
                << "  " << zoneWord(f.kind == ZoneKind::Essential) << "  " << fixed(f.score, 2)
                << "\n";
    return 0;
  }
  std::cout << muscles.size() << " muscles whose trigger points can refer pain there\n";
  int rank = 1;
  for (const PainMuscle& m : muscles) {
    std::cout << "  " << rank++ << ". " << painMuscleName(m) << "  "
              << (m.essential ? "essential" : "spillover only") << "  " << fixed(m.score, 2);
    if (!prevalenceNote(m.prevalence).empty())
      std::cout << "  (" << prevalenceNote(m.prevalence) << ")";
    std::cout << "\n";
    for (const PainFinding& f : m.points)
      std::cout << "       " << f.placed->label() << "  " << zoneWord(f.kind == ZoneKind::Essential)
                << "  " << fixed(f.score, 2) << "\n";
  }
  return 0;
}

}  // namespace myo
