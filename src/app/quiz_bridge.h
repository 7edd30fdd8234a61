// Quizzes and AppState: starting one on the placed atlas, showing each question (the muscle
// highlighted, the spot marked, the referral playing), taking answers — clicks on the body go to
// the quiz instead of selecting while it waits for them — and revealing, with "show me": the
// point's referral played and framed — and keeping every revealed answer in the user's records,
// with the questions missed there to review. No GL, no window system.
#pragma once

#include <optional>

#include "app/app_state.h"
#include "ui/ui_intents.h"
#include "ui/ui_state_view.h"

namespace myo {

// The quiz tab's view of the state. O(choices).
[[nodiscard]] QuizView makeQuizView(const AppState& state);

// True while a name-this-muscle question waits for its answer: nothing may name the muscle
// (labels, the muscle card, the hover tip). O(1).
[[nodiscard]] bool quizHidesNames(const AppState& state);

// True while a where-does-it-refer or which-knot question waits for its answer: the chosen point
// is the question (or its answer), so neither its card, its label, its row in the list nor the
// presenter caption may name it or tell where its pain goes. O(1).
[[nodiscard]] bool quizHidesPoint(const AppState& state);

// True while the quiz's question is answered by clicks on the body (where, knot). O(1).
[[nodiscard]] bool quizTakesClicks(const AppState& state);

// True while a where-does-it-refer question waits: a Shift-drag paints a brush stroke on the
// body, each sample of it a click, instead of turning the camera. O(1).
[[nodiscard]] bool quizTakesStrokes(const AppState& state);

// Applies the quiz intents; returns the intents that show the question (or the reveal) now
// shown, sent through the apply step by the caller. Problems (no questions for this body, the
// atlas not placed yet) go to the status line. O(points · zones) to start, O(1) after.
[[nodiscard]] std::optional<UiIntents> applyQuizIntents(const UiIntents& intents, AppState& state);

}  // namespace myo
