#include "core/atomic_file.h"

#include <cstdio>

#include "core/error.h"

namespace quarks {

AtomicOutputFile::AtomicOutputFile(std::string path)
    : path_(std::move(path)), temp_(path_ + ".tmp-quarks"), out_(temp_, std::ios::binary | std::ios::trunc) {
  if (!out_) throw InputError("cannot write '" + path_ + "'");
}

AtomicOutputFile::~AtomicOutputFile() {
  if (!committed_) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

void AtomicOutputFile::commit() {
  out_.flush();
  const bool ok = static_cast<bool>(out_);
  out_.close();
  if (!ok || std::rename(temp_.c_str(), path_.c_str()) != 0) {
    std::remove(temp_.c_str());
    committed_ = true;  // nothing left to remove
    throw InputError("cannot write '" + path_ + "'");
  }
  committed_ = true;
}

}  // namespace quarks
