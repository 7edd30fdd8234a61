// The records database: checks on open, migrations, and the reads and writes of each table.
#include "records/user_records.h"

#include <algorithm>
#include <ctime>
#include <system_error>

namespace myo {
namespace {

constexpr std::int64_t kApplicationId = 0x4D594F53;  // "MYOS"

// Migration i takes the schema from version i to i + 1.
constexpr const char* kMigrations[] = {
    R"(CREATE TABLE treatment (
         id INTEGER PRIMARY KEY,
         time TEXT NOT NULL,
         trigger_point TEXT NOT NULL,
         technique TEXT NOT NULL,
         held_seconds REAL NOT NULL CHECK (held_seconds >= 0),
         discomfort_before INTEGER CHECK (discomfort_before BETWEEN -1 AND 10),
         discomfort_after INTEGER CHECK (discomfort_after BETWEEN -1 AND 10));
       CREATE INDEX treatment_by_point ON treatment (trigger_point, time);
       CREATE TABLE quiz_result (
         id INTEGER PRIMARY KEY,
         time TEXT NOT NULL,
         kind TEXT NOT NULL CHECK (kind IN ('where', 'knot', 'name', 'spot')),
         question TEXT NOT NULL,
         answer TEXT NOT NULL,
         score REAL NOT NULL CHECK (score BETWEEN 0 AND 1));)",
    R"(CREATE TABLE diary_entry (
         id INTEGER PRIMARY KEY,
         day TEXT NOT NULL CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
         saved_at TEXT NOT NULL,
         body TEXT NOT NULL,
         note TEXT NOT NULL,
         area_cm2 REAL NOT NULL CHECK (area_cm2 >= 0),
         mean_weight REAL NOT NULL CHECK (mean_weight BETWEEN 0 AND 1));
       CREATE INDEX diary_by_day ON diary_entry (day);
       CREATE TABLE diary_dab (
         entry INTEGER NOT NULL REFERENCES diary_entry (id) ON DELETE CASCADE,
         seq INTEGER NOT NULL,
         x REAL NOT NULL, y REAL NOT NULL, z REAL NOT NULL,
         radius REAL NOT NULL CHECK (radius > 0),
         level INTEGER NOT NULL CHECK (level BETWEEN 0 AND 3),
         PRIMARY KEY (entry, seq));
       CREATE TABLE diary_region (
         entry INTEGER NOT NULL REFERENCES diary_entry (id) ON DELETE CASCADE,
         region TEXT NOT NULL,
         area_cm2 REAL NOT NULL CHECK (area_cm2 >= 0),
         mean_weight REAL NOT NULL CHECK (mean_weight BETWEEN 0 AND 1),
         PRIMARY KEY (entry, region));
       CREATE TABLE lesson_progress (
         lesson TEXT NOT NULL,
         step INTEGER NOT NULL CHECK (step >= 0),
         seen_at TEXT NOT NULL,
         PRIMARY KEY (lesson, step));)"};
static_assert(std::size(kMigrations) == UserRecords::kSchemaVersion);

std::string stamp() {
  const std::time_t now = std::time(nullptr);
  char text[32];
  std::strftime(text, sizeof text, "%Y%m%d-%H%M%S", std::localtime(&now));
  return text;
}

// Why the database at `db` is not one to keep ("" when it is ours, or new and empty).
std::string problemOf(SqliteDb& db) {
  const Result<std::string> integrity = db.text("PRAGMA quick_check");
  if (!integrity) return "it is not a database";
  if (integrity.value() != "ok") return "it is damaged (" + integrity.value() + ")";
  const Result<std::int64_t> id = db.integer("PRAGMA application_id");
  const Result<std::int64_t> tables = db.integer("SELECT count(*) FROM sqlite_master");
  if (!id || !tables) return "it cannot be read";
  if (id.value() != kApplicationId && tables.value() > 0) return "it belongs to another program";
  return {};
}

// Renames `file` and its WAL companions aside; returns the new name of the file.
Result<std::filesystem::path> moveAside(const std::filesystem::path& file) {
  const std::filesystem::path aside = file.string() + ".damaged-" + stamp();
  std::error_code error;
  std::filesystem::rename(file, aside, error);
  if (error) return Error{file.string(), "", "cannot be moved aside: " + error.message()};
  for (const char* companion : {"-wal", "-shm"}) {
    const std::filesystem::path extra = file.string() + companion;
    if (std::filesystem::exists(extra, error))
      std::filesystem::rename(extra, aside.string() + companion, error);
  }
  return aside;
}

