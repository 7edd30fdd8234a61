// Prints the measured tables as the C++ source reference_measurements.cpp (measure_reference).
// Numbers are already rounded to 0.1 mm; every float is printed with four decimals.
#include <cinttypes>

#include "bodygen/measure_tables.h"

namespace myo::measure {

namespace {

class Printer {
 public:
  explicit Printer(std::FILE* out) : out_(out) {}
  void text(std::string_view s) { std::fwrite(s.data(), 1, s.size(), out_); }
  void num(float v) { std::fprintf(out_, "%.4ff", double(v)); }
  void vec(const glm::vec3& v) {
    text("{");
    num(v.x);
    text(", ");
    num(v.y);
    text(", ");
    num(v.z);
    text("}");
  }
  // A string literal; one longer than 80 characters is split at a space into adjacent
  // literals, the rest on a new line indented by `indent`.
  void str(std::string_view s, int indent = 5) {
    std::string_view rest = s;
    while (true) {
      std::size_t cut = rest.size();
      if (rest.size() > 80)
        cut = rest.rfind(' ', 80) == std::string_view::npos ? rest.size() : rest.rfind(' ', 80) + 1;
      text("\"");
      for (const char c : rest.substr(0, cut)) {
        if (c == '"' || c == '\\') text("\\");
        std::fputc(c, out_);
      }
      text("\"");
      rest = rest.substr(cut);
      if (rest.empty()) break;
      text("\n");
      text(std::string(std::size_t(indent), ' '));
    }
  }
  void side(ref::BodySide s) {
    text(s == ref::BodySide::Left ? "kL" : (s == ref::BodySide::Right ? "kR" : "kM"));
  }
  // name, side, source: the head shared by every entry type.
  void head(std::string_view name, ref::BodySide s, std::string_view source) {
    text("    {");
    str(name);
    text(", ");
    side(s);
    text(", ");
    str(source);
    text(",\n     ");
  }
  void box(const glm::vec3& c, const glm::vec3& lo, const glm::vec3& hi) {
    vec(c);
    text(", ");
    vec(lo);
    text(", ");
    vec(hi);
  }

