// The groups and their members.
#include "core/anatomy/muscle_groups.h"

#include <array>

namespace myo {
namespace {

using Names = std::string_view;
constexpr Names kRotatorCuff[] = {"supraspinatus", "infraspinatus", "teres_minor", "subscapularis"};
constexpr Names kTrapezius[] = {"trapezius_descending", "trapezius_transverse",
                                "trapezius_ascending"};
constexpr Names kDeltoid[] = {"deltoid_clavicular", "deltoid_acromial", "deltoid_spinal"};
constexpr Names kPectorals[] = {"pectoralis_major_clavicular", "pectoralis_major_sternocostal",
                                "pectoralis_minor"};
constexpr Names kRhomboids[] = {"rhomboid_major", "rhomboid_minor"};
constexpr Names kScalenes[] = {"scalenus_anterior", "scalenus_medius", "scalenus_posterior"};
constexpr Names kSternocleidomastoid[] = {"sternocleidomastoid_sternal",
                                          "sternocleidomastoid_clavicular"};
constexpr Names kSuboccipitals[] = {"rectus_capitis_posterior_major",
                                    "rectus_capitis_posterior_minor", "obliquus_capitis_superior",
                                    "obliquus_capitis_inferior"};
constexpr Names kNeckExtensors[] = {"splenius_capitis", "splenius_cervicis",
                                    "semispinalis_capitis"};
constexpr Names kChewing[] = {"temporalis", "masseter"};
constexpr Names kBiceps[] = {"biceps_brachii_long", "biceps_brachii_short"};
constexpr Names kForearmExtensors[] = {"extensor_carpi_radialis_longus",
                                       "extensor_carpi_radialis_brevis", "extensor_carpi_ulnaris",
                                       "extensor_digitorum", "brachioradialis"};
constexpr Names kForearmFlexors[] = {"flexor_carpi_radialis", "flexor_carpi_ulnaris",
                                     "flexor_digitorum_superficialis",
                                     "flexor_digitorum_profundus"};
constexpr Names kErectorSpinae[] = {"iliocostalis_lumborum", "iliocostalis_thoracis",
                                    "longissimus_thoracis"};
constexpr Names kAbdominals[] = {"rectus_abdominis", "external_oblique"};
constexpr Names kHipFlexors[] = {"psoas_major", "iliacus"};
constexpr Names kGluteals[] = {"gluteus_maximus", "gluteus_medius", "gluteus_minimus"};
constexpr Names kQuadriceps[] = {"rectus_femoris", "vastus_medialis", "vastus_lateralis",
                                 "vastus_intermedius"};
constexpr Names kHamstrings[] = {"biceps_femoris_long", "biceps_femoris_short", "semitendinosus",
                                 "semimembranosus"};
constexpr Names kAdductors[] = {"adductor_longus", "adductor_brevis", "adductor_magnus"};
constexpr Names kCalf[] = {"gastrocnemius_medial", "gastrocnemius_lateral", "soleus"};
constexpr Names kFibulars[] = {"fibularis_longus", "fibularis_brevis"};
constexpr Names kSole[] = {"abductor_hallucis", "flexor_digitorum_brevis", "quadratus_plantae",
                           "flexor_hallucis_brevis"};

constexpr std::array kGroups = {
    MuscleGroup{"Rotator cuff", "shoulder cuff SITS", kRotatorCuff},
    MuscleGroup{"Trapezius", "traps upper middle lower", kTrapezius},
    MuscleGroup{"Deltoid", "shoulder cap delts", kDeltoid},
    MuscleGroup{"Pectorals", "chest pecs", kPectorals},
    MuscleGroup{"Rhomboids", "between the shoulder blades", kRhomboids},
    MuscleGroup{"Scalenes", "side of the neck scalene", kScalenes},
    MuscleGroup{"Sternocleidomastoid", "front of the neck SCM", kSternocleidomastoid},
    MuscleGroup{"Suboccipitals", "base of the skull suboccipital", kSuboccipitals},
    MuscleGroup{"Back of the neck", "neck extensors splenius semispinalis", kNeckExtensors},
    MuscleGroup{"Chewing muscles", "jaw masticatory", kChewing},
    MuscleGroup{"Biceps", "front of the arm", kBiceps},
    MuscleGroup{"Forearm extensors", "back of the forearm tennis elbow wrist extensors",
                kForearmExtensors},
    MuscleGroup{"Forearm flexors", "inside of the forearm golfer's elbow wrist flexors",
                kForearmFlexors},
    MuscleGroup{"Erector spinae", "back paraspinal spine", kErectorSpinae},
    MuscleGroup{"Abdominals", "belly abs", kAbdominals},
    MuscleGroup{"Hip flexors", "iliopsoas groin", kHipFlexors},
    MuscleGroup{"Gluteals", "buttock glutes", kGluteals},
    MuscleGroup{"Quadriceps", "front of the thigh quads", kQuadriceps},
    MuscleGroup{"Hamstrings", "back of the thigh", kHamstrings},
    MuscleGroup{"Adductors", "inner thigh groin", kAdductors},
    MuscleGroup{"Calf", "triceps surae gastrocnemius soleus", kCalf},
    MuscleGroup{"Fibularis (peroneals)", "outer leg peroneus", kFibulars},
    MuscleGroup{"Sole of the foot", "plantar foot arch", kSole},
};

}  // namespace

std::span<const MuscleGroup> muscleGroups() {
  return kGroups;
}

}  // namespace myo
