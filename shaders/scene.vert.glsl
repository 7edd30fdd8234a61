// Scene vertex shader: world-space part vertices to clip space; lighting happens in view space.
#version 330 core

layout(location = 0) in vec3 a_position;  // world frame, metres
layout(location = 1) in vec3 a_normal;    // world frame, unit length
layout(location = 2) in vec2 a_uv;
layout(location = 3) in vec3 a_field;     // referral: distance from the knot (m), essential, spillover

uniform mat4 u_view;        // rigid world-to-view transform
uniform mat4 u_projection;

out vec3 v_viewPosition;
out vec3 v_viewNormal;
out vec2 v_uv;
out vec3 v_field;

void main() {
  vec4 viewPosition = u_view * vec4(a_position, 1.0);
  v_viewPosition = viewPosition.xyz;
  v_viewNormal = mat3(u_view) * a_normal;
  v_uv = a_uv;
  v_field = a_field;
  gl_Position = u_projection * viewPosition;
}
