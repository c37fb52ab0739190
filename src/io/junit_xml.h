#pragma once
// JUnit XML for `quarks check --junit FILE`: one <testcase> per witness file,
// a <failure> for a refutation (carrying the counterexample) and an <error>
// for bad input, an undecided check or a checker disagreement. The layout is
// the Apache Ant format as the Windy Road JUnit.xsd states it (the strictest
// common reading, which Jenkins, GitLab and GitHub reporters accept):
// <testsuites><testsuite name package id timestamp hostname tests failures
// errors skipped time> <properties/> <testcase name classname time/>...
// <system-out/> <system-err/></testsuite></testsuites>. docs/ci.md.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "io/file_check.h"

namespace quarks {

struct JunitRun {
  std::string suite_name = "quarks check";
  std::string timestamp;  // UTC, "YYYY-MM-DDTHH:MM:SS" (the schema allows no time zone)
  std::string hostname;   // "localhost" if unknown
  double seconds = 0;     // wall time of the whole run
  std::vector<std::pair<std::string, std::string>> properties;  // e.g. ("method", "both")
  std::string system_out, system_err;  // what the run printed
};

std::string check_junit_xml(const std::vector<FileCheck>& files, const JunitRun& run);

// Text as an XML attribute value or character data: markup characters
// escaped, CR (and in attributes tab and newline, which a parser would
// normalise to spaces) as character references, and every byte sequence XML
// 1.0 cannot carry (invalid UTF-8, control characters, U+FFFE/U+FFFF)
// replaced by U+FFFD, so any file name gives a well-formed document.
enum class XmlPlace { attribute, text };
std::string xml_escape(std::string_view text, XmlPlace place = XmlPlace::attribute);

}  // namespace quarks
