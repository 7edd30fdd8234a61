// Test helper for the kill test: opens the records database given and adds treatment entries
// one by one, printing "saved N" (flushed) after each commit, until it is killed or has added
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
    myo::TreatmentEntry entry{
        "2026-12-02T10:00:00Z", "point_" + std::to_string(i), "pressure_release", 60.0f, 6, 3};
    if (!records->addTreatment(entry)) return 1;
    std::printf("saved %d\n", i);
    std::fflush(stdout);
  }
  return 0;
}
