// A JSON Schema (draft 2020-12) checker for the subset the atlas schema uses: $ref to "#/$defs/…",
// type, enum, required, properties, additionalProperties: false, items, minItems, maxItems,
// minimum, maximum, minLength, maxLength, pattern. Pure data checks; no files, no GL.
#pragma once

#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace myo {

// One violation: where (a JSON pointer such as "/trigger_points/3/essential/0/blob", "" for the
// document) and why, in one line.
struct SchemaViolation {
  std::string pointer;
  std::string reason;
};

// Checks `value` against `schema`, a node of `root` (the whole schema document, for $ref), and
// appends every violation found. Unknown keywords are ignored. O(size of value · schema depth).
void checkAgainstSchema(const nlohmann::json& value, const nlohmann::json& schema,
                        const nlohmann::json& root, std::vector<SchemaViolation>& violations,
                        const std::string& pointer = "");

}  // namespace myo
