// The minimal atlas fixture (tests/fixtures/atlas/minimal) for loader and check tests: edit one of
// its files as JSON, parse the folder again, and assert on the one error expected. Tests only.
#pragma once

#include <catch2/catch.hpp>

#include <functional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/atlas/atlas_loader.h"
#include "core/io/file_access.h"
#include "support/test_paths.h"

namespace myo::test {

// Which file of the minimal atlas an edit applies to.
enum class AtlasFile { TriggerPoints, Techniques, Safety, Muscles };

inline std::string atlasSchemaText() {
  std::vector<unsigned char> bytes;
  REQUIRE(readWholeFile(std::filesystem::path(MYO_ATLAS_DIR) / "atlas.schema.json", bytes));
  return std::string(bytes.begin(), bytes.end());
}

inline AtlasFiles minimalAtlasFiles() {
  const Result<AtlasFiles> files = readAtlasFolder(fixtures() / "atlas/minimal");
  INFO((files ? std::string() : files.error().message()));
  REQUIRE(files.ok());
  return files.value();
}

// The minimal atlas with `edit` applied to `which` of its files; the errors found. O(fixture).
inline std::vector<Error> atlasErrorsAfter(const std::function<void(nlohmann::json&)>& edit,
                                           AtlasFile which = AtlasFile::TriggerPoints) {
  AtlasFiles files = minimalAtlasFiles();
  AtlasFileText& file = which == AtlasFile::Techniques ? files.techniques
                        : which == AtlasFile::Safety   ? files.safety
                        : which == AtlasFile::Muscles  ? files.muscles
                                                       : files.triggerPoints[0];
  nlohmann::json document = nlohmann::json::parse(file.bytes);
  edit(document);
  file.bytes = document.dump(2);
  return parseAtlas(files, atlasSchemaText()).errors;
}

// Exactly one error, in a file whose name ends with `fileEnd`, at `pointer`, whose reason contains
// `reason`, on one line.
inline void expectOneAtlasError(const std::vector<Error>& errors, const std::string& fileEnd,
                                const std::string& pointer, const std::string& reason) {
  for (const Error& e : errors) UNSCOPED_INFO(e.message());
  REQUIRE(errors.size() == 1);
  CHECK(errors[0].file.ends_with(fileEnd));
  CHECK(errors[0].where == pointer);
  CHECK(errors[0].reason.find(reason) != std::string::npos);
  CHECK(errors[0].message().find('\n') == std::string::npos);
}

}  // namespace myo::test
