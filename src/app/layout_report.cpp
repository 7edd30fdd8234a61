// Layout rectangles to JSON.
#include "app/layout_report.h"

#include <cmath>

#include <nlohmann/json.hpp>

namespace myo {
namespace {

nlohmann::json pixels(const ScreenRect& rect) {
  return {std::lround(rect.x), std::lround(rect.y), std::lround(rect.width),
          std::lround(rect.height)};
}

}  // namespace

std::string layoutJson(const ScreenRect& view, const std::vector<PanelRect>& panels) {
  nlohmann::json json{{"view", pixels(view)}, {"panels", nlohmann::json::object()}};
  for (const PanelRect& panel : panels) json["panels"][panel.name] = pixels(panel.rect);
  return json.dump(2) + "\n";
}

}  // namespace myo
