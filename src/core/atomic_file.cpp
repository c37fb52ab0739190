#include "core/atomic_file.h"

#include <cstdio>
#include <filesystem>
#include <memory>

#include "core/error.h"

namespace quarks {

namespace {
[[noreturn]] void cannot_write(const std::string& path) { throw InputError("cannot write '" + path + "'"); }
}  // namespace

AtomicOutputFile::AtomicOutputFile(std::string path)
    : path_(std::move(path)), temp_(path_ + ".tmp-quarks"), out_(temp_, std::ios::binary | std::ios::trunc) {
  if (!out_) cannot_write(path_);
}

AtomicOutputFile::~AtomicOutputFile() {
  if (!committed_) {
    out_.close();
    std::remove(temp_.c_str());
  }
}

void AtomicOutputFile::close_stream() {
  if (!out_.is_open()) return;
  out_.flush();
  stream_ok_ = stream_ok_ && static_cast<bool>(out_);
  out_.close();
}

const std::string& AtomicOutputFile::release_to_other_process() {
  close_stream();
  return temp_;
}

void AtomicOutputFile::commit() { commit_all({this}); }

void commit_all(const std::vector<AtomicOutputFile*>& files) {
  // First every file complete on disk, so a failure here leaves none in place.
  for (AtomicOutputFile* f : files) {
    f->close_stream();
    std::error_code ec;
    if (!f->stream_ok_ || !std::filesystem::is_regular_file(f->temp_, ec)) cannot_write(f->path_);
  }
  for (AtomicOutputFile* f : files) {
    if (std::rename(f->temp_.c_str(), f->path_.c_str()) != 0) cannot_write(f->path_);
    f->committed_ = true;
  }
}

void write_file_atomically(const std::string& path, const std::string& content) {
  AtomicOutputFile file(path);
  file.stream() << content;
  file.commit();
}

void write_files_atomically(const std::vector<std::pair<std::string, std::string>>& files) {
  for (const auto& [path, content] : files) require_output_file(path);
  std::vector<std::unique_ptr<AtomicOutputFile>> open;
  std::vector<AtomicOutputFile*> set;
  for (const auto& [path, content] : files) {
    open.push_back(std::make_unique<AtomicOutputFile>(path));
    open.back()->stream() << content;
    set.push_back(open.back().get());
  }
  commit_all(set);
}

void require_output_file(const std::string& path) {
  namespace fs = std::filesystem;
  std::error_code ec;
  if (path.empty()) throw InputError("an output file name is empty");
  if (fs::is_directory(path, ec)) throw InputError("output '" + path + "' is a directory");
  const fs::path parent = fs::path(path).parent_path();
  if (!parent.empty() && !fs::is_directory(parent, ec)) {
    throw InputError("output '" + path + "': directory '" + parent.string() + "' does not exist");
  }
}

void require_output_directory(const std::string& path) {
  std::error_code ec;
  if (path.empty()) throw InputError("an output directory name is empty");
  if (std::filesystem::exists(path, ec) && !std::filesystem::is_directory(path, ec)) {
    throw InputError("output directory '" + path + "' exists and is not a directory");
  }
}

}  // namespace quarks
