#include "cli/check_files.h"

#include <algorithm>
#include <atomic>
#include <chrono>
#include <condition_variable>
#include <mutex>
#include <set>
#include <thread>

#include "claim/coverage.h"
#include "core/error.h"
#include "io/witness_json.h"

namespace quarks::cli {

namespace fs = std::filesystem;

WitnessFiles collect_witness_files(const std::vector<std::string>& paths) {
  WitnessFiles result;
  std::set<std::string> seen;
  auto add = [&](const fs::path& file) {
    if (seen.insert(file.lexically_normal().generic_string()).second) result.files.push_back(file.string());
  };
  for (const auto& text : paths) {
    const fs::path path(text);
    std::error_code ec;
    const fs::file_status status = fs::status(path, ec);
    if (!fs::exists(status)) {
      if (fs::is_symlink(fs::symlink_status(path, ec))) {
        add(path);  // a broken link is read, and fails, like any unreadable file
        continue;
      }
      throw InputError("'" + text + "' does not exist");
    }
    if (!fs::is_directory(status)) {
      add(path);
      continue;
    }
    std::vector<fs::path> found;
    fs::recursive_directory_iterator it(path, fs::directory_options::none, ec), end;
    for (; !ec && it != end; it.increment(ec)) {
      if (it->path().extension() != ".json") continue;
      std::error_code entry_ec;
      if (it->is_directory(entry_ec)) continue;  // a directory named x.json is walked, not read
      found.push_back(it->path());
    }
    if (ec) throw InputError("cannot read directory '" + text + "': " + ec.message());
    if (found.empty()) throw InputError("directory '" + text + "' holds no *.json file");
    std::sort(found.begin(), found.end(),
              [](const fs::path& a, const fs::path& b) { return a.generic_string() < b.generic_string(); });
    for (const auto& f : found) add(f);
    result.directories.push_back(fs::canonical(path));
  }
  return result;
}

void require_checkable(const Witness& witness, const Coverage& scope, const std::string& path,
                       const CheckSettings& settings, bool allow_weakened) {
  if (scope.weakened && !allow_weakened) {
    throw InputError("'" + path + "' says strict_on: selector-points, a weaker claim than the lemma "
                     "(gates may be 0 off the selector points); pass --allow-weakened to check it anyway");
  }
  std::uint32_t variables = 0;
  if (const auto* c = std::get_if<SelectorClaim>(&witness.claim)) variables = c->n;
  if (const auto* c = std::get_if<LayerClaim>(&witness.claim)) variables = c->n;
  if (settings.method != Method::z3 && variables > kMaxExhaustiveVariables) {
    throw InputError("n = " + std::to_string(variables) + " exceeds the exhaustive limit of " +
                     std::to_string(kMaxExhaustiveVariables) + " variables (use --method z3)");
  }
}

FileCheck check_witness_file(const std::string& path, const CheckSettings& settings, bool allow_weakened) {
  const auto start = std::chrono::steady_clock::now();
  FileCheck result;
  result.path = path;
  try {
    const Witness w = read_witness_file(path);
    const Coverage scope = coverage(w.claim);
    require_checkable(w, scope, path, settings, allow_weakened);
    result.claim = claim_id(w.claim);
    result.statement = statement(w.claim);
    result.scope = scope;
    result.reports = run_checks(w.claim, settings);
    result.verdict = overall_verdict(result.reports);
  } catch (const InputError& e) {
    result.bad_input = true;
    result.error = one_line(e.what());
  } catch (const std::exception& e) {
    result.reports.clear();
    result.verdict = Verdict::error;
    CheckReport failed;
    failed.verdict = Verdict::error;
    failed.reason = "internal error: " + one_line(e.what());
    result.reports.push_back(failed);
  }
  result.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  return result;
}

std::vector<FileCheck> check_witness_files(const std::vector<std::string>& files, const CheckSettings& settings,
                                           bool allow_weakened, unsigned jobs,
                                           const std::function<void(const FileCheck&)>& on_done) {
  std::vector<FileCheck> results(files.size());
  std::vector<bool> done(files.size(), false);
  std::mutex mutex;
  std::condition_variable finished;
  std::atomic<std::size_t> next{0};
  auto work = [&] {
    for (std::size_t i = next++; i < files.size(); i = next++) {
      FileCheck r = check_witness_file(files[i], settings, allow_weakened);
      std::lock_guard lock(mutex);
      results[i] = std::move(r);
      done[i] = true;
      finished.notify_one();
    }
  };
  const unsigned workers = static_cast<unsigned>(std::min<std::size_t>(std::max(1u, jobs), files.size()));
  std::vector<std::thread> threads;
  for (unsigned t = 0; t < workers; ++t) threads.emplace_back(work);
  for (std::size_t i = 0; i < files.size(); ++i) {
    std::unique_lock lock(mutex);
    finished.wait(lock, [&] { return done[i]; });
    lock.unlock();
    on_done(results[i]);
  }
  for (auto& t : threads) t.join();
  return results;
}

}  // namespace quarks::cli
