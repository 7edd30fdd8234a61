// Muscle name matching over real-world spellings: ours, BodyParts3D/FMA, Z-Anatomy, plain, Latin.
#include <catch2/catch.hpp>

#include "core/anatomy/muscle_names.h"

using myo::BodySideWord;
using myo::MuscleMatch;

namespace {

MuscleMatch match(const char* part, const char* muscle) {
  return myo::matchMuscle(myo::parsePartName(part), muscle);
}

}  // namespace

TEST_CASE("part names reduce to canonical words, a side and an FMA id", "[names]") {
  const myo::PartName bp3d =
      myo::parsePartName("FJ383_BP63742_FMA33586_Descending part of right trapezius");
  CHECK(bp3d.words == std::vector<std::string>{"descending", "trapezius"});
  CHECK(bp3d.side == BodySideWord::Right);
  CHECK(bp3d.fma == "FMA33586");
  const myo::PartName ours = myo::parsePartName("trapezius_descending.L");
  CHECK(ours.words == std::vector<std::string>{"descending", "trapezius"});
  CHECK(ours.side == BodySideWord::Left);
  CHECK(ours.fma.empty());
  CHECK(myo::parsePartName("Trapezius muscle.r").words == std::vector<std::string>{"trapezius"});
  CHECK(myo::parsePartName("Trapezius muscle.r").side == BodySideWord::Right);
  CHECK(myo::parsePartName("Left_Trapezius").side == BodySideWord::Left);
  CHECK(myo::parsePartName("LeftTrapezius").side == BodySideWord::Left);
  CHECK(myo::parsePartName("Musculus deltoideus dexter").words ==
        std::vector<std::string>{"deltoid"});
  CHECK(myo::parsePartName("Musculus deltoideus dexter").side == BodySideWord::Right);
  CHECK(myo::parsePartName("Peroneus longus (L)").words ==
        std::vector<std::string>{"fibularis", "longus"});
  CHECK(myo::parsePartName("psoas major").side == BodySideWord::None);
}

TEST_CASE("divisions match their own names, FMA ids and common synonyms", "[names]") {
  CHECK(match("trapezius_descending.L", "trapezius_descending") == MuscleMatch::Exact);
  CHECK(match("FJ383_BP63742_FMA33586_Descending part of right trapezius",
              "trapezius_descending") == MuscleMatch::Exact);
  CHECK(match("Upper trapezius L", "trapezius_descending") == MuscleMatch::Exact);
  CHECK(match("Middle trapezius L", "trapezius_transverse") == MuscleMatch::Exact);
  CHECK(match("Trapezius pars ascendens sinister", "trapezius_ascending") == MuscleMatch::Exact);
  CHECK(match("Anterior deltoid", "deltoid_clavicular") == MuscleMatch::Exact);
  CHECK(match("Clavicular part of right deltoid", "deltoid_clavicular") == MuscleMatch::Exact);
  CHECK(match("Posterior deltoid.R", "deltoid_spinal") == MuscleMatch::Exact);
  CHECK(match("Long head of right biceps brachii", "biceps_brachii_long") == MuscleMatch::Exact);
  CHECK(match("Medial head of right gastrocnemius", "gastrocnemius_medial") == MuscleMatch::Exact);
  // BodyParts3D cuts names at 64 characters; the FMA id still matches.
  CHECK(match("FJ647_BP62254_FMA79979_Sternocostal part of right pectoralis ma",
              "pectoralis_major_sternocostal") == MuscleMatch::Exact);
  CHECK(match("Pectoralis major sternal head.l", "pectoralis_major_sternocostal") ==
        MuscleMatch::Exact);
}

TEST_CASE("a whole muscle carries its divisions; another division does not", "[names]") {
  CHECK(match("Trapezius muscle.r", "trapezius_descending") == MuscleMatch::Whole);
  CHECK(match("Left_Trapezius", "trapezius_ascending") == MuscleMatch::Whole);
  CHECK(match("FJ2810_BP7963_FMA13407_Right sternocleidomastoid", "sternocleidomastoid_sternal") ==
        MuscleMatch::Whole);
  CHECK(match("Deltoid muscle.l", "deltoid_acromial") == MuscleMatch::Whole);
  CHECK(match("Long head of right biceps brachii", "biceps_brachii_short") == MuscleMatch::None);
  CHECK(match("Descending part of right trapezius", "trapezius_ascending") == MuscleMatch::None);
  CHECK(match("Medial head of right gastrocnemius", "gastrocnemius_lateral") == MuscleMatch::None);
}

TEST_CASE("single muscles match by name in any common spelling, and only themselves", "[names]") {
  CHECK(match("FJ441_BP62721_FMA32547_Right infraspinatus", "infraspinatus") == MuscleMatch::Exact);
  CHECK(match("Infraspinatus muscle.l", "infraspinatus") == MuscleMatch::Exact);
  CHECK(match("Right_Gluteus_Medius", "gluteus_medius") == MuscleMatch::Exact);
  CHECK(match("Musculus tensor fasciae latae", "tensor_fasciae_latae") == MuscleMatch::Exact);
  CHECK(match("Tensor fascia lata", "tensor_fasciae_latae") == MuscleMatch::None);  // "lata"
  CHECK(match("Peroneus longus (L)", "fibularis_longus") == MuscleMatch::Exact);
  CHECK(match("Scalene anterior muscle", "scalenus_anterior") == MuscleMatch::Exact);
  CHECK(match("Musculus obliquus externus abdominis", "external_oblique") == MuscleMatch::Exact);
  CHECK(match("Rhomboideus major dexter", "rhomboid_major") == MuscleMatch::Exact);
  CHECK(match("obliquus_capitis_inferior.L", "obliquus_capitis_inferior") == MuscleMatch::Exact);
  CHECK(match("Inferior oblique of head", "obliquus_capitis_inferior") == MuscleMatch::None);
  CHECK(match("Gluteus maximus", "gluteus_medius") == MuscleMatch::None);
  CHECK(match("Rectus femoris", "rectus_abdominis") == MuscleMatch::None);
  CHECK(match("Right infraspinatus", "supraspinatus") == MuscleMatch::None);
  CHECK(match("Right infraspinatus", "no_such_muscle") == MuscleMatch::None);
}

TEST_CASE("a part name identifies its catalogue muscle and side", "[names]") {
  const auto own = myo::identifyMuscle("trapezius_descending.L");
  REQUIRE(own.spec != nullptr);
  CHECK(own.spec->name == "trapezius_descending");
  CHECK(own.side == myo::BodySideWord::Left);
  const auto real = myo::identifyMuscle("FJ754_BP62915_FMA22558_Right soleus");
  REQUIRE(real.spec != nullptr);
  CHECK(real.spec->name == "soleus");
  CHECK(real.side == myo::BodySideWord::Right);
  const auto whole = myo::identifyMuscle("FJ484_BP63598_FMA13408_Right sternocleidomastoid");
  REQUIRE(whole.spec != nullptr);
  CHECK(std::string(whole.spec->name).starts_with("sternocleidomastoid"));
  CHECK(myo::identifyMuscle("Right femur").spec == nullptr);
}
