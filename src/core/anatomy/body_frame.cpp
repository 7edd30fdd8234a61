// Units and up-axis detection for a standing body, and the rotation to +Y up, facing +Z.
#include "core/anatomy/body_frame.h"

#include <algorithm>
#include <array>
#include <cstdio>
#include <string>
#include <vector>

#include "core/text/ascii_text.h"

namespace myo {
namespace {

struct UpName {
  std::string_view text;
  UpAxis up;
};
constexpr std::array<UpName, 10> kUpNames{{{"auto", UpAxis::Auto},
                                           {"+x", UpAxis::PosX},
                                           {"x", UpAxis::PosX},
                                           {"-x", UpAxis::NegX},
                                           {"+y", UpAxis::PosY},
                                           {"y", UpAxis::PosY},
                                           {"-y", UpAxis::NegY},
                                           {"+z", UpAxis::PosZ},
                                           {"z", UpAxis::PosZ},
                                           {"-z", UpAxis::NegZ}}};

struct UnitName {
  std::string_view text;
  Units units;
};
constexpr std::array<UnitName, 13> kUnitNames{{{"auto", Units::Auto},
                                               {"m", Units::Metres},
                                               {"metres", Units::Metres},
                                               {"meters", Units::Metres},
                                               {"cm", Units::Centimetres},
                                               {"centimetres", Units::Centimetres},
                                               {"centimeters", Units::Centimetres},
                                               {"mm", Units::Millimetres},
                                               {"millimetres", Units::Millimetres},
                                               {"millimeters", Units::Millimetres},
                                               {"in", Units::Inches},
                                               {"inch", Units::Inches},
                                               {"inches", Units::Inches}}};

// Plausible standing heights in each unit. The bands widen the nominal adult range
// (1.0–2.5 m, 40–100 in) a little and never overlap, so at most one matches.
struct HeightBand {
  Units units;
  float low;
  float high;
};
constexpr std::array<HeightBand, 4> kHeightBands{{{Units::Metres, 0.9f, 2.75f},
                                                  {Units::Inches, 36.0f, 90.0f},
                                                  {Units::Centimetres, 90.0f, 275.0f},
                                                  {Units::Millimetres, 900.0f, 2750.0f}}};

// Up is called ambiguous when the second-longest extent reaches this share of the longest.
constexpr float kAmbiguousUpRatio = 0.8f;

int axisIndex(UpAxis up) {
  switch (up) {
    case UpAxis::PosX:
    case UpAxis::NegX:
      return 0;
    case UpAxis::PosZ:
    case UpAxis::NegZ:
      return 2;
    default:
      return 1;
  }
}

std::string number(float value) {
  char text[32];
  std::snprintf(text, sizeof text, "%.4g", static_cast<double>(value));
  return text;
}

std::string formatSize(const glm::vec3& size) {
  return number(size.x) + " x " + number(size.y) + " x " + number(size.z);
}

// Longest extent's axis, positive side; warns when the box is not clearly elongated.
UpAxis detectUp(const glm::vec3& size, std::vector<std::string>& warnings) {
  std::array<int, 3> order{0, 1, 2};
  std::sort(order.begin(), order.end(), [&](int a, int b) { return size[a] > size[b]; });
  if (size[order[1]] >= kAmbiguousUpRatio * size[order[0]])
    warnings.push_back("up axis is a guess: the bounding box (" + formatSize(size) +
                       ") is not clearly elongated; set the up axis if the body lies wrong");
  constexpr std::array<UpAxis, 3> kPositive{UpAxis::PosX, UpAxis::PosY, UpAxis::PosZ};
  return kPositive[static_cast<std::size_t>(order[0])];
}

std::optional<Units> detectUnits(float height) {
  for (const HeightBand& band : kHeightBands)
    if (height >= band.low && height <= band.high) return band.units;
  return std::nullopt;
}

}  // namespace

std::optional<UpAxis> parseUpAxis(std::string_view text) {
  const std::string key = asciiLower(text);
  for (const UpName& n : kUpNames)
    if (n.text == key) return n.up;
  return std::nullopt;
}

std::optional<Units> parseUnits(std::string_view text) {
  const std::string key = asciiLower(text);
  for (const UnitName& n : kUnitNames)
    if (n.text == key) return n.units;
  return std::nullopt;
}

std::string_view toString(UpAxis up) {
  for (const UpName& n : kUpNames)
    if (n.up == up) return n.text;
  return "?";
}

std::string_view toString(Units units) {
  for (const UnitName& n : kUnitNames)
    if (n.units == units) return n.text;
  return "?";
}

float metresPerUnit(Units units) {
  switch (units) {
    case Units::Centimetres:
      return 0.01f;
    case Units::Millimetres:
      return 0.001f;
    case Units::Inches:
      return 0.0254f;
    default:
      return 1.0f;
  }
}

glm::mat3 upAxisRotation(UpAxis up) {
  // glm::mat3 takes columns: the images of the model's +X, +Y and +Z.
  switch (up) {
    case UpAxis::NegY:
      return {-1, 0, 0, 0, -1, 0, 0, 0, 1};
    case UpAxis::PosZ:
      return {1, 0, 0, 0, 0, -1, 0, 1, 0};
    case UpAxis::NegZ:
      return {1, 0, 0, 0, 0, 1, 0, -1, 0};
    case UpAxis::PosX:
      return {0, 1, 0, -1, 0, 0, 0, 0, 1};
    case UpAxis::NegX:
      return {0, -1, 0, 1, 0, 0, 0, 0, 1};
    default:
      return glm::mat3(1.0f);
  }
}

FrameReport normaliseBodyFrame(Model& model, UpAxis up, Units units) {
  FrameReport report;
  const Bounds bounds = modelBounds(model);
  const glm::vec3 size = bounds.size();
  report.upDetected = up == UpAxis::Auto && !bounds.empty();
  report.up = up != UpAxis::Auto ? up
              : bounds.empty()   ? UpAxis::PosY
                                 : detectUp(size, model.warnings);
  const float height = size[axisIndex(report.up)];

  report.units = units;
  if (units == Units::Auto) {
    const std::optional<Units> guess = detectUnits(height);
    report.unitsDetected = guess.has_value();
    report.units = guess.value_or(Units::Metres);
    if (!guess && !bounds.empty())
      model.warnings.push_back("units unknown: a body " + number(height) +
                               " units tall fits no unit (m, cm, mm, in); assuming metres");
  }
  const float scale = metresPerUnit(report.units);
  report.heightMetres = height * scale;

  const glm::mat3 rotation = upAxisRotation(report.up);
  const glm::mat3 placement = scale * rotation;
  for (Part& part : model.parts) {
    for (glm::vec3& p : part.positions) p = placement * p;
    for (glm::vec3& n : part.normals) n = rotation * n;
    for (glm::vec4& f : part.fibres) f = glm::vec4(rotation * glm::vec3(f), f.w);
  }
  for (Landmark& l : model.landmarks) l.position = placement * l.position;
  return report;
}

}  // namespace myo
