// glTF import entry points (a file, or bytes in memory): run the preflight checks, parse with
// tinygltf behind folder-confined file access (none for memory), then hand the document to
// gltf_scene. The one file that compiles the tinygltf implementation.
#include "core/io/gltf_importer.h"

// tinygltf 2.7 decodes Draco without checking the attribute ids a file claims (a bad file makes
// it dereference null); gltf_draco.cpp decodes with checks instead, so the header's path is off.
#undef TINYGLTF_ENABLE_DRACO
#define TINYGLTF_IMPLEMENTATION
#define TINYGLTF_NO_STB_IMAGE  // images stay encoded until a material uses them (gltf_texture)
#define TINYGLTF_NO_STB_IMAGE_WRITE
#include <tiny_gltf.h>

#include <climits>
#include <sstream>

#include "core/io/file_access.h"
#include "core/io/gltf_file_access.h"
#include "core/io/gltf_preflight.h"
#include "core/io/gltf_scene.h"

namespace myo {
namespace {

namespace fs = std::filesystem;

constexpr std::size_t kMessageLength = 200;

// Keeps the encoded bytes; decodeTexture decodes only the images a material uses.
bool keepEncodedImage(tinygltf::Image* image, const int, std::string*, std::string*, int, int,
                      const unsigned char* bytes, int size, void*) {
  if (size > 0) image->image.assign(bytes, bytes + size);
  return true;
}

// tinygltf messages can span lines and quote whole data URIs: one short line instead.
std::string oneLine(const std::string& text) {
  std::istringstream lines(text);
  std::string line;
  while (std::getline(lines, line) && line.find_first_not_of(" \t\r") == std::string::npos) {
  }
  if (const std::size_t data = line.find("data:"); data != std::string::npos)
    line.replace(data, line.find_first_of(" \"'", data) - data, "data:...");
  line.erase(line.find_last_not_of(" \t\r.") + 1);
  if (line.size() > kMessageLength) line = line.substr(0, kMessageLength) + "...";
  return line.empty() ? "tinygltf could not parse the file" : line;
}

Result<tinygltf::Model> parseWithTinygltf(std::span<const std::uint8_t> bytes, bool binary,
                                          GltfFolderGuard& guard) {
  tinygltf::TinyGLTF loader;
  loader.SetFsCallbacks(tinygltf::FsCallbacks{&guardedFileExists, &unexpandedPath, &guardedReadFile,
                                              &refusedWrite, &guard});
  loader.SetImageLoader(&keepEncodedImage, nullptr);
  loader.SetStoreOriginalJSONForExtrasAndExtensions(true);
  tinygltf::Model gltf;
  std::string err;
  std::string warn;  // only about images, which are reported when a material uses them
  const auto size = static_cast<unsigned int>(bytes.size());
  const std::string baseDir = guard.folder.string();
  const bool ok =
      binary ? loader.LoadBinaryFromMemory(&gltf, &err, &warn, bytes.data(), size, baseDir)
             : loader.LoadASCIIFromString(
                   &gltf, &err, &warn, reinterpret_cast<const char*>(bytes.data()), size, baseDir);
  if (!guard.refused.empty())
    return Error{"", "", "'" + guard.refused.front() + "' resolves outside the model's folder"};
  if (!ok) return Error{"", "", oneLine(err)};
  return gltf;
}

struct ParsedGltf {
  tinygltf::Model gltf;
  std::vector<Error> warnings;
};

// Preflight and parse, shared by file and memory import. `guard.folder` empty: the bytes came
// from memory and may not refer to files. Errors leave Error::file empty.
Result<ParsedGltf> parseBytes(std::span<const std::uint8_t> bytes, GltfFolderGuard& guard) {
  if (bytes.size() > UINT_MAX) return Error{"", "", "is larger than 4 GiB"};
  Result<GltfPreflight> preflight = preflightGltf(bytes, guard.folder);
  if (!preflight) return preflight.error();
  const std::span<const std::uint8_t> input =
      preflight->rewritten.empty() ? bytes : preflight->rewritten;
  Result<tinygltf::Model> gltf = parseWithTinygltf(input, preflight->binary, guard);
  if (!gltf) return gltf.error();
  return ParsedGltf{std::move(gltf.value()), std::move(preflight->warnings)};
}

// The scene walk: parts are tagged with `source`; warnings name `label`.
Result<Model> buildModel(ParsedGltf& parsed, const std::string& source, const std::string& label) {
  Model model;
  model.source = source;
  if (auto e = importGltfScene(parsed.gltf, source, model, parsed.warnings)) return *e;
  for (Error& warning : parsed.warnings) {
    warning.file = label;
    model.warnings.push_back(warning.message());
  }
  return model;
}

Result<Model> importFile(const fs::path& file, const std::string& label) {
  std::error_code ec;
  const fs::path path = fs::absolute(file, ec);
  if (ec || !fs::is_regular_file(path, ec)) return Error{"", "", "file not found"};
  std::vector<unsigned char> bytes;
  if (!readWholeFile(path, bytes)) return Error{"", "", "cannot be read"};
  GltfFolderGuard guard = GltfFolderGuard::forModel(path);
  Result<ParsedGltf> parsed = parseBytes(bytes, guard);
  std::vector<unsigned char>().swap(bytes);  // tinygltf holds its own copy: lower the peak
  if (!parsed) return parsed.error();
  return buildModel(parsed.value(), file.string(), label);
}

// Runs `load`, naming `label` in its error and turning exceptions into errors.
template <class Load>
Result<Model> labelled(const std::string& label, const Load& load) {
  try {
    Result<Model> result = load();
    if (result) return result;
    Error error = result.error();
    error.file = label;
    return error;
  } catch (const std::exception& e) {
    return Error{label, "", std::string("unexpected failure: ") + e.what()};
  } catch (...) {
    return Error{label, "", "unexpected failure"};
  }
}

}  // namespace

Result<Model> importGltf(const std::filesystem::path& file) {
  const std::string label = file.filename().string();
  return labelled(label, [&] { return importFile(file, label); });
}

Result<Model> importGltfBytes(std::span<const unsigned char> bytes,
                              const std::string& displayName) {
  return labelled(displayName, [&] {
    GltfFolderGuard noFiles;
    Result<ParsedGltf> parsed = parseBytes(bytes, noFiles);
    if (!parsed) return Result<Model>(parsed.error());
    return buildModel(parsed.value(), displayName, displayName);
  });
}

}  // namespace myo
