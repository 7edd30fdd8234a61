// fork, run the importer, write its result to a pipe, _exit; the parent reads it all, then reaps.
#include "core/io/child_import.h"

#include <fcntl.h>
#include <sys/wait.h>
#include <unistd.h>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <string>

#include "core/io/model_wire.h"

namespace myo {
namespace {

bool writeAll(int fd, const std::string& bytes) {
  std::size_t done = 0;
  while (done < bytes.size()) {
    const ssize_t n = ::write(fd, bytes.data() + done, bytes.size() - done);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return false;
    done += static_cast<std::size_t>(n);
  }
  return true;
}

std::string readAll(int fd) {
  std::string bytes;
  char buffer[1 << 16];
  for (;;) {
    const ssize_t n = ::read(fd, buffer, sizeof buffer);
    if (n < 0 && errno == EINTR) continue;
    if (n <= 0) return bytes;
    bytes.append(buffer, static_cast<std::size_t>(n));
  }
}

// In the child: the crash signals take their default action, so a crash ends the child at once
// (as the parent reads it) rather than running handlers the parent installed (a test framework's,
// a sanitizer's).
void defaultCrashSignals() {
  for (const int signal : {SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT}) std::signal(signal, SIG_DFL);
}

// In the child: what the importer prints (Assimp writes its failed assertions to stderr) never
// reaches the person's terminal; the parent says what happened in one line.
void silenceOutput() {
  const int devNull = ::open("/dev/null", O_WRONLY);
  if (devNull < 0) return;
  ::dup2(devNull, STDOUT_FILENO);
  ::dup2(devNull, STDERR_FILENO);
  ::close(devNull);
}

}  // namespace

Result<Model> importInChildProcess(const std::filesystem::path& file, const Importer& import) {
  int fds[2];
  if (::pipe(fds) != 0) return import(file);  // no pipe: import here rather than not at all
  const pid_t child = ::fork();
  if (child < 0) {
    ::close(fds[0]);
    ::close(fds[1]);
    return import(file);
  }
  if (child == 0) {
    defaultCrashSignals();
    silenceOutput();
    ::close(fds[0]);
    const bool sent = writeAll(fds[1], modelToWire(import(file)));
    ::_exit(sent ? 0 : 1);
  }
  ::close(fds[1]);
  const std::string bytes = readAll(fds[0]);
  ::close(fds[0]);
  int status = 0;
  while (::waitpid(child, &status, 0) < 0 && errno == EINTR) {
  }
  if (WIFSIGNALED(status)) {
    const int signal = WTERMSIG(status);
    return Error{file.string(), "",
                 "the model importer crashed on the file (signal " + std::to_string(signal) + ": " +
                     ::strsignal(signal) + ")"};
  }
  if (!WIFEXITED(status) || WEXITSTATUS(status) != 0)
    return Error{file.string(), "", "the model importer stopped without a result"};
  return modelFromWire(bytes, file.string());
}

}  // namespace myo
