#include <catch2/catch.hpp>

#include "io/file_check.h"
#include "io/junit_xml.h"
#include "io/report_json.h"

#include <nlohmann/json.hpp>

using namespace quarks;

namespace {
FileCheck checked(const std::string& path, Verdict verdict) {
  FileCheck f;
  f.path = path;
  f.claim = "lemma-5.4";
  f.statement = "B(F) = f";
  f.scope.scope = Coverage::Scope::instance;
  f.scope.text = "one instance";
  CheckReport r;
  r.verdict = verdict;
  if (verdict == Verdict::refuted) {
    r.reason = "case 0 fails";
    r.counterexample = "x = 0101";
  }
  f.reports = {r};
  f.verdict = verdict;
  return f;
}

FileCheck bad(const std::string& path) {
  FileCheck f;
  f.path = path;
  f.bad_input = true;
  f.error = "'" + path + "' is not valid JSON";
  return f;
}
}  // namespace

TEST_CASE("file outcomes: exit codes, and the worst of a run is disagreement > refuted > bad input > undecided",
          "[io][junit]") {
  CHECK(exit_code(outcome(checked("a", Verdict::verified))) == 0);
  CHECK(exit_code(outcome(checked("a", Verdict::refuted))) == 1);
  CHECK(exit_code(outcome(bad("a"))) == 2);
  CHECK(exit_code(outcome(checked("a", Verdict::timeout))) == 3);
  CHECK(exit_code(outcome(checked("a", Verdict::unknown))) == 3);
  CHECK(exit_code(outcome(checked("a", Verdict::error))) == 3);
  CHECK(exit_code(outcome(checked("a", Verdict::disagreement))) == 4);
  const auto v = checked("v", Verdict::verified), r = checked("r", Verdict::refuted), b = bad("b"),
             u = checked("u", Verdict::timeout), d = checked("d", Verdict::disagreement);
  CHECK(worst_outcome({}) == FileOutcome::verified);
  CHECK(worst_outcome({v, v}) == FileOutcome::verified);
  CHECK(worst_outcome({v, u}) == FileOutcome::undecided);
  CHECK(worst_outcome({u, b, v}) == FileOutcome::bad_input);
  CHECK(worst_outcome({b, r, u}) == FileOutcome::refuted);
  CHECK(worst_outcome({r, d, b}) == FileOutcome::disagreement);
}

TEST_CASE("xml_escape: markup escaped, and what XML 1.0 cannot hold replaced by U+FFFD", "[io][junit]") {
  CHECK(xml_escape("a&b<c>d\"e'f") == "a&amp;b&lt;c&gt;d&quot;e&apos;f");
  CHECK(xml_escape("x\ny\tz\r") == "x&#10;y&#9;z&#13;");
  CHECK(xml_escape("x\ny\tz\r", XmlPlace::text) == "x\ny\tz&#13;");
  CHECK(xml_escape("\x01") == "\xEF\xBF\xBD");
  CHECK(xml_escape("caf\xC3\xA9") == "caf\xC3\xA9");               // valid UTF-8 kept
  CHECK(xml_escape("bad\xFF") == "bad\xEF\xBF\xBD");                // invalid byte
  CHECK(xml_escape("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");       // overlong '/'
  CHECK(xml_escape("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // a surrogate
  CHECK(xml_escape("\xEF\xBF\xBE") == "\xEF\xBF\xBD");              // U+FFFE
  CHECK(xml_escape("\xF0\x9F\x98\x80") == "\xF0\x9F\x98\x80");      // outside the BMP: kept
  CHECK(xml_escape("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");       // truncated sequence
}

TEST_CASE("check_junit_xml: counts, a failure with the counterexample, errors for the rest", "[io][junit]") {
  JunitRun run;
  run.timestamp = "2024-01-02T03:04:05";
  run.hostname = "host";
  const std::string xml = check_junit_xml(
      {checked("ok.json", Verdict::verified), checked("no&.json", Verdict::refuted), bad("bad.json"),
       checked("slow.json", Verdict::timeout)},
      run);
  CHECK(xml.find("tests=\"4\" failures=\"1\" errors=\"2\"") != std::string::npos);
  CHECK(xml.find("<testcase name=\"ok.json\" classname=\"quarks.check\" time=\"0.000\"/>") != std::string::npos);
  CHECK(xml.find("name=\"no&amp;.json\"") != std::string::npos);
  CHECK(xml.find("<failure type=\"refuted\"") != std::string::npos);
  CHECK(xml.find("counterexample (re-evaluated exactly): x = 0101") != std::string::npos);
  CHECK(xml.find("<error type=\"bad input\" message=\"&apos;bad.json&apos; is not valid JSON\"") != std::string::npos);
  CHECK(xml.find("<error type=\"timeout\"") != std::string::npos);
  CHECK(xml.find("hostname=\"host\"") != std::string::npos);
}

TEST_CASE("check_files_report_json: one entry per file and the counts", "[io][junit]") {
  const auto report = nlohmann::json::parse(check_files_report_json(
      {checked("ok.json", Verdict::verified), checked("r.json", Verdict::refuted), bad("bad\xFF.json")}));
  CHECK(report["format"] == "quarks-check-files-report");
  CHECK(report["summary"]["files"] == 3);
  CHECK(report["summary"]["verified"] == 1);
  CHECK(report["summary"]["refuted"] == 1);
  CHECK(report["summary"]["bad_input"] == 1);
  CHECK(report["outcome"] == "refuted");
  CHECK(report["exit_code"] == 1);
  CHECK(report["files"][1]["report"]["checkers"][0]["counterexample"] == "x = 0101");
  CHECK(report["files"][2]["outcome"] == "bad input");
  CHECK(report["files"][2]["path"] == "bad\xEF\xBF\xBD.json");  // not UTF-8: replaced, not thrown
}
