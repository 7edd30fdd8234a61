// Background vertex shader: one triangle covering the viewport, no vertex buffer needed.
#version 330 core

out float v_height;  // 0 at the bottom edge of the viewport, 1 at the top edge

void main() {
  vec2 corner = vec2(float((gl_VertexID << 1) & 2), float(gl_VertexID & 2));
  v_height = corner.y;
  gl_Position = vec4(corner * 2.0 - 1.0, 0.0, 1.0);
}
