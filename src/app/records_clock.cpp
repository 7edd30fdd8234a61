// Local dates of the records clock.
#include "app/records_clock.h"

#include <cstdio>
#include <ctime>

namespace myo {
namespace {

std::string formatted(std::chrono::system_clock::time_point when, const char* format) {
  const std::time_t t = std::chrono::system_clock::to_time_t(when);
  std::tm local{};
  localtime_r(&t, &local);
  char text[32];
  std::strftime(text, sizeof text, format, &local);
  return text;
}

}  // namespace

std::string RecordsClock::localDay() const {
  return formatted(now(), "%Y-%m-%d");
}

std::string RecordsClock::localTime() const {
  return formatted(now(), "%Y-%m-%d %H:%M:%S");
}

bool RecordsClock::setLocalDay(const std::string& day) {
  int year = 0, month = 0, date = 0;
  char end = 0;
  if (day.size() != 10 ||
      std::sscanf(day.c_str(), "%4d-%2d-%2d%c", &year, &month, &date, &end) != 3 || month < 1 ||
      month > 12 || date < 1 || date > 31)
    return false;
  const std::time_t real = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
  std::tm wanted{};
  localtime_r(&real, &wanted);  // today's time of day
  wanted.tm_year = year - 1900;
  wanted.tm_mon = month - 1;
  wanted.tm_mday = date;
  wanted.tm_isdst = -1;
  const std::time_t moved = std::mktime(&wanted);
  if (moved == static_cast<std::time_t>(-1)) return false;
  shift = std::chrono::seconds(moved - real);
  return true;
}

}  // namespace myo