 private:
  std::FILE* out_;
};

void shapes(Printer& p, std::string_view array, const std::vector<ref::MeasuredShape>& list) {
  p.text("constexpr MeasuredShape ");
  p.text(array);
  p.text("[] = {\n");
  for (const ref::MeasuredShape& s : list) {
    p.head(s.name, s.side, s.source);
    p.box(s.centroid, s.boundsMin, s.boundsMax);
    p.text(",\n     ");
    p.vec(s.vertexMean);
    p.text(", ");
    p.vec(s.axis);
    p.text(", ");
    p.vec(s.axisA);
    p.text(",\n     ");
    p.vec(s.axisB);
    p.text(", ");
    p.vec(s.origin);
    p.text(", ");
    p.vec(s.insertion);
    p.text(",\n     {{");
    for (std::size_t i = 0; i < s.stations.size(); ++i) {
      p.text(i == 0 ? "{" : ",\n       {");
      p.vec(s.stations[i].centre);
      p.text(", ");
      p.num(s.stations[i].radiusA);
      p.text(", ");
      p.num(s.stations[i].radiusB);
      p.text("}");
    }
    p.text("}}},\n");
  }
  p.text("};\n\n");
}

}  // namespace

void emitTables(const ReferenceBody& body, const Measurements& m, std::FILE* out) {
  Printer p(out);
  std::fprintf(
      out,
      "// Reference tables of the real BodyParts3D body (DBCLS, CC BY-SA 2.1 JP), measured "
      "by the\n"
      "// developer tool measure_reference (src/bodygen/measure_reference.cpp) and "
      "printed by it:\n"
      "// generated, do not edit by hand. Plain measured numbers (centroids, boxes, axes, "
      "section\n"
      "// sizes, points), no mesh data. Frame: ours (metres, +Y up, facing +Z, +X the "
      "subject's left,\n"
      "// soles y = 0, midline x = 0) after scaling the real skeleton+muscles (%.5f m "
      "soles to vertex)\n"
      "// uniformly to 1.75 m. Rounded to 0.1 mm. Regenerate: myoscope_measure_reference\n"
      "// <shared>/data/bodyparts3d src/bodygen/reference_measurements.cpp (see\n"
      "// docs/bodygen-measurements.md).\n"
      "#include \"bodygen/reference_measurements.h\"\n\n"
      "namespace myo::ref {\n\n// clang-format off\nnamespace {\n\n"
      "constexpr BodySide kL = BodySide::Left;\n"
      "constexpr BodySide kR = BodySide::Right;\n"
      "constexpr BodySide kM = BodySide::Mid;\n\n",
      body.sourceHeight);
  // Field order: name, side, source, centroid, boundsMin, boundsMax, vertexMean, axis, axisA,
  // axisB, origin, insertion, stations.
  shapes(p, "kMuscles", m.muscles);
  shapes(p, "kBones", m.bones);

  p.text("constexpr MeasuredBox kBoxes[] = {\n");
  for (const ref::MeasuredBox& b : m.boxes) {
    p.head(b.name, b.side, b.source);
    p.box(b.centroid, b.boundsMin, b.boundsMax);
    p.text("},\n");
  }
  p.text("};\n\nconstexpr MeasuredCurve kCurves[] = {\n");
  for (const ref::MeasuredCurve& c : m.ribs) {
    p.head(c.name, c.side, c.source);
    p.box(c.centroid, c.boundsMin, c.boundsMax);
    p.text(",\n     {{");
    for (std::size_t i = 0; i < c.path.size(); ++i) {
      p.text(i == 0 ? "" : (i % 3 == 0 ? ",\n       " : ", "));
      p.vec(c.path[i]);
    }
    p.text("}},\n     ");
    p.num(c.halfWidth);
    p.text(", ");
    p.num(c.halfThickness);
    p.text("},\n");
  }
  p.text("};\n\nconstexpr MeasuredExtremity kExtremities[] = {\n");
  for (const ref::MeasuredExtremity& e : m.extremities) {
    p.text("    {");
    p.str(e.name);
    p.text(", ");
    p.side(e.side);
    p.text(",\n     ");
    p.box(e.centroid, e.boundsMin, e.boundsMax);
    p.text(",\n     {{");
    for (std::size_t i = 0; i < e.rays.size(); ++i) {
      p.text(i == 0 ? "{" : ",\n       {");
      p.str(e.rays[i].name);
      p.text(", ");
      p.vec(e.rays[i].base);
      p.text(", ");
      p.vec(e.rays[i].knuckle);
      p.text(",\n        ");
      p.vec(e.rays[i].tip);
      p.text("}");
    }
    p.text("}}},\n");
  }
  for (const auto& [array, list] :
       {std::pair<std::string_view, const std::vector<ref::MeasuredPoint>*>{"kJoints", &m.joints},
        {"kLandmarks", &m.landmarks}}) {
    p.text("};\n\nconstexpr MeasuredPoint ");
    p.text(array);
    p.text("[] = {\n");
    for (const ref::MeasuredPoint& pt : *list) {
      p.text("    {");
      p.str(pt.name);
      p.text(", ");
      p.side(pt.side);
      p.text(", ");
      p.vec(pt.position);
      p.text(", ");
      p.vec(pt.outward);
      p.text(",\n     ");
      p.str(pt.method);
      p.text("},\n");
    }
  }
  p.text("};\n\n}  // namespace\n\n");
  std::fprintf(out, "const float kReferenceScale = %.6ff;\n", body.scale);
  std::fprintf(out, "const float kReferenceSourceHeight = %.5ff;\n", body.sourceHeight);
  std::fprintf(out, "const glm::vec3 kReferenceOrigin{%.5ff, %.5ff, 0.0f};\n\n", body.origin.x,
               body.origin.y);
  p.text(
      "const std::span<const MeasuredShape> kMeasuredMuscles{kMuscles};\n"
      "const std::span<const MeasuredShape> kMeasuredBones{kBones};\n"
      "const std::span<const MeasuredBox> kMeasuredBoneBoxes{kBoxes};\n"
      "const std::span<const MeasuredCurve> kMeasuredRibs{kCurves};\n"
      "const std::span<const MeasuredExtremity> kMeasuredExtremities{kExtremities};\n"
      "const std::span<const MeasuredPoint> kMeasuredJoints{kJoints};\n"
      "const std::span<const MeasuredPoint> kMeasuredLandmarks{kLandmarks};\n"
      "// clang-format on\n\n"
      "}  // namespace myo::ref\n");
}

}  // namespace myo::measure
