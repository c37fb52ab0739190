#pragma once
// What `quarks count` prints: the exact count, its log2 (the capacity, in
// bits) and the paper's bounds beside it, as text or as one JSON object.
#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "count/census.h"

namespace quarks::cli {

struct BoundColumn {
  std::string name;       // "n^2"
  std::string reference;  // "Eq. 4.1 (upper, asymptotic)"
  double bits = 0;        // the bound's value, in bits (log2 of a count)
};

struct CountReport {
  std::string class_name;                                  // ltf, ptf, composed, gated-layer
  std::string title;                                       // |T(7;1)|
  std::vector<std::pair<std::string, std::string>> params;  // n, degree, op, m, ... as JSON-ready literals
  std::string count;                                       // exact, decimal
  double log2 = 0;
  std::vector<BoundColumn> bounds;
  std::vector<std::pair<std::string, std::string>> facts;  // certification and run figures, JSON-ready literals
  std::vector<std::string> notes;                          // printed lines (text only)
};

double log2_of_decimal(const std::string& decimal);
std::string json_string(const std::string& text);

CountReport census_report(const count::CensusResult& r, count::LpEngine engine, const std::string& certificates,
                          std::uint32_t ranks, unsigned threads);
std::string report_text(const CountReport& report);
std::string report_json(const CountReport& report);

}  // namespace quarks::cli
