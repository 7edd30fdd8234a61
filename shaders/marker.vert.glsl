// Knot markers: one point sprite per selected trigger point, at the knot on the muscle, sized in
// pixels; drawn last without depth test so they glow through the skin and other muscles.
#version 330 core

layout(location = 0) in vec3 a_position;  // world frame, metres

uniform mat4 u_view;
uniform mat4 u_projection;
uniform float u_pointSize;  // pixels

void main() {
  gl_Position = u_projection * u_view * vec4(a_position, 1.0);
  gl_PointSize = u_pointSize;
}
