// Finding trigger points by what a person types: a muscle ("trapezius"), a place the pain is
// felt ("heel", "temple"), a symptom or a diagnosis it mimics ("headache", "tennis elbow"), and
// a body region filter. Searches names, symptoms, mimics and the referral zones' landmarks, not
// the self-care text. No GL, no UI.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "core/atlas/atlas.h"

namespace myo {

// Atlas region ids in display order, and their names: head_neck "Head and neck" …
struct AtlasRegion {
  std::string_view id;
  std::string_view name;
};
[[nodiscard]] const std::vector<AtlasRegion>& atlasRegions();

// The searchable text of a list of trigger points, normalised once, for repeated searches.
class TriggerPointIndex {
 public:
  // Indexes `points` (which must outlive the index). O(points × text).
  explicit TriggerPointIndex(std::vector<const TriggerPoint*> points);
  ~TriggerPointIndex();
  TriggerPointIndex(TriggerPointIndex&&) noexcept;
  TriggerPointIndex& operator=(TriggerPointIndex&&) noexcept;
  // As searchTriggerPoints over the indexed points. O(points × query words).
  [[nodiscard]] std::vector<std::size_t> search(std::string_view query,
                                                std::string_view region = {}) const;
  [[nodiscard]] const std::vector<const TriggerPoint*>& points() const { return points_; }

 private:
  struct Entry;
  std::vector<const TriggerPoint*> points_;
  std::vector<Entry> entries_;
};

// Indices into `points` of those matching every word of `query` (case-insensitive, a word
// matches the start of a word in the text; "a", "the" and other small words ignored) and lying
// in `region` (an atlas region id; empty for all), best first: a match in the name or muscle
// counts most, then the mimicked diagnoses, the zones, the symptoms; the whole query as a phrase
// counts extra. An empty query keeps every point of the region in order. O(points × text).
[[nodiscard]] std::vector<std::size_t> searchTriggerPoints(
    const std::vector<const TriggerPoint*>& points, std::string_view query,
    std::string_view region = {});

}  // namespace myo
