// Atomic writes: content replaced whole, folders created, failures reported without damage.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <fstream>
#include <sstream>

#include "core/io/atomic_file.h"
#include "support/test_paths.h"

namespace {
std::string slurp(const std::filesystem::path& file) {
  std::ifstream in(file);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}
}  // namespace

TEST_CASE("writeFileAtomic replaces the content and leaves no temp file", "[persist]") {
  const auto dir = myo::test::scratch() / "atomic" / "nested";
  std::filesystem::remove_all(dir);
  const auto file = dir / "data.txt";
  REQUIRE(myo::writeFileAtomic(file, "first").ok());
  REQUIRE(myo::writeFileAtomic(file, "second").ok());
  CHECK(slurp(file) == "second");
  int entries = 0;
  for ([[maybe_unused]] const auto& e : std::filesystem::directory_iterator(dir)) ++entries;
  CHECK(entries == 1);
}

TEST_CASE("a failed atomic write keeps the old file and names the path", "[persist]") {
  const auto dir = myo::test::scratch() / "atomic_fail";
  std::filesystem::remove_all(dir);
  std::filesystem::create_directories(dir);
  const auto file = dir / "keep.txt";
  REQUIRE(myo::writeFileAtomic(file, "precious").ok());
  // A folder where the temp file would go makes the write fail before the rename.
  std::filesystem::create_directories(file.string() + ".tmp." + std::to_string(getpid()));
  const myo::Status lost = myo::writeFileAtomic(file, "lost");
  REQUIRE_FALSE(lost.ok());
  const std::string error = lost.error().message();
  CHECK(error.find("keep.txt") != std::string::npos);
  CHECK(error.find('\n') == std::string::npos);
  CHECK(slurp(file) == "precious");
}
