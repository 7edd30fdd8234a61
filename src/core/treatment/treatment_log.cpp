// Tab-separated lines under a versioned header; whole-file atomic rewrites.
#include "core/treatment/treatment_log.h"

#include <algorithm>
#include <charconv>
#include <ctime>
#include <iomanip>
#include <sstream>

#include "core/io/atomic_file.h"
#include "core/io/file_access.h"

namespace myo {
namespace {

constexpr std::string_view kHeader =
    "# myoscope treatment log v1: time\ttrigger_point\ttechnique\theld_s\tdiscomfort_before\t"
    "discomfort_after";
constexpr std::size_t kFields = 6;

std::vector<std::string_view> splitTabs(std::string_view line) {
  std::vector<std::string_view> fields;
  for (std::size_t start = 0;;) {
    const std::size_t tab = line.find('\t', start);
    fields.push_back(line.substr(start, tab == std::string_view::npos ? tab : tab - start));
    if (tab == std::string_view::npos) return fields;
    start = tab + 1;
  }
}

bool parseDiscomfort(std::string_view text, int& value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() && value >= -1 && value <= 10;
}

bool parseSeconds(std::string_view text, float& value) {
  const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
  return ec == std::errc() && end == text.data() + text.size() && value >= 0.0f && value < 86400.0f;
}

// "YYYY-MM-DDTHH:MM:SSZ" by shape.
bool isTimestamp(std::string_view text) {
  constexpr std::string_view kShape = "dddd-dd-ddTdd:dd:ddZ";
  if (text.size() != kShape.size()) return false;
  for (std::size_t i = 0; i < text.size(); ++i)
    if (kShape[i] == 'd' ? (text[i] < '0' || text[i] > '9') : text[i] != kShape[i]) return false;
  return true;
}

}  // namespace

std::string utcTimestamp(std::chrono::system_clock::time_point when) {
  const std::time_t seconds = std::chrono::system_clock::to_time_t(when);
  std::tm utc{};
  gmtime_r(&seconds, &utc);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%dT%H:%M:%SZ", &utc);
  return text;
}

std::string localTimeOf(const std::string& utc) {
  std::tm parsed{};
  std::istringstream in(utc);
  in >> std::get_time(&parsed, "%Y-%m-%dT%H:%M:%SZ");
  if (in.fail()) return utc;
  const std::time_t seconds = timegm(&parsed);
  std::tm local{};
  localtime_r(&seconds, &local);
  char text[32];
  std::strftime(text, sizeof text, "%Y-%m-%d %H:%M", &local);
  return text;
}

std::string formatTreatmentLog(const std::vector<TreatmentEntry>& entries) {
  std::ostringstream out;
  out << kHeader << '\n';
  for (const TreatmentEntry& e : entries) {
    char held[32];
    std::snprintf(held, sizeof held, "%.1f", static_cast<double>(e.heldSeconds));
    out << e.time << '\t' << e.triggerPoint << '\t' << e.technique << '\t' << held << '\t'
        << e.discomfortBefore << '\t' << e.discomfortAfter << '\n';
  }
  return out.str();
}

Result<std::vector<TreatmentEntry>> parseTreatmentLog(std::string_view text,
                                                      const std::string& file) {
  std::vector<TreatmentEntry> entries;
  int lineNumber = 0;
  while (!text.empty()) {
    const std::size_t newline = text.find('\n');
    std::string_view line = text.substr(0, newline);
    text.remove_prefix(newline == std::string_view::npos ? text.size() : newline + 1);
    ++lineNumber;
    const std::string where = "line " + std::to_string(lineNumber);
    if (lineNumber == 1) {
      if (line != kHeader) return Error{file, where, "not a myoscope treatment log (header)"};
      continue;
    }
    if (line.empty()) continue;
    const std::vector<std::string_view> fields = splitTabs(line);
    if (fields.size() != kFields)
      return Error{file, where,
                   std::to_string(fields.size()) + " fields, expected " + std::to_string(kFields)};
    TreatmentEntry entry;
    if (!isTimestamp(fields[0])) return Error{file, where, "time is not YYYY-MM-DDTHH:MM:SSZ"};
    entry.time = fields[0];
    if (fields[1].empty() || fields[2].empty())
      return Error{file, where, "empty trigger point or technique"};
    entry.triggerPoint = fields[1];
    entry.technique = fields[2];
    if (!parseSeconds(fields[3], entry.heldSeconds))
      return Error{file, where, "held seconds is not a number from 0 to 86400"};
    if (!parseDiscomfort(fields[4], entry.discomfortBefore) ||
        !parseDiscomfort(fields[5], entry.discomfortAfter))
      return Error{file, where, "discomfort is not a whole number from 0 to 10 (or -1)"};
    entries.push_back(std::move(entry));
  }
  if (lineNumber == 0) return Error{file, "", "empty file (no header)"};
  return entries;
}

Status TreatmentLog::load() {
  entries_.clear();
  writable_ = false;
  std::error_code exists;
  if (!std::filesystem::exists(file_, exists)) {
    writable_ = !exists;
    if (exists) return Error{file_.string(), "", exists.message()};
    return {};
  }
  std::vector<unsigned char> bytes;
  if (!readWholeFile(file_, bytes)) return Error{file_.string(), "", "cannot be read"};
  Result<std::vector<TreatmentEntry>> parsed = parseTreatmentLog(
      std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()), file_.string());
  if (!parsed) return parsed.error();
  entries_ = std::move(parsed.value());
  writable_ = true;
  return {};
}

