// Phase sequence: Locate, then per hold Press → Release → (Rest → Press …), after the set's last
// release Stretch, then Rest between sets or Done.
#include "core/treatment/hold_timer.h"

#include <algorithm>

namespace myo {

std::string_view holdPhaseName(HoldPhase phase) {
  switch (phase) {
    case HoldPhase::Ready:
      return "Ready";
    case HoldPhase::Locate:
      return "Locate the spot";
    case HoldPhase::Press:
      return "Press and hold";
    case HoldPhase::Release:
      return "Release";
    case HoldPhase::Rest:
      return "Rest";
    case HoldPhase::Stretch:
      return "Stretch";
    case HoldPhase::Done:
      return "Done";
  }
  return "";
}

float HoldTimer::duration(HoldPhase phase) const {
  switch (phase) {
    case HoldPhase::Locate:
      return plan_.locateSeconds;
    case HoldPhase::Press:
      return plan_.holdSeconds;
    case HoldPhase::Release:
      return plan_.releaseSeconds;
    case HoldPhase::Rest:
      return hold_ == 0 ? plan_.setRestSeconds : plan_.restSeconds;
    case HoldPhase::Stretch:
      return plan_.stretchSeconds;
    case HoldPhase::Ready:
    case HoldPhase::Done:
      return 0.0f;
  }
  return 0.0f;
}

double HoldTimer::elapsed(double now) const {
  return (paused_ ? pausedAt_ : now) - phaseStart_;
}

void HoldTimer::enter(HoldPhase next, double at, std::vector<HoldEvent>* events,
                      std::optional<float> held) {
  if (events != nullptr) events->push_back({phase_, next, at, held});
  phase_ = next;
  phaseStart_ = at;
}

HoldPhase HoldTimer::advance() {
  switch (phase_) {
    case HoldPhase::Locate:
      return HoldPhase::Press;
    case HoldPhase::Press:
      return HoldPhase::Release;
    case HoldPhase::Release:
      ++holdsDone_;
      if (hold_ + 1 < plan_.holdsPerSet) {
        ++hold_;
        return HoldPhase::Rest;
      }
      return HoldPhase::Stretch;
    case HoldPhase::Rest:
      return hold_ == 0 ? HoldPhase::Locate : HoldPhase::Press;
    case HoldPhase::Stretch:
      if (set_ + 1 < plan_.sets) {
        ++set_;
        hold_ = 0;
        return HoldPhase::Rest;  // between sets, then locate again
      }
      return HoldPhase::Done;
    case HoldPhase::Ready:
    case HoldPhase::Done:
      return phase_;
  }
  return phase_;
}

void HoldTimer::start(double now) {
  if (phase_ != HoldPhase::Ready && phase_ != HoldPhase::Done) return;
  set_ = hold_ = holdsDone_ = 0;
  paused_ = false;
  phase_ = HoldPhase::Ready;
  enter(HoldPhase::Locate, now, nullptr);
}

void HoldTimer::pause(double now) {
  if (paused_ || phase_ == HoldPhase::Ready || phase_ == HoldPhase::Done) return;
  paused_ = true;
  pausedAt_ = now;
}

void HoldTimer::resume(double now) {
  if (!paused_) return;
  phaseStart_ += now - pausedAt_;
  paused_ = false;
}

void HoldTimer::toggle(double now) {
  if (phase_ == HoldPhase::Ready || phase_ == HoldPhase::Done)
    start(now);
  else if (paused_)
    resume(now);
  else
    pause(now);
}

void HoldTimer::reset() {
  phase_ = HoldPhase::Ready;
  paused_ = false;
  set_ = hold_ = holdsDone_ = 0;
}

std::optional<HoldEvent> HoldTimer::releaseNow(double now) {
  if (phase_ != HoldPhase::Press) return std::nullopt;
  const auto held = static_cast<float>(elapsed(now));
  paused_ = false;
  std::vector<HoldEvent> events;
  enter(advance(), now, &events, held);
  return events.front();
}

std::vector<HoldEvent> HoldTimer::update(double now) {
  std::vector<HoldEvent> events;
  if (paused_) return events;
  while (phase_ != HoldPhase::Ready && phase_ != HoldPhase::Done) {
    const double end = phaseStart_ + duration(phase_);
    if (now < end) break;
    const HoldPhase from = phase_;
    const HoldPhase next = advance();
    enter(next, end, &events,
          from == HoldPhase::Press ? std::optional<float>(plan_.holdSeconds) : std::nullopt);
  }
  return events;
}

void HoldTimer::setHoldSeconds(float seconds) {
  plan_.holdSeconds = std::clamp(seconds, 1.0f, 600.0f);
}

void HoldTimer::setSets(int sets) {
  plan_.sets = std::max({sets, 1, set_ + 1});
}

float HoldTimer::remaining(double now) const {
  if (phase_ == HoldPhase::Ready || phase_ == HoldPhase::Done) return 0.0f;
  return std::max(0.0f, duration(phase_) - static_cast<float>(elapsed(now)));
}

float HoldTimer::progress(double now) const {
  const float total = duration(phase_);
  if (total <= 0.0f) return phase_ == HoldPhase::Done ? 1.0f : 0.0f;
  return std::clamp(static_cast<float>(elapsed(now)) / total, 0.0f, 1.0f);
}

}  // namespace myo
