// Scene fragment shader: base colour x texture, lit by a camera-fixed rig (hemisphere ambient,
// soft wrapped key, cool fill, gentle Blinn-Phong), two-sided, hover rim, sRGB-encoded output.
// With REFERRAL defined (parts painted with referral fields or a pain drawing) it adds the
// drawing in cool colours and the animated heatmap over it, the drawing's outline on top.
#version 330 core

in vec3 v_viewPosition;
in vec3 v_viewNormal;
in vec2 v_uv;
in float v_fibreAround;
in float v_hasFibre;

uniform vec4 u_baseColor;   // linear RGBA
uniform bool u_useTexture;  // multiply by t_baseColor (an sRGB texture, sampled as linear)
uniform sampler2D t_baseColor;
uniform vec3 u_viewUp;      // world +Y in view space, for the hemisphere ambient
uniform float u_highlight;  // 0 normal, 1 hovered

#ifdef REFERRAL
// The referral heatmap on painted parts: the same formula as core/referral_animation.cpp.
in vec3 v_field[4];           // per field: distance from its knot (m), essential, spillover
uniform int u_referralCount;  // fields painted on this part (0–4); they combine by max
uniform float u_time;         // s since the selection
uniform vec4 u_front;         // front speed (m/s), rim width (m), spillover gain, front glow
uniform vec4 u_knot;          // knot radius (m), pulse period (s), breathe period (s), depth
uniform vec2 u_cycle;         // travel time (s), loop time (s)
uniform vec3 u_colormap[9];   // sRGB stops at 0, 1/8 … 1
uniform float u_isolines;     // spacing of distance isolines (m) behind the front; 0 = none
in float v_pain;              // the pain drawing's weight: 0 none … 1 severe
#endif

out vec4 fragColor;  // sRGB-encoded colour, straight alpha

const vec3 kSky = vec3(0.27, 0.28, 0.31);
const vec3 kGround = vec3(0.10, 0.09, 0.08);
const vec3 kKeyDirection = vec3(-0.4534, 0.6046, 0.6549);  // upper left, towards the viewer
const vec3 kKeyColor = vec3(0.72, 0.70, 0.66);
const float kKeyWrap = 0.25;                                // softens the terminator
const vec3 kFillDirection = vec3(0.7894, -0.1974, 0.5812);  // right, slightly below
const vec3 kFillColor = vec3(0.20, 0.22, 0.26);
const float kSpecular = 0.12;
// Selection and hover: a blue that no tissue (muscle, bone, tendon, skin) and no heat colour has.
const vec3 kHighlightColor = vec3(0.22, 0.56, 1.0);

// The sRGB transfer curve without pow (costly per fragment on software rasterisers): a square
// root with a linear correction, within 0.5/255 above linear 0.05 and 3/255 below it.
vec3 linearToSrgb(vec3 c) {
  vec3 r = sqrt(c);
  return r * (1.14374 - 0.14374 * r);
}

#ifdef REFERRAL
float referralShade(float distance, float essential, float spillover, float seconds) {
  const float kTwoPi = 6.28318530718;
  float t = mod(max(seconds, 0.0), u_cycle.y);
  float front = u_front.x * min(t, u_cycle.x);
  float reached = 1.0 - smoothstep(front - u_front.y, front, distance);
  float zone = max(essential, u_front.z * spillover);
  float breathing =
      t > u_cycle.x ? 1.0 - u_knot.w * (0.5 - 0.5 * cos(kTwoPi * (t - u_cycle.x) / u_knot.z)) : 1.0;
  float band = (distance - front) / u_front.y;
  float glow = t < u_cycle.x ? u_front.w * exp(-band * band) : 0.0;
  float pulse = 0.75 + 0.25 * sin(kTwoPi * t / u_knot.y);
  float knot = pulse * (1.0 - smoothstep(0.5 * u_knot.x, u_knot.x, distance));
  return clamp(max(max(zone * reached * breathing, glow), knot), 0.0, 1.0);
}

// The drawing's cool colours: cyan for mild, blue for moderate, violet for severe.
vec3 painColor(float weight) {
  vec3 mild = vec3(0.42, 0.84, 0.88), moderate = vec3(0.25, 0.55, 0.90),
       severe = vec3(0.50, 0.30, 0.86);
  return weight < 0.5 ? mix(mild, moderate, smoothstep(0.33, 0.67, weight))
                      : mix(moderate, severe, smoothstep(0.67, 1.0, weight));
}

