// Result<T>: a value or a precise error (file, where, reason) that prints as one line; Status:
// the same for an action that returns nothing (a save). Every fallible call in core returns one
// of the two; depends on nothing but the standard library.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <variant>

namespace myo {

// A failure to load or parse user input. `where` is a field path, byte offset or "" when the
// problem concerns the whole file.
struct Error {
  std::string file;
  std::string where;
  std::string reason;

  // "file: where: reason" (parts left out when empty). O(length).
  [[nodiscard]] std::string message() const {
    std::string out = file;
    if (!where.empty()) out += (out.empty() ? "" : ": ") + where;
    if (!reason.empty()) out += (out.empty() ? "" : ": ") + reason;
    return out;
  }
};

// Done, or why not: what a save or another action with no value returns.
class [[nodiscard]] Status {
 public:
  Status() = default;                                // done
  Status(Error error) : error_(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return !error_.has_value(); }
  explicit operator bool() const { return ok(); }
  [[nodiscard]] const Error& error() const { return *error_; }  // only when !ok()

 private:
  std::optional<Error> error_;
};

template <class T>
class [[nodiscard]] Result {
 public:
  Result(T value) : state_(std::move(value)) {}      // NOLINT: implicit by design
  Result(Error error) : state_(std::move(error)) {}  // NOLINT: implicit by design

  [[nodiscard]] bool ok() const { return std::holds_alternative<T>(state_); }
  explicit operator bool() const { return ok(); }
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  T& operator*() & { return value(); }
  const T& operator*() const& { return value(); }
  T* operator->() { return &value(); }
  const T* operator->() const { return &value(); }
  [[nodiscard]] const Error& error() const { return std::get<Error>(state_); }

 private:
  std::variant<T, Error> state_;
};

}  // namespace myo
