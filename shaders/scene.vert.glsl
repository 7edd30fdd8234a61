// Scene vertex shader: world-space part vertices to clip space; lighting happens in view space.
// Compiled per variant with the fragment shader's defines (see scene.frag.glsl); outputs the
// fragment shader does not read are dropped when the two are linked.
#version 330 core

layout(location = 0) in vec3 a_position;  // world frame, metres
layout(location = 1) in vec3 a_normal;    // world frame, unit length
layout(location = 2) in vec2 a_uv;           // (0, 0) on models without textures
layout(location = 7) in float a_fibreAround;  // the fibre line coordinate; below -1e8: no fibre
#if REFERRAL_FIELDS > 0
// Up to four referral fields: distance from the knot (m), essential, spillover.
layout(location = 3) in vec3 a_field0;
layout(location = 4) in vec3 a_field1;
layout(location = 5) in vec3 a_field2;
layout(location = 6) in vec3 a_field3;
out vec3 v_field[REFERRAL_FIELDS];
#endif
#ifdef PAIN
// The person's pain drawings: weight 0 none, 1/3 mild, 2/3 moderate, 1 severe, two channels
// (one entry, or two compared side by side).
layout(location = 8) in vec2 a_pain;
uniform int u_painChannel;
out float v_pain;
#endif

uniform mat4 u_view;  // rigid world-to-view transform
uniform mat4 u_projection;

out vec3 v_viewPosition;
out vec3 v_viewNormal;
out vec2 v_uv;
out float v_fibreAround;  // the fibre line coordinate: whole numbers on the striation's lines
out float v_hasFibre;     // 1 on parts with fibres, 0 elsewhere

void main() {
  vec4 viewPosition = u_view * vec4(a_position, 1.0);
  v_viewPosition = viewPosition.xyz;
  v_viewNormal = mat3(u_view) * a_normal;
  v_uv = a_uv;
  v_hasFibre = a_fibreAround > -1e8 ? 1.0 : 0.0;
  v_fibreAround = v_hasFibre > 0.5 ? a_fibreAround : 0.0;
#if REFERRAL_FIELDS > 0
  v_field[0] = a_field0;
#endif
#if REFERRAL_FIELDS > 1
  v_field[1] = a_field1;
#endif
#if REFERRAL_FIELDS > 2
  v_field[2] = a_field2;
#endif
#if REFERRAL_FIELDS > 3
  v_field[3] = a_field3;
#endif
#ifdef PAIN
  v_pain = u_painChannel == 0 ? a_pain.x : a_pain.y;
#endif
  gl_Position = u_projection * viewPosition;
}
