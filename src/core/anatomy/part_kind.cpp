// Keyword classification of anatomy part names (BodyParts3D, Z-Anatomy, the project's own body).
#include "core/anatomy/part_kind.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <span>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/text/name_words.h"

namespace myo {
namespace {

// A word matches an entry equal to it, or an entry ending in '*' that it starts with.
using WordList = std::span<const std::string_view>;

constexpr std::string_view kTendonWords[] = {"tendon*",   "tendin*",    "tendo",     "aponeuros*",
                                             "ligament*", "retinacul*", "syndesmos*"};

// Soft tissue that is neither muscle nor bone; checked before the muscle names so that
// "Intercostal nerve" or "Thoracolumbar fascia" do not count as muscles.
constexpr std::string_view kTissueWords[] = {"nerve*", "nervus", "plexus",   "arter*",
                                             "vein*",  "vena",   "venous",   "vessel*",
                                             "fascia", "bursa*", "ganglion*"};

// Muscle names and stems; none is the start of a bone word ("trapezius" vs "trapezium",
// "tibialis" vs "tibia", "temporalis" vs "temporal").
constexpr std::string_view kMuscleWords[] = {"muscle*",
                                             "muscul*",
                                             "trapezius",
                                             "levator",
                                             "sternocleidomast*",
                                             "sternomastoid*",
                                             "scalen*",
                                             "suboccipital*",
                                             "splenius",
                                             "semispinalis",
                                             "spinalis",
                                             "temporalis",
                                             "masseter*",
                                             "pterygoid*",
                                             "buccinator",
                                             "orbicularis",
                                             "zygomaticus",
                                             "frontalis",
                                             "occipitofrontalis",
                                             "occipitalis",
                                             "platysma",
                                             "digastric*",
                                             "mylohyoid*",
                                             "geniohyoid*",
                                             "stylohyoid*",
                                             "sternohyoid*",
                                             "sternothyroid*",
                                             "thyrohyoid*",
                                             "omohyoid*",
                                             "genioglossus",
                                             "hyoglossus",
                                             "styloglossus",
                                             "longus",
                                             "longissimus",
                                             "infraspinatus",
                                             "supraspinatus",
                                             "teres",
                                             "subscapularis",
                                             "rhomboid*",
                                             "pectoralis",
                                             "deltoid*",
                                             "biceps",
                                             "triceps",
                                             "brachialis",
                                             "brachioradialis",
                                             "coracobrachialis",
                                             "anconeus",
                                             "supinator",
                                             "pronator",
                                             "extensor*",
                                             "flexor*",
                                             "abductor*",
                                             "adductor*",
                                             "opponens",
                                             "lumbrical*",
                                             "interossei",
                                             "interosseus",
                                             "palmaris",
                                             "serratus",
                                             "latissimus",
                                             "subclavius",
                                             "intercostal*",
                                             "diaphragm*",
                                             "rectus",
                                             "obliquus",
                                             "oblique",
                                             "transversus",
                                             "pyramidalis",
                                             "quadratus",
                                             "iliocostalis",
                                             "multifidus",
                                             "rotatores",
                                             "interspinales",
                                             "intertransversari*",
                                             "erector",
                                             "psoas",
                                             "iliacus",
                                             "iliopsoas",
                                             "gluteus",
                                             "gluteal",
                                             "piriformis",
                                             "gemell*",
                                             "obturator*",
                                             "tensor",
                                             "sartorius",
                                             "gracilis",
                                             "pectineus",
                                             "vastus",
                                             "quadriceps",
                                             "hamstring*",
                                             "semitendinosus",
                                             "semimembranosus",
                                             "popliteus",
                                             "gastrocnemius",
                                             "soleus",
                                             "plantaris",
                                             "tibialis",
                                             "fibularis",
                                             "peroneus",
                                             "cremaster",
                                             "sphincter",
                                             "coccygeus",
                                             "depressor",
                                             "risorius",
                                             "mentalis",
                                             "nasalis",
                                             "procerus",
                                             "corrugator",
                                             "auricularis",
                                             "constrictor*"};

// Bones and the cartilage of the skeleton (costal cartilages, intervertebral disks).
constexpr std::string_view kBoneWords[] = {
    "bone",       "bones",     "os",        "ossa",      "skull",     "cranium",       "mandible",
    "maxilla",    "vomer",     "ethmoid",   "sphenoid",  "hyoid",     "atlas",         "axis",
    "sacrum",     "coccyx",    "sternum",   "manubrium", "xiphoid",   "rib",           "ribs",
    "clavicle",   "scapula",   "humerus",   "radius",    "ulna",      "pelvis",        "ilium",
    "ischium",    "pubis",     "femur",     "patella",   "tibia",     "fibula",        "talus",
    "calcaneus",  "navicular", "cuboid",    "scaphoid",  "lunate",    "triquetr*",     "pisiform",
    "trapezium",  "trapezoid", "capitate",  "hamate",    "concha",    "malleus",       "incus",
    "stapes",     "tooth",     "teeth",     "skeleton",  "vertebr*",  "intervertebr*", "disc",
    "disk",       "discs",     "disks",     "costal",    "cartilag*", "carpal",        "carpals",
    "carpus",     "metacarp*", "metatars*", "tarsal",    "tarsals",   "tarsus",        "phalan*",
    "cuneiform*", "sesamoid*", "incisor*",  "molar*",    "premolar*"};

constexpr std::string_view kSkinWords[] = {"skin", "integument*", "epiderm*", "dermis"};

constexpr std::string_view kOtherWords[] = {
    "other",   "organ*",    "brain",  "heart",   "lung*",    "liver",    "kidney*",
    "stomach", "intestin*", "colon",  "bladder", "spleen",   "pancreas", "eye",
    "eyeball", "gland*",    "lymph*", "trachea", "esophag*", "oesophag*"};

constexpr std::string_view kSideWords[] = {"left", "right", "l", "r"};

bool wordMatches(std::string_view word, std::string_view entry) {
  if (!entry.empty() && entry.back() == '*')
    return word.starts_with(entry.substr(0, entry.size() - 1));
  return word == entry;
}

bool matchesAny(std::string_view word, WordList list) {
  return std::any_of(list.begin(), list.end(),
                     [&](std::string_view entry) { return wordMatches(word, entry); });
}

bool anyWordIn(const std::vector<std::string>& words, WordList list) {
  return std::any_of(words.begin(), words.end(),
                     [&](const std::string& w) { return matchesAny(w, list); });
}

// The whole name is "body" (or "body surface"): the outer surface of an exported body.
bool namesWholeBody(const std::vector<std::string>& words) {
  std::vector<std::string> rest;
  for (const std::string& w : words)
    if (!matchesAny(w, kSideWords)) rest.push_back(w);
  return rest == std::vector<std::string>{"body"} ||
         rest == std::vector<std::string>{"body", "surface"};
}

PartKind classifyWords(const std::vector<std::string>& words) {
  if (anyWordIn(words, kTendonWords)) return PartKind::Tendon;
  if (anyWordIn(words, kTissueWords)) return PartKind::Other;
  if (anyWordIn(words, kMuscleWords)) return PartKind::Muscle;
  if (anyWordIn(words, kBoneWords)) return PartKind::Bone;
  if (anyWordIn(words, kSkinWords) || namesWholeBody(words)) return PartKind::Skin;
  if (anyWordIn(words, kOtherWords)) return PartKind::Other;
  return PartKind::Unknown;
}

// Kind stated by extras: {"kind": "muscle"} (or a "muscle" key naming the muscle).
PartKind kindFromExtras(std::string_view extrasJson) {
  if (extrasJson.empty()) return PartKind::Unknown;
  const nlohmann::json extras = nlohmann::json::parse(extrasJson, nullptr, false);
  if (!extras.is_object()) return PartKind::Unknown;
  const auto kind = extras.find("kind");
  if (kind != extras.end() && kind->is_string()) {
    const PartKind stated = classifyWords(splitNameWords(kind->get<std::string>()));
    if (stated != PartKind::Unknown) return stated;
  }
  return extras.contains("muscle") ? PartKind::Muscle : PartKind::Unknown;
}

}  // namespace

PartKind classifyPart(std::string_view name, std::string_view extrasJson) {
  const PartKind stated = kindFromExtras(extrasJson);
  return stated != PartKind::Unknown ? stated : classifyWords(splitNameWords(name));
}

const char* partKindWord(PartKind kind) {
  switch (kind) {
    case PartKind::Muscle:
      return "muscle";
    case PartKind::Tendon:
      return "tendon";
    case PartKind::Bone:
      return "bone";
    case PartKind::Skin:
      return "skin";
    case PartKind::Other:
      return "other";
    case PartKind::Unknown:
      break;
  }
  return "unknown";
}

}  // namespace myo
