// Container split, JSON checks and the Draco rewrite done before tinygltf parses a file.
#include "core/io/gltf_preflight.h"

#include <algorithm>
#include <cctype>
#include <cstring>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/io/json_limits.h"

#include "core/io/gltf_where.h"
#include "core/io/gltf_writer.h"

namespace myo {
namespace {

using nlohmann::json;
namespace fs = std::filesystem;

constexpr std::uint32_t kChunkJson = 0x4E4F534A;
constexpr std::uint32_t kChunkBin = 0x004E4942;
constexpr std::size_t kGlbHeader = 12;
constexpr std::size_t kChunkHeader = 8;
constexpr std::size_t kShownUriLength = 80;

// Data URI media types tinygltf decodes; it would take any other data URI for a file name.
constexpr std::string_view kDataUriTypes[] = {"application/octet-stream",
                                              "application/gltf-buffer",
                                              "image/jpeg",
                                              "image/png",
                                              "image/bmp",
                                              "image/gif",
                                              "text/plain"};

struct Container {
  std::string_view json;
  std::span<const std::uint8_t> bin;  // payload of the GLB BIN chunk
  bool binary = false;
  bool hasBin = false;
};

std::uint32_t readU32(std::span<const std::uint8_t> bytes, std::size_t at) {
  return static_cast<std::uint32_t>(bytes[at]) | static_cast<std::uint32_t>(bytes[at + 1]) << 8 |
         static_cast<std::uint32_t>(bytes[at + 2]) << 16 |
         static_cast<std::uint32_t>(bytes[at + 3]) << 24;
}

// 'text' in quotes, cut to kShownUriLength characters. (Built by appending: GCC 12 warns
// falsely about "'" + std::string.)
std::string quoted(const std::string& text) {
  std::string out(1, '\'');
  out.append(text, 0, kShownUriLength);
  if (text.size() > kShownUriLength) out += "...";
  out += '\'';
  return out;
}

Result<Container> splitContainer(std::span<const std::uint8_t> bytes) {
  Container c;
  if (bytes.size() < 4 || std::memcmp(bytes.data(), "glTF", 4) != 0) {
    c.json = std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size());
    return c;
  }
  c.binary = true;
  const std::string holds = " but the file holds " + std::to_string(bytes.size());
  if (bytes.size() < kGlbHeader + kChunkHeader)
    return Error{"", "GLB header", "is truncated (" + std::to_string(bytes.size()) + " bytes)"};
  if (const std::uint32_t version = readU32(bytes, 4); version != 2)
    return Error{"", "GLB header",
                 "container version " + std::to_string(version) + " is not supported (2 expected)"};
  const std::size_t length = readU32(bytes, 8);
  if (length > bytes.size())
    return Error{"", "GLB header", "claims " + std::to_string(length) + " bytes" + holds};
  if (length < kGlbHeader + kChunkHeader)
    return Error{"", "GLB header",
                 "claims " + std::to_string(length) + " bytes, less than its own headers (" +
                     std::to_string(kGlbHeader + kChunkHeader) + ")"};
  if (readU32(bytes, 16) != kChunkJson)
    return Error{"", "GLB header", "the first chunk is not JSON"};
  const std::size_t jsonLength = readU32(bytes, 12);
  const std::size_t jsonAt = kGlbHeader + kChunkHeader;
  if (jsonLength > length - jsonAt)
    return Error{"", "GLB JSON chunk", "claims " + std::to_string(jsonLength) + " bytes" + holds};
  c.json = std::string_view(reinterpret_cast<const char*>(bytes.data() + jsonAt), jsonLength);
  const std::size_t binAt = jsonAt + jsonLength;
  if (binAt + kChunkHeader <= length && readU32(bytes, binAt + 4) == kChunkBin) {
    const std::size_t binLength = readU32(bytes, binAt);
    if (binLength > length - binAt - kChunkHeader)
      return Error{"", "GLB BIN chunk", "claims " + std::to_string(binLength) + " bytes" + holds};
    c.bin = bytes.subspan(binAt + kChunkHeader, binLength);
    c.hasBin = true;
  }
  return c;
}

const json* member(const json& object, const char* key) {
  if (!object.is_object()) return nullptr;
  const auto it = object.find(key);
  return it == object.end() ? nullptr : &*it;
}

std::optional<std::uint64_t> unsignedMember(const json& object, const char* key) {
  const json* value = member(object, key);
  if (value == nullptr || !value->is_number_unsigned()) return std::nullopt;
  return value->get<std::uint64_t>();
}

// Elements of the array `key` of the document (none when absent or not an array).
const json& arrayMember(const json& doc, const char* key) {
  static const json kEmpty = json::array();
  const json* value = member(doc, key);
  return value != nullptr && value->is_array() ? *value : kEmpty;
}

// The URI with %XX escapes and '+' decoded, exactly like tinygltf's urldecode.
std::string percentDecoded(const std::string& uri) {
  std::string out;
  for (std::size_t i = 0; i < uri.size(); ++i) {
    if (uri[i] == '+') {
      out += ' ';
    } else if (uri[i] == '%' && i + 2 < uri.size()) {
      const auto hex = [](char c) {
        return std::isdigit(static_cast<unsigned char>(c)) != 0
                   ? c - '0'
                   : (std::tolower(static_cast<unsigned char>(c)) - 'a' + 10) & 0xF;
      };
      out += static_cast<char>((hex(uri[i + 1]) << 4) | hex(uri[i + 2]));
      i += 2;
    } else {
      out += uri[i];
    }
  }
  return out;
}

// The problem with a buffer's data: URI (tinygltf decodes only base64 of a few media types), or
// a decoded size other than `byteLength`.
std::optional<std::string> dataUriProblem(const std::string& uri, std::uint64_t byteLength) {
  const std::size_t marker = uri.find(";base64,");
  if (marker == std::string::npos)
    return "data URI is not base64 (only ';base64,' data URIs are supported)";
  const std::string_view type = std::string_view(uri).substr(5, marker - 5);
  if (std::find(std::begin(kDataUriTypes), std::end(kDataUriTypes), type) ==
      std::end(kDataUriTypes))
    return "data URI type '" + std::string(type) + "' is not supported";
  std::string_view payload = std::string_view(uri).substr(marker + 8);
  while (!payload.empty() && payload.back() == '=') payload.remove_suffix(1);
  const bool base64 = std::all_of(payload.begin(), payload.end(), [](char c) {
    return std::isalnum(static_cast<unsigned char>(c)) != 0 || c == '+' || c == '/';
  });
  if (!base64) return "data URI holds characters that are not base64";
  const std::uint64_t decoded = payload.size() * 3 / 4;
  if (decoded != byteLength)
    return "data URI holds " + std::to_string(decoded) + " bytes but byteLength is " +
           std::to_string(byteLength);
  return std::nullopt;
}

std::optional<Error> checkVersion(const json& doc) {
  const json* asset = member(doc, "asset");
  const json* version = asset != nullptr ? member(*asset, "version") : nullptr;
  if (version == nullptr || !version->is_string())
    return Error{"", "asset.version", "is missing (not a glTF 2.0 file)"};
  const std::string text = version->get<std::string>();
  if (text != "2" && !text.starts_with("2."))
    return Error{"", "asset.version", "glTF " + text + " is not supported (2.x expected)"};
  return std::nullopt;
}

std::optional<Error> checkExtensions(const json& doc, std::vector<Error>& warnings) {
  const auto supported = [](const std::string& name) {
    return std::any_of(std::begin(kGltfSupportedExtensions), std::end(kGltfSupportedExtensions),
                       [&](const char* known) { return name == known; });
  };
  for (const json& name : arrayMember(doc, "extensionsRequired"))
    if (name.is_string() && !supported(name.get<std::string>()))
      return Error{"", "extensionsRequired", name.get<std::string>() + " is not supported"};
  for (const json& name : arrayMember(doc, "extensionsUsed"))
    if (name.is_string() && !supported(name.get<std::string>()))
      warnings.push_back(Error{"", "extensionsUsed",
                               name.get<std::string>() + " is not supported; its data is ignored"});
  return std::nullopt;
}

// The problem with an external (non-data:) URI; every one is refused when `folder` is empty
// (bytes from memory have no folder to read files from).
std::optional<std::string> externalUriProblem(const std::string& uri, const fs::path& folder) {
  if (folder.empty())
    return quoted(uri) +
           " is an external file; a model read from memory must be self-contained (GLB or "
           "data: URIs)";
  return uriProblem(uri);
}

// The problem with an external buffer file, or nullopt when it exists with `byteLength` bytes.
std::optional<Error> checkBufferFile(const std::string& where, const std::string& uri,
                                     std::uint64_t byteLength, const fs::path& folder) {
  if (auto problem = externalUriProblem(uri, folder)) return Error{"", where + ".uri", *problem};
  const fs::path file = folder / percentDecoded(uri);
  std::error_code ec;
  const std::uintmax_t size = fs::is_regular_file(file, ec) ? fs::file_size(file, ec) : 0;
  if (ec || !fs::is_regular_file(file))
    return Error{"", where, quoted(uri) + " not found next to the model"};
  if (size != byteLength)
    return Error{"", where,
                 quoted(uri) + " holds " + std::to_string(size) + " bytes but byteLength is " +
                     std::to_string(byteLength)};
  return std::nullopt;
}

// Checks every buffer's source; returns the declared byte lengths.
Result<std::vector<std::uint64_t>> checkBuffers(const json& doc, const Container& container,
                                                const fs::path& folder) {
  std::vector<std::uint64_t> lengths;
  const json& buffers = arrayMember(doc, "buffers");
  for (std::size_t i = 0; i < buffers.size(); ++i) {
    const std::string where = gltfWhere("buffers", i);
    const std::optional<std::uint64_t> length = unsignedMember(buffers[i], "byteLength");
    if (!length) return Error{"", where, "byteLength is missing or negative"};
    const json* uri = member(buffers[i], "uri");
    if (uri == nullptr) {
      if (!container.binary || i != 0)
        return Error{"", where, "has no uri, so its data is missing"};
      if (!container.hasBin)
        return Error{"", where, "refers to the GLB's BIN chunk, which the file lacks"};
      if (*length > container.bin.size())
        return Error{"", where,
                     "byteLength " + std::to_string(*length) + " exceeds the BIN chunk (" +
                         std::to_string(container.bin.size()) + " bytes)"};
    } else if (!uri->is_string()) {
      return Error{"", where + ".uri", "is not a string"};
    } else if (const std::string text = uri->get<std::string>(); text.starts_with("data:")) {
      if (auto problem = dataUriProblem(text, *length)) return Error{"", where + ".uri", *problem};
    } else if (auto problem = checkBufferFile(where, text, *length, folder)) {
      return *problem;
    }
    lengths.push_back(*length);
  }
  return lengths;
}

std::optional<Error> checkBufferViews(const json& doc, const std::vector<std::uint64_t>& lengths) {
  const json& views = arrayMember(doc, "bufferViews");
  for (std::size_t i = 0; i < views.size(); ++i) {
    const std::string where = gltfWhere("bufferViews", i);
    const std::optional<std::uint64_t> buffer = unsignedMember(views[i], "buffer");
    const std::optional<std::uint64_t> length = unsignedMember(views[i], "byteLength");
    const std::uint64_t offset = unsignedMember(views[i], "byteOffset").value_or(0);
    if (!buffer || !length) return Error{"", where, "buffer or byteLength is missing"};
    if (*buffer >= lengths.size())
      return Error{"", where, gltfWhere("buffers", *buffer) + " does not exist"};
    const std::uint64_t available = lengths[*buffer];
    if (offset > available || *length > available - offset)
      return Error{"", where,
                   "claims " + std::to_string(*length) + " bytes at offset " +
                       std::to_string(offset) + " but " + gltfWhere("buffers", *buffer) +
                       " holds " + std::to_string(available)};
  }
  return std::nullopt;
}

std::optional<Error> checkImages(const json& doc, const fs::path& folder) {
  const json& images = arrayMember(doc, "images");
  const std::size_t viewCount = arrayMember(doc, "bufferViews").size();
  for (std::size_t i = 0; i < images.size(); ++i) {
    const json* uri = member(images[i], "uri");
    if (uri != nullptr && uri->is_string() && !uri->get<std::string>().starts_with("data:"))
      if (auto problem = externalUriProblem(uri->get<std::string>(), folder))
        return Error{"", gltfWhere("images", i) + ".uri", *problem};
    const std::optional<std::uint64_t> view = unsignedMember(images[i], "bufferView");
    if (view && *view >= viewCount)
      return Error{"", gltfWhere("images", i), gltfWhere("bufferViews", *view) + " does not exist"};
  }
  return std::nullopt;
}

// Drops "indices" from Draco primitives: the importer decodes their faces itself, and tinygltf
// (without Draco) rejects an indices accessor that has no bufferView. True when one changed.
bool dropDracoIndices(json& doc) {
  bool changed = false;
  json* meshes = doc.contains("meshes") ? &doc["meshes"] : nullptr;
  if (meshes == nullptr || !meshes->is_array()) return false;
  for (json& mesh : *meshes) {
    if (!mesh.is_object() || !mesh.contains("primitives") || !mesh["primitives"].is_array())
      continue;
    for (json& primitive : mesh["primitives"]) {
      const json* extensions = member(primitive, "extensions");
      if (extensions != nullptr && member(*extensions, "KHR_draco_mesh_compression") != nullptr)
        changed = primitive.erase("indices") > 0 || changed;
    }
  }
  return changed;
}

// The file again with `doc` as its JSON (GLB: same BIN chunk).
std::vector<std::uint8_t> rewrite(const json& doc, const Container& container) {
  const std::string text = doc.dump(-1, ' ', false, json::error_handler_t::replace);
  if (!container.binary) return std::vector<std::uint8_t>(text.begin(), text.end());
  const std::string glb = packGlb(text, container.bin);
  return std::vector<std::uint8_t>(glb.begin(), glb.end());
}

}  // namespace