Status TreatmentLog::append(const TreatmentEntry& entry) {
  if (!writable_)
    return Error{file_.string(), "",
                 "not saved, the existing log could not be read (left as it is)"};
  for (const std::string* field : {&entry.time, &entry.triggerPoint, &entry.technique})
    if (field->find_first_of("\t\n") != std::string::npos)
      return Error{file_.string(), "", "not saved, an entry field holds a tab or newline"};
  // The entry must read back: the same rules as a log from disk.
  Result<std::vector<TreatmentEntry>> checked = parseTreatmentLog(formatTreatmentLog({entry}), "");
  if (!checked) return Error{file_.string(), "", "not saved, " + checked.error().reason};
  // Another window (or an editor) may have added entries since: start from the file as it is.
  if (Status loaded = load(); !loaded) return loaded;
  std::vector<TreatmentEntry> next = entries_;
  next.push_back(checked->front());
  if (Status written = writeFileAtomic(file_, formatTreatmentLog(next)); !written) return written;
  entries_ = std::move(next);
  return {};
}

Status TreatmentLog::setDiscomfortAfter(const std::string& time, const std::string& triggerPoint,
                                        int level) {
  if (!writable_)
    return Error{file_.string(), "",
                 "not saved, the existing log could not be read (left as it is)"};
  if (Status loaded = load(); !loaded) return loaded;
  std::vector<TreatmentEntry> next = entries_;
  const auto entry = std::find_if(next.rbegin(), next.rend(), [&](const TreatmentEntry& e) {
    return e.time == time && e.triggerPoint == triggerPoint;
  });
  if (entry == next.rend()) return Error{file_.string(), "", "no hold logged at " + time};
  entry->discomfortAfter = std::clamp(level, 0, 10);
  if (Status written = writeFileAtomic(file_, formatTreatmentLog(next)); !written) return written;
  entries_ = std::move(next);
  return {};
}

std::vector<TreatmentEntry> entriesOf(const std::vector<TreatmentEntry>& entries,
                                      std::string_view triggerPoint) {
  std::vector<TreatmentEntry> out;
  for (const TreatmentEntry& e : entries)
    if (e.triggerPoint == triggerPoint) out.push_back(e);
  return out;
}

std::vector<TreatmentEntry> TreatmentLog::entriesFor(std::string_view triggerPoint) const {
  return entriesOf(entries_, triggerPoint);
}

}  // namespace myo
