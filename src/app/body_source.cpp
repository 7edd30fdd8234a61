// The default body is the bundled GLB compiled into the binary (assets/body, made by bodygen).
#include "app/body_source.h"

#include <sys/mman.h>
#include <unistd.h>

#include <cstdint>
#include <memory>
#include <mutex>

#include "core/geometry/mesh_topology.h"
#include "core/io/gltf_importer.h"

namespace myo {

// Defined by myo_embed_files (src/app/CMakeLists.txt): the bytes of an embedded asset.
std::string_view embeddedAsset(std::string_view fileName);

namespace {

constexpr std::string_view kBundledBodyFile = "myoscope_body.glb";
constexpr const char* kBundledBodyName = "bundled body";
std::mutex gReferenceMutex;
std::unique_ptr<const ReferenceBody> gReference;  // set once, never replaced: pointers stay valid

// Hands back the resident pages wholly inside `bytes`, part of the executable's read-only image
// (about 11 MiB for the body); a later read faults them in again from the file. O(pages).
void releaseFilePages(std::string_view bytes) {
  const auto page = static_cast<std::uintptr_t>(sysconf(_SC_PAGESIZE));
  const auto begin = reinterpret_cast<std::uintptr_t>(bytes.data());
  const std::uintptr_t first = (begin + page - 1) / page * page;
  const std::uintptr_t last = (begin + bytes.size()) / page * page;
  if (last > first) madvise(reinterpret_cast<void*>(first), last - first, MADV_DONTNEED);
}

}  // namespace

Result<LoadedBody> loadBodyOrDefault(const std::vector<std::filesystem::path>& inputs,
                                     const LoadOptions& options) {
  if (!inputs.empty()) return loadBody(inputs, options);
  const std::string_view asset = embeddedAsset(kBundledBodyFile);
  Result<Model> model =
      importGltfBytes(std::span(reinterpret_cast<const unsigned char*>(asset.data()), asset.size()),
                      kBundledBodyName);
  releaseFilePages(asset);  // parsed: the bytes are the binary's own, read again if needed
  if (!model) return model.error();
  LoadedBody body;
  body.model = std::move(model.value());
  body.frame = normaliseBodyFrame(body.model, UpAxis::PosY, Units::Metres);
  markClosedParts(body.model);
  const std::lock_guard lock(gReferenceMutex);
  if (!gReference) gReference = std::make_unique<const ReferenceBody>(referenceOf(body.model));
  return body;
}

const ReferenceBody* keptBundledReference() {
  const std::lock_guard lock(gReferenceMutex);
  return gReference.get();
}

}  // namespace myo
