#include "cli/count_report.h"

#include "count/symmetry.h"
#include "count/tables.h"

#include <algorithm>
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

std::string fixed_text(double v, int precision) {
  std::ostringstream s;
  s << std::setprecision(precision) << std::fixed << v;
  return s.str();
}

double log2_count(std::uint64_t v) { return v == 0 ? 0 : std::log2(static_cast<double>(v)); }

const char* const kSetClassNote =
    "exact: a set of truth tables built from the census lists of T(n;d) (quarks count ltf|ptf certify those); "
    "the set computation is not a certificate (docs/capacity.md, \"Classes computed as sets\")";

namespace {

std::string number(double v, int precision = 4) { return fixed_text(v, precision); }

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
  // A unit a checkpoint supplied without a certificate file to re-check it
  // makes the count uncertified: a checkpoint is a cache, never evidence.
  const bool certified = r.unchecked_units.empty();
  std::string unchecked_json = "[", unchecked_text;
  for (std::size_t i = 0; i < r.unchecked_units.size(); ++i) {
    unchecked_json += (i ? ", " : "") + std::to_string(r.unchecked_units[i]);
    unchecked_text += (i ? ", " : "") + std::to_string(r.unchecked_units[i]);
  }
  unchecked_json += "]";
  rep.facts.emplace_back("certified", certified ? "true" : "false");
  rep.facts.emplace_back("unchecked_units", unchecked_json);
  rep.facts.emplace_back("rechecked_units", std::to_string(r.rechecked_units));
  rep.facts.emplace_back("decisions", std::to_string(r.decisions));
  rep.facts.emplace_back("exact_fallbacks", std::to_string(r.lp.fallbacks));
  rep.facts.emplace_back("float_retries", std::to_string(r.lp.float_retries));
  rep.facts.emplace_back("leaves", std::to_string(r.leaves));
  rep.facts.emplace_back("tasks", std::to_string(r.tasks));
  rep.facts.emplace_back("units", std::to_string(r.units));
  rep.facts.emplace_back("split_rule", json_string(r.split.text()));
  rep.facts.emplace_back("donations", std::to_string(r.donations));
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
  cert << (certified ? "certified: " : "NOT certified: ") << r.decisions
       << " LP decisions, each with a checked certificate (" << r.lp.float_retries << " decided again by GLPK and "
       << r.lp.fallbacks << " by cdd after a float answer failed its check); " << r.leaves << leaves_what
       << " as leaves, each realized on the whole cube; " << r.tasks << " tasks in " << r.units << " units";
  rep.notes.push_back(cert.str());
  if (!certified) {
    rep.notes.push_back("unchecked: units " + unchecked_text +
                        " were taken from the checkpoint without a certificate file to re-check them (rerun with "
                        "--certificates DIR from the start to have every unit re-checked)");
  }
  if (r.rechecked_units > 0) {
    rep.notes.push_back("resumed: " + std::to_string(r.rechecked_units) +
                        " units from the checkpoint, each re-checked from its certificate file");
  }
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

OperatorTable compute_operator_table(std::uint32_t n, unsigned threads) {
  OperatorTable t;
  t.n = n;
  const auto tables = count::all_ltf_tables(n, threads);
  t.ltf = tables.size();
  t.ltf_smaller = count::all_ltf_tables(n - 1, threads).size();
  t.counts = count::operator_class_counts(n, tables, threads);
  return t;
}

CountReport operator_table_report(const OperatorTable& t) {
  CountReport rep;
  rep.class_name = "composed";
  rep.title = "|intersection of T_B(" + std::to_string(t.n) + ";1,1) over the 10 irreducible B| (Prop 5.5)";
  rep.params = {{"n", std::to_string(t.n)}, {"degrees", "[1, 1]"}};
  rep.count = std::to_string(t.counts.intersection);
  rep.log2 = log2_count(t.counts.intersection);
  const double lower = 2 * log2_count(t.ltf_smaller);
  const double upper = std::min(2 * log2_count(t.ltf), std::pow(2.0, t.n));
  rep.bounds.push_back({"|T(n-1;1)|^2", "Eq. 5.13 lower; Prop 5.5, Eq. 5.14", lower});
  rep.bounds.push_back({"min(|T(n;1)|^2, 2^(2^n))", "Eq. 5.13 upper", upper});
  ReportTable table;
  table.key = "operators";
  table.columns = {{"B", "op", 10}, {"irreducible", "irreducible", 13}, {"|T_B(n;1,1)|", "count", 16},
                   {"log2 (bits)", "log2", 0}};
  for (const auto& oc : t.counts.per_operator) {
    table.rows.push_back({{oc.name, json_string(oc.name)},
                          {oc.irreducible ? "yes" : "no", oc.irreducible ? "true" : "false"},
                          {std::to_string(oc.count), json_string(std::to_string(oc.count))},
                          {fixed_text(log2_count(oc.count), 4), fixed_text(log2_count(oc.count), 6)}});
  }
  rep.tables.push_back(std::move(table));
  rep.facts = {{"certified", "false"},
               {"exact", "true"},
               {"ltf", json_string(std::to_string(t.ltf))},
               {"ltf_smaller", json_string(std::to_string(t.ltf_smaller))},
               {"intersection", json_string(std::to_string(t.counts.intersection))}};
  rep.notes.push_back("irreducible B lie in [|T(n-1;1)|^2, min(|T(n;1)|^2, 2^(2^n))] = [2^" + fixed_text(lower, 4) +
                      ", 2^" + fixed_text(upper, 4) + "] (Thm 4.2, Eq. 5.13); |T(n;1)| = " + std::to_string(t.ltf) +
                      ", |T(n-1;1)| = " + std::to_string(t.ltf_smaller));
  rep.notes.push_back(kSetClassNote);
  return rep;
}

std::string report_text(const CountReport& r) {
  std::ostringstream s;
  s << r.title << " = " << r.count << "  (log2 = " << number(r.log2) << " bits)\n";
  std::size_t name_width = 16;
  for (const auto& b : r.bounds) name_width = std::max(name_width, b.name.size());
  for (const auto& b : r.bounds) {
    s << "  beside " << std::left << std::setw(static_cast<int>(name_width)) << b.name << " = " << std::setw(12)
      << number(b.bits)
      << " bits, ratio " << number(b.bits > 0 ? r.log2 / b.bits : 0, 3) << "   " << b.reference << "\n";
  }
  for (const auto& table : r.tables) {
    std::vector<std::size_t> width;
    for (const auto& c : table.columns) width.push_back(c.width > 0 ? c.width : c.header.size() + 2);
    for (const auto& row : table.rows) {
      for (std::size_t i = 0; i < row.size(); ++i) width[i] = std::max(width[i], row[i].text.size() + 2);
    }
    // Every column but the last padded to its width: no trailing blanks.
    auto line = [&](auto cell_text) {
      for (std::size_t i = 0; i < table.columns.size(); ++i) {
        const std::string text = cell_text(i);
        s << (i + 1 < table.columns.size() ? text + std::string(width[i] - std::min(width[i], text.size()), ' ') : text);
      }
      s << "\n";
    };
    line([&](std::size_t i) { return table.columns[i].header; });
    for (const auto& row : table.rows) line([&](std::size_t i) { return row[i].text; });
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
  for (const auto& table : r.tables) {
    s << ", " << json_string(table.key) << ": [";
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
      s << (i ? ", " : "") << "{";
      for (std::size_t c = 0; c < table.columns.size(); ++c) {
        s << (c ? ", " : "") << json_string(table.columns[c].key) << ": " << table.rows[i][c].json;
      }
      s << "}";
    }
    s << "]";
  }
  for (const auto& [k, v] : r.facts) s << ", " << json_string(k) << ": " << v;
  s << "}\n";
  return s.str();
}

}  // namespace quarks::cli
