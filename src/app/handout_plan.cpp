// Handout plans: resolving --tp, --region and --lesson into pages.
#include "app/handout_plan.h"

#include "app/lesson_library.h"
#include "core/atlas/atlas_anchoring.h"
#include "core/atlas/trigger_point_search.h"

namespace myo {
namespace {

Error handoutError(const std::string& what, const std::string& reason) {
  return Error{"myoscope handout", what, reason};
}

std::string regionList() {
  std::string names;
  for (const AtlasRegion& region : atlasRegions()) {
    if (!names.empty()) names += ", ";
    names += region.id;
  }
  return names;
}

}  // namespace

Result<HandoutPlan> planHandout(const CliOptions& options, const Atlas& atlas,
                                const std::filesystem::path& lessonFolder) {
  HandoutPlan plan;
  for (const std::string& label : options.triggerPoints) {
    const auto [id, side] = splitSideLabel(label);
    const TriggerPoint* point = atlas.findTriggerPoint(id);
    if (point == nullptr || label.empty())
      return handoutError("--tp " + label,
                          "no such trigger point (myoscope check lists the atlas's points)");
    plan.pages.push_back({triggerPointHandout(atlas, *point, side), std::nullopt});
  }
  if (!options.region.empty()) {
    bool known = false;
    for (const AtlasRegion& region : atlasRegions()) known = known || region.id == options.region;
    if (!known)
      return handoutError("--region " + options.region, "no such region (" + regionList() + ")");
    for (const TriggerPoint& point : atlas.triggerPoints)
      if (point.region == options.region)
        plan.pages.push_back({triggerPointHandout(atlas, point, 'R'), std::nullopt});
  }
  if (!options.lesson.empty()) {
    std::filesystem::path source;
    LessonLoad load = openLesson(options.lesson, lessonFolder, &atlas, source);
    if (!load.lesson)
      return load.errors.empty() ? handoutError("--lesson " + options.lesson, "does not open")
                                 : load.errors.front();
    plan.lesson = std::move(load.lesson);
    for (std::size_t step = 0; step < plan.lesson->steps.size(); ++step)
      plan.pages.push_back({lessonStepHandout(*plan.lesson, step, atlas), step});
  }
  if (plan.pages.empty())
    return handoutError("", "nothing to print: give --tp ID[.L|.R], --region NAME or --lesson");
  plan.title = plan.lesson ? plan.lesson->title : plan.pages.front().content.title;
  if (!plan.lesson && plan.pages.size() > 1) plan.title += " and others";
  return plan;
}

}  // namespace myo
