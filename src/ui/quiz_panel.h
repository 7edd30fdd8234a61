// The quiz tab: choose a kind of question, a body region and how many, then answer each — clicks
// on the body, a choice, the muscles picked or a typed name — reveal it (right or wrong, the
// score, a line from the atlas, and the point's referral played), go on; the running score and
// streak, and a summary at the end. Reads QuizView, returns intents; draws no scene.
#pragma once

#include <string>

#include "ui/item_probe.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

struct QuizPanelMemory {
  int kind = 0;    // index into the kinds offered
  int region = 0;  // index into the regions offered
  int count = 10;
  unsigned seed = 1;  // a new one for every quiz started
  bool classMode = false;
  int classSeconds = 30, students = 20;
  std::string typed;
};

// Draws the tab into the current window. O(choices).
[[nodiscard]] UiIntents drawQuizPanel(const UiStateView& view, QuizPanelMemory& memory,
                                      ItemProbe* probe);

}  // namespace myo
