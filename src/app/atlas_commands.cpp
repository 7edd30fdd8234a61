// check and where: load the body, its reference (the bundled body), the atlas; anchor; report.
#include "app/atlas_commands.h"

#include <cstdio>
#include <iostream>
#include <map>
#include <optional>
#include <sstream>

#include <nlohmann/json.hpp>

#include "app/atlas_placement.h"
#include "app/body_source.h"
#include "core/anatomy/part_kind.h"
#include "core/atlas/pain_finder.h"

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
  std::cout << ")\nframe: up " << toString(frame.up) << (frame.upDetected ? " (detected)" : "")
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
  const std::optional<glm::vec3> at = parsePoint(options.at, session->landmarks);
  if (!at) {
    std::cerr << "myoscope: --at: '" << options.at
              << "' is not landmark:NAME.SIDE (e.g. landmark:temple.R) or X,Y,Z\n";
    return 1;
  }
  const std::vector<PainFinding> findings = findPainSources(
      session->placed, session->landmarks, *at, static_cast<std::size_t>(options.top));
  if (options.json) {
    json out = {{"at", vector3(*at)}, {"query", options.at}};
    json list = json::array();
    for (const PainFinding& f : findings)
      list.push_back({{"id", f.placed->point->id},
                      {"side", std::string(1, f.placed->side)},
                      {"muscle", f.placed->point->muscle},
                      {"zone", f.kind == ZoneKind::Essential ? "essential" : "spillover"},
                      {"score", f.score}});
    out["trigger_points"] = list;
    std::cout << out.dump(2) << "\n";
    return 0;
  }
  std::cout << "pain at " << options.at << " (" << fixed(at->x, 3) << ", " << fixed(at->y, 3)
            << ", " << fixed(at->z, 3) << "): " << findings.size() << " trigger points\n";
  int rank = 1;
  for (const PainFinding& f : findings)
    std::cout << "  " << rank++ << ". " << f.placed->label() << "  " << f.placed->point->muscle
              << "  " << (f.kind == ZoneKind::Essential ? "essential" : "spillover") << "  "
              << fixed(f.score, 2) << "\n";
  return 0;
}

}  // namespace myo
