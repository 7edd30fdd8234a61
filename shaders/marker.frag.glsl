// Knot marker: a white core and a bright ring in a glow that pulses with the referral's knot;
// dimmed where the body hides it.
#version 330 core

uniform float u_pulse;    // 0–1, the knot's pulse this frame
uniform vec3 u_color;     // sRGB glow colour: warm for knots, cool for where it hurts
uniform float u_opacity;  // 1 in view, lower behind the body

out vec4 fragColor;  // sRGB-encoded colour, straight alpha

void main() {
  float r = length(gl_PointCoord * 2.0 - 1.0);  // 0 at the centre, 1 at the sprite's edge
  if (r > 1.0) discard;
  float core = 1.0 - smoothstep(0.16, 0.24, r);
  float ring = smoothstep(0.62, 0.7, r) * (1.0 - smoothstep(0.78, 0.86, r));
  float glow = (1.0 - smoothstep(0.24, 1.0, r)) * (0.35 + 0.35 * u_pulse);
  vec3 color = mix(u_color, vec3(1.0), max(core, 0.6 * ring));
  fragColor = vec4(color, u_opacity * max(max(core, ring), glow));
}
