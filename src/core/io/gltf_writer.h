// glTF 2.0 binary (GLB) output of a Model: deterministic bytes for the bundled body asset.
// Builds its JSON with nlohmann-json; never includes tinygltf, GL or UI headers.
#pragma once

#include <cstdint>
#include <span>
#include <string>
#include <string_view>

#include "core/geometry/model.h"

namespace myo {

// Encodes `model` as a GLB, byte for byte the same for the same Model (no timestamps, keys in
// sorted order, floats printed round-trip exact). O(vertices + triangles).
//
// Layout: one node per part with triangles (node name = Part::name, mesh name = Part::meshName
// or else the part name, node `extras` = Part::extras), one triangle primitive with POSITION
// (with min/max), NORMAL when present, TEXCOORD_0 when present and uint16 indices (uint32 when
// the part has 65535 vertices or more); one material per Model::materials entry (name,
// baseColorFactor, metallic 0, roughness 0.6), referenced only by parts whose material has a
// colour (a colourless one would come back white instead of the default colour of its kind);
// one empty node "landmark:" + Landmark::name with a translation per landmark; asset generator
// "Myoscope". Positions and normals are written as stored (the Model's frame: metres, +Y up).
// Left out: textures and their images, Part::sourceFile, Part::kind (it travels as extras
// "kind" or the name, as importGltf reads it), parts without triangles, warnings.
// Preconditions: finite coordinates; each Part::extras is empty or valid JSON (asserted; invalid
// extras are dropped in release builds).
//
//   std::string error;
//   if (Status s = writeFileAtomic("body.glb", writeGlb(model)); !s) std::cerr <<
//   s.error().message();
[[nodiscard]] std::string writeGlb(const Model& model);

// Packs a GLB container: 12-byte header, the JSON chunk padded with spaces and, unless `bin` is
// empty, the BIN chunk padded with zeros, each to 4 bytes. O(size).
[[nodiscard]] std::string packGlb(std::string_view json, std::span<const std::uint8_t> bin);

}  // namespace myo
