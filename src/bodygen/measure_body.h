// The real reference body for the measure_reference tool: BodyParts3D parts loaded through
// core's loadBody, put into our body frame (soles y = 0, midline x = 0, scaled to
// ref::kReferenceHeight), the frame-outlier bones registered onto the rest. Tool-only code.
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "bodygen/measure_geometry.h"

namespace myo::measure {

struct BodyPart {
  std::string name;  // BodyParts3D name without the ids, e.g. "Right femur"
  std::string fma;   // "FMA24475"
  Mesh mesh;         // reference frame, metres
};

struct OutlierCheck {
  std::string what;
  double gap = 0.0;  // metres in our frame; negative: overlap
};

struct ReferenceBody {
  std::vector<BodyPart> parts;              // bp3d_body.glb parts, then the registered outliers
  double scale = 1.0;                       // ours per loadBody metre
  double sourceHeight = 0.0;                // loadBody metres, soles to vertex
  glm::dvec3 origin{0.0};                   // (midline x, sole y, 0), loadBody metres
  double midlineFromVertebrae = 0;          // vertebra centroids' mean x, loadBody metres (a check)
  double outlierUnit = 0.0;                 // loadBody metres per raw unit of the outlier files
  std::vector<OutlierCheck> outlierChecks;  // contacts that confirm outlierUnit
  std::vector<std::string> notes;           // stray pieces dropped and similar, one line each

  // The part whose name equals `name`, or starts with it when no name equals it; nullptr if
  // none. O(parts).
  [[nodiscard]] const BodyPart* find(std::string_view name) const;
  [[nodiscard]] const BodyPart* findFma(std::string_view fma) const;
  // All vertices of the named parts (missing names are skipped). O(vertices).
  [[nodiscard]] std::vector<glm::dvec3> points(const std::vector<std::string>& names) const;
};

// Loads `dataDir`/bp3d_body.glb and the four files of `dataDir`/skeleton_frame_outliers.
// Throws std::runtime_error with one clear line when a file cannot be loaded.
[[nodiscard]] ReferenceBody loadReferenceBody(const std::filesystem::path& dataDir);

}  // namespace myo::measure