Status migrate(SqliteDb& db) {
  const Result<std::int64_t> version = db.integer("PRAGMA user_version");
  if (!version) return version.error();
  if (version.value() > UserRecords::kSchemaVersion)
    return Error{db.file().string(), "",
                 "was written by a newer Myoscope (schema " + std::to_string(version.value()) +
                     "); it is left as it is"};
  for (std::int64_t v = version.value(); v < UserRecords::kSchemaVersion; ++v) {
    SqliteTransaction transaction(db);
    if (!transaction.begun()) return transaction.begun();
    if (Status done = db.exec(kMigrations[v]); !done) return done;
    if (Status done = db.exec("PRAGMA user_version = " + std::to_string(v + 1)); !done) return done;
    if (Status done = db.exec("PRAGMA application_id = " + std::to_string(kApplicationId)); !done)
      return done;
    if (Status done = transaction.commit(); !done) return done;
  }
  return {};
}

constexpr const char* kInsertTreatment =
    "INSERT INTO treatment (time, trigger_point, technique, held_seconds, discomfort_before, "
    "discomfort_after) VALUES (?, ?, ?, ?, ?, ?)";

Status insertTreatment(SqliteStatement& insert, const TreatmentEntry& entry) {
  insert.bind(1, entry.time)
      .bind(2, entry.triggerPoint)
      .bind(3, entry.technique)
      .bind(4, static_cast<double>(entry.heldSeconds))
      .bind(5, static_cast<std::int64_t>(entry.discomfortBefore))
      .bind(6, static_cast<std::int64_t>(entry.discomfortAfter));
  return insert.run();
}

}  // namespace

Result<UserRecords> UserRecords::open(const std::filesystem::path& file) {
  std::error_code error;
  if (file.has_parent_path()) std::filesystem::create_directories(file.parent_path(), error);
  std::string notice;
  Result<SqliteDb> db = SqliteDb::open(file);
  if (db) {
    if (const std::string problem = problemOf(*db); !problem.empty()) {
      db = Error{file.string(), "", problem};  // closes the connection before the rename
      const Result<std::filesystem::path> aside = moveAside(file);
      if (!aside) return aside.error();
      notice = file.string() + ": " + problem + "; moved to " + aside->string() +
               " and a new one started";
      db = SqliteDb::open(file);
    }
  }
  if (!db) return db.error();
  for (const char* pragma :
       {"PRAGMA journal_mode = WAL", "PRAGMA foreign_keys = ON", "PRAGMA synchronous = NORMAL"})
    if (Status set = db->exec(pragma); !set) return set.error();
  if (Status migrated = migrate(*db); !migrated) return migrated.error();
  return UserRecords(std::move(db.value()), std::move(notice));
}

Result<std::int64_t> UserRecords::addTreatment(const TreatmentEntry& entry) {
  SqliteTransaction transaction(db_);
  if (!transaction.begun()) return transaction.begun().error();
  Result<SqliteStatement> insert = db_.prepare(kInsertTreatment);
  if (!insert) return insert.error();
  if (Status done = insertTreatment(*insert, entry); !done) return done.error();
  const std::int64_t id = db_.lastInsertId();
  if (Status done = transaction.commit(); !done) return done.error();
  return id;
}

Status UserRecords::setDiscomfortAfter(const std::string& time, const std::string& triggerPoint,
                                       int level) {
  SqliteTransaction transaction(db_);
  if (!transaction.begun()) return transaction.begun();
  Result<SqliteStatement> update =
      db_.prepare("UPDATE treatment SET discomfort_after = ? WHERE time = ? AND trigger_point = ?");
  if (!update) return update.error();
  update->bind(1, static_cast<std::int64_t>(level)).bind(2, time).bind(3, triggerPoint);
  if (Status done = update->run(); !done) return done;
  const Result<std::int64_t> changed = db_.integer("SELECT changes()");
  if (!changed) return changed.error();
  if (changed.value() == 0)
    return Error{db_.file().string(), "", "no hold of " + triggerPoint + " at " + time};
  return transaction.commit();
}

Result<std::vector<TreatmentEntry>> UserRecords::treatments() {
  Result<SqliteStatement> select = db_.prepare(
      "SELECT time, trigger_point, technique, held_seconds, discomfort_before, discomfort_after "
      "FROM treatment ORDER BY time, id");
  if (!select) return select.error();
  std::vector<TreatmentEntry> entries;
  for (;;) {
    const Result<bool> row = select->step();
    if (!row) return row.error();
    if (!row.value()) return entries;
    entries.push_back({select->columnText(0), select->columnText(1), select->columnText(2),
                       static_cast<float>(select->columnDouble(3)),
                       static_cast<int>(select->columnInt(4)),
                       static_cast<int>(select->columnInt(5))});
  }
}

