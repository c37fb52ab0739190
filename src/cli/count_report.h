#pragma once
// What `quarks count` prints: the exact count, its log2 (the capacity, in
// bits) and the paper's bounds beside it, as text or as one JSON object.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "count/census.h"
#include "count/operator_classes.h"

namespace quarks::cli {

struct BoundColumn {
  std::string name;       // "n^2"
  std::string reference;  // "Eq. 4.1 (upper, asymptotic)"
  double bits = 0;        // the bound's value, in bits (log2 of a count)
};

// A table of a report (count composed --op all, quarks capacity): each cell
// as printed and as a JSON literal.
struct ReportCell {
  std::string text, json;
};
struct ReportColumn {
  std::string header;  // text
  std::string key;     // JSON
  int width = 0;       // text column width (0: as wide as needed)
};
struct ReportTable {
  std::string key;  // JSON: an array of objects under this key
  std::vector<ReportColumn> columns;
  std::vector<std::vector<ReportCell>> rows;
};

struct CountReport {
  std::string class_name;                                  // ltf, ptf, composed, gated-layer
  std::string title;                                       // |T(7;1)|
  std::vector<std::pair<std::string, std::string>> params;  // n, degree, op, m, ... as JSON-ready literals
  std::string count;                                       // exact, decimal
  double log2 = 0;
  std::vector<BoundColumn> bounds;
  std::vector<std::pair<std::string, std::string>> facts;  // certification and run figures, JSON-ready literals
  std::vector<ReportTable> tables;                         // printed after the bounds
  std::vector<std::string> notes;                          // printed lines (text only)
};

double log2_of_decimal(const std::string& decimal);
std::string json_string(const std::string& text);
std::string fixed_text(double v, int precision);
// log2 of a count (0 for 0).
double log2_count(std::uint64_t v);

CountReport census_report(const count::CensusResult& r, count::LpEngine engine, const std::string& certificates,
                          std::uint32_t ranks, unsigned threads);
std::string report_text(const CountReport& report);

// The note of every count that is an exact set, not a certificate (composed, gated-layer).
extern const char* const kSetClassNote;

// The 16 binary B at n (2..5) and the intersection of Prop 5.5, from the
// census lists of T(n;1) and T(n-1;1): one computation for `count composed
// --op all` and `quarks capacity`.
struct OperatorTable {
  std::uint32_t n = 0;
  std::uint64_t ltf = 0, ltf_smaller = 0;  // |T(n;1)|, |T(n-1;1)|
  count::OperatorClassCounts counts;
};
OperatorTable compute_operator_table(std::uint32_t n, unsigned threads);
CountReport operator_table_report(const OperatorTable& table);
std::string report_json(const CountReport& report);

}  // namespace quarks::cli
