// The depth-measuring SAX pass and the bounded parse.
#include "core/io/json_limits.h"

namespace myo {
namespace {

using json = nlohmann::json;

// Counts nesting as the parser streams through; stops the parse once past the limit.
struct DepthCounter : nlohmann::json_sax<json> {
  std::size_t limit, depth = 0, deepest = 0;
  std::size_t errorAt = 0;
  bool failed = false;
  explicit DepthCounter(std::size_t most) : limit(most) {}
  bool enter() {
    deepest = std::max(deepest, ++depth);
    return depth <= limit;
  }
  bool null() override { return true; }
  bool boolean(bool) override { return true; }
  bool number_integer(number_integer_t) override { return true; }
  bool number_unsigned(number_unsigned_t) override { return true; }
  bool number_float(number_float_t, const string_t&) override { return true; }
  bool string(string_t&) override { return true; }
  bool binary(binary_t&) override { return true; }
  bool start_object(std::size_t) override { return enter(); }
  bool key(string_t&) override { return true; }
  bool end_object() override {
    --depth;
    return true;
  }
  bool start_array(std::size_t) override { return enter(); }
  bool end_array() override {
    --depth;
    return true;
  }
  bool parse_error(std::size_t position, const std::string&,
                   const nlohmann::detail::exception&) override {
    failed = true;
    errorAt = position;
    return false;
  }
};

}  // namespace

Result<std::size_t> jsonDepth(std::string_view text, std::size_t limit) {
  DepthCounter counter(limit);
  (void)json::sax_parse(text, &counter);
  if (counter.failed)
    return Error{"", "JSON", "syntax error at byte " + std::to_string(counter.errorAt)};
  return counter.deepest;
}

Result<json> parseJsonBounded(std::string_view text) {
  const Result<std::size_t> depth = jsonDepth(text);
  if (!depth) return Error{"", "JSON", "not valid JSON (" + depth.error().reason + ")"};
  if (depth.value() > kMaxJsonDepth)
    return Error{"", "JSON",
                 "nests deeper than " + std::to_string(kMaxJsonDepth) + " levels (the limit)"};
  json parsed = json::parse(text, nullptr, false);
  if (parsed.is_discarded()) return Error{"", "JSON", "not valid JSON"};
  return parsed;
}

std::string shortDump(const json& value, std::size_t most) {
  std::string text = value.dump();
  if (text.size() <= most) return text;
  text.resize(most);
  return text + "\u2026";
}

}  // namespace myo
