// Body frame: detects a loaded body's units and up axis from its bounding box and normalises it
// to metres, +Y up, facing +Z. Pure geometry on core::Model; depends on no importer, GL or UI.
#pragma once

#include <optional>
#include <string_view>

#include "core/geometry/model.h"

namespace myo {

// Which model axis points to the head. Auto: the longest bounding-box extent, positive side.
enum class UpAxis { Auto, PosX, NegX, PosY, NegY, PosZ, NegZ };

// Length unit of the model's coordinates. Auto: guessed from the body's height.
enum class Units { Auto, Metres, Centimetres, Millimetres, Inches };

// What normaliseBodyFrame found and applied. `up` and `units` are never Auto. A *Detected flag is
// true only when the value came from the geometry (false for an override or a metre fallback).
struct FrameReport {
  UpAxis up = UpAxis::PosY;
  Units units = Units::Metres;
  bool upDetected = false;
  bool unitsDetected = false;
  float heightMetres = 0.0f;  // extent along the up axis after scaling, metres
};

// "auto", "x"/"+x"/"-x", "y", "+y", "-y", "z", "+z", "-z" (case-insensitive); nullopt otherwise.
// O(1).
[[nodiscard]] std::optional<UpAxis> parseUpAxis(std::string_view text);

// "auto", "m", "cm", "mm", "in" or their long names (metres/meters, inches…); nullopt otherwise.
[[nodiscard]] std::optional<Units> parseUnits(std::string_view text);

// Short names as parseUpAxis / parseUnits accept them: "+z", "-y", "auto", "mm", "in". O(1).
[[nodiscard]] std::string_view toString(UpAxis up);
[[nodiscard]] std::string_view toString(Units units);

// Metres per model unit: 1, 0.01, 0.001, 0.0254. Precondition: units != Auto.
[[nodiscard]] float metresPerUnit(Units units);

// Rotation taking the body from `up` to +Y up, facing +Z. Each is a proper rotation:
//   +Y: identity (glTF: facing +Z).     -Y: 180° about Z, (x,y,z) -> (-x,-y,z).
//   +Z: anterior -Y (BodyParts3D, Blender), (x,y,z) -> (x,z,-y); +X stays the subject's left.
//   -Z: anterior +Y, (x,y,z) -> (x,-z,y).
//   +X: facing +Z, (x,y,z) -> (-y,x,z).  -X: facing +Z, (x,y,z) -> (y,-x,z).
// Precondition: up != Auto. O(1).
[[nodiscard]] glm::mat3 upAxisRotation(UpAxis up);

// Detects what is Auto, then scales to metres and rotates to +Y up facing +Z: positions,
// normals and landmarks (no translation). Adds a warning to model.warnings when units cannot be
// told (metres assumed) or the up axis is ambiguous. O(vertices).
FrameReport normaliseBodyFrame(Model& model, UpAxis up, Units units);

}  // namespace myo
