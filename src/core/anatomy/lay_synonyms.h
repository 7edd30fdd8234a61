// Words people use for the body that anatomy spells otherwise ("calf" for gastrocnemius and
// soleus, "buttock" for gluteal), shared by the trigger point search and the parts search. Pure
// data; no geometry, no GL.
#pragma once

#include <string>
#include <vector>

namespace myo {

// `word` (lower case) and the words it also stands for, `word` first. O(log synonyms).
[[nodiscard]] std::vector<std::string> wordAndSynonyms(const std::string& word);

}  // namespace myo
