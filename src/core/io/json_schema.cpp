// Recursive schema checking with JSON-pointer paths.
#include "core/io/json_schema.h"

#include <algorithm>
#include <cmath>
#include <regex>
#include <unordered_map>

#include "core/io/json_limits.h"

namespace myo {
namespace {

// The longest text a pattern is run on when the schema sets no maxLength.
constexpr std::size_t kMaxPatternText = 4096;

using nlohmann::json;

// "~" and "/" escaped as JSON pointers require (RFC 6901).
std::string escapedToken(const std::string& token) {
  std::string out;
  for (const char c : token) out += c == '~' ? "~0" : c == '/' ? "~1" : std::string(1, c);
  return out;
}

std::string typeName(const json& value) {
  if (value.is_number_integer() || value.is_number_unsigned()) return "integer";
  if (value.is_number_float()) return "number";
  return value.type_name();
}

bool hasType(const json& value, const std::string& type) {
  if (type == "integer")
    return value.is_number_integer() || value.is_number_unsigned() ||
           (value.is_number_float() && std::isfinite(value.get<double>()) &&
            std::trunc(value.get<double>()) == value.get<double>());
  if (type == "number") return value.is_number();
  if (type == "string") return value.is_string();
  if (type == "boolean") return value.is_boolean();
  if (type == "object") return value.is_object();
  if (type == "array") return value.is_array();
  if (type == "null") return value.is_null();
  return false;
}

// Code points of a UTF-8 string (continuation bytes not counted). O(length).
std::size_t characters(const std::string& text) {
  std::size_t count = 0;
  for (const unsigned char c : text) count += (c & 0xC0) != 0x80 ? 1 : 0;
  return count;
}

const json* resolve(const json& schema, const json& root) {
  const auto ref = schema.find("$ref");
  if (ref == schema.end()) return &schema;
  const std::string target = ref->get<std::string>();
  const std::string prefix = "#/$defs/";
  if (!target.starts_with(prefix)) return nullptr;
  const auto defs = root.find("$defs");
  if (defs == root.end()) return nullptr;
  const auto found = defs->find(target.substr(prefix.size()));
  return found == defs->end() ? nullptr : resolve(*found, root);
}

void checkNumber(const json& value, const json& schema, std::vector<SchemaViolation>& out,
                 const std::string& pointer) {
  const double number = value.get<double>();
  if (schema.contains("minimum") && number < schema["minimum"].get<double>())
    out.push_back(
        {pointer, shortDump(value) + " is below the minimum " + schema["minimum"].dump()});
  if (schema.contains("maximum") && number > schema["maximum"].get<double>())
    out.push_back(
        {pointer, shortDump(value) + " is above the maximum " + schema["maximum"].dump()});
}

// The schema's pattern compiled once per thread (compiling is most of a check's cost; the
// bundled schemas hold a handful of patterns). O(1) after the first use of `pattern`.
const std::regex& compiledPattern(const std::string& pattern) {
  thread_local std::unordered_map<std::string, std::regex> compiled;
  auto found = compiled.find(pattern);
  if (found == compiled.end()) found = compiled.emplace(pattern, std::regex(pattern)).first;
  return found->second;
}

void checkString(const json& value, const json& schema, std::vector<SchemaViolation>& out,
                 const std::string& pointer) {
  const std::string text = value.get<std::string>();
  const std::size_t length = characters(text);
  if (schema.contains("minLength") && length < schema["minLength"].get<std::size_t>())
    out.push_back({pointer, "text shorter than " + schema["minLength"].dump() + " characters"});
  if (schema.contains("maxLength") && length > schema["maxLength"].get<std::size_t>())
    out.push_back({pointer, "text longer than " + schema["maxLength"].dump() + " characters (" +
                                std::to_string(length) + ")"});
  // libstdc++'s regex recurses per character: never run it on text past the schema's limit (or,
  // without one, past kMaxPatternText).
  const std::size_t most =
      schema.contains("maxLength") ? schema["maxLength"].get<std::size_t>() : kMaxPatternText;
  if (schema.contains("pattern") && length <= most &&
      !std::regex_search(text, compiledPattern(schema["pattern"].get<std::string>())))
    out.push_back({pointer, shortDump(value) + " does not match " + schema["pattern"].dump()});
  else if (schema.contains("pattern") && length > most && !schema.contains("maxLength"))
    out.push_back({pointer, "text longer than " + std::to_string(kMaxPatternText) +
                                " characters cannot be checked against a pattern"});
}

void checkObject(const json& value, const json& schema, const json& root,
                 std::vector<SchemaViolation>& out, const std::string& pointer) {
  if (schema.contains("required"))
    for (const json& name : schema["required"])
      if (!value.contains(name.get<std::string>()))
        out.push_back({pointer, "missing required field \"" + name.get<std::string>() + "\""});
  const json empty = json::object();
  const json& properties = schema.contains("properties") ? schema["properties"] : empty;
  const bool closed = schema.contains("additionalProperties") &&
                      schema["additionalProperties"].is_boolean() &&
                      !schema["additionalProperties"].get<bool>();
  for (const auto& [key, member] : value.items()) {
    const std::string path = pointer + "/" + escapedToken(key);
    if (properties.contains(key))
      checkAgainstSchema(member, properties[key], root, out, path);
    else if (closed)
      out.push_back({path, "unknown field \"" + key + "\""});
  }
}

void checkArray(const json& value, const json& schema, const json& root,
                std::vector<SchemaViolation>& out, const std::string& pointer) {
  if (schema.contains("minItems") && value.size() < schema["minItems"].get<std::size_t>())
    out.push_back({pointer, "needs at least " + schema["minItems"].dump() + " items, has " +
                                std::to_string(value.size())});
  if (schema.contains("maxItems") && value.size() > schema["maxItems"].get<std::size_t>())
    out.push_back({pointer, "allows at most " + schema["maxItems"].dump() + " items, has " +
                                std::to_string(value.size())});
  if (schema.contains("items"))
    for (std::size_t i = 0; i < value.size(); ++i)
      checkAgainstSchema(value[i], schema["items"], root, out, pointer + "/" + std::to_string(i));
}

}  // namespace

void checkAgainstSchema(const json& value, const json& schemaNode, const json& root,
                        std::vector<SchemaViolation>& out, const std::string& pointer) {
  const json* schema = resolve(schemaNode, root);
  if (schema == nullptr) {
    out.push_back({pointer, "schema reference " + schemaNode["$ref"].dump() + " not found"});
    return;
  }
  if (schema->contains("enum")) {
    const json& allowed = (*schema)["enum"];
    if (std::find(allowed.begin(), allowed.end(), value) == allowed.end())
      out.push_back({pointer, shortDump(value) + " is not one of " + shortDump(allowed, 120)});
    return;
  }
  if (schema->contains("type")) {
    const std::string type = (*schema)["type"].get<std::string>();
    if (!hasType(value, type)) {
      out.push_back({pointer, "expected " + type + ", found " + typeName(value)});
      return;
    }
  }
  if (value.is_number()) checkNumber(value, *schema, out, pointer);
  if (value.is_string()) checkString(value, *schema, out, pointer);
  if (value.is_object()) checkObject(value, *schema, root, out, pointer);
  if (value.is_array()) checkArray(value, *schema, root, out, pointer);
}

}  // namespace myo
