#pragma once
// An output file that appears under its name only when complete: bytes go to
// "<path>.tmp-quarks" and commit() renames it; a file never committed (an
// error, an exception, Ctrl-C) is removed, so no half-written output remains.
#include <fstream>
#include <string>

namespace quarks {

class AtomicOutputFile {
 public:
  explicit AtomicOutputFile(std::string path);  // throws InputError if the file cannot be created
  AtomicOutputFile(const AtomicOutputFile&) = delete;
  AtomicOutputFile& operator=(const AtomicOutputFile&) = delete;
  ~AtomicOutputFile();

  std::ostream& stream() { return out_; }
  void commit();  // throws InputError if writing failed

 private:
  std::string path_;
  std::string temp_;
  std::ofstream out_;
  bool committed_ = false;
};

}  // namespace quarks
