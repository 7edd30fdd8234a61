// The measure_reference tool's steps: measuring muscles, bones, ribs, hands and feet, joint
// centres and bony landmarks of the reference body into the reference table types, checking
// the lofts, and printing the tables as C++. Tool-only code; no GL.
#pragma once

#include <cstdio>
#include <string>
#include <string_view>
#include <vector>

#include "bodygen/measure_body.h"
#include "bodygen/measure_catalog.h"

namespace myo::measure {

struct Measurements {
  std::vector<ref::MeasuredShape> muscles;
  std::vector<ref::MeasuredShape> bones;
  std::vector<ref::MeasuredBox> boxes;
  std::vector<ref::MeasuredCurve> ribs;
  std::vector<ref::MeasuredExtremity> extremities;
  std::vector<ref::MeasuredPoint> joints;
  std::vector<ref::MeasuredPoint> landmarks;
};

// How well a loft rebuilt from a (rounded) table entry matches the real mesh.
struct LoftCheck {
  double centroidError = 0.0;    // |rebuilt − real| area-weighted surface centroids, metres
  double vertexMeanError = 0.0;  // |rebuilt area centroid − real vertex mean|, metres
  double extentError = 0.0;      // worst |rebuilt extent / real extent − 1| over x, y, z
};

// Keeps `text` alive for the tool's lifetime and returns a view of it. O(length).
[[nodiscard]] std::string_view keep(std::string text);

// +1 for the subject's left (+x), −1 for the right, 0 for the midline.
[[nodiscard]] double sideSign(ref::BodySide side);
// Unit direction in which the origin end of a loft lies. O(1).
[[nodiscard]] glm::dvec3 originDirection(OriginEnd end, ref::BodySide side);
// Rounds to 0.1 mm (1e-4). O(1).
[[nodiscard]] float round4(double value);
[[nodiscard]] glm::vec3 round4(const glm::dvec3& value);

// A loft entry for `mesh`, every number already rounded. O(vertices).
[[nodiscard]] ref::MeasuredShape measureShape(std::string_view name, ref::BodySide side,
                                              std::string_view source, const Mesh& mesh,
                                              const glm::dvec3& originDir);
// Rebuilds `shape` as a loft and compares it with `mesh`. O(vertices).
[[nodiscard]] LoftCheck checkShape(const ref::MeasuredShape& shape, const Mesh& mesh);

// Each step appends to `out` and writes one line per problem to `log`.
void measureMuscles(const ReferenceBody& body, Measurements& out, std::FILE* log);
void measureLoftedBones(const ReferenceBody& body, Measurements& out, std::FILE* log);
void measureBoxes(const ReferenceBody& body, Measurements& out, std::FILE* log);
void measureRibs(const ReferenceBody& body, Measurements& out, std::FILE* log);
void measureExtremities(const ReferenceBody& body, Measurements& out, std::FILE* log);
void measureJoints(const ReferenceBody& body, Measurements& out, std::FILE* log);
void measureLandmarks(const ReferenceBody& body, Measurements& out, std::FILE* log);

// Prints reference_measurements.cpp for `m`. Deterministic.
void emitTables(const ReferenceBody& body, const Measurements& m, std::FILE* out);

}  // namespace myo::measure
