// Timer plan from the technique; completed presses become log entries.
#include "app/treatment_state.h"

#include <algorithm>
#include <chrono>

namespace myo {

void TreatmentState::loadLog() {
  logProblem_.clear();
  if (const Status loaded = log_.load(); !loaded) logProblem_ = loaded.error().message();
}

void TreatmentState::keepIn(UserRecords& records) {
  records_ = &records;
  logProblem_.clear();
  if (const Result<int> imported = records.importTreatmentLog(log_.file()); !imported)
    logProblem_ = imported.error().message();
  Result<std::vector<TreatmentEntry>> kept = records.treatments();
  if (!kept) {
    logProblem_ = kept.error().message();
    kept_.clear();
    return;
  }
  kept_ = std::move(kept.value());
}

std::vector<TreatmentEntry> TreatmentState::entriesFor(std::string_view triggerPoint) const {
  return entriesOf(entries(), triggerPoint);
}

void TreatmentState::choose(const Atlas& atlas, const TriggerPoint& point, char side,
                            std::size_t technique) {
  pointLabel_ = point.id + "." + side;
  techniqueIndex_ = std::min(technique, point.techniques.empty() ? 0 : point.techniques.size() - 1);
  technique_ = nullptr;
  timed_ = false;
  HoldPlan plan;
  if (!point.techniques.empty()) {
    const TechniqueUse& use = point.techniques[techniqueIndex_];
    technique_ = atlas.findTechnique(use.technique);
    timed_ = technique_ != nullptr && isSelfTimed(use, *technique_);
    if (technique_ != nullptr) {
      plan.holdSeconds = use.holdSeconds.value_or(technique_->defaultHoldSeconds);
      plan.holdsPerSet = std::max(1, use.repetitions.value_or(technique_->repetitions));
    }
  }
  if (plan.holdSeconds <= 0.0f) plan.holdSeconds = 60.0f;
  timer_ = HoldTimer(plan);
  discomfortAtPress_ = -1;
  askedFor_ = {};
}

void TreatmentState::clear() {
  pointLabel_.clear();
  askedFor_ = {};
  technique_ = nullptr;
  techniqueIndex_ = 0;
  timed_ = false;
  timer_ = HoldTimer();
}

float TreatmentState::minHold() const {
  return technique_ != nullptr && technique_->minHoldSeconds > 0.0f ? technique_->minHoldSeconds
                                                                    : 10.0f;
}

float TreatmentState::maxHold() const {
  const float most = technique_ != nullptr && technique_->maxHoldSeconds > 0.0f
                         ? technique_->maxHoldSeconds
                         : 120.0f;
  return std::max(most, minHold());
}

void TreatmentState::setHoldSeconds(float seconds) {
  timer_.setHoldSeconds(std::clamp(seconds, minHold(), maxHold()));
}

void TreatmentState::record(const HoldEvent& event) {
  if (event.to == HoldPhase::Press) {
    discomfortAtPress_ = discomfort_;
    askedFor_ = {};  // a new press: the last one's question has passed
  }
  if (event.from != HoldPhase::Press || !event.heldSeconds || pointLabel_.empty()) return;
  // Saved at once with the discomfort after unknown, so that an unanswered question loses
  // nothing; the answer fills it in.
  TreatmentEntry entry{utcTimestamp(clock_->now()),
                       pointLabel_,
                       technique_ != nullptr ? technique_->id : "pressure_release",
                       *event.heldSeconds,
                       discomfortAtPress_,
                       -1};
  Status saved;
  if (records_ == nullptr)
    saved = log_.append(entry);
  else if (const Result<std::int64_t> added = records_->addTreatment(entry); !added)
    saved = added.error();
  if (!saved) {
    logProblem_ = saved.error().message();
    return;
  }
  if (records_ != nullptr) kept_.push_back(entry);
  askedFor_ = entry;
}

void TreatmentState::answerHowNow(int level) {
  if (!askingHowNow()) return;
  const int after = std::clamp(level, 0, 10);
  const Status saved =
      records_ != nullptr
          ? records_->setDiscomfortAfter(askedFor_.time, askedFor_.triggerPoint, after)
          : log_.setDiscomfortAfter(askedFor_.time, askedFor_.triggerPoint, after);
  if (!saved) logProblem_ = saved.error().message();
  if (saved && records_ != nullptr)
    for (TreatmentEntry& entry : kept_)
      if (entry.time == askedFor_.time && entry.triggerPoint == askedFor_.triggerPoint)
        entry.discomfortAfter = after;
  askedFor_ = {};
}

void TreatmentState::releaseNow(double now) {
  if (const std::optional<HoldEvent> event = timer_.releaseNow(now)) record(*event);
}

bool TreatmentState::update(double now) {
  const std::vector<HoldEvent> events = timer_.update(now);
  for (const HoldEvent& event : events) record(event);
  return !events.empty();
}

}  // namespace myo
