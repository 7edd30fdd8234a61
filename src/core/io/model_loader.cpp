// Files and folders → one merged body, normalised to metres, +Y up, facing +Z.
#include "core/io/model_loader.h"

#include <algorithm>
#include <cmath>
#include <optional>
#include <string>
#include <string_view>
#include <system_error>
#include <utility>

#include "core/geometry/mesh_topology.h"
#include "core/io/assimp_importer.h"
#include "core/io/child_import.h"
#include "core/io/gltf_importer.h"
#include "core/text/ascii_text.h"
#include "core/text/byte_size.h"

namespace myo {
namespace {

namespace fs = std::filesystem;

// Assimp lists these, but files with such names are far more often not models.
constexpr std::string_view kGenericExtensions[] = {".xml", ".raw"};

std::string extensionOf(const fs::path& file) {
  return asciiLower(file.extension().string());
}

bool isGltf(std::string_view extension) {
  return extension == ".gltf" || extension == ".glb";
}

// Farthest a vertex may lie from the origin, in the file's units (a body in millimetres is
// about 2,000 across): past it a file holds no body, or a transform has blown up.
constexpr float kFarthestVertex = 1e7f;

}  // namespace

std::optional<Error> sizeProblem(const fs::path& file, const Model& model,
                                 const BodyLimits& limits) {
  if (const std::size_t triangles = model.triangleCount(); triangles > limits.triangles)
    return Error{file.string(), "",
                 "holds " + std::to_string(triangles) + " triangles, more than a body may have (" +
                     std::to_string(limits.triangles) + ", the limit)"};
  if (const std::size_t bytes = model.memoryBytes(); bytes > limits.bytes)
    return Error{file.string(), "",
                 "needs " + mebibytes(bytes) + " MiB, more than a body may use (" +
                     mebibytes(limits.bytes) + " MiB, the limit)"};
  return std::nullopt;
}

std::optional<Error> geometryProblem(const fs::path& file, const Model& model) {
  if (std::optional<Error> tooBig = sizeProblem(file, model)) return tooBig;
  std::size_t triangles = 0;
  for (const Part& part : model.parts) {
    triangles += part.indices.size() / 3;
    for (std::size_t v = 0; v < part.positions.size(); ++v) {
      const glm::vec3& p = part.positions[v];
      const bool finite = std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z);
      if (finite && std::max({std::abs(p.x), std::abs(p.y), std::abs(p.z)}) <= kFarthestVertex)
        continue;
      return Error{file.string(), "part \"" + part.name + "\"",
                   "vertex " + std::to_string(v) +
                       (finite ? " lies more than 1e7 units from the origin (the limit)"
                               : " is not a finite number after its transform")};
    }
  }
  if (triangles == 0) return Error{file.string(), "", "holds no triangles"};
  return std::nullopt;
}

namespace {

Result<Model> importFile(const fs::path& file) {
  Result<Model> model =
      isGltf(extensionOf(file)) ? importGltf(file) : importInChildProcess(file, importWithAssimp);
  if (!model) return model;
  if (std::optional<Error> problem = geometryProblem(file, model.value())) return *problem;
  return model;
}

// Supported model files anywhere below `folder`, sorted by path.
Result<std::vector<fs::path>> modelFilesIn(const fs::path& folder) {
  std::error_code error;
  std::vector<fs::path> files;
  fs::recursive_directory_iterator entry(folder, fs::directory_options::skip_permission_denied,
                                         error);
  for (; !error && entry != fs::recursive_directory_iterator(); entry.increment(error)) {
    std::error_code unreadable;  // a broken link is skipped, not fatal
    if (entry->is_regular_file(unreadable) && isSupportedModelFile(entry->path()))
      files.push_back(entry->path());
  }
  if (error) return Error{folder.string(), "", "cannot list the folder: " + error.message()};
  if (files.empty()) return Error{folder.string(), "", "the folder holds no supported model files"};
  std::sort(files.begin(), files.end());
  return files;
}

// Imports one named file into `body`; its failure is the caller's failure.
std::optional<Error> addFile(const fs::path& file, Model& body, std::size_t& fileCount) {
  if (!isSupportedModelFile(file)) {
    const std::string extension = extensionOf(file);
    return Error{file.string(), "",
                 (extension.empty() ? std::string("no file extension")
                                    : "unsupported file type '" + extension + "'") +
                     "; expected glTF (.gltf, .glb) or a format Assimp reads (.obj, .fbx, .stl, "
                     ".ply, .dae, .3mf, …)"};
  }
  Result<Model> model = importFile(file);
  if (!model) return model.error();
  mergeModel(body, std::move(model).value());
  ++fileCount;
  return std::nullopt;
}

// Imports every model file below `folder` into `body`; a file that fails becomes a warning, and
// only a folder where every file fails is an error.
std::optional<Error> addFolder(const fs::path& folder, Model& body, std::size_t& fileCount) {
  Result<std::vector<fs::path>> files = modelFilesIn(folder);
  if (!files) return files.error();
  std::optional<Error> firstFailure;
  std::size_t loaded = 0;
  for (const fs::path& file : files.value()) {
    Result<Model> model = importFile(file);
    if (model) {
      mergeModel(body, std::move(model).value());
      ++loaded;
      continue;
    }
    body.warnings.push_back(model.error().message());
    if (!firstFailure) firstFailure = model.error();
  }
  fileCount += loaded;
  if (loaded > 0) return std::nullopt;
  return Error{folder.string(), "",
               "none of its " + std::to_string(files.value().size()) +
                   " model files loaded; first: " + firstFailure->message()};
}

}  // namespace

bool isSupportedModelFile(const fs::path& file) {
  const std::string extension = extensionOf(file);
  if (isGltf(extension)) return true;
  if (std::find(std::begin(kGenericExtensions), std::end(kGenericExtensions), extension) !=
      std::end(kGenericExtensions))
    return false;
  return !extension.empty() && assimpReadsExtension(extension);
}

Result<LoadedBody> loadBody(const std::vector<fs::path>& inputs, const LoadOptions& options) {
  if (inputs.empty()) return Error{"", "", "no model file or folder given"};
  LoadedBody body;
  std::size_t fileCount = 0;
  for (const fs::path& input : inputs) {
    std::error_code error;
    const fs::file_status status = fs::status(input, error);
    std::optional<Error> failure;
    if (!fs::exists(status))
      failure = Error{input.string(), "", "no such file or folder"};
    else if (fs::is_directory(status))
      failure = addFolder(input, body.model, fileCount);
    else
      failure = addFile(input, body.model, fileCount);
    if (failure) return *std::move(failure);
  }
  body.model.source =
      inputs.size() == 1 ? inputs.front().string() : std::to_string(fileCount) + " files";
  if (std::optional<Error> tooBig = sizeProblem(body.model.source, body.model)) return *tooBig;
  body.frame = normaliseBodyFrame(body.model, options.up, options.units);
  markClosedParts(body.model);
  return body;
}

}  // namespace myo
