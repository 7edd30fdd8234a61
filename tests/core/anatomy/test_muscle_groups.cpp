// Muscle groups name only catalogue muscles, each group at least two, no muscle in two groups.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/anatomy/muscle_catalog.h"
#include "core/anatomy/muscle_groups.h"

TEST_CASE("muscle groups hold catalogue muscles, none twice", "[anatomy]") {
  std::set<std::string_view> seen;
  std::set<std::string_view> names;
  for (const myo::MuscleGroup& group : myo::muscleGroups()) {
    INFO(group.name);
    CHECK(names.insert(group.name).second);
    CHECK(group.muscles.size() >= 2);
    for (std::string_view muscle : group.muscles) {
      INFO(muscle);
      CHECK(myo::findMuscle(muscle) != nullptr);
      CHECK(seen.insert(muscle).second);
    }
  }
  for (const char* expected :
       {"Rotator cuff", "Hamstrings", "Quadriceps", "Calf", "Suboccipitals", "Erector spinae",
        "Scalenes", "Gluteals", "Adductors", "Forearm extensors", "Forearm flexors"})
    CHECK(names.count(expected) == 1);
}