Result<std::int64_t> UserRecords::addQuizResult(const QuizResultRow& row) {
  SqliteTransaction transaction(db_);
  if (!transaction.begun()) return transaction.begun().error();
  Result<SqliteStatement> insert = db_.prepare(
      "INSERT INTO quiz_result (time, kind, question, answer, score) VALUES (?, ?, ?, ?, ?)");
  if (!insert) return insert.error();
  insert->bind(1, row.time)
      .bind(2, row.kind)
      .bind(3, row.question)
      .bind(4, row.answer)
      .bind(5, static_cast<double>(row.score));
  if (Status done = insert->run(); !done) return done.error();
  const std::int64_t id = db_.lastInsertId();
  if (Status done = transaction.commit(); !done) return done.error();
  return id;
}

Result<std::vector<QuizResultRow>> UserRecords::quizResults() {
  Result<SqliteStatement> select =
      db_.prepare("SELECT time, kind, question, answer, score FROM quiz_result ORDER BY id");
  if (!select) return select.error();
  std::vector<QuizResultRow> rows;
  for (;;) {
    const Result<bool> row = select->step();
    if (!row) return row.error();
    if (!row.value()) return rows;
    rows.push_back({select->columnText(0), select->columnText(1), select->columnText(2),
                    select->columnText(3), static_cast<float>(select->columnDouble(4))});
  }
}

Result<std::int64_t> UserRecords::addDiaryEntry(const DiaryEntry& entry) {
  SqliteTransaction transaction(db_);
  if (!transaction.begun()) return transaction.begun().error();
  Result<SqliteStatement> insert = db_.prepare(
      "INSERT INTO diary_entry (day, saved_at, body, note, area_cm2, mean_weight) "
      "VALUES (?, ?, ?, ?, ?, ?)");
  if (!insert) return insert.error();
  insert->bind(1, entry.day)
      .bind(2, entry.savedAt)
      .bind(3, entry.body)
      .bind(4, entry.note)
      .bind(5, static_cast<double>(entry.squareCm))
      .bind(6, static_cast<double>(entry.meanWeight));
  if (Status done = insert->run(); !done) return done.error();
  const std::int64_t id = db_.lastInsertId();
  Result<SqliteStatement> dab = db_.prepare(
      "INSERT INTO diary_dab (entry, seq, x, y, z, radius, level) VALUES (?, ?, ?, ?, ?, ?, ?)");
  if (!dab) return dab.error();
  for (std::size_t i = 0; i < entry.drawing.dabs.size(); ++i) {
    const PainDab& d = entry.drawing.dabs[i];
    dab->bind(1, id)
        .bind(2, static_cast<std::int64_t>(i))
        .bind(3, static_cast<double>(d.at.x))
        .bind(4, static_cast<double>(d.at.y))
        .bind(5, static_cast<double>(d.at.z))
        .bind(6, static_cast<double>(d.radius))
        .bind(7, static_cast<std::int64_t>(d.level));
    if (Status done = dab->run(); !done) return done.error();
  }
  Result<SqliteStatement> region = db_.prepare(
      "INSERT INTO diary_region (entry, region, area_cm2, mean_weight) VALUES (?, ?, ?, ?)");
  if (!region) return region.error();
  const auto& regions = diaryRegions();
  for (std::size_t r = 0; r < entry.regions.size() && r < regions.size(); ++r) {
    if (entry.regions[r].squareCm <= 0.0f) continue;
    region->bind(1, id)
        .bind(2, regions[r].id)
        .bind(3, static_cast<double>(entry.regions[r].squareCm))
        .bind(4, static_cast<double>(entry.regions[r].meanWeight));
    if (Status done = region->run(); !done) return done.error();
  }
  if (Status done = transaction.commit(); !done) return done.error();
  return id;
}

