// Orbit camera math: pose to matrices, mouse gestures, easing and picking rays.
#include "core/geometry/orbit_camera.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace myo {
namespace {

constexpr float kRadiansPerPixel = 0.006f;
constexpr float kZoomPerStep = 0.85f;
// Exponential easing rate: exp(-rate * 0.3 s) = 5 %, so 95 % of the way in 0.3 s.
constexpr float kEaseRate = 9.9857f;         // ln(20) / 0.3
constexpr float kMinDistanceFactor = 0.02f;  // of the scene radius
constexpr float kMaxDistanceFactor = 20.0f;
constexpr float kSettleAngle = 1e-4f;     // radians
constexpr float kSettleRelative = 1e-4f;  // of the distance
constexpr float kHalfPi = glm::half_pi<float>();

struct PresetAngles {
  ViewPreset preset;
  std::string_view name;
  float yaw;
  float pitch;
};

constexpr std::array<PresetAngles, 7> kPresets{{
    {ViewPreset::Front, "front", 0.0f, 0.0f},
    {ViewPreset::Back, "back", glm::pi<float>(), 0.0f},
    {ViewPreset::Left, "left", kHalfPi, 0.0f},
    {ViewPreset::Right, "right", -kHalfPi, 0.0f},
    {ViewPreset::Top, "top", 0.0f, kHalfPi},
    {ViewPreset::Bottom, "bottom", 0.0f, -kHalfPi},
    {ViewPreset::ThreeQuarter, "three-quarter", 0.6f, 0.3f},  // 34 degrees round, 17 above
}};

const PresetAngles& presetAngles(ViewPreset preset) {
  return *std::find_if(kPresets.begin(), kPresets.end(),
                       [preset](const PresetAngles& p) { return p.preset == preset; });
}

// `angle` shifted by a multiple of 2 pi to lie within pi of `reference`.
float nearestEquivalent(float angle, float reference) {
  const float twoPi = glm::two_pi<float>();
  return reference + (angle - reference) - twoPi * std::round((angle - reference) / twoPi);
}

// Camera-to-world rotation of a pose: columns are right, up and back (eye minus target, unit).
glm::mat3 orientation(const OrbitCamera::Pose& pose) {
  const glm::mat4 yaw = glm::rotate(glm::mat4(1.0f), pose.yaw, glm::vec3(0, 1, 0));
  return glm::mat3(glm::rotate(yaw, -pose.pitch, glm::vec3(1, 0, 0)));
}

}  // namespace

std::optional<ViewPreset> parseViewPreset(std::string_view name) {
  for (const PresetAngles& p : kPresets) {
    const bool same = std::equal(name.begin(), name.end(), p.name.begin(), p.name.end(),
                                 [](char a, char b) { return std::tolower(a) == b; });
    if (same) return p.preset;
  }
  return std::nullopt;
}

std::string_view viewPresetName(ViewPreset preset) {
  return presetAngles(preset).name;
}

void OrbitCamera::setVerticalFov(float radians) {
  fovY_ = std::clamp(radians, 1e-3f, glm::pi<float>() - 1e-3f);
}

glm::mat4 OrbitCamera::view() const {
  glm::mat4 m = glm::translate(glm::mat4(1.0f), glm::vec3(0.0f, 0.0f, -current_.distance));
  m = glm::rotate(m, current_.pitch, glm::vec3(1, 0, 0));
  m = glm::rotate(m, -current_.yaw, glm::vec3(0, 1, 0));
  return glm::translate(m, -current_.target);
}

glm::mat4 OrbitCamera::projection(float aspect) const {
  const float toCentre = glm::length(eye() - sceneCentre_);
  const float farPlane = toCentre + 1.5f * sceneRadius_;
  const float nearPlane = std::max(toCentre - 1.5f * sceneRadius_, 1e-3f * farPlane);
  return glm::perspective(fovY_, std::max(aspect, 1e-6f), nearPlane, farPlane);
}

glm::vec3 OrbitCamera::eye() const {
  return current_.target + current_.distance * orientation(current_)[2];
}
glm::vec3 OrbitCamera::forward() const {
  return -orientation(current_)[2];
}
glm::vec3 OrbitCamera::right() const {
  return orientation(current_)[0];
}
glm::vec3 OrbitCamera::up() const {
  return orientation(current_)[1];
}

