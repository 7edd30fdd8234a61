// The lay synonyms.
#include "core/anatomy/lay_synonyms.h"

#include <map>

namespace myo {
namespace {

const std::map<std::string, std::vector<std::string>>& laySynonymTable() {
  static const std::map<std::string, std::vector<std::string>> kSynonyms = {
      {"migraine", {"headache"}},
      {"toothache", {"teeth", "tooth", "dental"}},
      {"jaw", {"mandible", "temporomandibular", "masseter", "temporalis"}},
      {"calf", {"gastrocnemius", "soleus"}},
      {"buttock", {"gluteal", "gluteus"}},
      {"shin", {"tibial", "tibialis"}},
      {"sciatica", {"sciatic", "piriformis"}},
      {"backache", {"back"}},
      {"quads", {"quadriceps", "vastus", "rectus femoris"}},
      {"hamstring", {"biceps femoris", "semitendinosus", "semimembranosus"}},
      {"hamstrings", {"biceps femoris", "semitendinosus", "semimembranosus"}},
      {"peroneal", {"fibularis"}},
      {"peroneus", {"fibularis"}},
      {"lats", {"latissimus"}},
      {"pecs", {"pectoralis"}},
      {"traps", {"trapezius"}},
      {"abs", {"rectus abdominis", "oblique"}}};
  return kSynonyms;
}

}  // namespace

std::vector<std::string> wordAndSynonyms(const std::string& word) {
  std::vector<std::string> forms = {word};
  if (const auto found = laySynonymTable().find(word); found != laySynonymTable().end())
    forms.insert(forms.end(), found->second.begin(), found->second.end());
  return forms;
}

}  // namespace myo
