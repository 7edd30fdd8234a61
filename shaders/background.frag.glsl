// Background fragment shader: vertical gradient between two display (sRGB) colours.
#version 330 core

in float v_height;

uniform vec3 u_top;     // sRGB-encoded
uniform vec3 u_bottom;  // sRGB-encoded

out vec4 fragColor;

void main() { fragColor = vec4(mix(u_bottom, u_top, v_height), 1.0); }
