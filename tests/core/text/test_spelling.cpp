// Edit distance and the closest known name; text cut to a width.
#include <catch2/catch.hpp>

#include "core/text/ellipsis.h"
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

TEST_CASE("text is cut to a width with an ellipsis, by whole characters", "[text]") {
  const auto characters = [](const std::string& t) {  // one "pixel" per UTF-8 character
    float n = 0;
    for (const unsigned char c : t) n += (c & 0xC0) != 0x80 ? 1.0f : 0.0f;
    return n;
  };
  CHECK(myo::withEllipsis("Soleus", 6.0f, characters) == "Soleus");
  CHECK(myo::withEllipsis("Soleus (right)", 7.0f, characters) == "Soleus\u2026");
  CHECK(myo::withEllipsis("Tibia \u2014 shaft", 8.0f, characters) == "Tibia \u2014\u2026");
  CHECK(myo::withEllipsis("Soleus", 0.5f, characters).empty());
}
