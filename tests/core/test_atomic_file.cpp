// core/atomic_file: an output file appears complete or not at all.
#include <catch2/catch.hpp>

#include <filesystem>
#include <fstream>

#include "core/atomic_file.h"
#include "core/error.h"
#include "scratch.h"

using namespace quarks;
using quarks::testing::fresh_scratch_dir;
using quarks::testing::slurp;
namespace fs = std::filesystem;

namespace {
std::size_t entries(const fs::path& d) {
  std::size_t n = 0;
  for (const auto& e : fs::directory_iterator(d)) n += static_cast<bool>(e.exists());
  return n;
}
}  // namespace

TEST_CASE("atomic files: written whole, or not at all", "[core][atomic-file]") {
  const fs::path d = fresh_scratch_dir("whole");
  write_file_atomically((d / "a.txt").string(), "alpha\n");
  CHECK(slurp(d / "a.txt") == "alpha\n");
  CHECK(entries(d) == 1);  // no temporary left beside it
  {
    AtomicOutputFile never((d / "b.txt").string());
    never.stream() << "half";
  }  // destroyed without commit (an exception on the way): nothing remains
  CHECK_FALSE(fs::exists(d / "b.txt"));
  CHECK(entries(d) == 1);
  CHECK_THROWS_AS(write_file_atomically((d / "missing" / "c.txt").string(), "x"), InputError);
  CHECK_THROWS_AS(require_output_file(d.string()), InputError);
  CHECK_THROWS_AS(require_output_file((d / "missing" / "c.txt").string()), InputError);
  CHECK_NOTHROW(require_output_file((d / "c.txt").string()));
  CHECK_THROWS_AS(require_output_directory((d / "a.txt").string()), InputError);
  CHECK_NOTHROW(require_output_directory((d / "not-yet").string()));
}

TEST_CASE("atomic files: a set is renamed only when every member is complete", "[core][atomic-file]") {
  const fs::path d = fresh_scratch_dir("set");
  // One target blocked (its directory is missing): no file of the set is written.
  CHECK_THROWS_AS(write_files_atomically({{(d / "1.txt").string(), "one"}, {(d / "no" / "2.txt").string(), "two"}}),
                  InputError);
  CHECK(entries(d) == 0);
  write_files_atomically({{(d / "1.txt").string(), "one"}, {(d / "2.txt").string(), "two"}});
  CHECK(slurp(d / "1.txt") == "one");
  CHECK(slurp(d / "2.txt") == "two");

  // A file another process was to write, and did not: commit_all fails before any rename.
  {
    AtomicOutputFile mine((d / "3.txt").string()), theirs((d / "4.svg").string());
    mine.stream() << "three";
    fs::remove(theirs.release_to_other_process());  // the child failed and left no file
    CHECK_THROWS_AS(commit_all({&mine, &theirs}), InputError);
  }
  CHECK_FALSE(fs::exists(d / "3.txt"));
  CHECK_FALSE(fs::exists(d / "4.svg"));
  CHECK(entries(d) == 2);  // 1.txt and 2.txt, no temporaries

  // The child writes the temporary path; commit renames what it wrote.
  AtomicOutputFile mine((d / "3.txt").string()), theirs((d / "4.svg").string());
  mine.stream() << "three";
  std::ofstream(theirs.release_to_other_process(), std::ios::binary) << "<svg/>";
  commit_all({&mine, &theirs});
  CHECK(slurp(d / "3.txt") == "three");
  CHECK(slurp(d / "4.svg") == "<svg/>");
  CHECK(entries(d) == 4);
}
