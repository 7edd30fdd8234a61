// The default body is the bundled GLB compiled into the binary (assets/body, made by bodygen).
#include "app/body_source.h"

#include "core/geometry/mesh_topology.h"
#include "core/io/gltf_importer.h"

namespace myo {

// Defined by myo_embed_files (src/app/CMakeLists.txt): the bytes of an embedded asset.
std::string_view embeddedAsset(std::string_view fileName);

namespace {

constexpr std::string_view kBundledBodyFile = "myoscope_body.glb";
constexpr const char* kBundledBodyName = "bundled body";

}  // namespace

Result<LoadedBody> loadBodyOrDefault(const std::vector<std::filesystem::path>& inputs,
                                     const LoadOptions& options) {
  if (!inputs.empty()) return loadBody(inputs, options);
  const std::string_view asset = embeddedAsset(kBundledBodyFile);
  Result<Model> model =
      importGltfBytes(std::span(reinterpret_cast<const unsigned char*>(asset.data()), asset.size()),
                      kBundledBodyName);
  if (!model) return model.error();
  LoadedBody body;
  body.model = std::move(model.value());
  body.frame = normaliseBodyFrame(body.model, UpAxis::PosY, Units::Metres);
  markClosedParts(body.model);
  return body;
}

}  // namespace myo
