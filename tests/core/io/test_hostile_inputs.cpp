// Hostile inputs a red-team pass found, each refused with one line (or handled) instead of
// reading past a buffer, overflowing the stack, invoking undefined behaviour or taking quadratic
// time: a GLB whose header is shorter than its chunks, JSON nested 20,000 deep in glTF, atlas and
// schema checks, a 50,000-character string against a pattern, 1e300 as an integer, and 40,000
// parts of one name.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cstring>
#include <fstream>

#include "core/io/gltf_importer.h"
#include "core/io/gltf_preflight.h"
#include "core/io/json_limits.h"
#include "core/io/json_schema.h"
#include "core/io/test_gltf_writer.h"

namespace fs = std::filesystem;

namespace {

std::string nested(std::size_t depth) {
  return std::string(depth, '[') + std::string(depth, ']');
}

void put32(std::vector<std::uint8_t>& bytes, std::size_t at, std::uint32_t value) {
  std::memcpy(bytes.data() + at, &value, 4);
}

}  // namespace

TEST_CASE("a GLB whose header says 0 bytes is refused, not read past its end", "[io][hostile]") {
  // 47 bytes: the header claims a total length of 0, the JSON chunk claims 4096 bytes.
  std::vector<std::uint8_t> bytes(47, ' ');
  std::memcpy(bytes.data(), "glTF", 4);
  put32(bytes, 4, 2);
  put32(bytes, 8, 0);
  put32(bytes, 12, 4096);
  put32(bytes, 16, 0x4E4F534Au);  // "JSON"
  const auto result = myo::preflightGltf(bytes, {});
  REQUIRE_FALSE(result.ok());
  CHECK(result.error().reason.find("less than its own headers") != std::string::npos);
}

TEST_CASE("JSON nested 20,000 deep is refused by its depth before any tree is built",
          "[io][hostile]") {
  CHECK(myo::jsonDepth("{\"a\": [1, {\"b\": 2}]}").value() == 3);
  CHECK(myo::jsonDepth(nested(20000)).value() == myo::kMaxJsonDepth + 1);  // stops past it
  const auto deep = myo::parseJsonBounded(nested(20000));
  REQUIRE_FALSE(deep.ok());
  CHECK(deep.error().reason.find("nests deeper than 128") != std::string::npos);
  CHECK(myo::parseJsonBounded(nested(100)).ok());
  CHECK_FALSE(myo::parseJsonBounded("[1, 2").ok());

  // In a .gltf's asset.extras: one line naming the file, no stack overflow in tinygltf.
  const fs::path dir = myo::test::gltfScratch("hostile-deep");
  const fs::path file = dir / "deep.gltf";
  myo::test::writeText(file,
                       "{\"asset\": {\"version\": \"2.0\", \"extras\": " + nested(20000) + "}}");
  const auto model = myo::importGltf(file);
  REQUIRE_FALSE(model.ok());
  CHECK(model.error().message().rfind("deep.gltf: ", 0) == 0);
  CHECK(model.error().message().find("nests deeper") != std::string::npos);
}

TEST_CASE("schema checks never run a pattern on text past its limit, nor echo a huge value",
          "[io][hostile]") {
  const nlohmann::json schema = nlohmann::json::parse(
      R"({"$defs": {"id": {"type": "string", "pattern": "^[a-z_]+$", "maxLength": 64},
                    "free": {"type": "string", "pattern": "^[a-z]+$"},
                    "kind": {"enum": ["a", "b"]}, "count": {"type": "integer"}}})");
  std::vector<myo::SchemaViolation> out;
  const nlohmann::json longText = std::string(50000, 'a');
  myo::checkAgainstSchema(longText, schema["$defs"]["id"], schema, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].reason.find("longer than 64") != std::string::npos);
  out.clear();
  myo::checkAgainstSchema(longText, schema["$defs"]["free"], schema, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].reason.find("cannot be checked against a pattern") != std::string::npos);
  out.clear();
  myo::checkAgainstSchema(nlohmann::json::parse(nested(120)), schema["$defs"]["kind"], schema, out);
  REQUIRE(out.size() == 1);
  CHECK(out[0].reason.size() < 200);  // the value is quoted shortened
  // 1e300 is a whole number but no long long: no undefined cast on the way to saying so.
  out.clear();
  myo::checkAgainstSchema(nlohmann::json(1e300), schema["$defs"]["count"], schema, out);
  CHECK(out.empty());
  myo::checkAgainstSchema(nlohmann::json(2.5), schema["$defs"]["count"], schema, out);
  CHECK(out.size() == 1);
}

TEST_CASE("40,000 parts of one name are numbered in linear time, each name once", "[io][hostile]") {
  myo::UniqueNames names;
  names.take("node#3");  // already there: skipped
  std::vector<std::string> given;
  for (int i = 0; i < 40000; ++i) given.push_back(names.claim("node"));
  CHECK(given[0] == "node");
  CHECK(given[1] == "node#2");
  CHECK(given[2] == "node#4");
  CHECK(given.back() == "node#40001");
  std::sort(given.begin(), given.end());
  CHECK(std::adjacent_find(given.begin(), given.end()) == given.end());
}
