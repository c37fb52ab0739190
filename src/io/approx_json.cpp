#include "io/approx_json.h"

#include <vector>

#include <nlohmann/json.hpp>

namespace quarks {

std::string approx_network_to_json(const approx::Network& n, const std::string& source,
                                   const std::string& domain_text, const approx::Rational& eps,
                                   const std::string& mode) {
  nlohmann::ordered_json j;
  j["format"] = "quarks-approx";
  j["version"] = 1;
  j["mode"] = mode;
  j[mode == "table" ? "table" : "function"] = source;
  j["domain"] = {{"requested", domain_text}, {"a", approx::rational_string(n.a)}, {"b", approx::rational_string(n.b)}};
  j["eps"] = approx::rational_string(eps);
  j["bound"] = approx::rational_string(n.bound);
  j["gate"] = "H(s) = 1 for s > 0, 0 for s < 0; each gated unit is 0 at its threshold, so H(0) never matters";
  j["network"] = "N(x) = sum over units of [gate] * (weight * x + bias), gate = H(x - threshold), 1 if threshold is null";
  j["linear_units"] = n.units.size();
  j["threshold_gates"] = n.gates();
  auto& units = j["units"] = nlohmann::ordered_json::array();
  for (const approx::GatedUnit& u : n.units) {
    nlohmann::ordered_json o;
    o["weight"] = approx::rational_string(u.weight);
    o["bias"] = approx::rational_string(u.bias);
    o["threshold"] = u.threshold ? nlohmann::ordered_json(approx::rational_string(*u.threshold)) : nlohmann::ordered_json(nullptr);
    units.push_back(o);
  }
  auto list = [](const std::vector<approx::Rational>& v) {
    nlohmann::ordered_json a = nlohmann::ordered_json::array();
    for (const approx::Rational& q : v) a.push_back(approx::rational_string(q));
    return a;
  };
  j["breakpoints"] = list(n.breakpoints);
  j["values"] = list(n.values);
  j["piece_bounds"] = list(n.piece_bounds);
  return j.dump(1) + "\n";
}

}  // namespace quarks
