// The measure_reference tool's name catalogue: the 40 BodyParts3D muscles and the lofted bones.
#include "bodygen/measure_catalog.h"

#include <array>

namespace myo::measure {

namespace {

using ref::BodySide;
constexpr BodySide kL = BodySide::Left;
constexpr BodySide kR = BodySide::Right;
constexpr OriginEnd kUp = OriginEnd::Superior;
constexpr OriginEnd kDown = OriginEnd::Inferior;
constexpr OriginEnd kMedial = OriginEnd::Medial;
constexpr OriginEnd kFront = OriginEnd::Anterior;

constexpr std::array kMuscles{
    MuscleSource{"FMA33586", "trapezius_descending", kR, kMedial,
                 "Descending part of right trapezius"},
    MuscleSource{"FMA33587", "trapezius_descending", kL, kMedial,
                 "Descending part of left trapezius"},
    MuscleSource{"FMA33584", "trapezius_transverse", kR, kMedial,
                 "Transverse part of right trapezius"},
    MuscleSource{"FMA33585", "trapezius_transverse", kL, kMedial,
                 "Transverse part of left trapezius"},
    MuscleSource{"FMA33581", "trapezius_ascending", kR, kMedial,
                 "Ascending part of right trapezius"},
    MuscleSource{"FMA33583", "trapezius_ascending", kL, kMedial,
                 "Ascending part of left trapezius"},
    MuscleSource{"FMA32547", "infraspinatus", kR, kMedial, "Right infraspinatus"},
    MuscleSource{"FMA32548", "infraspinatus", kL, kMedial, "Left infraspinatus"},
    MuscleSource{"FMA22330", "gluteus_medius", kR, kUp, "Right gluteus medius"},
    MuscleSource{"FMA22331", "gluteus_medius", kL, kUp, "Left gluteus medius"},
    MuscleSource{"FMA32544", "supraspinatus", kR, kMedial, "Right supraspinatus"},
    MuscleSource{"FMA13414", "subscapularis", kR, kMedial, "Right subscapularis"},
    MuscleSource{"FMA32551", "teres_major", kR, kMedial, "Right teres major"},
    MuscleSource{"FMA32553", "teres_minor", kR, kMedial, "Right teres minor"},
    MuscleSource{"FMA32540", "levator_scapulae", kR, kUp, "Right levator scapulae"},
    MuscleSource{"FMA13408", "sternocleidomastoid", kR, kDown, "Right sternocleidomastoid"},
    MuscleSource{"FMA22728", "splenius_capitis", kR, kDown, "Right splenius capitis"},
    MuscleSource{"FMA22876", "semispinalis_capitis", kR, kDown, "Right semispinalis capitis"},
    MuscleSource{"FMA13392", "scalenus_anterior", kR, kUp, "Right scalenus anterior"},
    MuscleSource{"FMA13381", "rhomboid_major", kR, kMedial, "Right rhomboid major"},
    MuscleSource{"FMA34680", "deltoid_clavicular", kR, kUp, "Clavicular part of right deltoid"},
    MuscleSource{"FMA34682", "deltoid_acromial", kR, kUp, "Acromial part of right deltoid"},
    MuscleSource{"FMA34684", "deltoid_spinal", kR, kUp, "Spinal part of right deltoid"},
    MuscleSource{"FMA79979", "pectoralis_major_sternocostal", kR, kMedial,
                 "Sternocostal part of right pectoralis major"},
    MuscleSource{"FMA13375", "pectoralis_minor", kR, kDown, "Right pectoralis minor"},
    MuscleSource{"FMA13398", "serratus_anterior", kR, kFront, "Right serratus anterior"},
    MuscleSource{"FMA13403", "serratus_posterior_superior", kR, kMedial,
                 "Right serratus posterior superior"},
    MuscleSource{"FMA22740", "iliocostalis_lumborum", kR, kDown, "Right iliocostalis lumborum"},
    MuscleSource{"FMA22751", "longissimus_thoracis", kR, kDown, "Right longissimus thoracis"},
    MuscleSource{"FMA22328", "gluteus_maximus", kR, kMedial, "Right gluteus maximus"},
    MuscleSource{"FMA22332", "gluteus_minimus", kR, kUp, "Right gluteus minimus"},
    MuscleSource{"FMA22340", "piriformis", kR, kMedial, "Right piriformis"},
    MuscleSource{"FMA22425", "tensor_fasciae_latae", kR, kUp, "Right tensor fasciae latae"},
    MuscleSource{"FMA22342", "psoas_major", kR, kUp, "Right psoas major"},
    MuscleSource{"FMA38930", "vastus_lateralis", kR, kUp, "Right vastus lateralis"},
    MuscleSource{"FMA45888", "biceps_femoris_long", kR, kUp, "Long head of right biceps femoris"},
    MuscleSource{"FMA45957", "gastrocnemius_medial", kR, kUp, "Medial head of right gastrocnemius"},
    MuscleSource{"FMA22558", "soleus", kR, kUp, "Right soleus"},
    MuscleSource{"FMA22544", "tibialis_anterior", kR, kUp, "Right tibialis anterior"},
    MuscleSource{"FMA37686", "biceps_brachii_long", kR, kUp, "Long head of right biceps brachii"},
};

constexpr std::array kBones{
    BoneSource{"clavicle", "clavicle", kMedial, true},
    BoneSource{"scapula", "scapula", kUp, true},
    BoneSource{"humerus", "humerus", kUp, true},
    BoneSource{"radius", "radius", kUp, true},
    BoneSource{"ulna", "ulna", kUp, true},
    BoneSource{"hip bone", "hip_bone", kUp, true},
    BoneSource{"femur", "femur", kUp, true},
    BoneSource{"patella", "patella", kUp, true},
    BoneSource{"tibia", "tibia", kUp, true},
    BoneSource{"fibula", "fibula", kUp, true},
    BoneSource{"Sacrum", "sacrum", kUp, false},
};

constexpr std::array<std::string_view, 12> kOrdinals{"first", "second", "third",    "fourth",
                                                     "fifth", "sixth",  "seventh",  "eighth",
                                                     "ninth", "tenth",  "eleventh", "twelfth"};

}  // namespace

std::span<const MuscleSource> muscleSources() {
  return kMuscles;
}
std::span<const BoneSource> loftedBoneSources() {
  return kBones;
}
std::string_view ordinalWord(int n) {
  return kOrdinals[static_cast<std::size_t>(n - 1)];
}

}  // namespace myo::measure
