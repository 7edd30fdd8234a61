// Reading and checking an atlas folder (docs/atlas-format.md): every file against the schema,
// then the meaning (landmarks, muscles, techniques, ids, weights). Reads files; no GL, no UI.
//
//   Result<AtlasFiles> files = readAtlasFolder("assets/atlas");
//   AtlasLoad load = parseAtlas(*files, schemaText);
//   for (const Error& e : load.errors) std::cerr << e.message() << "\n";
#pragma once

#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/atlas.h"
#include "core/result.h"

namespace myo {

// The text of an atlas's files: each named for messages (a path, or "bundled/…").
struct AtlasFileText {
  std::string name;
  std::string bytes;
};
struct AtlasFiles {
  std::vector<AtlasFileText> triggerPoints;  // one per region file
  AtlasFileText techniques;
  AtlasFileText safety;
  AtlasFileText muscles;
};

// The atlas read and every problem found; a file that fails its schema check adds nothing.
struct AtlasLoad {
  Atlas atlas;
  std::vector<Error> errors;  // file, JSON pointer, reason
  [[nodiscard]] bool ok() const { return errors.empty(); }
};

// Reads DIR/trigger_points/*.json (sorted by name), DIR/techniques.json, DIR/safety.json and
// DIR/muscles.json.
// Errors: DIR missing, no trigger point files, a file that cannot be read. O(total size).
[[nodiscard]] Result<AtlasFiles> readAtlasFolder(const std::filesystem::path& dir);

// Checks every file against `schemaText` (atlas.schema.json), builds the atlas from those that
// pass, then runs checkAtlasMeaning(). Never throws. O(total size).
[[nodiscard]] AtlasLoad parseAtlas(const AtlasFiles& files, std::string_view schemaText);

// Meaning checks that a schema cannot express: unknown landmark or muscle, a zone that is not
// exactly a blob with radius_cm or a path with width_cm, `between` weights not summing to 1
// (±0.01), duplicate trigger point or technique ids, an unknown technique, a hold outside its
// technique's range, a technique whose default hold is outside its range. Errors name each
// trigger point's file and JSON pointer. O(atlas size).
void checkAtlasMeaning(const Atlas& atlas, const std::string& techniquesFile,
                       std::vector<Error>& errors);

// The files that checkAtlasSafety's errors name.
struct SafetyCheckFiles {
  std::string techniques, safety;
};

// Rules that keep the atlas safe to follow (docs/clinical-review.md): clinician-only techniques
// and uses are never timed, and notes that say a clinician applies a technique mark it so; a
// technique's target is a discomfort range within 0–10 (at most 2 for "no pain" and "comfortably
// warm") that agrees with every "N–M of 10" its texts state; self-applied pressure holds within
// 30–90 s and never on a location weighted toward the groin, the back of the knee, the front of
// the neck or the armpit; every point referring to a red flag's landmarks carries that flag, and
// names only flags that exist; a time stated in notes or technique texts agrees with the numbers;
// notes avoid the words their technique rules out. O(atlas text).
void checkAtlasSafety(const Atlas& atlas, const SafetyCheckFiles& files,
                      std::vector<Error>& errors);

// Muscle info entries: each names a catalogue muscle, once. Errors name `musclesFile` and the
// entry's pointer ("/muscles/3/muscle"). O(entries).
void checkMuscleInfo(const Atlas& atlas, const std::string& musclesFile,
                     std::vector<Error>& errors);

}  // namespace myo
