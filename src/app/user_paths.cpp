// XDG base directory lookup.
#include "app/user_paths.h"

#include <cstdlib>

namespace myo {
namespace {

std::filesystem::path xdgDir(const char* variable, const char* fallbackUnderHome) {
  if (const char* value = std::getenv(variable); value != nullptr && value[0] == '/')
    return std::filesystem::path(value) / "myoscope";
  const char* home = std::getenv("HOME");
  const std::filesystem::path base = home != nullptr ? home : "/tmp";
  return base / fallbackUnderHome / "myoscope";
}

}  // namespace

std::filesystem::path userConfigDir() {
  return xdgDir("XDG_CONFIG_HOME", ".config");
}

std::filesystem::path userDataDir() {
  return xdgDir("XDG_DATA_HOME", ".local/share");
}

std::filesystem::path defaultTreatmentLogPath() {
  return userDataDir() / "treatment-log.tsv";
}

}  // namespace myo
