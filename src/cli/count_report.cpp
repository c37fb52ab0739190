#include "cli/count_report.h"

#include <cmath>
#include <iomanip>
#include <sstream>

namespace quarks::cli {

double log2_of_decimal(const std::string& decimal) {
  // Exact enough for printing: the leading 17 digits and the length.
  const std::size_t head = std::min<std::size_t>(decimal.size(), 17);
  const double lead = std::stod(decimal.substr(0, head));
  return std::log2(lead) + static_cast<double>(decimal.size() - head) * std::log2(10.0);
}

std::string json_string(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += static_cast<char>(c);
    } else if (c < 0x20) {
      char buffer[8];
      std::snprintf(buffer, sizeof buffer, "\\u%04x", c);
      out += buffer;
    } else {
      out += static_cast<char>(c);
    }
  }
  return out + "\"";
}

namespace {

std::string number(double v, int precision = 4) {
  std::ostringstream s;
  s << std::setprecision(precision) << std::fixed << v;
  return s.str();
}

double binomial_at_most(std::uint32_t n, std::uint32_t d) {
  double total = 0;
  for (std::uint32_t k = 0; k <= d; ++k) {
    double c = 1;
    for (std::uint32_t i = 0; i < k; ++i) c = c * (n - i) / (i + 1);
    total += c;
  }
  return total;
}

}  // namespace

CountReport census_report(const count::CensusResult& r, count::LpEngine engine, const std::string& certificates,
                          std::uint32_t ranks, unsigned threads) {
  CountReport rep;
  const double n = r.cls.n;
  rep.count = count::to_decimal(r.count);
  rep.log2 = log2_of_decimal(rep.count);
  rep.params.emplace_back("n", std::to_string(r.cls.n));
  rep.params.emplace_back("degree", std::to_string(r.cls.degree));
  if (r.cls.kind == count::CensusKind::regular_ltf) {
    rep.class_name = "ltf";
    rep.title = "|T(" + std::to_string(r.cls.n) + ";1)|";
    rep.bounds.push_back({"n^2", "Eq. 4.1 (upper bound; lower (1 - 10/log n) n^2)", n * n});
    rep.bounds.push_back({"n^2 - n log2 n", "Eq. 4.2 (up to +-O(n))", n * n - n * std::log2(n)});
  } else {
    const double d = r.cls.degree;
    double factorial = 1;
    for (std::uint32_t k = 2; k <= r.cls.degree; ++k) factorial *= k;
    rep.class_name = "ptf";
    rep.title = "|T(" + std::to_string(r.cls.n) + ";" + std::to_string(r.cls.degree) + ")|";
    rep.bounds.push_back({"n C(n,<=d)", "Eqs. 4.3-4.4 (approximate, asymptotic)", n * binomial_at_most(r.cls.n, r.cls.degree)});
    rep.bounds.push_back({"n^(d+1)/d!", "Eq. 4.5 (fixed d, asymptotic)", std::pow(n, d + 1) / factorial});
    rep.bounds.push_back({"2^n", "all Boolean functions", std::pow(2.0, n)});
  }
  rep.facts.emplace_back("certified", "true");
  rep.facts.emplace_back("decisions", std::to_string(r.decisions));
  rep.facts.emplace_back("exact_fallbacks", std::to_string(r.lp.fallbacks));
  rep.facts.emplace_back("leaves", std::to_string(r.leaves));
  rep.facts.emplace_back("tasks", std::to_string(r.tasks));
  rep.facts.emplace_back("engine", json_string(count::engine_name(engine)));
  rep.facts.emplace_back("threads", std::to_string(threads));
  rep.facts.emplace_back("ranks", std::to_string(ranks));
  rep.facts.emplace_back("seconds", number(r.seconds, 3));
  rep.facts.emplace_back("lp_seconds", number(r.lp.seconds_solving, 3));
  rep.facts.emplace_back("certify_seconds", number(r.lp.seconds_certifying, 3));
  rep.facts.emplace_back("certificates", certificates.empty() ? "null" : json_string(certificates));
  const std::string leaves_what =
      r.cls.kind == count::CensusKind::regular_ltf ? " regular positive functions"
      : count::uses_half_orbits(r.cls)             ? " functions (the extensions of one f0 per orbit of T(n-1;d))"
                                                   : " functions with f(0) = 0";
  std::ostringstream cert;
  cert << "certified: " << r.decisions << " LP decisions, each with a checked certificate (" << r.lp.fallbacks
       << " decided again by cdd after a float answer failed its check); " << r.leaves << leaves_what
       << " as leaves, each realized on the whole cube; " << r.tasks << " tasks";
  rep.notes.push_back(cert.str());
  std::ostringstream run;
  run << "run: engine " << count::engine_name(engine) << ", " << threads << " thread(s), " << ranks << " rank(s), "
      << number(r.seconds, 2) << " s (LP " << number(r.lp.seconds_solving, 2) << " s, certificate checks "
      << number(r.lp.seconds_certifying, 2) << " s, summed over threads)";
  rep.notes.push_back(run.str());
  if (!certificates.empty()) {
    rep.notes.push_back("certificates: " + certificates + " (re-check: quarks count verify " + certificates + ")");
  }
  return rep;
}

std::string report_text(const CountReport& r) {
  std::ostringstream s;
  s << r.title << " = " << r.count << "  (log2 = " << number(r.log2) << " bits)\n";
  for (const auto& b : r.bounds) {
    s << "  beside " << std::left << std::setw(16) << b.name << " = " << std::setw(12) << number(b.bits)
      << " bits, ratio " << number(b.bits > 0 ? r.log2 / b.bits : 0, 3) << "   " << b.reference << "\n";
  }
  for (const auto& note : r.notes) s << note << "\n";
  return s.str();
}

std::string report_json(const CountReport& r) {
  std::ostringstream s;
  s << "{\"class\": " << json_string(r.class_name) << ", \"title\": " << json_string(r.title);
  for (const auto& [k, v] : r.params) s << ", " << json_string(k) << ": " << v;
  s << ", \"count\": " << json_string(r.count) << ", \"log2\": " << number(r.log2, 6) << ", \"bounds\": [";
  for (std::size_t i = 0; i < r.bounds.size(); ++i) {
    const auto& b = r.bounds[i];
    s << (i ? ", " : "") << "{\"name\": " << json_string(b.name) << ", \"reference\": " << json_string(b.reference)
      << ", \"bits\": " << number(b.bits, 6) << "}";
  }
  s << "]";
  for (const auto& [k, v] : r.facts) s << ", " << json_string(k) << ": " << v;
  s << "}\n";
  return s.str();
}

}  // namespace quarks::cli
