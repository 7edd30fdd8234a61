// Temp file + fsync + rename, with POSIX calls so the data really reaches the disk.
#include "core/io/atomic_file.h"

#include <fcntl.h>
#include <unistd.h>

#include <cerrno>
#include <cstring>

namespace myo {
namespace {

// Sets `error` to "FILE: WHAT: system reason" and returns false.
bool fail(const std::filesystem::path& file, const std::string& what, std::string& error) {
  error = file.string() + ": " + what + ": " + std::strerror(errno);
  return false;
}

}  // namespace

bool writeFileAtomic(const std::filesystem::path& file, std::string_view bytes,
                     std::string& error) {
  std::error_code ec;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), ec);
  if (ec) {
    error = file.string() + ": cannot create its folder: " + ec.message();
    return false;
  }
  const std::filesystem::path temp =
      file.string() + ".tmp." + std::to_string(static_cast<long>(getpid()));
  const int fd = ::open(temp.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return fail(file, "cannot create " + temp.filename().string(), error);
  std::size_t written = 0;
  while (written < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + written, bytes.size() - written);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) {
      const bool result = fail(file, "cannot write " + temp.filename().string(), error);
      ::close(fd);
      ::unlink(temp.c_str());
      return result;
    }
    written += static_cast<std::size_t>(n);
  }
  if (::fsync(fd) != 0 || ::close(fd) != 0) {
    const bool result = fail(file, "cannot flush " + temp.filename().string(), error);
    ::unlink(temp.c_str());
    return result;
  }
  if (::rename(temp.c_str(), file.c_str()) != 0) {
    const bool result = fail(file, "cannot replace", error);
    ::unlink(temp.c_str());
    return result;
  }
  return true;
}

}  // namespace myo
