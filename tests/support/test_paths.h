// Where tests find their inputs: the project's own fixtures and the optional third-party data in
// ../shared/data. Tests that need the shared data skip (ctest reports "Skipped") when it is absent.
#pragma once

#include <cstdlib>
#include <filesystem>
#include <iostream>

namespace myo::test {

// Fixtures shipped in tests/fixtures.
inline std::filesystem::path fixtures() {
  return MYO_FIXTURES_DIR;
}

// Scratch folder inside the build tree for files a test writes (created on demand).
inline std::filesystem::path scratch() {
  std::filesystem::path dir = std::filesystem::path(MYO_TEST_OUTPUT_DIR);
  std::filesystem::create_directories(dir);
  return dir;
}

// ../shared/data beside the checkout, or $MYOSCOPE_SHARED_DATA; empty when absent.
inline std::filesystem::path sharedData() {
  if (const char* env = std::getenv("MYOSCOPE_SHARED_DATA")) return env;
  std::filesystem::path dir = MYO_SHARED_DATA_DIR;
  return std::filesystem::is_directory(dir) ? dir : std::filesystem::path();
}

}  // namespace myo::test

// Returns from the current test with a "SKIPPED:" line (ctest marks the test skipped) when the
// shared data folder `sub` is missing.
#define MYO_REQUIRE_SHARED_DATA(sub)                                                 \
  do {                                                                               \
    if (myo::test::sharedData().empty() ||                                           \
        !std::filesystem::exists(myo::test::sharedData() / (sub))) {                 \
      std::cout << "SKIPPED: ../shared/data/" << (sub) << " is absent" << std::endl; \
      return;                                                                        \
    }                                                                                \
  } while (false)
