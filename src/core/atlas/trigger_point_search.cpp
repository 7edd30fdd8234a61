// Word-start matching over weighted fields, with a few lay synonyms.
#include "core/atlas/trigger_point_search.h"

#include <algorithm>
#include <cctype>
#include <numeric>

#include "core/anatomy/lay_synonyms.h"
#include "core/anatomy/muscle_catalog.h"

namespace myo {
namespace search_detail {

// One searchable text of a trigger point and its weight in the score.
struct Field {
  std::string text;  // normalised
  float weight = 0.0f;
};

}  // namespace search_detail

namespace {

using search_detail::Field;

// Lower case, anything but letters and digits as one space, padded with spaces at both ends so
// " word" finds a word start.
std::string normalised(std::string_view text) {
  std::string out = " ";
  for (const char c : text) {
    const auto u = static_cast<unsigned char>(c);
    if (std::isalnum(u))
      out += static_cast<char>(std::tolower(u));
    else if (out.back() != ' ')
      out += ' ';
  }
  if (out.back() != ' ') out += ' ';
  return out;
}

std::vector<std::string> queryWords(std::string_view query) {
  static const std::vector<std::string> kSmall = {"a",  "an", "the", "of", "in", "on",
                                                  "at", "my", "and", "or", "to", "pain"};
  std::vector<std::string> words;
  const std::string text = normalised(query);
  for (std::size_t start = 1; start < text.size();) {
    const std::size_t end = text.find(' ', start);
    std::string word = text.substr(start, end - start);
    if (std::find(kSmall.begin(), kSmall.end(), word) == kSmall.end()) words.push_back(word);
    start = end + 1;
  }
  return words;
}

void addText(std::string& out, std::string_view text) {
  out.append(text);
  out.push_back(' ');
}

std::vector<Field> fieldsOf(const TriggerPoint& point) {
  std::string names, mimics, zones, symptoms;
  addText(names, point.name);
  addText(names, point.muscle);
  if (const MuscleSpec* spec = findMuscle(point.muscle)) addText(names, spec->displayName);
  for (const std::string& m : point.mimics) addText(mimics, m);
  for (const std::string& s : point.symptoms) addText(symptoms, s);
  for (const auto* kind : {&point.essential, &point.spillover})
    for (const AtlasZone& zone : *kind)
      for (const std::string& landmark : zone.landmarks) addText(zones, landmark);
  return {{normalised(names), 4.0f},
          {normalised(mimics), 3.0f},
          {normalised(zones), 2.0f},
          {normalised(symptoms), 1.0f}};
}

// The best weight of a field holding `word` (or one of its synonyms) at a word start; 0 if none.
float wordScore(const std::vector<Field>& fields, const std::string& word) {
  float best = 0.0f;
  for (const std::string& form : wordAndSynonyms(word)) {
    std::string start(1, ' ');  // the form at a word start
    start += form;
    for (const Field& field : fields)
      if (field.text.find(start) != std::string::npos) best = std::max(best, field.weight);
  }
  return best;
}

}  // namespace

const std::vector<AtlasRegion>& atlasRegions() {
  static const std::vector<AtlasRegion> kRegions = {{"head_neck", "Head and neck"},
                                                    {"shoulder_arm", "Shoulder and arm"},
                                                    {"trunk_hip", "Trunk and hip"},
                                                    {"leg_foot", "Leg and foot"}};
  return kRegions;
}

struct TriggerPointIndex::Entry {
  std::string region;
  std::vector<Field> fields;
};

TriggerPointIndex::TriggerPointIndex(std::vector<const TriggerPoint*> points)
    : points_(std::move(points)) {
  entries_.reserve(points_.size());
  for (const TriggerPoint* point : points_) entries_.push_back({point->region, fieldsOf(*point)});
}

TriggerPointIndex::~TriggerPointIndex() = default;
TriggerPointIndex::TriggerPointIndex(TriggerPointIndex&&) noexcept = default;
TriggerPointIndex& TriggerPointIndex::operator=(TriggerPointIndex&&) noexcept = default;

std::vector<std::size_t> TriggerPointIndex::search(std::string_view query,
                                                   std::string_view region) const {
  const std::vector<std::string> words = queryWords(query);
  const std::string phrase = normalised(query);
  std::vector<std::pair<float, std::size_t>> scored;
  for (std::size_t i = 0; i < entries_.size(); ++i) {
    if (!region.empty() && entries_[i].region != region) continue;
    const std::vector<Field>& fields = entries_[i].fields;
    float score = 0.0f;
    bool all = true;
    for (const std::string& word : words) {
      const float s = wordScore(fields, word);
      all = all && s > 0.0f;
      score += s;
    }
    if (!all) continue;
    if (words.size() > 1)
      for (const Field& field : fields)
        if (field.text.find(phrase) != std::string::npos) score += field.weight;
    scored.emplace_back(-score, i);
  }
  std::stable_sort(scored.begin(), scored.end(),
                   [](const auto& a, const auto& b) { return a.first < b.first; });
  std::vector<std::size_t> out;
  for (const auto& [score, index] : scored) out.push_back(index);
  return out;
}

std::vector<std::size_t> searchTriggerPoints(const std::vector<const TriggerPoint*>& points,
                                             std::string_view query, std::string_view region) {
  return TriggerPointIndex(points).search(query, region);
}

}  // namespace myo
