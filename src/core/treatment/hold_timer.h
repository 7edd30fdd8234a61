// HoldTimer: the pressure-release routine as a state machine on an injected clock — locate the
// spot, press and hold, release, (rest, press again …), stretch, rest between sets — with pause,
// resume, reset and an early release when the spot eases. Pure logic: the caller passes the time
// (s, any monotonic origin); no GL, no UI, no sound.
#pragma once

#include <optional>
#include <string_view>
#include <vector>

namespace myo {

enum class HoldPhase { Ready, Locate, Press, Release, Rest, Stretch, Done };

// Display name of a phase, e.g. "Press and hold". O(1).
[[nodiscard]] std::string_view holdPhaseName(HoldPhase phase);

struct HoldPlan {
  float locateSeconds = 10.0f;   // find the tender spot
  float holdSeconds = 60.0f;     // press and hold (the technique's default, 30–90 s)
  float releaseSeconds = 5.0f;   // let go slowly
  float restSeconds = 10.0f;     // between holds of a set
  float stretchSeconds = 30.0f;  // after the last hold of a set
  float setRestSeconds = 30.0f;  // between sets
  int holdsPerSet = 3;
  int sets = 1;
};

// A phase change, for cues and the treatment log.
struct HoldEvent {
  HoldPhase from = HoldPhase::Ready;
  HoldPhase to = HoldPhase::Ready;
  double at = 0.0;  // clock time of the change, s
  // When `from` is Press: how long the pressure was held (s), shorter after an early release.
  std::optional<float> heldSeconds;
};

class HoldTimer {
 public:
  explicit HoldTimer(HoldPlan plan = {}) : plan_(plan) {}

  // Starts at Locate (from Ready or Done). O(1).
  void start(double now);
  // Freezes the countdown; resume() continues where it stopped. O(1).
  void pause(double now);
  void resume(double now);
  // Space: start when Ready or Done, else pause or resume. O(1).
  void toggle(double now);
  // Back to Ready, nothing held. O(1).
  void reset();
  // "It eased — release now": ends a Press phase at once, returning that change with the time
  // actually held; nothing in other phases. O(1).
  std::optional<HoldEvent> releaseNow(double now);
  // Advances to `now`, returning the phase changes in order (several after a long gap). O(changes).
  std::vector<HoldEvent> update(double now);
  // Changes the hold length (clamped to 1–600 s); a running hold keeps its elapsed time. O(1).
  void setHoldSeconds(float seconds);
  // Changes the number of sets (at least 1, and never below the set under way). O(1).
  void setSets(int sets);

  [[nodiscard]] HoldPhase phase() const { return phase_; }
  [[nodiscard]] bool paused() const { return paused_; }
  [[nodiscard]] const HoldPlan& plan() const { return plan_; }
  [[nodiscard]] int set() const { return set_; }    // 0-based
  [[nodiscard]] int hold() const { return hold_; }  // 0-based within the set
  // Seconds left in the current phase at `now` (0 in Ready and Done). O(1).
  [[nodiscard]] float remaining(double now) const;
  // Fraction of the current phase elapsed at `now`, 0–1. O(1).
  [[nodiscard]] float progress(double now) const;
  // Holds completed so far (a press followed by its release). O(1).
  [[nodiscard]] int holdsDone() const { return holdsDone_; }

 private:
  [[nodiscard]] float duration(HoldPhase phase) const;
  [[nodiscard]] double elapsed(double now) const;
  // The phase after the current one, updating set and hold counters. O(1).
  HoldPhase advance();
  void enter(HoldPhase next, double at, std::vector<HoldEvent>* events,
             std::optional<float> held = std::nullopt);

  HoldPlan plan_;
  HoldPhase phase_ = HoldPhase::Ready;
  double phaseStart_ = 0.0;  // clock time the phase began, moved forward by pauses
  double pausedAt_ = 0.0;
  bool paused_ = false;
  int set_ = 0;
  int hold_ = 0;
  int holdsDone_ = 0;
};

}  // namespace myo
