// Edit distance and the closest known name.
#include <catch2/catch.hpp>

#include "core/text/spelling.h"

TEST_CASE("edit distance counts insertions, deletions and substitutions, case-blind", "[text]") {
  CHECK(myo::editDistance("", "") == 0);
  CHECK(myo::editDistance("soleus", "soleus") == 0);
  CHECK(myo::editDistance("Soleus", "soleus") == 0);
  CHECK(myo::editDistance("kitten", "sitting") == 3);
  CHECK(myo::editDistance("", "abc") == 3);
  CHECK(myo::editDistance("infraspinatis", "infraspinatus") == 1);
}

TEST_CASE("the closest name is offered only when it is near", "[text]") {
  const std::vector<std::string> names = {"soleus", "supraspinatus", "infraspinatus"};
  CHECK(myo::closestName("infraspinatis", names) == "infraspinatus");
  CHECK(myo::closestName("solues", names) == "soleus");
  CHECK(myo::closestName("wing", names).empty());
  CHECK(myo::closestName("x", {}).empty());
}
