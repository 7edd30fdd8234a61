// myoscope_bodygen OUTPUT.glb: builds the bundled body and writes it as a deterministic GLB,
// atomically (a failed run never leaves a half-written asset).
#include <exception>
#include <iostream>
#include <string>
#include <string_view>

#include "bodygen/bundled_body.h"
#include "core/io/atomic_file.h"
#include "core/io/gltf_writer.h"

namespace {

constexpr std::string_view kUsage =
    "usage: myoscope_bodygen OUTPUT.glb\n"
    "Builds the bundled body model and writes it as glTF 2.0 binary to OUTPUT.glb.\n";

int run(const std::string& output) {
  const myo::Model body = myo::buildBundledBody();
  const std::string bytes = myo::writeGlb(body);
  if (const myo::Status written = myo::writeFileAtomic(output, bytes); !written) {
    std::cerr << "myoscope_bodygen: " << written.error().message() << "\n";
    return 1;
  }
  std::cout << "wrote " << output << ": " << bytes.size() << " bytes, " << body.parts.size()
            << " parts, " << body.triangleCount() << " triangles, " << body.landmarks.size()
            << " landmarks\n";
  return 0;
}

}  // namespace

int main(int argc, char** argv) {
  const std::string_view output = argc > 1 ? argv[1] : "";
  if (argc != 2 || output.empty() || output.starts_with('-')) {
    const bool help = argc == 2 && (output == "-h" || output == "--help");
    (help ? std::cout : std::cerr) << kUsage;
    return help ? 0 : 2;
  }
  try {
    return run(std::string(output));
  } catch (const std::exception& e) {
    std::cerr << "myoscope_bodygen: " << e.what() << "\n";
    return 1;
  }
}
