// The soft edge of a painted referral zone.
#include <catch2/catch.hpp>

#include "core/referral/referral_field.h"

TEST_CASE("a painted zone eases out over a soft edge centred on its size", "[referral]") {
  const float size = 0.04f, edge = 0.03f;
  CHECK(myo::paintedZoneFalloff(0.0f, size, edge) == 1.0f);
  CHECK(myo::paintedZoneFalloff(size - 0.5f * edge, size, edge) == 1.0f);
  CHECK(myo::paintedZoneFalloff(size, size, edge) == Approx(0.5f));
  CHECK(myo::paintedZoneFalloff(size + 0.5f * edge, size, edge) == 0.0f);
  float last = 1.0f;
  for (float d = 0.0f; d < 0.08f; d += 0.002f) {  // never rises again: one soft rim
    const float w = myo::paintedZoneFalloff(d, size, edge);
    CHECK(w <= last + 1e-6f);
    last = w;
  }
  // A small zone keeps a full core of a third of its size.
  CHECK(myo::paintedZoneFalloff(0.02f / 3.0f, 0.02f, edge) == 1.0f);
  CHECK(myo::paintedZoneFalloff(0.02f / 3.0f + 0.002f, 0.02f, edge) < 1.0f);
}
