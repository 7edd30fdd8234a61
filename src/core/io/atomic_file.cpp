// Temp file + fsync + rename, with POSIX calls so the data really reaches the disk.
#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace myo {
namespace {

// "FILE: WHAT: system reason".
Error fail(const std::filesystem::path& file, const std::string& what) {
  return Error{file.string(), "", what + ": " + std::strerror(errno)};
}

}  // namespace

Status writeFileAtomic(const std::filesystem::path& file, std::string_view bytes) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) return Error{file.string(), "", "cannot create its folder: " + ec.message()};
  const std::filesystem::path temp =
      file.string() + ".tmp." + std::to_string(static_cast<long>(getpid()));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return fail(file, "cannot create " + temp.filename().string());
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      Error result = fail(file, "cannot write " + temp.filename().string());
      ::close(fd);
      ::unlink(temp.c_str());
      return result;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    Error result = fail(file, "cannot flush " + temp.filename().string());
    ::unlink(temp.c_str());
    return result;
  }
  if (::rename(temp.c_str(), file.c_str()) != 0) {
    Error result = fail(file, "cannot replace");
    ::unlink(temp.c_str());
    return result;
  }
  return {};
}

}  // namespace myo