void OrbitCamera::rotate(float dxPixels, float dyPixels) {
  fit_.reset();
  for (Pose* pose : {&current_, &goal_}) {
    pose->yaw -= dxPixels * kRadiansPerPixel;
    pose->pitch = std::clamp(pose->pitch + dyPixels * kRadiansPerPixel, -kHalfPi, kHalfPi);
  }
}

void OrbitCamera::pan(float dxPixels, float dyPixels, int viewportHeightPixels) {
  fit_.reset();
  const float metresPerPixel = 2.0f * current_.distance * std::tan(0.5f * fovY_) /
                               static_cast<float>(std::max(viewportHeightPixels, 1));
  const glm::vec3 delta = metresPerPixel * (up() * dyPixels - right() * dxPixels);
  current_.target += delta;
  goal_.target += delta;
}

void OrbitCamera::zoomTowards(float wheelSteps, std::optional<glm::vec3> anchor) {
  fit_.reset();
  const float before = goal_.distance;
  goal_.distance = before * std::pow(kZoomPerStep, wheelSteps);
  clampDistance(goal_);
  // Scaling the eye and the target about the anchor keeps the anchor's screen position.
  const glm::vec3 fixed = anchor.value_or(goal_.target);
  goal_.target = fixed + (goal_.target - fixed) * (goal_.distance / before);
}

void OrbitCamera::frame(const Bounds& bounds, float aspect) {
  if (bounds.empty()) return;
  fit_.reset();
  const float radius = std::max(0.5f * glm::length(bounds.size()), 1e-4f);
  const float halfFov =
      std::min(0.5f * fovY_, std::atan(std::tan(0.5f * fovY_) * std::max(aspect, 1e-3f)));
  setScene(bounds.center(), radius);
  goal_.target = bounds.center();
  goal_.distance = radius / std::sin(halfFov);
}

void OrbitCamera::fitView(const Bounds& bounds, float aspect, float margin) {
  if (bounds.empty()) return;
  const glm::mat3 axes = orientation(goal_);  // right, up, back
  const float fill = std::clamp(1.0f - 2.0f * margin, 0.1f, 1.0f);
  const float tanY = std::tan(0.5f * fovY_) * fill;
  const float tanX = tanY * std::max(aspect, 1e-3f);
  const glm::vec3 centre = bounds.center();
  float distance = 0.0f;
  for (int corner = 0; corner < 8; ++corner) {
    const glm::vec3 at((corner & 1) ? bounds.max.x : bounds.min.x,
                       (corner & 2) ? bounds.max.y : bounds.min.y,
                       (corner & 4) ? bounds.max.z : bounds.min.z);
    const glm::vec3 d = at - centre;
    // The eye sits `distance` along `back` from the centre; this corner is nearer by dot(d, back).
    const float towardsEye = glm::dot(d, axes[2]);
    distance = std::max({distance, towardsEye + std::abs(glm::dot(d, axes[0])) / tanX,
                         towardsEye + std::abs(glm::dot(d, axes[1])) / tanY});
  }
  setScene(centre, std::max(0.5f * glm::length(bounds.size()), 1e-4f));
  goal_.target = centre;
  goal_.distance = distance;
  clampDistance(goal_);
  fit_ = Fit{bounds, aspect, margin};
}

void OrbitCamera::refit(float aspect) {
  if (!fit_ || std::abs(aspect - fit_->aspect) <= 0.01f * fit_->aspect) return;
  const Fit fit = *fit_;
  fitView(fit.bounds, aspect, fit.margin);
}

void OrbitCamera::lookAlong(const glm::vec3& direction, float maxPitch) {
  const float length = glm::length(direction);
  if (length < 1e-9f) return;
  const glm::vec3 d = direction / length;  // from the target towards the eye
  goal_.yaw = nearestEquivalent(std::atan2(d.x, d.z), current_.yaw);
  goal_.pitch = std::clamp(std::asin(std::clamp(d.y, -1.0f, 1.0f)), -maxPitch, maxPitch);
}

void OrbitCamera::setPreset(ViewPreset preset) {
  const PresetAngles& angles = presetAngles(preset);
  goal_.yaw = nearestEquivalent(angles.yaw, current_.yaw);
  goal_.pitch = angles.pitch;
}

