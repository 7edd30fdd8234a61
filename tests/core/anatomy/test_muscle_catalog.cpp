// The muscle catalogue covers every row of the trigger point research and names things once.
#include <catch2/catch.hpp>

#include <set>
#include <string>

#include "core/anatomy/muscle_catalog.h"

TEST_CASE("the catalogue has at least 45 muscles with unique snake_case names", "[catalog]") {
  const auto muscles = myo::muscleCatalog();
  CHECK(muscles.size() >= 45);
  std::set<std::string_view> names;
  for (const myo::MuscleSpec& muscle : muscles) {
    INFO(muscle.name);
    CHECK(names.insert(muscle.name).second);
    for (const char c : muscle.name) CHECK(((c >= 'a' && c <= 'z') || c == '_'));
    CHECK((muscle.layer >= 1 && muscle.layer <= 3));
    CHECK(!muscle.displayName.empty());
    CHECK(myo::findMuscle(muscle.name) == &muscle);
  }
  CHECK(myo::findMuscle("unicornus") == nullptr);
}

TEST_CASE("every research row 1-43 has at least one muscle", "[catalog]") {
  std::set<int> rows;
  for (const myo::MuscleSpec& muscle : myo::muscleCatalog()) rows.insert(muscle.researchRow);
  for (int row = 1; row <= 43; ++row) {
    INFO("row " << row);
    CHECK(rows.count(row) == 1);
  }
}

TEST_CASE("anatomical splits the atlas needs are separate muscles", "[catalog]") {
  for (const char* name :
       {"trapezius_descending", "trapezius_transverse", "trapezius_ascending", "deltoid_clavicular",
        "deltoid_acromial", "deltoid_spinal", "pectoralis_major_clavicular",
        "pectoralis_major_sternocostal", "sternocleidomastoid_sternal",
        "sternocleidomastoid_clavicular", "biceps_femoris_long", "semitendinosus",
        "semimembranosus", "rectus_femoris", "vastus_medialis", "vastus_lateralis",
        "vastus_intermedius", "extensor_carpi_radialis_brevis", "flexor_carpi_radialis"}) {
    INFO(name);
    CHECK(myo::findMuscle(name) != nullptr);
  }
}
