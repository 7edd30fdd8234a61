// Canonical words, division synonyms and whole-muscle fallbacks.
#include "core/anatomy/muscle_names.h"

#include <algorithm>
#include <map>
#include <set>

#include "core/anatomy/muscle_catalog.h"
#include "core/text/name_words.h"

namespace myo {
namespace {

using Words = std::vector<std::string>;

constexpr std::string_view kFiller[] = {
    "muscle", "muscles", "musculus", "m",     "of",       "the",    "part",   "pars",
    "head",   "caput",   "portion",  "belly", "division", "fibres", "fibers", "and"};

// Word-level synonyms (Latin and variant spellings) -> the catalogue's word.
const std::map<std::string, std::string>& latinSynonyms() {
  static const std::map<std::string, std::string> table = {
      {"deltoideus", "deltoid"},
      {"sternocleidomastoideus", "sternocleidomastoid"},
      {"rhomboideus", "rhomboid"},
      {"rhomboids", "rhomboid"},
      {"peroneus", "fibularis"},
      {"peroneal", "fibularis"},
      {"scalene", "scalenus"},
      {"scaleni", "scalenus"},
      {"fascia", "fasciae"},
      {"anticus", "anterior"},
      {"posticus", "posterior"},
      {"obliquus", "oblique"},
      {"externus", "external"},
      {"trapezoid", "trapezius"},
      {"gastrocnemii", "gastrocnemius"},
      {"pectoral", "pectoralis"},
      {"splenii", "splenius"},
      {"multifidi", "multifidus"},
  };
  return table;
}

// Other names of a catalogue division's qualifier: muscle -> alternatives.
const std::map<std::string_view, Words>& divisionSynonyms() {
  static const std::map<std::string_view, Words> table = {
      {"trapezius_descending", {"upper", "superior", "descendens"}},
      {"trapezius_transverse", {"middle", "transversa"}},
      {"trapezius_ascending", {"lower", "inferior", "ascendens"}},
      {"deltoid_clavicular", {"anterior", "clavicularis"}},
      {"deltoid_acromial", {"middle", "lateral", "acromialis"}},
      {"deltoid_spinal", {"posterior", "spinalis"}},
      {"pectoralis_major_clavicular", {"clavicularis"}},
      {"pectoralis_major_sternocostal", {"sternal", "sternocostalis"}},
      {"sternocleidomastoid_sternal", {"sternalis"}},
      {"sternocleidomastoid_clavicular", {"clavicularis"}},
  };
  return table;
}

bool isFiller(const std::string& word) {
  return std::find(std::begin(kFiller), std::end(kFiller), word) != std::end(kFiller);
}

BodySideWord sideOf(const std::string& word) {
  if (word == "left" || word == "l" || word == "lt" || word == "sinister" || word == "sinistra")
    return BodySideWord::Left;
  if (word == "right" || word == "r" || word == "rt" || word == "dexter" || word == "dextra")
    return BodySideWord::Right;
  return BodySideWord::None;
}

// The catalogue muscle's words, and the words of the whole muscle when it is one division of
// several in the catalogue (trapezius_descending -> trapezius).
struct CataloguePhrases {
  Words exact;
  Words whole;  // empty when the entry is not a division
};

CataloguePhrases phrasesOf(std::string_view muscle) {
  CataloguePhrases phrases;
  phrases.exact = parsePartName(muscle).words;  // the same synonyms as part names
  const std::size_t cut = muscle.rfind('_');
  if (cut == std::string_view::npos) return phrases;
  const std::string_view prefix = muscle.substr(0, cut + 1);
  int siblings = 0;
  for (const MuscleSpec& spec : muscleCatalog())
    if (spec.name.starts_with(prefix) && spec.name.find('_', cut + 1) == std::string_view::npos)
      ++siblings;
  if (siblings > 1) phrases.whole = parsePartName(muscle.substr(0, cut)).words;
  return phrases;
}

bool containsAll(const Words& sorted, const Words& needed) {
  return std::all_of(needed.begin(), needed.end(), [&](const std::string& w) {
    return std::binary_search(sorted.begin(), sorted.end(), w);
  });
}

}  // namespace

PartName parsePartName(std::string_view name) {
  PartName parsed;
  const std::size_t fma = name.find("FMA");
  if (fma != std::string_view::npos) {
    std::size_t end = fma + 3;
    while (end < name.size() && name[end] >= '0' && name[end] <= '9') ++end;
    if (end > fma + 3) parsed.fma = std::string(name.substr(fma, end - fma));
  }
  std::set<std::string> words;
  for (std::string word : splitNameWords(name)) {
    if (const BodySideWord side = sideOf(word); side != BodySideWord::None) {
      parsed.side = side;
      continue;
    }
    if (isFiller(word)) continue;
    if (const auto found = latinSynonyms().find(word); found != latinSynonyms().end())
      word = found->second;
    words.insert(word);
  }
  parsed.words.assign(words.begin(), words.end());
  return parsed;
}

MuscleMatch matchMuscle(const PartName& part, std::string_view muscle) {
  const MuscleSpec* spec = findMuscle(muscle);
  if (spec == nullptr) return MuscleMatch::None;
  if (!part.fma.empty() && (part.fma == spec->fmaRight || part.fma == spec->fmaLeft))
    return MuscleMatch::Exact;
  const CataloguePhrases phrases = phrasesOf(muscle);
  if (containsAll(part.words, phrases.exact)) return MuscleMatch::Exact;
  if (phrases.whole.empty()) return MuscleMatch::None;
  // The division's qualifier may be spelt another way ("upper trapezius").
  if (const auto alternatives = divisionSynonyms().find(muscle);
      alternatives != divisionSynonyms().end() && containsAll(part.words, phrases.whole))
    for (const std::string& alternative : alternatives->second)
      if (std::binary_search(part.words.begin(), part.words.end(), alternative))
        return MuscleMatch::Exact;
  // The whole muscle, with no other qualifier (a long-head part is not the short head).
  return part.words == phrases.whole ? MuscleMatch::Whole : MuscleMatch::None;
}

IdentifiedMuscle identifyMuscle(std::string_view name) {
  const PartName part = parsePartName(name);
  IdentifiedMuscle found{nullptr, part.side};
  for (const MuscleSpec& spec : muscleCatalog()) {
    const MuscleMatch match = matchMuscle(part, spec.name);
    if (match == MuscleMatch::Exact) {
      found.spec = &spec;
      return found;
    }
    if (match == MuscleMatch::Whole && found.spec == nullptr) found.spec = &spec;
  }
  return found;
}

}  // namespace myo
