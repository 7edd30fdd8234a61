// Scene fragment shader: base colour x texture, lit by a camera-fixed rig (hemisphere ambient,
// soft wrapped key, cool fill, gentle Blinn-Phong), two-sided, sRGB-encoded output. Each optional
// feature is compiled in only for the parts that need it (render/scene_programs): a software
// rasteriser runs both sides of every branch, so a feature switched off by a uniform would still
// cost its time on every fragment.
//   TEXTURED           the base colour texture
//   FIBRES             the muscle fibre striation
//   HIGHLIGHT          the selection's blue wash and rim
//   PAIN               the person's pain drawing in cool colours
//   REFERRAL_FIELDS n  0–4 referral fields, combined by max, as the animated heatmap over it
//   ISOLINES           lines of equal distance behind the front (with REFERRAL_FIELDS > 0)
#version 330 core

in vec3 v_viewPosition;
in vec3 v_viewNormal;

uniform vec4 u_baseColor;  // linear RGBA
uniform vec3 u_viewUp;     // world +Y in view space, for the hemisphere ambient

#ifdef TEXTURED
in vec2 v_uv;
uniform sampler2D t_baseColor;  // an sRGB texture, sampled as linear
#endif
#ifdef FIBRES
in float v_fibreAround;
in float v_hasFibre;
#endif
#ifdef PAIN
in float v_pain;  // the pain drawing's weight: 0 none … 1 severe
#endif
#if REFERRAL_FIELDS > 0
// The referral heatmap: the same formula as core/referral_animation.cpp, its terms that depend
// only on time computed there (referralMoment).
in vec3 v_field[REFERRAL_FIELDS];  // per field: distance from its knot (m), essential, spillover
uniform vec4 u_moment;        // front (m), breathing factor, front glow, knot pulse
uniform vec3 u_shape;         // rim width (m), spillover gain, knot radius (m)
uniform vec3 u_colormap[9];   // sRGB stops at 0, 1/8 … 1
#ifdef ISOLINES
uniform float u_isolines;     // spacing of distance isolines (m) behind the front
#endif
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

#if REFERRAL_FIELDS > 0
float referralShade(vec3 field) {
  float distance = field.x;
  float reached = 1.0 - smoothstep(u_moment.x - u_shape.x, u_moment.x, distance);
  float zone = max(field.y, u_shape.y * field.z);
  float band = (distance - u_moment.x) / u_shape.x;
  float glow = u_moment.z * exp(-band * band);
  float knot = u_moment.w * (1.0 - smoothstep(0.5 * u_shape.z, u_shape.z, distance));
  return clamp(max(max(zone * u_moment.y * reached, glow), knot), 0.0, 1.0);
}

vec3 colormap(float value) {
  float x = clamp(value, 0.0, 1.0) * 8.0;
  int i = min(int(x), 7);
  return mix(u_colormap[i], u_colormap[i + 1], x - float(i));
}
#endif

#ifdef PAIN
// The drawing's cool colours: cyan for mild, blue for moderate, violet for severe.
vec3 painColor(float weight) {
  vec3 mild = vec3(0.42, 0.84, 0.88), moderate = vec3(0.25, 0.55, 0.90),
       severe = vec3(0.50, 0.30, 0.86);
  return weight < 0.5 ? mix(mild, moderate, smoothstep(0.33, 0.67, weight))
                      : mix(moderate, severe, smoothstep(0.67, 1.0, weight));
}
#endif

// Fibre striation: faint light and dark lines along a muscle's fibres (its fibre line
// coordinate's whole numbers, a few millimetres apart), fading out where they would be finer
// than about 1.5 pixels, so nothing shimmers; 1 on parts without fibres.
#ifdef FIBRES
const float kStripeDepth = 0.15;  // ±15 % of the albedo
float striation() {
  if (v_hasFibre < 0.5) return 1.0;
  float fade = clamp(1.0 - 1.5 * fwidth(v_fibreAround), 0.0, 1.0);
  return 1.0 + kStripeDepth * fade * cos(6.2831853 * v_fibreAround);
}
#endif

void main() {
  vec4 base = u_baseColor;
#ifdef TEXTURED
  base *= texture(t_baseColor, v_uv);
#endif
#ifdef FIBRES
  base.rgb *= striation();
#endif

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
#ifdef HIGHLIGHT  // selected or hovered: a blue wash that keeps the shading, a bright rim
  float rim = 1.0 - max(dot(n, toEye), 0.0);
  color = mix(color, kHighlightColor * (0.45 + 0.75 * key), 0.7);
  color += 1.2 * rim * rim * kHighlightColor;
#endif
  vec3 srgb = linearToSrgb(clamp(color, 0.0, 1.0));
  float alpha = base.a;
#ifdef PAIN
  float drawn = smoothstep(0.08, 0.25, v_pain);  // soft across the edge between vertices
  // The drawing, lit a little so the body's shape still reads through it.
  srgb = mix(srgb, painColor(v_pain) * (0.75 + 0.35 * key), 0.9 * drawn);
  alpha = max(alpha, drawn);
#endif
#if REFERRAL_FIELDS > 0
  // The heat is shown as it is, unlit, so its colours match the legend.
  float shade = referralShade(v_field[0]);
  float nearest = v_field[0].x;
  for (int i = 1; i < REFERRAL_FIELDS; ++i) {
    shade = max(shade, referralShade(v_field[i]));
    nearest = min(nearest, v_field[i].x);
  }
  // The heat fades into the tissue as the zone's soft edge falls off (spillover at full).
  float heat = smoothstep(0.0, 0.3, shade);
  srgb = mix(srgb, colormap(shade), heat);
  alpha = max(alpha, heat);
#ifdef ISOLINES
  {  // thin dark lines of equal distance, behind the front
    float d = nearest / u_isolines;
    float across = abs(fract(d - 0.5) - 0.5) / max(fwidth(d), 1e-4);
    float line = (1.0 - clamp(across, 0.0, 1.0)) * step(nearest, u_moment.x);
    srgb = mix(srgb, vec3(0.12), 0.55 * line);
    alpha = max(alpha, 0.55 * line);
  }
#endif
#ifdef PAIN
  {  // where heat lies over the drawing, the drawing's outline (about 2 px wide where its weight
     // crosses 0.16) stays on top, so the two can be compared
    float across = abs(v_pain - 0.16) / max(fwidth(v_pain), 1e-4);
    float outline = (1.0 - clamp(across - 1.0, 0.0, 1.0)) * step(0.001, heat);
    srgb = mix(srgb, vec3(0.08, 0.30, 0.80), 0.95 * outline);
    alpha = max(alpha, outline);
  }
#endif
#endif
  fragColor = vec4(srgb, alpha);
}
