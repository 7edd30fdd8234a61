// Atlas folder -> schema check -> structs -> meaning checks.
#include "core/atlas/atlas_loader.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "core/io/file_access.h"
#include "core/io/json_limits.h"
#include "core/io/json_schema.h"

namespace myo {
namespace {

using nlohmann::json;

std::vector<std::string> strings(const json& node, const char* key) {
  std::vector<std::string> out;
  if (node.contains(key))
    for (const json& item : node[key]) out.push_back(item.get<std::string>());
  return out;
}

std::string text(const json& node, const char* key) {
  return node.contains(key) ? node[key].get<std::string>() : std::string();
}

AtlasZone zoneFrom(const json& node) {
  AtlasZone zone;  // no landmarks when both or neither of blob and path are given
  if (node.contains("blob") && node.contains("path")) {
  } else if (node.contains("blob")) {
    zone.landmarks = {node["blob"].get<std::string>()};
    zone.sizeCm = node.value("radius_cm", 0.0f);
  } else if (node.contains("path")) {
    zone.landmarks = strings(node, "path");
    zone.sizeCm = node.value("width_cm", 0.0f);
  }
  zone.weight = node["weight"].get<float>();
  const std::string side = node.value("side", std::string("same"));
  zone.side = side == "both"       ? ZoneSide::Both
              : side == "opposite" ? ZoneSide::Opposite
                                   : ZoneSide::Same;
  const std::string prevalence = text(node, "prevalence");
  zone.prevalence = prevalence == "common"     ? Prevalence::Common
                    : prevalence == "uncommon" ? Prevalence::Uncommon
                                               : Prevalence::Unstated;
  return zone;
}

TriggerPoint triggerPointFrom(const json& node, const std::string& region) {
  TriggerPoint tp;
  tp.id = node["id"];
  tp.muscle = node["muscle"];
  tp.name = node["name"];
  tp.region = region;
  tp.researchRow = node["research_row"];
  const json& location = node["location"];
  for (const json& entry : location["between"])
    tp.location.between.push_back({entry["landmark"], entry["weight"].get<float>()});
  if (location.contains("along_muscle"))
    tp.location.alongMuscle = location["along_muscle"].get<float>();
  tp.location.deep = location["depth"] == "deep";
  tp.location.description = location["description"];
  for (const json& zone : node["essential"]) tp.essential.push_back(zoneFrom(zone));
  for (const json& zone : node["spillover"]) tp.spillover.push_back(zoneFrom(zone));
  tp.symptoms = strings(node, "symptoms");
  tp.aggravating = strings(node, "aggravating");
  tp.perpetuating = strings(node, "perpetuating");
  tp.mimics = strings(node, "mimics");
  tp.differential = node["differential"];
  tp.selfCare = strings(node, "self_care");
  for (const json& use : node["techniques"]) {
    TechniqueUse entry{use["technique"], std::nullopt, std::nullopt, text(use, "notes")};
    if (use.contains("hold_s")) entry.holdSeconds = use["hold_s"].get<float>();
    if (use.contains("repetitions")) entry.repetitions = use["repetitions"].get<int>();
    entry.clinicianOnly = use.value("clinician_only", false);
    tp.techniques.push_back(std::move(entry));
  }
  tp.cautions = strings(node, "cautions");
  tp.sources = strings(node, "sources");
  tp.redFlags = strings(node, "red_flags");
  return tp;
}

Technique techniqueFrom(const json& node) {
  Technique t;
  t.id = node["id"];
  t.name = node["name"];
  t.clinicianOnly = node["clinician_only"];
  t.appliesPressure = node["applies_pressure"];
  t.summary = node["summary"];
  t.steps = strings(node, "steps");
  t.defaultHoldSeconds = node["default_hold_s"].get<float>();
  t.minHoldSeconds = node["hold_range_s"][0].get<float>();
  t.maxHoldSeconds = node["hold_range_s"][1].get<float>();
  t.repetitions = node["repetitions"];
  const json& target = node["target"];
  const std::string kind = target["kind"];
  t.target.kind = kind == "no_pain"            ? TargetKind::NoPain
                  : kind == "comfortably_warm" ? TargetKind::ComfortablyWarm
                                               : TargetKind::Discomfort;
  t.target.minDiscomfort = target["discomfort"][0];
  t.target.maxDiscomfort = target["discomfort"][1];
  t.target.label = target["label"];
  t.target.text = target["text"];
  t.contraindications = strings(node, "contraindications");
  t.redFlags = strings(node, "red_flags");
  t.neverInNotes = strings(node, "never_in_notes");
  t.evidence = node["evidence"];
  t.sources = strings(node, "sources");
  return t;
}

// Parses `file` and checks it against the schema definition `definition`; nullopt (with errors
// added) when it is not JSON or violates the schema.
std::optional<json> readChecked(const AtlasFileText& file, const json& schema,
                                const char* definition, std::vector<Error>& errors) {
  Result<json> parsed = parseJsonBounded(file.bytes);
  if (!parsed) {
    errors.push_back({file.name, "", parsed.error().reason});
    return std::nullopt;
  }
  json document = std::move(parsed.value());
  std::vector<SchemaViolation> violations;
  checkAgainstSchema(document, schema["$defs"][definition], schema, violations);
  for (const SchemaViolation& v : violations)
    errors.push_back({file.name, v.pointer.empty() ? "/" : v.pointer, v.reason});
  if (!violations.empty()) return std::nullopt;
  return document;
}

Result<AtlasFileText> readText(const std::filesystem::path& path) {
  std::vector<unsigned char> bytes;
  if (!readWholeFile(path, bytes)) return Error{path.string(), "", "cannot be read"};
  return AtlasFileText{path.string(), std::string(bytes.begin(), bytes.end())};
}

}  // namespace

Result<AtlasFiles> readAtlasFolder(const std::filesystem::path& dir) {
  std::error_code ec;
  if (!std::filesystem::is_directory(dir, ec)) return Error{dir.string(), "", "not a folder"};
  std::vector<std::filesystem::path> paths;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "trigger_points", ec))
    if (entry.path().extension() == ".json") paths.push_back(entry.path());
  std::sort(paths.begin(), paths.end());
  if (paths.empty())
    return Error{(dir / "trigger_points").string(), "", "no trigger point files (*.json)"};
  AtlasFiles files;
  for (const std::filesystem::path& path : paths) {
    Result<AtlasFileText> text = readText(path);
    if (!text) return text.error();
    files.triggerPoints.push_back(std::move(text.value()));
  }
  Result<AtlasFileText> techniques = readText(dir / "techniques.json");
  if (!techniques) return techniques.error();
  Result<AtlasFileText> safety = readText(dir / "safety.json");
  if (!safety) return safety.error();
  Result<AtlasFileText> muscles = readText(dir / "muscles.json");
  if (!muscles) return muscles.error();
  files.techniques = std::move(techniques.value());
  files.safety = std::move(safety.value());
  files.muscles = std::move(muscles.value());
  return files;
}

