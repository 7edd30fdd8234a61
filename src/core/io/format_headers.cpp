// The PLY header check.
#include "core/io/format_headers.h"

#include <fstream>

#include "core/text/ascii_text.h"

namespace myo {

std::optional<std::string> formatHeaderProblem(const std::filesystem::path& file) {
  if (asciiLower(file.extension().string()) != ".ply") return std::nullopt;
  std::ifstream in(file, std::ios::binary);
  std::string head(kMaxPlyHeader, '\0');
  in.read(head.data(), static_cast<std::streamsize>(head.size()));
  head.resize(static_cast<std::size_t>(in.gcount()));
  const auto lineBreakAt = [&](std::size_t at) {
    return at < head.size() && (head[at] == '\n' || head[at] == '\r');
  };
  if (!head.starts_with("ply") || !lineBreakAt(3))
    return "is not a PLY file (it does not start with \"ply\")";
  const std::size_t end = head.find("end_header");
  if (end == std::string::npos)
    return "the PLY header has no end_header in its first " + std::to_string(kMaxPlyHeader) +
           " bytes";
  const std::size_t after = end + std::string_view("end_header").size();
  if (!lineBreakAt(after)) return "the PLY header's end_header is not followed by a line break";
  return std::nullopt;
}

}  // namespace myo
