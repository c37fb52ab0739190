#include "io/eval_json.h"

#include <nlohmann/json.hpp>

namespace quarks {

namespace {

using nlohmann::ordered_json;

// The head shared by both kinds: format, subject, and the circuit's inputs, units and outputs.
ordered_json head(const EvalSubject& subject, const circuit::Circuit& c, bool exact) {
  ordered_json j;
  j["format"] = "quarks-eval";
  j["version"] = 1;
  if (!subject.witness.empty()) {
    j["witness"] = subject.witness;
    j["claim"] = subject.claim;
    j["paper"] = subject.paper;
  } else {
    j["circuit"] = subject.circuit;
    j["m"] = subject.m;
    j["n"] = subject.n;
  }
  j["exact"] = exact;
  ordered_json inputs = ordered_json::array(), units = ordered_json::array(), outputs = ordered_json::array();
  for (circuit::NodeId id : c.inputs()) inputs.push_back(c.node(id).name);
  for (const circuit::Node& node : c.nodes()) {
    if (node.activation == circuit::Activation::Input) continue;
    units.push_back({{"name", node.name}, {"activation", std::string(circuit::activation_name(node.activation))}});
  }
  for (circuit::NodeId id : c.outputs()) outputs.push_back(c.node(id).name);
  j["inputs"] = inputs;
  j["units"] = units;
  j["outputs"] = outputs;
  return j;
}

}  // namespace

std::string exact_eval_json(const EvalSubject& subject, const circuit::Circuit& c,
                            const std::vector<std::string>& points, const std::vector<circuit::ExactTrace>& traces) {
  ordered_json j = head(subject, c, true);
  ordered_json all = ordered_json::array();
  for (std::size_t p = 0; p < traces.size(); ++p) {
    const circuit::ExactTrace& t = traces[p];
    ordered_json activation = ordered_json::array(), own = ordered_json::array(), value = ordered_json::array();
    for (circuit::NodeId id = 0; id < c.size(); ++id) {
      const circuit::Node& node = c.node(id);
      if (node.activation == circuit::Activation::Input) continue;
      // A Boolean unit has no activation S: it applies B to its operands.
      activation.push_back(node.activation == circuit::Activation::Boolean ? ordered_json(nullptr)
                                                                            : ordered_json(to_string(t.activation[id])));
      own.push_back(to_string(t.raw[id]));
      value.push_back(to_string(t.output[id]));
    }
    ordered_json outputs = ordered_json::array();
    for (circuit::NodeId id : c.outputs()) outputs.push_back(to_string(t.output[id]));
    all.push_back({{"at", points[p]}, {"S", activation}, {"f_S", own}, {"O", value},
                   {"outputs", outputs}});
  }
  j["points"] = all;
  return j.dump(1) + "\n";
}

std::string real_eval_json(const EvalSubject& subject, const circuit::Circuit& c,
                           const std::vector<std::vector<std::string>>& points,
                           const std::vector<std::vector<double>>& values) {
  ordered_json j = head(subject, c, false);
  ordered_json all = ordered_json::array();
  for (std::size_t p = 0; p < values.size(); ++p) {
    ordered_json value = ordered_json::array(), outputs = ordered_json::array(), at = ordered_json::array();
    for (const auto& text : points[p]) at.push_back(text);
    for (circuit::NodeId id = 0; id < c.size(); ++id) {
      if (c.node(id).activation != circuit::Activation::Input) value.push_back(values[p][id]);
    }
    for (circuit::NodeId id : c.outputs()) outputs.push_back(values[p][id]);
    all.push_back({{"at", at}, {"O", value}, {"outputs", outputs}});
  }
  j["points"] = all;
  return j.dump(1) + "\n";
}

}  // namespace quarks