AtlasLoad parseAtlas(const AtlasFiles& files, std::string_view schemaText) {
  AtlasLoad load;
  const json schema = json::parse(schemaText, nullptr, false);
  if (schema.is_discarded() || !schema.contains("$defs")) {
    load.errors.push_back({"atlas.schema.json", "", "the schema is not valid JSON"});
    return load;
  }
  if (files.triggerPoints.empty())
    load.errors.push_back({"trigger_points", "", "no trigger point files"});
  for (const AtlasFileText& file : files.triggerPoints) {
    const auto document = readChecked(file, schema, "trigger_point_file", load.errors);
    if (!document) continue;
    const std::string region = (*document)["region"];
    const json& points = (*document)["trigger_points"];
    for (std::size_t i = 0; i < points.size(); ++i) {
      TriggerPoint tp = triggerPointFrom(points[i], region);
      tp.file = file.name;
      tp.index = i;
      load.atlas.triggerPoints.push_back(std::move(tp));
    }
  }
  if (const auto document = readChecked(files.techniques, schema, "techniques_file", load.errors))
    for (const json& node : (*document)["techniques"])
      load.atlas.techniques.push_back(techniqueFrom(node));
  if (const auto document = readChecked(files.safety, schema, "safety_file", load.errors)) {
    SafetyText& safety = load.atlas.safety;
    safety.atlasVersion = (*document)["atlas_version"];
    safety.disclaimer = (*document)["disclaimer"];
    safety.seeAProfessional = strings(*document, "see_a_professional");
    for (const json& flag : (*document)["red_flags"])
      safety.redFlags.push_back({flag["id"], flag["text"], strings(flag, "refers_to")});
    safety.contraindications = strings(*document, "contraindications");
    safety.evidenceCaveats = strings(*document, "evidence_caveats");
    safety.sources = strings(*document, "sources");
    safety.neverInSelfCare = strings(*document, "never_in_self_care");
  }
  if (const auto document = readChecked(files.muscles, schema, "muscles_file", load.errors))
    for (const json& node : (*document)["muscles"])
      load.atlas.muscles.push_back({node["muscle"], node["action"], node["origin"],
                                    node["insertion"], node["innervation"],
                                    strings(node, "sources")});
  checkAtlasMeaning(load.atlas, files.techniques.name, load.errors);
  checkAtlasSafety(load.atlas, {files.techniques.name, files.safety.name}, load.errors);
  checkMuscleInfo(load.atlas, files.muscles.name, load.errors);
  return load;
}

}  // namespace myo