void OrbitCamera::centreOn(const glm::vec3& point) {
  fit_.reset();
  goal_.target = point;
}

void OrbitCamera::easeTo(const Pose& pose) {
  fit_.reset();
  goal_ = pose;
  goal_.pitch = std::clamp(goal_.pitch, -kHalfPi, kHalfPi);
  clampDistance(goal_);
}

void OrbitCamera::setEaseSlowness(float slowness) {
  easeSlowness_ = std::clamp(slowness, 1.0f, 10.0f);
}

void OrbitCamera::flyTo(const glm::vec3& point, const Bounds& body, float distance) {
  fit_.reset();
  const glm::vec3 centre = body.empty() ? point : body.center();
  const glm::vec2 outward(point.x - centre.x, point.z - centre.z);  // horizontal, from the axis
  // Closer to the axis than this share of the body's depth counts as on the axis: front view.
  constexpr float kOnAxis = 0.1f;
  const float yaw = glm::length(outward) > kOnAxis * std::max(body.size().z, 1e-3f)
                        ? std::atan2(outward.x, outward.y)
                        : 0.0f;
  goal_.target = point;
  goal_.yaw = nearestEquivalent(yaw, current_.yaw);
  goal_.pitch = 0.0f;
  goal_.distance = distance;
  clampDistance(goal_);
}

void OrbitCamera::setScene(const glm::vec3& centre, float radius) {
  sceneCentre_ = centre;
  sceneRadius_ = std::max(radius, 1e-6f);
}

void OrbitCamera::update(float dtSeconds) {
  const float a = 1.0f - std::exp(-kEaseRate / easeSlowness_ * std::max(dtSeconds, 0.0f));
  current_.target += a * (goal_.target - current_.target);
  current_.yaw += a * (goal_.yaw - current_.yaw);
  current_.pitch += a * (goal_.pitch - current_.pitch);
  current_.distance += a * (goal_.distance - current_.distance);
  if (!animating()) snap();
}

bool OrbitCamera::animating() const {
  const float tolerance = kSettleRelative * goal_.distance;
  return std::abs(goal_.yaw - current_.yaw) > kSettleAngle ||
         std::abs(goal_.pitch - current_.pitch) > kSettleAngle ||
         std::abs(goal_.distance - current_.distance) > tolerance ||
         glm::length(goal_.target - current_.target) > tolerance;
}

glm::vec2 OrbitCamera::pixelOf(const glm::vec3& world, int width, int height) const {
  const float aspect = static_cast<float>(width) / static_cast<float>(std::max(height, 1));
  const glm::vec4 clip = projection(aspect) * view() * glm::vec4(world, 1.0f);
  const glm::vec2 ndc = glm::vec2(clip) / clip.w;
  return {(0.5f * ndc.x + 0.5f) * static_cast<float>(width),
          (0.5f - 0.5f * ndc.y) * static_cast<float>(height)};
}

Ray OrbitCamera::rayThroughPixel(float x, float y, int width, int height) const {
  const float w = static_cast<float>(std::max(width, 1));
  const float h = static_cast<float>(std::max(height, 1));
  const float tanHalf = std::tan(0.5f * fovY_);
  const float ndcX = 2.0f * x / w - 1.0f;
  const float ndcY = 1.0f - 2.0f * y / h;
  const glm::mat3 axes = orientation(current_);
  const glm::vec3 direction =
      -axes[2] + axes[0] * (ndcX * tanHalf * w / h) + axes[1] * (ndcY * tanHalf);
  return Ray{eye(), glm::normalize(direction)};
}

void OrbitCamera::clampDistance(Pose& pose) const {
  pose.distance = std::clamp(pose.distance, kMinDistanceFactor * sceneRadius_,
                             kMaxDistanceFactor * sceneRadius_);
}

OrbitCamera framedCamera(const Bounds& bounds, ViewPreset preset, float aspect) {
  OrbitCamera camera;
  camera.setPreset(preset);
  camera.frame(bounds, aspect);
  camera.snap();
  return camera;
}

float pixelSizeAtTarget(const OrbitCamera& camera, int heightPixels) {
  const float viewHeight = 2.0f * camera.pose().distance * std::tan(0.5f * camera.verticalFov());
  return viewHeight / static_cast<float>(std::max(heightPixels, 1));
}

}  // namespace myo