vec3 colormap(float value) {
  float x = clamp(value, 0.0, 1.0) * 8.0;
  int i = min(int(x), 7);
  return mix(u_colormap[i], u_colormap[i + 1], x - float(i));
}
#endif

// Fibre striation: faint light and dark lines along a muscle's fibres (its fibre line
// coordinate's whole numbers, a few millimetres apart), fading out where they would be finer
// than about 1.5 pixels, so nothing shimmers; 1 on parts without fibres.
const float kStripeDepth = 0.15;  // ±15 % of the albedo
float striation() {
  if (v_hasFibre < 0.5) return 1.0;
  float fade = clamp(1.0 - 1.5 * fwidth(v_fibreAround), 0.0, 1.0);
  return 1.0 + kStripeDepth * fade * cos(6.2831853 * v_fibreAround);
}

void main() {
  vec4 base = u_baseColor;
  if (u_useTexture) base *= texture(t_baseColor, v_uv);
  base.rgb *= striation();

  vec3 n = normalize(v_viewNormal);
  if (!gl_FrontFacing) n = -n;  // open meshes show their lit inside
  vec3 toEye = normalize(-v_viewPosition);

  vec3 ambient = mix(kGround, kSky, 0.5 + 0.5 * dot(n, u_viewUp));
  float keyCos = dot(n, kKeyDirection);
  float key = max((keyCos + kKeyWrap) / (1.0 + kKeyWrap), 0.0);
  float fill = max(dot(n, kFillDirection), 0.0);
  vec3 halfway = normalize(kKeyDirection + toEye);
  float h2 = max(dot(n, halfway), 0.0);  // h^32 by squaring: a pow's highlight, cheaper
  h2 *= h2;
  h2 *= h2;
  h2 *= h2;
  h2 *= h2;
  float specular = kSpecular * h2 * h2 * step(0.0, keyCos);

  vec3 color = base.rgb * (ambient + kKeyColor * key + kFillColor * fill) + vec3(specular);
  float rim = pow(1.0 - max(dot(n, toEye), 0.0), 2.0);
  // Selected or hovered: a blue wash that keeps the shading, and a bright rim as its outline.
  color = mix(color, kHighlightColor * (0.45 + 0.75 * key), 0.7 * u_highlight);
  color += u_highlight * 1.2 * rim * kHighlightColor;
  vec3 srgb = linearToSrgb(clamp(color, 0.0, 1.0));
  float alpha = base.a;
#ifdef REFERRAL
  float drawn = smoothstep(0.08, 0.25, v_pain);  // soft across the edge between vertices
  if (drawn > 0.0) {  // the drawing, lit a little so the body's shape still reads through it
    vec3 cool = painColor(v_pain) * (0.75 + 0.35 * key);
    srgb = mix(srgb, cool, 0.9 * drawn);
    alpha = max(alpha, drawn);
  }
  {  // the heat is shown as it is, unlit, so its colours match the legend
    float shade = 0.0;
    float nearest = 1e9;
    for (int i = 0; i < 4; ++i) {  // a constant bound unrolls, so v_field is indexed statically
      if (i >= u_referralCount) break;
      shade = max(shade, referralShade(v_field[i].x, v_field[i].y, v_field[i].z, u_time));
      nearest = min(nearest, v_field[i].x);
    }
    // The heat fades into the tissue as the zone's soft edge falls off (spillover at full).
    float heat = smoothstep(0.0, 0.3, shade);
    srgb = mix(srgb, colormap(shade), heat);
    alpha = max(alpha, heat);
    float front = u_front.x * min(mod(max(u_time, 0.0), u_cycle.y), u_cycle.x);
    if (u_isolines > 0.0 && nearest < front) {  // thin dark lines of equal distance
      float d = nearest / u_isolines;
      float across = abs(fract(d - 0.5) - 0.5) / max(fwidth(d), 1e-4);
      float line = 1.0 - clamp(across, 0.0, 1.0);
      srgb = mix(srgb, vec3(0.12), 0.55 * line);
      alpha = max(alpha, 0.55 * line);
    }
    // Where heat lies over the drawing, the drawing's outline (a line about 2 px wide where its
    // weight crosses 0.16) stays on top, so the two can be compared.
    float across = abs(v_pain - 0.16) / max(fwidth(v_pain), 1e-4);
    float outline = (1.0 - clamp(across - 1.0, 0.0, 1.0)) * step(0.001, heat);
    srgb = mix(srgb, vec3(0.08, 0.30, 0.80), 0.95 * outline);
    alpha = max(alpha, outline);
  }
#endif
  fragColor = vec4(srgb, alpha);
}
