#include "io/junit_xml.h"

#include <cstdint>
#include <iomanip>
#include <sstream>

#include "core/error.h"

namespace quarks {

namespace {
constexpr const char* kReplacement = "\xEF\xBF\xBD";  // U+FFFD in UTF-8

// Length of the valid UTF-8 sequence at text[i] and its code point, or 0 if
// the bytes there are not one (overlong forms and surrogates included).
std::size_t utf8_sequence(std::string_view text, std::size_t i, std::uint32_t& code) {
  const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
  const unsigned char b0 = byte(i);
  std::size_t length = 0;
  std::uint32_t minimum = 0;
  if (b0 < 0x80) {
    code = b0;
    return 1;
  } else if ((b0 & 0xE0) == 0xC0) {
    length = 2, code = b0 & 0x1F, minimum = 0x80;
  } else if ((b0 & 0xF0) == 0xE0) {
    length = 3, code = b0 & 0x0F, minimum = 0x800;
  } else if ((b0 & 0xF8) == 0xF0) {
    length = 4, code = b0 & 0x07, minimum = 0x10000;
  } else {
    return 0;
  }
  if (i + length > text.size()) return 0;
  for (std::size_t k = 1; k < length; ++k) {
    if ((byte(i + k) & 0xC0) != 0x80) return 0;
    code = (code << 6) | (byte(i + k) & 0x3F);
  }
  if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return 0;
  return length;
}

std::string seconds_text(double seconds) {
  std::ostringstream out;
  out << std::fixed << std::setprecision(3) << (seconds < 0 ? 0.0 : seconds);
  return out.str();
}

std::string checker_lines(const FileCheck& file) {
  std::ostringstream out;
  out << "claim: " << file.claim << "\nstatement: " << file.statement << "\nscope: " << file.scope.text
      << (file.scope.weakened ? std::string(" ") + kWeakenedNote : "") << "\n";
  for (const auto& r : file.reports) {
    out << to_string(r.method) << ": " << to_string(r.verdict);
    if (!r.reason.empty()) out << ": " << r.reason;
    out << "\n";
    if (r.counterexample) out << "  counterexample (re-evaluated exactly): " << *r.counterexample << "\n";
  }
  return out.str();
}

// The message attribute: what went wrong, in one line.
std::string failure_message(const FileCheck& file) {
  if (file.bad_input) return file.error;
  if (file.verdict == Verdict::disagreement) {
    return "CHECKER DISAGREEMENT: a bug in quarks, not a verdict on the claim";
  }
  for (const auto& r : file.reports) {
    if (r.verdict != file.verdict) continue;
    std::string message = to_string(r.method) + ": " + to_string(r.verdict);
    if (!r.reason.empty()) message += ": " + r.reason;
    if (r.counterexample) message += "; counterexample (re-evaluated exactly): " + *r.counterexample;
    return one_line(message);
  }
  return to_string(file.verdict);
}
}  // namespace

std::string xml_escape(std::string_view text, XmlPlace place) {
  std::string out;
  out.reserve(text.size());
  for (std::size_t i = 0; i < text.size();) {
    std::uint32_t code = 0;
    const std::size_t length = utf8_sequence(text, i, code);
    if (length == 0) {
      out += kReplacement;
      ++i;
      continue;
    }
    switch (code) {
      case '&': out += "&amp;"; break;
      case '<': out += "&lt;"; break;
      case '>': out += "&gt;"; break;
      case '"': out += "&quot;"; break;
      case '\'': out += "&apos;"; break;
      case '\t': out += place == XmlPlace::attribute ? "&#9;" : "\t"; break;
      case '\n': out += place == XmlPlace::attribute ? "&#10;" : "\n"; break;
      case '\r': out += "&#13;"; break;
      default:
        if (code < 0x20 || code == 0xFFFE || code == 0xFFFF) out += kReplacement;
        else out.append(text.substr(i, length));
    }
    i += length;
  }
  return out;
}

std::string check_junit_xml(const std::vector<FileCheck>& files, const JunitRun& run) {
  std::size_t failures = 0, errors = 0;
  for (const auto& f : files) {
    const FileOutcome o = outcome(f);
    if (o == FileOutcome::refuted) ++failures;
    else if (o != FileOutcome::verified) ++errors;
  }
  std::ostringstream out;
  out << "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<testsuites>\n";
  out << "  <testsuite name=\"" << xml_escape(run.suite_name) << "\" package=\"quarks\" id=\"0\" timestamp=\""
      << xml_escape(run.timestamp) << "\" hostname=\"" << xml_escape(run.hostname.empty() ? "localhost" : run.hostname)
      << "\" tests=\"" << files.size() << "\" failures=\"" << failures << "\" errors=\"" << errors
      << "\" skipped=\"0\" time=\"" << seconds_text(run.seconds) << "\">\n";
  out << "    <properties>\n";
  for (const auto& [name, value] : run.properties) {
    out << "      <property name=\"" << xml_escape(name) << "\" value=\"" << xml_escape(value) << "\"/>\n";
  }
  out << "    </properties>\n";
  for (const auto& f : files) {
    out << "    <testcase name=\"" << xml_escape(f.path) << "\" classname=\"quarks.check\" time=\""
        << seconds_text(f.seconds) << "\"";
    const FileOutcome o = outcome(f);
    if (o == FileOutcome::verified) {
      out << "/>\n";
      continue;
    }
    const char* element = o == FileOutcome::refuted ? "failure" : "error";
    const std::string type = o == FileOutcome::bad_input      ? "bad input"
                             : o == FileOutcome::disagreement ? "checker disagreement"
                                                              : to_string(f.verdict);
    out << ">\n      <" << element << " type=\"" << xml_escape(type) << "\" message=\""
        << xml_escape(failure_message(f)) << "\">" << xml_escape(f.bad_input ? f.error + "\n" : checker_lines(f), XmlPlace::text)
        << "</" << element << ">\n    </testcase>\n";
  }
  out << "    <system-out>" << xml_escape(run.system_out, XmlPlace::text) << "</system-out>\n";
  out << "    <system-err>" << xml_escape(run.system_err, XmlPlace::text) << "</system-err>\n";
  out << "  </testsuite>\n</testsuites>\n";
  return out.str();
}

}  // namespace quarks
