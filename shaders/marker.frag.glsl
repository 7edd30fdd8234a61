// Knot marker: a white core in a warm glow that pulses with the referral's knot.
#version 330 core

uniform float u_pulse;  // 0–1, the knot's pulse this frame
uniform vec3 u_color;   // sRGB glow colour: warm for knots, cool for where it hurts

out vec4 fragColor;  // sRGB-encoded colour, straight alpha

void main() {
  float r = length(gl_PointCoord * 2.0 - 1.0);  // 0 at the centre, 1 at the sprite's edge
  if (r > 1.0) discard;
  float core = 1.0 - smoothstep(0.18, 0.3, r);
  float glow = (1.0 - smoothstep(0.3, 1.0, r)) * (0.45 + 0.4 * u_pulse);
  vec3 color = mix(u_color, vec3(1.0), core);
  fragColor = vec4(color, max(core, glow));
}
