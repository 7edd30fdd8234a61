// The muscle table. FMA ids are the ones BodyParts3D files carry; others are left empty.
#include "core/anatomy/muscle_catalog.h"

#include <array>

namespace myo {
namespace {

using R = BodyRegion;

constexpr std::array kMuscles = {
    // Head and neck
    MuscleSpec{"trapezius_descending", "Trapezius, descending part", R::HeadNeck, 1, 1,
               "Descending part of right trapezius", "FMA33586", "FMA33587"},
    MuscleSpec{"trapezius_transverse", "Trapezius, transverse part", R::Trunk, 1, 0,
               "Transverse part of right trapezius", "FMA33584", "FMA33585"},
    MuscleSpec{"trapezius_ascending", "Trapezius, ascending part", R::Trunk, 1, 0,
               "Ascending part of right trapezius", "FMA33581", "FMA33583"},
    MuscleSpec{"levator_scapulae", "Levator scapulae", R::HeadNeck, 2, 2, "Right levator scapulae",
               "FMA32540", ""},
    MuscleSpec{"sternocleidomastoid_sternal", "Sternocleidomastoid, sternal head", R::HeadNeck, 1,
               3, "Right sternocleidomastoid", "", ""},
    MuscleSpec{"sternocleidomastoid_clavicular", "Sternocleidomastoid, clavicular head",
               R::HeadNeck, 1, 3, "Right sternocleidomastoid", "", ""},
    MuscleSpec{"scalenus_anterior", "Scalenus anterior", R::HeadNeck, 2, 4,
               "Right scalenus anterior", "FMA13392", ""},
    MuscleSpec{"scalenus_medius", "Scalenus medius", R::HeadNeck, 2, 4, "", "", ""},
    MuscleSpec{"scalenus_posterior", "Scalenus posterior", R::HeadNeck, 2, 4, "", "", ""},
    MuscleSpec{"rectus_capitis_posterior_major", "Rectus capitis posterior major", R::HeadNeck, 3,
               5, "", "", ""},
    MuscleSpec{"rectus_capitis_posterior_minor", "Rectus capitis posterior minor", R::HeadNeck, 3,
               5, "", "", ""},
    MuscleSpec{"obliquus_capitis_superior", "Obliquus capitis superior", R::HeadNeck, 3, 5, "", "",
               ""},
    MuscleSpec{"obliquus_capitis_inferior", "Obliquus capitis inferior", R::HeadNeck, 3, 5, "", "",
               ""},
    MuscleSpec{"splenius_capitis", "Splenius capitis", R::HeadNeck, 2, 6, "Right splenius capitis",
               "FMA22728", ""},
    MuscleSpec{"splenius_cervicis", "Splenius cervicis", R::HeadNeck, 2, 7, "", "", ""},
    MuscleSpec{"semispinalis_capitis", "Semispinalis capitis", R::HeadNeck, 3, 0,
               "Right semispinalis capitis", "FMA22876", ""},
    MuscleSpec{"temporalis", "Temporalis", R::HeadNeck, 1, 8, "", "", ""},
    MuscleSpec{"masseter", "Masseter", R::HeadNeck, 1, 9, "", "", ""},
    // Shoulder, arm and upper trunk
    MuscleSpec{"infraspinatus", "Infraspinatus", R::ShoulderArm, 2, 10, "Right infraspinatus",
               "FMA32547", "FMA32548"},
    MuscleSpec{"supraspinatus", "Supraspinatus", R::ShoulderArm, 2, 11, "Right supraspinatus",
               "FMA32544", ""},
    MuscleSpec{"teres_minor", "Teres minor", R::ShoulderArm, 2, 12, "Right teres minor", "FMA32553",
               ""},
    MuscleSpec{"subscapularis", "Subscapularis", R::ShoulderArm, 3, 13, "Right subscapularis",
               "FMA13414", ""},
    MuscleSpec{"teres_major", "Teres major", R::ShoulderArm, 2, 0, "Right teres major", "FMA32551",
               ""},
    MuscleSpec{"rhomboid_major", "Rhomboid major", R::Trunk, 2, 14, "Right rhomboid major",
               "FMA13381", ""},
    MuscleSpec{"rhomboid_minor", "Rhomboid minor", R::Trunk, 2, 14, "", "", ""},
    MuscleSpec{"pectoralis_major_clavicular", "Pectoralis major, clavicular part", R::Trunk, 1, 15,
               "", "", ""},
    MuscleSpec{"pectoralis_major_sternocostal", "Pectoralis major, sternocostal part", R::Trunk, 1,
               15, "Sternocostal part of right pectoralis major", "FMA79979", ""},
    MuscleSpec{"pectoralis_minor", "Pectoralis minor", R::Trunk, 2, 16, "Right pectoralis minor",
               "FMA13375", ""},
    MuscleSpec{"deltoid_clavicular", "Deltoid, clavicular part", R::ShoulderArm, 1, 17,
               "Clavicular part of right deltoid", "FMA34680", ""},
    MuscleSpec{"deltoid_acromial", "Deltoid, acromial part", R::ShoulderArm, 1, 17,
               "Acromial part of right deltoid", "FMA34682", ""},
    MuscleSpec{"deltoid_spinal", "Deltoid, spinal part", R::ShoulderArm, 1, 17,
               "Spinal part of right deltoid", "FMA34684", ""},
    MuscleSpec{"biceps_brachii_long", "Biceps brachii, long head", R::ShoulderArm, 1, 18,
               "Long head of right biceps brachii", "FMA37686", ""},
    MuscleSpec{"biceps_brachii_short", "Biceps brachii, short head", R::ShoulderArm, 1, 18, "", "",
               ""},
    MuscleSpec{"triceps_brachii", "Triceps brachii", R::ShoulderArm, 1, 19, "", "", ""},
    MuscleSpec{"extensor_carpi_radialis_longus", "Extensor carpi radialis longus", R::ShoulderArm,
               1, 20, "", "", ""},
    MuscleSpec{"extensor_carpi_radialis_brevis", "Extensor carpi radialis brevis", R::ShoulderArm,
               2, 20, "", "", ""},
    MuscleSpec{"extensor_carpi_ulnaris", "Extensor carpi ulnaris", R::ShoulderArm, 1, 20, "", "",
               ""},
    MuscleSpec{"extensor_digitorum", "Extensor digitorum", R::ShoulderArm, 1, 20, "", "", ""},
    MuscleSpec{"brachioradialis", "Brachioradialis", R::ShoulderArm, 1, 21, "", "", ""},
    MuscleSpec{"flexor_carpi_radialis", "Flexor carpi radialis", R::ShoulderArm, 1, 22, "", "", ""},
    MuscleSpec{"flexor_carpi_ulnaris", "Flexor carpi ulnaris", R::ShoulderArm, 1, 22, "", "", ""},
    MuscleSpec{"flexor_digitorum_superficialis", "Flexor digitorum superficialis", R::ShoulderArm,
               2, 22, "", "", ""},
    MuscleSpec{"flexor_digitorum_profundus", "Flexor digitorum profundus", R::ShoulderArm, 3, 22,
               "", "", ""},
    MuscleSpec{"serratus_anterior", "Serratus anterior", R::Trunk, 2, 23, "Right serratus anterior",
               "FMA13398", ""},
    MuscleSpec{"serratus_posterior_superior", "Serratus posterior superior", R::Trunk, 3, 0,
               "Right serratus posterior superior", "FMA13403", ""},
    MuscleSpec{"latissimus_dorsi", "Latissimus dorsi", R::Trunk, 1, 24, "", "", ""},
    MuscleSpec{"rectus_abdominis", "Rectus abdominis", R::Trunk, 1, 0, "", "", ""},
    MuscleSpec{"external_oblique", "External oblique", R::Trunk, 1, 0, "", "", ""},
    // Lower back, pelvis and hip
    MuscleSpec{"quadratus_lumborum", "Quadratus lumborum", R::Trunk, 3, 25, "", "", ""},
    MuscleSpec{"psoas_major", "Psoas major", R::HipPelvis, 3, 26, "Right psoas major", "FMA22342",
               ""},
    MuscleSpec{"iliacus", "Iliacus", R::HipPelvis, 3, 26, "", "", ""},
    MuscleSpec{"iliocostalis_lumborum", "Iliocostalis lumborum", R::Trunk, 2, 27,
               "Right iliocostalis lumborum", "FMA22740", ""},
    MuscleSpec{"iliocostalis_thoracis", "Iliocostalis thoracis", R::Trunk, 2, 27, "", "", ""},
    MuscleSpec{"longissimus_thoracis", "Longissimus thoracis", R::Trunk, 2, 27,
               "Right longissimus thoracis", "FMA22751", ""},
    MuscleSpec{"multifidus", "Multifidus", R::Trunk, 3, 28, "", "", ""},
    MuscleSpec{"gluteus_maximus", "Gluteus maximus", R::HipPelvis, 1, 29, "Right gluteus maximus",
               "FMA22328", ""},
    MuscleSpec{"gluteus_medius", "Gluteus medius", R::HipPelvis, 2, 30, "Right gluteus medius",
               "FMA22330", "FMA22331"},
    MuscleSpec{"gluteus_minimus", "Gluteus minimus", R::HipPelvis, 3, 31, "Right gluteus minimus",
               "FMA22332", ""},
    MuscleSpec{"piriformis", "Piriformis", R::HipPelvis, 3, 32, "Right piriformis", "FMA22340", ""},
    MuscleSpec{"tensor_fasciae_latae", "Tensor fasciae latae", R::HipPelvis, 1, 33,
               "Right tensor fasciae latae", "FMA22425", ""},
    // Thigh, leg and foot
    MuscleSpec{"rectus_femoris", "Rectus femoris", R::LegFoot, 1, 34, "", "", ""},
    MuscleSpec{"vastus_medialis", "Vastus medialis", R::LegFoot, 1, 35, "", "", ""},
    MuscleSpec{"vastus_lateralis", "Vastus lateralis", R::LegFoot, 1, 36, "Right vastus lateralis",
               "FMA38930", ""},
    MuscleSpec{"vastus_intermedius", "Vastus intermedius", R::LegFoot, 2, 0, "", "", ""},
    MuscleSpec{"biceps_femoris_long", "Biceps femoris, long head", R::LegFoot, 1, 37,
               "Long head of right biceps femoris", "FMA45888", ""},
    MuscleSpec{"biceps_femoris_short", "Biceps femoris, short head", R::LegFoot, 2, 37, "", "", ""},
    MuscleSpec{"semitendinosus", "Semitendinosus", R::LegFoot, 1, 37, "", "", ""},
    MuscleSpec{"semimembranosus", "Semimembranosus", R::LegFoot, 2, 37, "", "", ""},
    MuscleSpec{"adductor_longus", "Adductor longus", R::LegFoot, 1, 38, "", "", ""},
    MuscleSpec{"adductor_brevis", "Adductor brevis", R::LegFoot, 2, 38, "", "", ""},
    MuscleSpec{"adductor_magnus", "Adductor magnus", R::LegFoot, 2, 38, "", "", ""},
    MuscleSpec{"gastrocnemius_medial", "Gastrocnemius, medial head", R::LegFoot, 1, 39,
               "Medial head of right gastrocnemius", "FMA45957", ""},
    MuscleSpec{"gastrocnemius_lateral", "Gastrocnemius, lateral head", R::LegFoot, 1, 39, "", "",
               ""},
    MuscleSpec{"soleus", "Soleus", R::LegFoot, 2, 40, "Right soleus", "FMA22558", ""},
    MuscleSpec{"tibialis_anterior", "Tibialis anterior", R::LegFoot, 1, 41,
               "Right tibialis anterior", "FMA22544", ""},
    MuscleSpec{"fibularis_longus", "Fibularis longus", R::LegFoot, 1, 42, "", "", ""},
    MuscleSpec{"fibularis_brevis", "Fibularis brevis", R::LegFoot, 2, 42, "", "", ""},
    MuscleSpec{"abductor_hallucis", "Abductor hallucis", R::LegFoot, 2, 43, "", "", ""},
    MuscleSpec{"flexor_digitorum_brevis", "Flexor digitorum brevis", R::LegFoot, 2, 43, "", "", ""},
    MuscleSpec{"quadratus_plantae", "Quadratus plantae", R::LegFoot, 3, 43, "", "", ""},
    MuscleSpec{"flexor_hallucis_brevis", "Flexor hallucis brevis", R::LegFoot, 3, 43, "", "", ""},
};

}  // namespace

std::span<const MuscleSpec> muscleCatalog() {
  return kMuscles;
}

const MuscleSpec* findMuscle(std::string_view name) {
  for (const MuscleSpec& muscle : kMuscles)
    if (muscle.name == name) return &muscle;
  return nullptr;
}

std::string muscleDisplayName(std::string_view muscle) {
  const MuscleSpec* spec = findMuscle(muscle);
  return std::string(spec != nullptr ? spec->displayName : muscle);
}

}  // namespace myo
