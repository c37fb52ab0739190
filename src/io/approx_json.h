#pragma once
// The network file of `quarks approx -o PREFIX` (PREFIX.json; docs/approximation.md, "The JSON format"):
// every number an exact rational as a string "p" or "p/q".
#include <string>

#include "approx/network.h"

namespace quarks {

// `source` is the expression (or the table's path), `domain_text` the --domain as given, `mode`
// "adaptive", "uniform" or "table".
std::string approx_network_to_json(const approx::Network& n, const std::string& source,
                                   const std::string& domain_text, const approx::Rational& eps,
                                   const std::string& mode);

}  // namespace quarks
