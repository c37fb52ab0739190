#include "circuit/builders_sm.h"

#include "circuit/builder_support.h"

#include "core/error.h"

namespace quarks::circuit {

using detail::add_input_matrix;
using detail::add_input_vector;
using detail::idx;
using detail::require_size;

namespace {
void require_bound(const BigInt& bound) {
  if (bound < 1) throw InputError("input bound B must be an integer >= 1");
}
}  // namespace

SoftmaxNodes add_sm_softmax(Circuit& c, const std::vector<NodeId>& scores, const std::string& tag, bool make_probs) {
  SoftmaxNodes s;
  for (std::size_t j = 0; j < scores.size(); ++j) {
    NodeId e = c.add_unit("exp" + tag + idx(j), Activation::Exp);
    c.add_synapse(scores[j], e, 1);
    s.exps.push_back(e);
  }
  s.log_sum = c.add_unit("L" + tag, Activation::Log);
  for (NodeId e : s.exps) c.add_synapse(e, s.log_sum, 1);
  if (make_probs) {
    for (std::size_t i = 0; i < scores.size(); ++i) {
      NodeId p = c.add_unit("p" + tag + idx(i), Activation::Exp);
      c.add_synapse(scores[i], p, 1);
      c.add_synapse(s.log_sum, p, -1);
      s.probs.push_back(p);
    }
  }
  return s;
}

Circuit sm_dot_positive(std::size_t m) {
  require_size(m, "dot product length m");
  Circuit c;
  const std::vector<NodeId> u = add_input_vector(c, "u", m);
  const std::vector<NodeId> v = add_input_vector(c, "v", m);
  NodeId out = c.add_unit("dot", Activation::Identity);
  for (std::size_t i = 0; i < m; ++i) {
    NodeId lu = c.add_unit("log_u" + idx(i), Activation::Log);
    NodeId lv = c.add_unit("log_v" + idx(i), Activation::Log);
    c.add_synapse(u[i], lu, 1);
    c.add_synapse(v[i], lv, 1);
    NodeId prod = c.add_unit("uv" + idx(i), Activation::Exp);
    c.add_synapse(lu, prod, 1);
    c.add_synapse(lv, prod, 1);
    c.add_synapse(prod, out, 1);
  }
  c.mark_output(out);
  return c;
}

Circuit sm_dot_signed(std::size_t m, const BigInt& bound) {
  require_size(m, "dot product length m");
  require_bound(bound);
  Circuit c;
  const std::vector<NodeId> u = add_input_vector(c, "u", m);
  const std::vector<NodeId> v = add_input_vector(c, "v", m);
  NodeId out = c.add_unit("dot", Activation::Identity, -BigInt(m) * bound * bound);
  for (std::size_t i = 0; i < m; ++i) {
    NodeId lu = c.add_unit("log_u+B" + idx(i), Activation::Log, bound);
    NodeId lv = c.add_unit("log_v+B" + idx(i), Activation::Log, bound);
    c.add_synapse(u[i], lu, 1);
    c.add_synapse(v[i], lv, 1);
    NodeId prod = c.add_unit("(u+B)(v+B)" + idx(i), Activation::Exp);
    c.add_synapse(lu, prod, 1);
    c.add_synapse(lv, prod, 1);
    c.add_synapse(prod, out, 1);
    c.add_synapse(u[i], out, -bound);
    c.add_synapse(v[i], out, -bound);
  }
  c.mark_output(out);
  return c;
}

Circuit sm_softmax(std::size_t n) {
  require_size(n, "softmax length n");
  Circuit c;
  const std::vector<NodeId> u = add_input_vector(c, "u", n);
  SoftmaxNodes s = add_sm_softmax(c, u, "", true);
  for (NodeId p : s.probs) c.mark_output(p);
  return c;
}

Circuit sm_attention(std::size_t m, std::size_t n, const BigInt& bound) {
  require_size(m, "head dimension m");
  require_size(n, "token count n");
  require_bound(bound);
  Circuit c;
  auto Q = add_input_matrix(c, "Q", n, m), K = add_input_matrix(c, "K", n, m), V = add_input_matrix(c, "V", n, m);
  auto logs = [&](const std::vector<std::vector<NodeId>>& x, const char* name) {
    std::vector<std::vector<NodeId>> y(n);
    for (std::size_t a = 0; a < n; ++a)
      for (std::size_t l = 0; l < m; ++l) {
        NodeId id = c.add_unit(std::string("log_") + name + "+B" + idx(a, l), Activation::Log, bound);
        c.add_synapse(x[a][l], id, 1);
        y[a].push_back(id);
      }
    return y;
  };
  auto rowsums = [&](const std::vector<std::vector<NodeId>>& x, const char* name) {
    std::vector<NodeId> y;
    for (std::size_t a = 0; a < n; ++a) {
      NodeId id = c.add_unit(std::string("sum_") + name + idx(a), Activation::Identity);
      for (NodeId s : x[a]) c.add_synapse(s, id, 1);
      y.push_back(id);
    }
    return y;
  };
  auto lQ = logs(Q, "Q"), lK = logs(K, "K"), lV = logs(V, "V");
  auto sQ = rowsums(Q, "Q"), sK = rowsums(K, "K");
  std::vector<NodeId> out_nodes(n * m);
  for (std::size_t a = 0; a < n; ++a) {
    std::vector<NodeId> scores;
    for (std::size_t b = 0; b < n; ++b) {
      NodeId s = c.add_unit("s" + idx(a, b), Activation::Identity, -BigInt(m) * bound * bound);
      for (std::size_t l = 0; l < m; ++l) {
        NodeId prod = c.add_unit("qk" + idx(a, b, l), Activation::Exp);
        c.add_synapse(lQ[a][l], prod, 1);
        c.add_synapse(lK[b][l], prod, 1);
        c.add_synapse(prod, s, 1);
      }
      c.add_synapse(sQ[a], s, -bound);
      c.add_synapse(sK[b], s, -bound);
      scores.push_back(s);
    }
    SoftmaxNodes soft = add_sm_softmax(c, scores, idx(a), false);
    for (std::size_t l = 0; l < m; ++l) {
      NodeId out = c.add_unit("out" + idx(a, l), Activation::Identity, -bound, "out" + idx(a));
      for (std::size_t b = 0; b < n; ++b) {
        NodeId pv = c.add_unit("p(V+B)" + idx(a, b, l), Activation::Exp);
        c.add_synapse(scores[b], pv, 1);
        c.add_synapse(soft.log_sum, pv, -1);
        c.add_synapse(lV[b][l], pv, 1);
        c.add_synapse(pv, out, 1);
      }
      out_nodes[a * m + l] = out;
    }
  }
  for (NodeId o : out_nodes) c.mark_output(o);
  return c;
}

Circuit sm_boolean_inner_product(std::size_t n) {
  require_size(n, "Boolean vector length n");
  Circuit c;
  const std::vector<NodeId> x = add_input_vector(c, "x", n);
  const std::vector<NodeId> y = add_input_vector(c, "y", n);
  std::vector<NodeId> ands;
  for (std::size_t i = 0; i < n; ++i) {
    NodeId a = c.add_unit("and" + idx(i), Activation::Heaviside, -3);
    c.add_synapse(x[i], a, 2);
    c.add_synapse(y[i], a, 2);
    ands.push_back(a);
  }
  add_count_outputs(c, ands);
  return c;
}

void add_count_outputs(Circuit& c, const std::vector<NodeId>& bits) {
  for (std::size_t k = 1; k <= bits.size(); ++k) {
    NodeId t = c.add_unit("t" + idx(k), Activation::Heaviside, -2 * BigInt(k) + 1);
    for (NodeId a : bits) c.add_synapse(a, t, 2);
    c.mark_output(t);
  }
  NodeId count = c.add_unit("count", Activation::Identity);
  for (NodeId a : bits) c.add_synapse(a, count, 1);
  c.mark_output(count);
}

}  // namespace quarks::circuit
