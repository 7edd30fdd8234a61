// SQLite connections, statements and transactions.
#include "records/sqlite_db.h"

#include <sqlite3.h>

#include <utility>

namespace myo {

Result<SqliteDb> SqliteDb::open(const std::filesystem::path& file) {
  sqlite3* db = nullptr;
  const int code =
      sqlite3_open_v2(file.c_str(), &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr);
  if (code != SQLITE_OK) {
    std::string reason = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    sqlite3_close(db);
    return Error{file.string(), "", "cannot be opened as a database: " + reason};
  }
  sqlite3_busy_timeout(db, 5000);
  return SqliteDb(db, file);
}

SqliteDb::SqliteDb(SqliteDb&& other) noexcept
    : db_(std::exchange(other.db_, nullptr)), file_(std::move(other.file_)) {}

SqliteDb& SqliteDb::operator=(SqliteDb&& other) noexcept {
  if (this != &other) {
    sqlite3_close(db_);
    db_ = std::exchange(other.db_, nullptr);
    file_ = std::move(other.file_);
  }
  return *this;
}

SqliteDb::~SqliteDb() {
  sqlite3_close(db_);
}

Error SqliteDb::error(std::string_view what) const {
  std::string reason(what);
  reason += ": ";
  reason += db_ != nullptr ? sqlite3_errmsg(db_) : "no database";
  return Error{file_.string(), "", reason};
}

Status SqliteDb::exec(std::string_view sql) {
  const std::string text(sql);
  if (sqlite3_exec(db_, text.c_str(), nullptr, nullptr, nullptr) != SQLITE_OK)
    return error("SQL failed");
  return {};
}

Result<SqliteStatement> SqliteDb::prepare(std::string_view sql) {
  sqlite3_stmt* statement = nullptr;
  if (sqlite3_prepare_v2(db_, sql.data(), static_cast<int>(sql.size()), &statement, nullptr) !=
      SQLITE_OK)
    return error("cannot prepare a statement");
  return SqliteStatement(statement, this);
}

Result<std::int64_t> SqliteDb::integer(std::string_view sql) {
  Result<SqliteStatement> statement = prepare(sql);
  if (!statement) return statement.error();
  const Result<bool> row = statement->step();
  if (!row) return row.error();
  if (!row.value()) return error("no value returned");
  return statement->columnInt(0);
}

Result<std::string> SqliteDb::text(std::string_view sql) {
  Result<SqliteStatement> statement = prepare(sql);
  if (!statement) return statement.error();
  const Result<bool> row = statement->step();
  if (!row) return row.error();
  if (!row.value()) return error("no value returned");
  return statement->columnText(0);
}

std::int64_t SqliteDb::lastInsertId() const {
  return sqlite3_last_insert_rowid(db_);
}

SqliteStatement::SqliteStatement(SqliteStatement&& other) noexcept
    : statement_(std::exchange(other.statement_, nullptr)), db_(other.db_) {}

SqliteStatement& SqliteStatement::operator=(SqliteStatement&& other) noexcept {
  if (this != &other) {
    sqlite3_finalize(statement_);
    statement_ = std::exchange(other.statement_, nullptr);
    db_ = other.db_;
  }
  return *this;
}

SqliteStatement::~SqliteStatement() {
  sqlite3_finalize(statement_);
}

SqliteStatement& SqliteStatement::bind(int index, std::string_view text) {
  sqlite3_bind_text(statement_, index, text.data(), static_cast<int>(text.size()),
                    SQLITE_TRANSIENT);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, std::int64_t value) {
  sqlite3_bind_int64(statement_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::bind(int index, double value) {
  sqlite3_bind_double(statement_, index, value);
  return *this;
}

SqliteStatement& SqliteStatement::bindNull(int index) {
  sqlite3_bind_null(statement_, index);
  return *this;
}

Result<bool> SqliteStatement::step() {
  const int code = sqlite3_step(statement_);
  if (code == SQLITE_ROW) return true;
  if (code == SQLITE_DONE) return false;
  return db_->error("a statement failed");
}

void SqliteStatement::reset() {
  sqlite3_reset(statement_);
  sqlite3_clear_bindings(statement_);
}

Status SqliteStatement::run() {
  const Result<bool> stepped = step();
  reset();
  if (!stepped) return stepped.error();
  return {};
}

std::string SqliteStatement::columnText(int index) const {
  const unsigned char* text = sqlite3_column_text(statement_, index);
  return text != nullptr ? std::string(reinterpret_cast<const char*>(text)) : std::string();
}

std::int64_t SqliteStatement::columnInt(int index) const {
  return sqlite3_column_int64(statement_, index);
}

double SqliteStatement::columnDouble(int index) const {
  return sqlite3_column_double(statement_, index);
}

bool SqliteStatement::columnIsNull(int index) const {
  return sqlite3_column_type(statement_, index) == SQLITE_NULL;
}

SqliteTransaction::SqliteTransaction(SqliteDb& db) : db_(db), begun_(db.exec("BEGIN IMMEDIATE")) {
  open_ = begun_.ok();
}

SqliteTransaction::~SqliteTransaction() {
  if (open_) (void)db_.exec("ROLLBACK");
}

Status SqliteTransaction::commit() {
  if (!open_) return begun_.ok() ? Status{db_.error("commit without a transaction")} : begun_;
  open_ = false;
  if (Status done = db_.exec("COMMIT"); !done) {
    (void)db_.exec("ROLLBACK");
    return done;
  }
  return {};
}

}  // namespace myo