Result<std::vector<DiaryEntry>> UserRecords::diaryEntries() {
  Result<SqliteStatement> select = db_.prepare(
      "SELECT id, day, saved_at, body, note, area_cm2, mean_weight FROM diary_entry "
      "ORDER BY day, saved_at, id");
  if (!select) return select.error();
  std::vector<DiaryEntry> entries;
  for (;;) {
    const Result<bool> row = select->step();
    if (!row) return row.error();
    if (!row.value()) break;
    DiaryEntry& e = entries.emplace_back();
    e.id = select->columnInt(0);
    e.day = select->columnText(1);
    e.savedAt = select->columnText(2);
    e.body = select->columnText(3);
    e.note = select->columnText(4);
    e.squareCm = static_cast<float>(select->columnDouble(5));
    e.meanWeight = static_cast<float>(select->columnDouble(6));
    e.regions.assign(diaryRegions().size(), {});
  }
  Result<SqliteStatement> dabs =
      db_.prepare("SELECT x, y, z, radius, level FROM diary_dab WHERE entry = ? ORDER BY seq");
  Result<SqliteStatement> regions =
      db_.prepare("SELECT region, area_cm2, mean_weight FROM diary_region WHERE entry = ?");
  if (!dabs) return dabs.error();
  if (!regions) return regions.error();
  for (DiaryEntry& e : entries) {
    dabs->reset();
    dabs->bind(1, e.id);
    for (;;) {
      const Result<bool> row = dabs->step();
      if (!row) return row.error();
      if (!row.value()) break;
      const auto level = std::clamp<std::int64_t>(dabs->columnInt(4), 0, 3);
      e.drawing.dabs.push_back(
          {{static_cast<float>(dabs->columnDouble(0)), static_cast<float>(dabs->columnDouble(1)),
            static_cast<float>(dabs->columnDouble(2))},
           static_cast<float>(dabs->columnDouble(3)),
           static_cast<PainLevel>(level)});
    }
    regions->reset();
    regions->bind(1, e.id);
    for (;;) {
      const Result<bool> row = regions->step();
      if (!row) return row.error();
      if (!row.value()) break;
      const std::string id = regions->columnText(0);
      const auto& all = diaryRegions();
      for (std::size_t r = 0; r < all.size(); ++r)
        if (all[r].id == id)
          e.regions[r] = {static_cast<float>(regions->columnDouble(1)),
                          static_cast<float>(regions->columnDouble(2))};
    }
  }
  return entries;
}

Status UserRecords::deleteDiaryEntry(std::int64_t id) {
  Result<SqliteStatement> erase = db_.prepare("DELETE FROM diary_entry WHERE id = ?");
  if (!erase) return erase.error();
  erase->bind(1, id);
  if (Status done = erase->run(); !done) return done;
  const Result<std::int64_t> changed = db_.integer("SELECT changes()");
  if (!changed) return changed.error();
  if (changed.value() == 0)
    return Error{db_.file().string(), "", "has no diary entry " + std::to_string(id)};
  return {};
}

Status UserRecords::markLessonStep(const std::string& lesson, int step, const std::string& time) {
  Result<SqliteStatement> insert =
      db_.prepare("INSERT OR IGNORE INTO lesson_progress (lesson, step, seen_at) VALUES (?, ?, ?)");
  if (!insert) return insert.error();
  insert->bind(1, lesson).bind(2, static_cast<std::int64_t>(step)).bind(3, time);
  return insert->run();
}

Result<std::vector<int>> UserRecords::lessonStepsSeen(const std::string& lesson) {
  Result<SqliteStatement> select =
      db_.prepare("SELECT step FROM lesson_progress WHERE lesson = ? ORDER BY step");
  if (!select) return select.error();
  select->bind(1, lesson);
  std::vector<int> steps;
  for (;;) {
    const Result<bool> row = select->step();
    if (!row) return row.error();
    if (!row.value()) return steps;
    steps.push_back(static_cast<int>(select->columnInt(0)));
  }
}

Result<int> UserRecords::importTreatmentLog(const std::filesystem::path& tsv) {
  TreatmentLog log(tsv);
  std::error_code error;
  if (!std::filesystem::exists(tsv, error)) return 0;
  if (Status loaded = log.load(); !loaded) return loaded.error();
  {
    SqliteTransaction transaction(db_);
    if (!transaction.begun()) return transaction.begun().error();
    Result<SqliteStatement> insert = db_.prepare(kInsertTreatment);
    if (!insert) return insert.error();
    for (const TreatmentEntry& entry : log.entries())
      if (Status done = insertTreatment(*insert, entry); !done) return done.error();
    if (Status done = transaction.commit(); !done) return done.error();
  }
  std::filesystem::rename(tsv, tsv.string() + ".imported", error);
  if (error) return Error{tsv.string(), "", "imported, but cannot be renamed: " + error.message()};
  return static_cast<int>(log.entries().size());
}

}  // namespace myo
