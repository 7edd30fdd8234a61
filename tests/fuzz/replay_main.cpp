// Runs a fuzz target over files without libFuzzer: each argument is an input file or a folder
// of them (read recursively); a missing folder is reported and skipped. Used by the ctest that
// replays the corpora and the reproducers in every normal build. Test-only.
#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size);

namespace {

void replay(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)),
                                        std::istreambuf_iterator<char>());
  LLVMFuzzerTestOneInput(bytes.data(), bytes.size());
}

}  // namespace

int main(int argc, char** argv) {
  std::size_t inputs = 0;
  for (int i = 1; i < argc; ++i) {
    const std::filesystem::path path = argv[i];
    if (std::filesystem::is_regular_file(path)) {
      replay(path);
      ++inputs;
      continue;
    }
    if (!std::filesystem::is_directory(path)) {
      std::printf("not found, skipped: %s\n", argv[i]);
      continue;
    }
    std::vector<std::filesystem::path> files;
    for (const auto& entry : std::filesystem::recursive_directory_iterator(path))
      if (entry.is_regular_file() && entry.path().filename() != "README.md")
        files.push_back(entry.path());
    std::sort(files.begin(), files.end());
    for (const auto& file : files) replay(file);
    inputs += files.size();
    std::printf("%zu inputs from %s\n", files.size(), argv[i]);
  }
  std::printf("replayed %zu inputs, none crashed\n", inputs);
  return inputs > 0 ? 0 : 1;
}