std::optional<std::string> uriProblem(const std::string& uri) {
  std::string path = percentDecoded(uri);
  std::replace(path.begin(), path.end(), '\\', '/');
  const std::string shown = quoted(uri);
  if (path.empty()) return "is empty";
  const std::size_t colon = path.find(':');
  if (path.front() == '/' || (colon != std::string::npos && colon < path.find('/')))
    return shown + " is an absolute path or URL; only files in the model's folder are read";
  const fs::path normal = fs::path(path).lexically_normal();
  if (normal.empty() || *normal.begin() == "..")
    return shown + " points outside the model's folder";
  return std::nullopt;
}

Result<GltfPreflight> preflightGltf(std::span<const std::uint8_t> bytes, const fs::path& folder) {
  if (bytes.empty()) return Error{"", "", "file is empty"};
  Result<Container> container = splitContainer(bytes);
  if (!container) return container.error();
  Result<json> parsed = parseJsonBounded(container->json);
  if (!parsed) return parsed.error();
  json doc = std::move(parsed.value());
  if (!doc.is_object()) return Error{"", "JSON", "the top level is not an object"};
  GltfPreflight out;
  out.binary = container->binary;
  if (auto e = checkVersion(doc)) return *e;
  if (auto e = checkExtensions(doc, out.warnings)) return *e;
  Result<std::vector<std::uint64_t>> lengths = checkBuffers(doc, container.value(), folder);
  if (!lengths) return lengths.error();
  if (auto e = checkBufferViews(doc, lengths.value())) return *e;
  if (auto e = checkImages(doc, folder)) return *e;
  if (dropDracoIndices(doc)) out.rewritten = rewrite(doc, container.value());
  return out;
}

}  // namespace myo
