// Whitespace-separated words per line, checked against a table of verbs.
#include "app/command_script.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <limits>
#include <sstream>

#include "core/quiz/quiz_generator.h"

namespace myo {
namespace {

// Step: next, prev or a step number; Quiz: the quiz sub-command and its words (checked apart).
enum class Arg { Text, Number, Whole, Choice, Step, Quiz, Diary };

struct Verb {
  std::string_view name;
  ScriptVerb verb;
  std::vector<Arg> args;
  std::vector<std::string_view> choices;  // for Arg::Choice
};

const std::vector<Verb>& verbs() {
  static const std::vector<Verb> kVerbs = {
      {"open", ScriptVerb::Open, {Arg::Text}, {}},
      {"wait-ready", ScriptVerb::WaitReady, {}, {}},
      {"select-point", ScriptVerb::SelectPoint, {Arg::Text}, {}},
      {"technique", ScriptVerb::Technique, {Arg::Whole}, {}},
      {"select-part", ScriptVerb::SelectPart, {Arg::Text}, {}},
      {"timer", ScriptVerb::Timer, {Arg::Choice}, {"start", "pause", "release", "reset"}},
      {"discomfort", ScriptVerb::Discomfort, {Arg::Whole}, {}},
      {"how-now", ScriptVerb::HowNow, {Arg::Whole}, {}},
      {"advance", ScriptVerb::Advance, {Arg::Number}, {}},
      {"view",
       ScriptVerb::View,
       {Arg::Choice},
       {"front", "back", "left", "right", "top", "bottom", "three-quarter"}},
      {"click", ScriptVerb::Click, {Arg::Number, Arg::Number}, {}},
      {"click-landmark", ScriptVerb::ClickLandmark, {Arg::Text}, {}},
      {"pain-mode", ScriptVerb::PainMode, {Arg::Choice}, {"on", "off"}},
      {"pain-brush",
       ScriptVerb::PainBrush,
       {Arg::Number, Arg::Choice},
       {"mild", "moderate", "severe", "eraser"}},
      {"pain-dab", ScriptVerb::PainDab, {Arg::Text}, {}},
      {"pain-stroke",
       ScriptVerb::PainStroke,
       {Arg::Number, Arg::Number, Arg::Number, Arg::Number},
       {}},
      {"pain-undo", ScriptVerb::PainUndo, {}, {}},
      {"pain-clear", ScriptVerb::PainClear, {}, {}},
      {"xray", ScriptVerb::Xray, {Arg::Choice}, {"on", "off"}},
      {"peel", ScriptVerb::Peel, {Arg::Whole}, {}},
      {"opacity", ScriptVerb::Opacity, {Arg::Choice, Arg::Number}, {"skin", "muscles", "bones"}},
      {"frames", ScriptVerb::Frames, {Arg::Whole}, {}},
      {"screenshot", ScriptVerb::Screenshot, {Arg::Text}, {}},
      {"layout", ScriptVerb::Layout, {Arg::Text}, {}},
      {"view-image", ScriptVerb::ViewImage, {Arg::Text, Arg::Whole}, {}},
      {"export-view",
       ScriptVerb::ExportView,
       {Arg::Text, Arg::Whole, Arg::Whole, Arg::Choice},
       {"plain", "labels", "legend", "labels+legend"}},
      {"ui-scale", ScriptVerb::UiScale, {Arg::Whole}, {}},
      {"lesson", ScriptVerb::Lesson, {Arg::Text}, {}},
      {"step", ScriptVerb::Step, {Arg::Step}, {}},
      {"presenter", ScriptVerb::Presenter, {Arg::Choice}, {"on", "off"}},
      {"labels", ScriptVerb::Labels, {Arg::Choice}, {"on", "off"}},
      {"quiz", ScriptVerb::Quiz, {Arg::Quiz}, {}},
      {"diary", ScriptVerb::Diary, {Arg::Diary}, {}},
      {"date", ScriptVerb::Date, {Arg::Text}, {}},
      {"quit", ScriptVerb::Quit, {}, {}}};
  return kVerbs;
}

// Numbers a script may use: whole ones fit an int, others are finite; none negative or huge.
constexpr double kLargestNumber = 1e6;

bool isNumber(const std::string& text, bool whole) {
  const char* end = text.data() + text.size();
  if (whole) {
    int value = 0;
    const auto [stop, ec] = std::from_chars(text.data(), end, value);
    return ec == std::errc() && stop == end && value >= 0 && value <= kLargestNumber;
  }
  double value = 0.0;
  const auto [stop, ec] = std::from_chars(text.data(), end, value);
  return ec == std::errc() && stop == end && std::isfinite(value) && value >= 0.0 &&
         value <= kLargestNumber;
}

// Why the words after `quiz` are not a quiz command, or "" when they are one:
//   start where|knot|name|spot [REGION] [--seed N] [--class SECONDS STUDENTS]
//   answer-click X Y · answer-stroke X1 Y1 X2 Y2 · answer-landmark NAME.SIDE
//   answer-choice N · reveal · next · export PATH
std::string quizProblem(const std::vector<std::string>& words) {
  if (words.empty())
    return "'quiz' needs a command (start, answer-click, answer-stroke, answer-landmark, "
           "answer-choice, reveal, next, export)";
  const std::string& sub = words[0];
  const std::size_t n = words.size();
  if (sub == "start") {
    if (n < 2 || !parseQuizKind(words[1])) return "'quiz start' needs where, knot, name or spot";
    std::size_t i = 2;
    if (i < n && !words[i].starts_with("--")) ++i;  // the region
    while (i < n) {
      if (words[i] == "--seed" && i + 1 < n && isNumber(words[i + 1], true)) {
        i += 2;
      } else if (words[i] == "--class" && i + 2 < n && isNumber(words[i + 1], false) &&
                 isNumber(words[i + 2], true)) {
        i += 3;
      } else {
        return "'quiz start' takes --seed N and --class SECONDS STUDENTS after the region";
      }
    }
    return "";
  }
  if (sub == "answer-click")
    return n == 3 && isNumber(words[1], false) && isNumber(words[2], false)
               ? ""
               : "'quiz answer-click' takes X Y";
  if (sub == "answer-stroke")
    return n == 5 && std::all_of(words.begin() + 1, words.end(),
                                 [](const std::string& w) { return isNumber(w, false); })
               ? ""
               : "'quiz answer-stroke' takes X1 Y1 X2 Y2";
  if (sub == "answer-landmark") return n == 2 ? "" : "'quiz answer-landmark' takes NAME.SIDE";
  if (sub == "answer-choice")
    return n == 2 && isNumber(words[1], true) && words[1] != "0"
               ? ""
               : "'quiz answer-choice' takes a choice number (1 = first)";
  if (sub == "reveal" || sub == "next" || sub == "review")
    return n == 1 ? "" : "'quiz " + sub + "' takes nothing";
  if (sub == "export") return n == 2 ? "" : "'quiz export' takes PATH";
  return "unknown quiz command '" + sub + "'";
}

// Why the words after `diary` are not a diary command, or "" when they are one:
//   open · close · save [NOTE…] · show N|live · compare A B · month YYYY-MM · export-csv PATH ·
//   summary PATH [YYYY-MM]
std::string diaryProblem(const std::vector<std::string>& words) {
  if (words.empty())
    return "'diary' needs a command (open, close, save, show, compare, month, export-csv, "
           "summary)";
  const std::string& sub = words[0];
  const std::size_t n = words.size();
  const auto entry = [](const std::string& w) { return isNumber(w, true) && w != "0"; };
  if (sub == "open" || sub == "close") return n == 1 ? "" : "'diary " + sub + "' takes nothing";
  if (sub == "save") return "";
  if (sub == "show")
    return n == 2 && (words[1] == "live" || entry(words[1]))
               ? ""
               : "'diary show' takes an entry number (1 = oldest) or live";
  if (sub == "compare")
    return n == 3 && entry(words[1]) && entry(words[2]) ? ""
                                                        : "'diary compare' takes two entry numbers";
  if (sub == "month")
    return n == 2 && words[1].size() == 7 && words[1][4] == '-' ? ""
                                                                : "'diary month' takes YYYY-MM";
  if (sub == "export-csv") return n == 2 ? "" : "'diary export-csv' takes PATH";
  if (sub == "summary") return n == 2 || n == 3 ? "" : "'diary summary' takes PATH [YYYY-MM]";
  return "unknown diary command '" + sub + "'";
}

}  // namespace

int ScriptCommand::whole(std::size_t i) const {
  const double value = number(i);
  return std::isfinite(value) && std::abs(value) <= kLargestNumber ? static_cast<int>(value) : 0;
}

Result<std::vector<ScriptCommand>> parseCommandScript(std::string_view text,
                                                      const std::string& file) {
  std::vector<ScriptCommand> commands;
  std::istringstream lines{std::string(text)};
  std::string line;
  for (int number = 1; std::getline(lines, line); ++number) {
    line = line.substr(0, line.find('#'));
    std::istringstream words(line);
    std::string name;
    if (!(words >> name)) continue;
    ScriptCommand command{ScriptVerb::Quit, {}, {}, number};
    for (std::string word; words >> word;) {
      double value = std::numeric_limits<double>::quiet_NaN();
      const auto [stop, ec] = std::from_chars(word.data(), word.data() + word.size(), value);
      if (ec != std::errc() || stop != word.data() + word.size() || !std::isfinite(value))
        value = std::numeric_limits<double>::quiet_NaN();
      command.args.push_back(word);
      command.values.push_back(value);
    }
    const std::string where = "line " + std::to_string(number);
    const auto verb =
        std::find_if(verbs().begin(), verbs().end(), [&](const Verb& v) { return v.name == name; });
    if (verb == verbs().end()) return Error{file, where, "unknown command '" + name + "'"};
    command.verb = verb->verb;
    if (verb->args.size() == 1 && (verb->args[0] == Arg::Quiz || verb->args[0] == Arg::Diary)) {
      const std::string problem =
          verb->args[0] == Arg::Quiz ? quizProblem(command.args) : diaryProblem(command.args);
      if (!problem.empty()) return Error{file, where, problem};
      commands.push_back(std::move(command));
      continue;
    }
    if (command.args.size() != verb->args.size())
      return Error{file, where,
                   "'" + name + "' takes " + std::to_string(verb->args.size()) + " argument" +
                       (verb->args.size() == 1 ? "" : "s")};
    for (std::size_t i = 0; i < command.args.size(); ++i) {
      const std::string& arg = command.args[i];
      const bool ok =
          verb->args[i] == Arg::Text || (verb->args[i] == Arg::Number && isNumber(arg, false)) ||
          (verb->args[i] == Arg::Whole && isNumber(arg, true)) ||
          (verb->args[i] == Arg::Step &&
           (arg == "next" || arg == "prev" || (isNumber(arg, true) && arg != "0"))) ||
          (verb->args[i] == Arg::Choice &&
           std::find(verb->choices.begin(), verb->choices.end(), arg) != verb->choices.end());
      if (!ok) return Error{file, where, "'" + arg + "' is not a valid argument of '" + name + "'"};
    }
    commands.push_back(std::move(command));
  }
  return commands;
}

}  // namespace myo
