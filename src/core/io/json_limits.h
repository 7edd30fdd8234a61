// Limits on the JSON the app reads (glTF, the atlas, lessons, settings): nesting depth, checked
// by a streaming pass before any tree is built, so a hostile file cannot exhaust the stack of a
// recursive reader (tinygltf's, the schema check's); and the shortened echo of a value in a
// message. nlohmann/json only; no GL, no UI.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

#include "core/result.h"

namespace myo {

// The deepest nesting of arrays and objects any file may have; real glTF, atlas and lesson
// files stay under 12.
inline constexpr std::size_t kMaxJsonDepth = 128;

// How deep `text` nests, stopping once past `limit` (then limit + 1); 0 for a scalar. Errors:
// a syntax error ("syntax error at byte N"). O(text), no recursion.
[[nodiscard]] Result<std::size_t> jsonDepth(std::string_view text,
                                            std::size_t limit = kMaxJsonDepth);

// `text` parsed after jsonDepth has bounded it: errors say "nests deeper than 128 levels" or
// "not valid JSON (syntax error at byte N)" (where: "JSON"). O(text).
[[nodiscard]] Result<nlohmann::json> parseJsonBounded(std::string_view text);

// `value` as JSON text, cut to `most` characters with "…" when longer: what messages quote.
// O(size of value).
[[nodiscard]] std::string shortDump(const nlohmann::json& value, std::size_t most = 60);

}  // namespace myo
