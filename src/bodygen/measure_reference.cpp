// measure_reference: developer tool that measures the real BodyParts3D body (muscles, bones,
// joint centres, bony landmarks) in our body frame and prints reference_measurements.cpp, the
// tables the procedural body generator builds on. Reads third-party meshes; never shipped.
//
// Usage: myoscope_measure_reference DATA_DIR [OUTPUT.cpp]
//   DATA_DIR holds bp3d_body.glb and skeleton_frame_outliers/ (../shared/data/bodyparts3d).
//   The tables go to OUTPUT.cpp (default: stdout); the checks and a summary go to stderr.
#include <cstdio>
#include <exception>

#include "bodygen/measure_tables.h"

namespace {

using namespace myo;
using namespace myo::measure;

void printPoints(std::FILE* log, const char* title, const std::vector<ref::MeasuredPoint>& list) {
  std::fprintf(log, "%s:\n", title);
  for (const ref::MeasuredPoint& p : list)
    std::fprintf(log, "  %-24s %s  %7.4f %7.4f %7.4f   %s\n", std::string(p.name).c_str(),
                 p.side == ref::BodySide::Left ? "L" : (p.side == ref::BodySide::Right ? "R" : "M"),
                 double(p.position.x), double(p.position.y), double(p.position.z),
                 std::string(p.method).c_str());
}

int run(int argc, char** argv) {
  if (argc < 2 || argc > 3) {
    std::fprintf(stderr, "usage: %s DATA_DIR [OUTPUT.cpp]\n", argv[0]);
    return 2;
  }
  std::FILE* log = stderr;
  const ReferenceBody body = loadReferenceBody(argv[1]);
  std::fprintf(log,
               "frame: soles y %.5f m, midline x %.5f m (vertebrae say %.5f), height %.5f m,"
               " scale %.6f\n",
               body.origin.y, body.origin.x, body.midlineFromVertebrae, body.sourceHeight,
               body.scale);
  std::fprintf(log, "frame outliers: %.5f m per raw unit; checks:\n", body.outlierUnit);
  for (const OutlierCheck& c : body.outlierChecks)
    std::fprintf(log, "  %s: %+.1f mm\n", c.what.c_str(), c.gap * 1000.0);
  for (const std::string& note : body.notes) std::fprintf(log, "note: %s\n", note.c_str());

  Measurements m;
  measureMuscles(body, m, log);
  measureLoftedBones(body, m, log);
  measureBoxes(body, m, log);
  measureRibs(body, m, log);
  measureExtremities(body, m, log);
  measureJoints(body, m, log);
  measureLandmarks(body, m, log);
  printPoints(log, "joints", m.joints);
  printPoints(log, "landmarks (bony)", m.landmarks);
  std::fprintf(log,
               "tables: %zu muscles, %zu bones, %zu boxes, %zu curves, %zu extremities, "
               "%zu joints, %zu landmarks\n",
               m.muscles.size(), m.bones.size(), m.boxes.size(), m.ribs.size(),
               m.extremities.size(), m.joints.size(), m.landmarks.size());

  std::FILE* out = argc == 3 ? std::fopen(argv[2], "w") : stdout;
  if (out == nullptr) {
    std::fprintf(stderr, "measure_reference: cannot write %s\n", argv[2]);
    return 1;
  }
  emitTables(body, m, out);
  if (out != stdout && std::fclose(out) != 0) {
    std::fprintf(stderr, "measure_reference: cannot write %s\n", argv[2]);
    return 1;
  }
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  try {
    return run(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "measure_reference: %s\n", e.what());
    return 1;
  }
}
