// Test helper for the kill test: opens the records database given and adds entries one by one —
// a treatment entry for even N, a diary entry of 12 dabs and one region for odd N, each named
// "point_N" — printing "saved N" (flushed) after each commit, until it is killed or has added
// the count asked for. Usage: myoscope_records_writer DB FIRST COUNT
#include <cstdio>
#include <cstdlib>
#include <string>

#include "records/user_records.h"

int main(int argc, char** argv) {
  if (argc != 4) return 2;
  myo::Result<myo::UserRecords> records = myo::UserRecords::open(argv[1]);
  if (!records) {
    std::fprintf(stderr, "%s\n", records.error().message().c_str());
    return 1;
  }
  const int first = std::atoi(argv[2]), count = std::atoi(argv[3]);
  for (int i = first; i < first + count; ++i) {
    const std::string name = "point_" + std::to_string(i);
    if (i % 2 == 0) {
      myo::TreatmentEntry entry{"2026-12-02T10:00:00Z", name, "pressure_release", 60.0f, 6, 3};
      if (!records->addTreatment(entry)) return 1;
    } else {
      myo::DiaryEntry entry;
      entry.day = "2026-12-02";
      entry.savedAt = "2026-12-02 10:00:00";
      entry.body = "bundled body";
      entry.note = name;
      for (int d = 0; d < 12; ++d)
        entry.drawing.dabs.push_back(
            {{0.01f * static_cast<float>(d), 1.5f, 0.1f}, 0.03f, myo::PainLevel::Moderate});
      entry.squareCm = 40.0f;
      entry.meanWeight = 2.0f / 3.0f;
      entry.regions.assign(myo::diaryRegions().size(), {});
      entry.regions[0] = {40.0f, 2.0f / 3.0f};
      if (!records->addDiaryEntry(entry)) return 1;
    }
    std::printf("saved %d\n", i);
    std::fflush(stdout);
  }
  return 0;
}
