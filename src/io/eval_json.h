#pragma once
// `quarks eval --json` (README, "quarks eval"): the value of every unit of a circuit at given
// points, for tools outside quarks. A witness's circuit is evaluated exactly (every integer a
// decimal string, as in the witness format); a named circuit with real inputs in doubles.
#include <cstddef>
#include <string>
#include <vector>

#include "circuit/circuit.h"
#include "circuit/evaluate.h"

namespace quarks {

// What was evaluated: a witness file (witness, claim, paper) or a named circuit (circuit, m, n).
struct EvalSubject {
  std::string witness, claim, paper;
  std::string circuit;
  std::size_t m = 0, n = 0;
};

// points[i] is the BITS text of trace i ("0110", x_0 first).
std::string exact_eval_json(const EvalSubject& subject, const circuit::Circuit& c,
                            const std::vector<std::string>& points, const std::vector<circuit::ExactTrace>& traces);
// points[i] are the decimal texts given for point i; values[i] the O_eff of every node (by NodeId).
std::string real_eval_json(const EvalSubject& subject, const circuit::Circuit& c,
                           const std::vector<std::vector<std::string>>& points,
                           const std::vector<std::vector<double>>& values);

}  // namespace quarks
