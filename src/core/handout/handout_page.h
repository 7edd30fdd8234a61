// A printable handout page as plain content: title, the trigger points whose referral its
// pictures paint, and text blocks in reading order, built from the atlas for one trigger point
// or from a lesson step. How it looks on paper is the print module's; which views picture it is
// the caller's. No files, no GL.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "core/atlas/atlas.h"
#include "core/lessons/lesson.h"

namespace myo {

// How a block is set: plain text, numbered steps, a warning, clinician-only information, or the
// small print of sources.
enum class BlockTone { Plain, Steps, Warning, Clinician, Small };

struct HandoutBlock {
  std::string heading;
  std::string paragraph;           // set before the lines
  std::vector<std::string> lines;  // bullets (numbered when tone is Steps)
  BlockTone tone = BlockTone::Plain;
};

struct HandoutPage {
  std::string title, subtitle;
  std::vector<std::string> paintedPoints;  // "infraspinatus_1.R": marked and painted
  bool legend = false;                     // the pictures show referral: print its legend
  std::vector<HandoutBlock> blocks;
  std::string footer;  // the disclaimer and the atlas version
};

// The page for `point` on `side` ('L' or 'R'): where to press and the point's cautions, then how
// (the first self-applied pressure technique's steps, hold and repetitions), the stretch, the
// other self-care techniques, what only a clinician does, when not to use the techniques, when
// to stop and get help, when to see a professional, and sources. O(atlas text).
[[nodiscard]] HandoutPage triggerPointHandout(const Atlas& atlas, const TriggerPoint& point,
                                              char side);

// The page for step `step` (0-based, in range) of `lesson`: its title and narration, and the
// trigger points it shows with where to find them, their cautions and warning signs.
// O(step + atlas text).
[[nodiscard]] HandoutPage lessonStepHandout(const Lesson& lesson, std::size_t step,
                                            const Atlas& atlas);

// "60 s", "15 min", "90 s × 3". O(1).
[[nodiscard]] std::string holdWords(float seconds, int repetitions);

}  // namespace myo
