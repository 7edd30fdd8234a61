// Fuzz target: importing a tab-separated treatment log into the records database. One database
// in the scratch folder takes every input; after each, it must still read back whole.
#include <cstddef>
#include <cstdint>
#include <filesystem>
#include <span>
#include <utility>

#include "fuzz/fuzz_support.h"
#include "records/user_records.h"

namespace {

myo::UserRecords& records() {
  static myo::UserRecords opened = [] {
    auto db = myo::UserRecords::open(myo::fuzz::scratchFolder() / "records.db");
    myo::fuzz::require(db.ok(), "cannot open the scratch database");
    return std::move(db.value());
  }();
  return opened;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const auto tsv = myo::fuzz::scratchFolder() / "treatment-log.tsv";
  std::filesystem::remove(tsv.string() + ".imported");
  myo::fuzz::writeBytes(tsv, std::span(data, size));
  const auto before = records().treatments();
  myo::fuzz::require(before.ok(), "the database no longer reads");
  const auto imported = records().importTreatmentLog(tsv);
  const auto after = records().treatments();
  myo::fuzz::require(after.ok(), "the database no longer reads after an import");
  if (imported.ok()) {
    myo::fuzz::require(after.value().size() == before.value().size() + imported.value(),
                       "the import count is not what came in");
  } else {
    myo::fuzz::requireOneLineNaming(imported.error(), tsv.string());
    myo::fuzz::require(after.value().size() == before.value().size(),
                       "a refused import left entries behind");
  }
  return 0;
}
