// The recent files list: most recent first, no duplicates, at most kMaxEntries, kept in a file.
#include <catch2/catch.hpp>

#include <algorithm>

#include "app/recent_files.h"
#include "support/test_paths.h"

TEST_CASE("recent files: most recent first, no duplicates, bounded, persisted", "[persist]") {
  const auto store = myo::test::scratch() / "recent" / "recent-files.txt";
  std::filesystem::remove_all(store.parent_path());
  myo::RecentFiles recent(store);
  recent.load();
  CHECK(recent.entries().empty());
  for (int i = 0; i < 12; ++i)
    REQUIRE(recent.add("/models/body" + std::to_string(i) + ".glb").ok());
  REQUIRE(recent.add("/models/body5.glb").ok());
  CHECK(recent.entries().size() == myo::RecentFiles::kMaxEntries);
  CHECK(recent.entries().front() == "/models/body5.glb");
  CHECK(std::count(recent.entries().begin(), recent.entries().end(), "/models/body5.glb") == 1);
  myo::RecentFiles reloaded(store);
  reloaded.load();
  CHECK(reloaded.entries() == recent.entries());
}
