// A thin owner of one SQLite connection and its prepared statements: open, run SQL, bind and
// read values, and transactions that either commit whole or roll back. Errors come back as Error
// values naming the database file. Files only; no GL, no UI, nothing of the app.
#pragma once

#include <cstdint>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "core/result.h"

struct sqlite3;
struct sqlite3_stmt;

namespace myo {

class SqliteStatement;

class SqliteDb {
 public:
  // Opens (creating when absent) `file` read-write, waiting up to 5 s for another writer's
  // lock. O(1) plus SQLite's open.
  [[nodiscard]] static Result<SqliteDb> open(const std::filesystem::path& file);
  SqliteDb(SqliteDb&&) noexcept;
  SqliteDb& operator=(SqliteDb&&) noexcept;
  ~SqliteDb();

  // Runs `sql` (one or more statements, no results read). O(the SQL's work).
  [[nodiscard]] Status exec(std::string_view sql);
  // Prepares one statement. O(length).
  [[nodiscard]] Result<SqliteStatement> prepare(std::string_view sql);
  // A single integer the query returns (e.g. PRAGMA user_version). O(the query's work).
  [[nodiscard]] Result<std::int64_t> integer(std::string_view sql);
  // A single text the query returns (e.g. PRAGMA integrity_check). O(the query's work).
  [[nodiscard]] Result<std::string> text(std::string_view sql);
  [[nodiscard]] std::int64_t lastInsertId() const;
  [[nodiscard]] const std::filesystem::path& file() const { return file_; }
  // An Error naming the file, with SQLite's message for the last failure and `what` was tried.
  [[nodiscard]] Error error(std::string_view what) const;

 private:
  SqliteDb(sqlite3* db, std::filesystem::path file) : db_(db), file_(std::move(file)) {}
  sqlite3* db_ = nullptr;
  std::filesystem::path file_;
  friend class SqliteStatement;
};

class SqliteStatement {
 public:
  SqliteStatement(SqliteStatement&&) noexcept;
  SqliteStatement& operator=(SqliteStatement&&) noexcept;
  ~SqliteStatement();

  // Binds parameter `index` (1-based). O(1) (text copied).
  SqliteStatement& bind(int index, std::string_view text);
  SqliteStatement& bind(int index, std::int64_t value);
  SqliteStatement& bind(int index, double value);
  SqliteStatement& bindNull(int index);
  // Rewinds the statement and clears its bindings, to bind and step it again. O(1).
  void reset();
  // Steps once: true with a row to read, false when done; an error on failure. O(the step).
  [[nodiscard]] Result<bool> step();
  // Runs to completion (an insert or update) and resets for reuse. O(the statement).
  [[nodiscard]] Status run();
  // Column `index` (0-based) of the current row. O(1).
  [[nodiscard]] std::string columnText(int index) const;
  [[nodiscard]] std::int64_t columnInt(int index) const;
  [[nodiscard]] double columnDouble(int index) const;
  [[nodiscard]] bool columnIsNull(int index) const;

 private:
  SqliteStatement(sqlite3_stmt* statement, const SqliteDb* db) : statement_(statement), db_(db) {}
  sqlite3_stmt* statement_ = nullptr;
  const SqliteDb* db_ = nullptr;
  friend class SqliteDb;
};

// BEGIN IMMEDIATE on construction (the write lock taken up front, so two windows queue instead
// of failing mid-way); commit() makes it land; destroyed uncommitted, it rolls back.
class SqliteTransaction {
 public:
  explicit SqliteTransaction(SqliteDb& db);
  ~SqliteTransaction();
  SqliteTransaction(const SqliteTransaction&) = delete;
  SqliteTransaction& operator=(const SqliteTransaction&) = delete;
  [[nodiscard]] const Status& begun() const { return begun_; }
  [[nodiscard]] Status commit();

 private:
  SqliteDb& db_;
  Status begun_;
  bool open_ = false;
};

}  // namespace myo
