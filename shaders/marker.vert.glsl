// Knot markers: one point sprite per selected trigger point, at the knot on the muscle, sized in
// pixels and pulled a few centimetres towards the eye, so that the depth test tells a knot on
// the surface the viewer faces (drawn bright) from one behind the body (drawn dimmed).
#version 330 core

layout(location = 0) in vec3 a_position;  // world frame, metres

uniform mat4 u_view;
uniform mat4 u_projection;
uniform float u_pointSize;   // pixels
uniform float u_towardsEye;  // metres the sprite is pulled towards the eye

void main() {
  vec4 viewPosition = u_view * vec4(a_position, 1.0);
  float toEye = max(length(viewPosition.xyz), 1e-4);
  viewPosition.xyz *= max(toEye - u_towardsEye, 0.5 * toEye) / toEye;
  gl_Position = u_projection * viewPosition;
  gl_PointSize = u_pointSize;
}
