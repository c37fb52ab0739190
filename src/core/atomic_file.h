#pragma once
// Every file quarks writes appears under its name only when complete: bytes go
// to "<path>.tmp-quarks", and a rename puts them in place. A file never
// committed (an error, an exception, Ctrl-C) is removed, so no half-written
// output remains. This is the one place that writes output files.
#include <fstream>
#include <string>
#include <utility>
#include <vector>

namespace quarks {

class AtomicOutputFile;
void commit_all(const std::vector<AtomicOutputFile*>& files);

class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(std::string path);  // throws InputError if the file cannot be created
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;
  ~AtomicOutputFile();

  std::ostream& stream() { return out_; }
  // Closes this side's stream (what was written stays) and returns the
  // temporary path, for another process to read (a gnuplot script) or to
  // write (gnuplot's SVG); commit() then renames whatever is there.
  const std::string& release_to_other_process();
  void commit();  // throws InputError if writing failed

 private:
  friend void commit_all(const std::vector<AtomicOutputFile*>& files);
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool stream_ok_ = true;  // no write through out_ failed
  bool committed_ = false;
  void close_stream();
};

// One file from a string.
void write_file_atomically(const std::string& path, const std::string& content);
// Several files, all or none: every temporary is written first, then renamed
// into place; a failed write removes the temporaries, so no partial set.
void write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files);
// Commits open files as a set: all temporaries are complete before the first
// rename (the renames themselves cannot be undone, but rarely fail).
void commit_all(const std::vector<AtomicOutputFile*>& files);

// Output paths are checked before any work, so a bad one is bad input (exit
// 2) before a check runs, not a failure after it: a file's directory must
// exist and the path must not be a directory; a directory path, if it exists,
// must be a directory.
void require_output_file(const std::string& path);
void require_output_directory(const std::string& path);

}  // namespace quarks
