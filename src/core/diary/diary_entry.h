// A pain diary entry: the day, the drawing with its painted area in all and per region, an
// optional note, and what body it was drawn on. Plain data; no GL, no UI.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

#include "core/diary/body_regions.h"
#include "core/referral/pain_drawing.h"

namespace myo {

struct DiaryEntry {
  std::int64_t id = 0;  // the records' row id, 0 until saved
  std::string day;      // "2026-11-03" (local date)
  std::string savedAt;  // "2026-11-03 18:04:12" (local time)
  std::string body;     // the body it was drawn on ("bundled body" or its file name)
  std::string note;
  PainDrawing drawing;
  float squareCm = 0.0f;            // painted area
  float meanWeight = 0.0f;          // area-weighted, 0–1 (1/3 mild … 1 severe)
  std::vector<RegionArea> regions;  // per diaryRegions() entry
};

}  // namespace myo
