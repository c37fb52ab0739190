#include "circuit/depth_table.h"

#include <algorithm>
#include <sstream>

#include "circuit/builders_gated.h"
#include "circuit/builders_sm.h"
#include "core/error.h"

namespace quarks::circuit {

std::vector<DepthRow> depth_rows(std::size_t m, std::size_t n) {
  for (auto [value, name] : {std::pair{m, "m"}, std::pair{n, "n"}}) {
    if (value < 1 || value > kMaxDepthSize) {
      throw InputError(std::string("size ") + name + " = " + std::to_string(value) + " is outside 1.." +
                       std::to_string(kMaxDepthSize));
    }
  }
  const BigInt bound = 2;
  std::vector<DepthRow> rows;
  auto add = [&](const char* circuit, const char* family, const char* note, const Circuit& c) {
    rows.push_back(DepthRow{circuit, family, note, compute_metrics(c)});
  };
  add("dot(u,v>0)", "SM", "Fig. 1b, positive inputs", sm_dot_positive(m));
  add("dot", "SM", "signed inputs, shift by B", sm_dot_signed(m, bound));
  add("dot", "gated", "m output gatings + linear unit", gated_dot(m));
  add("softmax", "SM", "Fig. 1a", sm_softmax(n));
  add("softmax", "gated", "normalisation 1/sum by output gating", gated_softmax(n));
  add("attention", "SM", "signed dot, Fig. 1a softmax, fused exp", sm_attention(m, n, bound));
  add("attention", "gated", "Sec. 3: m n^2 output + n^2 synaptic gatings", gated_attention(m, n));
  add("bool-inner", "SM", "0/1 inputs, AND layer + thermometer", sm_boolean_inner_product(m));
  add("bool-inner", "gated", "0/1 inputs, x_i gated by y_i", gated_boolean_inner_product(m));
  return rows;
}

std::string format_depth_table(const std::vector<DepthRow>& rows, std::size_t m, std::size_t n, bool tsv) {
  const std::vector<std::string> header{"circuit", "family", "depth", "neurons", "edges", "weights",
                                        "output gatings", "synaptic gatings", "activations"};
  std::vector<std::vector<std::string>> cells;
  for (const DepthRow& r : rows) {
    const CircuitMetrics& x = r.metrics;
    cells.push_back({r.circuit, r.family, std::to_string(x.depth), std::to_string(x.neurons), std::to_string(x.edges),
                     std::to_string(x.weights), std::to_string(x.output_gatings), std::to_string(x.synaptic_gatings),
                     x.activation_list()});
  }
  std::ostringstream out;
  if (tsv) {
    out << "m\tn";
    for (const auto& h : header) out << '\t' << h;
    out << '\n';
    for (const auto& row : cells) {
      out << m << '\t' << n;
      for (const auto& cell : row) out << '\t' << cell;
      out << '\n';
    }
    return out.str();
  }
  std::vector<std::size_t> width(header.size());
  for (std::size_t k = 0; k < header.size(); ++k) {
    width[k] = header[k].size();
    for (const auto& row : cells) width[k] = std::max(width[k], row[k].size());
  }
  auto line = [&](const std::vector<std::string>& row) {
    for (std::size_t k = 0; k < row.size(); ++k) {
      bool left = k < 2 || k + 1 == row.size();
      std::string pad(width[k] - row[k].size(), ' ');
      out << (k ? "  " : "") << (left ? row[k] + (k + 1 == row.size() ? "" : pad) : pad + row[k]);
    }
    out << '\n';
  };
  out << "m = " << m << ", n = " << n << '\n';
  line(header);
  for (const auto& row : cells) line(row);
  return out.str();
}

}  // namespace quarks::circuit
