#include <catch2/catch.hpp>

#include <regex>
#include <sstream>
#include <string>
#include <vector>

#include "core/error.h"
#include "graphviz.h"
#include "render/dot.h"
#include "render/named_circuits.h"

using namespace quarks;
using namespace quarks::circuit;
using quarks::render::DotOptions;
using quarks::render::to_dot;

namespace {

// Attribute lists of every edge line "  from -> to [...];".
std::vector<std::string> edges(const std::string& dot, const std::string& from, const std::string& to) {
  std::vector<std::string> found;
  std::istringstream in(dot);
  std::string line, head = "  " + from + " -> " + to + " [";
  while (std::getline(in, line)) {
    if (line.rfind(head, 0) == 0) found.push_back(line.substr(head.size()));
  }
  return found;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

void require_graphviz_accepts(const std::string& dot, const std::string& stem) {
  if (!render::testing::have_graphviz()) {
    WARN("Graphviz 'dot' not found: DOT validity of " << stem << " not checked");
    return;
  }
  auto r = render::testing::run_dot_svg(dot, stem);
  INFO(dot);
  CHECK(r.errors == "");
  REQUIRE(r.status == 0);
  CHECK(has(r.svg, "<svg"));
}

// One plain synapse, one multiplexing edge, one output gating, one synaptic gating.
struct Small {
  Circuit c;
  NodeId a, b, g, h, s, k;
  EdgeRef gated;
  Small() {
    a = c.add_input("a", "in");
    b = c.add_input("b", "in");
    g = c.add_unit("g", Activation::Heaviside, -1);
    c.add_synapse(a, g, 2);
    h = c.add_unit("h", Activation::Identity);
    c.add_synapse(a, h, 3);
    c.add_multiplex(b, h, 5);
    c.gate_output(h, g);
    s = c.add_unit("s", Activation::Sign, 1);
    c.add_synapse(b, s, -2);
    k = c.add_unit("k", Activation::Identity);
    gated = c.add_synapse(h, k, 7);
    c.gate_synapse(gated, s);
    c.mark_output(k);
  }
};

}  // namespace

TEST_CASE("each quark kind has its own edge style", "[render][dot]") {
  Small t;
  std::string dot = to_dot(t.c);

  auto synapse = edges(dot, "n0", "n3");
  REQUIRE(synapse.size() == 1);
  CHECK(has(synapse[0], "label=\"3\""));
  CHECK(!has(synapse[0], "dashed"));
  CHECK(!has(synapse[0], "dotted"));

  auto multiplex = edges(dot, "n1", "n3");
  REQUIRE(multiplex.size() == 1);
  CHECK(has(multiplex[0], "label=\"5\""));
  CHECK(has(multiplex[0], "style=dashed"));
  CHECK(has(multiplex[0], "darkgreen"));

  // Output gating: from the gating node g to the gated node h.
  auto output_gate = edges(dot, "n2", "n3");
  REQUIRE(output_gate.size() == 1);
  CHECK(has(output_gate[0], "label=\"×\""));
  CHECK(has(output_gate[0], "style=bold"));
  CHECK(has(output_gate[0], "color=\"red\""));
  CHECK(has(output_gate[0], "arrowhead=dot"));
  CHECK(edges(dot, "n3", "n2").empty());

  // Synaptic gating: the synapse h -> k runs through point e5_0, which s gates; s has no edge to k.
  auto first_half = edges(dot, "n3", "e5_0"), second_half = edges(dot, "e5_0", "n5");
  REQUIRE(first_half.size() == 1);
  REQUIRE(second_half.size() == 1);
  CHECK(has(first_half[0], "label=\"7\""));
  CHECK(has(dot, "e5_0 [shape=point"));
  auto synapse_gate = edges(dot, "n4", "e5_0");
  REQUIRE(synapse_gate.size() == 1);
  CHECK(has(synapse_gate[0], "style=dotted"));
  CHECK(has(synapse_gate[0], "color=\"blue\""));
  CHECK(edges(dot, "n4", "n5").empty());
  CHECK(edges(dot, "n3", "n5").empty());

  // The four styles are pairwise different.
  std::vector<std::string> styles{synapse[0].substr(synapse[0].find("color")),
                                  multiplex[0].substr(multiplex[0].find("style")), output_gate[0],
                                  synapse_gate[0]};
  for (std::size_t i = 0; i < styles.size(); ++i)
    for (std::size_t j = i + 1; j < styles.size(); ++j) CHECK(styles[i] != styles[j]);

  // Node kinds, the output's double border, the group as a cluster.
  CHECK(has(dot, "n0 [label=\"a\\ninput\", shape=box"));
  CHECK(has(dot, "n2 [label=\"g\\nheaviside  bias -1\", shape=hexagon"));
  CHECK(has(dot, "n3 [label=\"h\\nidentity\", shape=ellipse"));
  CHECK(std::regex_search(dot, std::regex("n5 \\[[^\\n]*peripheries=2")));
  CHECK(!std::regex_search(dot, std::regex("n3 \\[[^\\n]*peripheries=2")));
  CHECK(std::regex_search(dot, std::regex("subgraph \"cluster_in\" \\{\\n[^\\n]*\\n    n0 \\[[^\\n]*\\n    n1 \\[")));
  CHECK(!has(dot, "cluster_legend"));
  require_graphviz_accepts(dot, "small");

  DotOptions legend;
  legend.legend = true;
  legend.title = "small";
  std::string with_legend = to_dot(t.c, legend);
  CHECK(has(with_legend, "cluster_legend"));
  CHECK(has(with_legend, "label=\"synaptic gating\""));
  CHECK(has(with_legend, "label=\"output gating\""));
  CHECK(!has(with_legend, "label=\"activation gating\""));  // not in this circuit
  require_graphviz_accepts(with_legend, "small-legend");

  DotOptions flat;
  flat.clusters = false;
  CHECK(!has(to_dot(t.c, flat), "cluster_"));
}

TEST_CASE("the additive and activation quarks, monomials and Boolean operands are drawn", "[render][dot]") {
  Small t;
  t.c.gate_activation(t.k, t.g);
  t.c.add_to_output(t.k, t.s);
  t.c.add_to_synapse(t.gated, t.b);
  NodeId poly = t.c.add_unit("poly", Activation::Sign, 1);
  t.c.add_monomial(poly, {t.a, t.b}, -4);
  NodeId bool_unit = t.c.add_boolean("B", BooleanOperator::parse("XOR"), {t.s, poly});
  std::string dot = to_dot(t.c);
  auto activation_gate = edges(dot, "n2", "n5");
  REQUIRE(activation_gate.size() == 1);
  CHECK(has(activation_gate[0], "× S"));
  CHECK(has(activation_gate[0], "purple"));
  auto output_adder = edges(dot, "n4", "n5");
  REQUIRE(output_adder.size() == 1);
  CHECK(has(output_adder[0], "+ O"));
  auto synapse_adder = edges(dot, "n1", "e5_0");
  REQUIRE(synapse_adder.size() == 1);
  CHECK(has(synapse_adder[0], "+ w"));
  REQUIRE(edges(dot, "n0", "m6_0").size() == 1);
  REQUIRE(edges(dot, "n1", "m6_0").size() == 1);
  auto coefficient = edges(dot, "m6_0", "n6");
  REQUIRE(coefficient.size() == 1);
  CHECK(has(coefficient[0], "label=\"-4\""));
  CHECK(bool_unit == 7);
  CHECK(has(dot, "n7 [label=\"B\\nboolean XOR\", shape=invtrapezium"));
  auto op0 = edges(dot, "n4", "n7"), op1 = edges(dot, "n6", "n7");
  REQUIRE(op0.size() == 1);
  REQUIRE(op1.size() == 1);
  CHECK(has(op0[0], "label=\"0\""));
  CHECK(has(op1[0], "label=\"1\""));
  DotOptions legend;
  legend.legend = true;
  require_graphviz_accepts(to_dot(t.c, legend), "all-quarks");
}

TEST_CASE("huge weights are abbreviated", "[render][dot]") {
  using render::abbreviate;
  CHECK(abbreviate(BigInt(999999999999)) == "999999999999");      // 12 digits: in full
  CHECK(abbreviate(BigInt(-999999999999)) == "-999999999999");
  CHECK(abbreviate(BigInt(1000000000000)) == "1000…0000 (40 bits)");  // 13 digits, 2^39 < 10^12 < 2^40
  BigInt big = (BigInt(1) << 60) + 12345;  // 1152921504606859321, 61 bits
  CHECK(abbreviate(big) == "1152…9321 (61 bits)");
  CHECK(abbreviate(-big) == "-1152…9321 (61 bits)");
  CHECK(abbreviate(big, 19) == "1152921504606859321");
  CHECK_THROWS_AS(abbreviate(big, 7), InputError);

  Circuit c;
  NodeId x = c.add_input("x");
  NodeId u = c.add_unit("u", Activation::Sign, -big);
  c.add_synapse(x, u, big * big);  // 37 digits, 121 bits
  c.mark_output(u);
  std::string dot = to_dot(c);
  CHECK(has(dot, "label=\"1329…1041 (121 bits)\""));
  CHECK(has(dot, "bias -1152…9321 (61 bits)"));
  CHECK(!has(dot, to_string(big)));
  DotOptions wide;
  wide.max_digits = 40;
  CHECK(has(to_dot(c, wide), to_string(big * big)));
  require_graphviz_accepts(dot, "huge");
}

TEST_CASE("labels are escaped and the output is deterministic", "[render][dot]") {
  Circuit c;
  NodeId x = c.add_input("say \"hi\"\\n", "grp \"1\"");
  NodeId u = c.add_unit("two\nlines", Activation::Exp, 0, "grp \"1\"");
  c.add_synapse(x, u, 1);
  c.mark_output(u);
  std::string dot = to_dot(c);
  CHECK(has(dot, "label=\"say \\\"hi\\\"\\\\n\\ninput\""));
  CHECK(has(dot, "label=\"two\\nlines\\nexp\", shape=octagon"));
  CHECK(has(dot, "subgraph \"cluster_grp \\\"1\\\"\""));
  CHECK(render::dot_escape("a\"b\\c\nd\te") == "a\\\"b\\\\c\\nd e");
  CHECK(dot == to_dot(c));
  require_graphviz_accepts(dot, "escaped");

  DotOptions bad;
  bad.rankdir = "LR]; evil";
  CHECK_THROWS_AS(to_dot(c, bad), InputError);
}

TEST_CASE("named circuits: gated ones show gating, SM ones do not, all are valid DOT", "[render][dot]") {
  const auto& names = render::named_circuits();
  REQUIRE(names.size() >= 13);
  for (const auto& named : names) {
    INFO(named.name);
    Circuit c = render::build_named_circuit(named.name, 2, 3);
    std::string dot = to_dot(c);
    CHECK(dot == to_dot(render::build_named_circuit(named.name, 2, 3)));
    bool output_gating = has(dot, "color=\"red\"");
    bool synaptic_gating = has(dot, "color=\"blue\"");
    bool sm = named.name.find("-sm") != std::string::npos;
    CHECK(output_gating == !sm);
    CHECK(synaptic_gating == (named.name == "attention-gated"));
    require_graphviz_accepts(dot, named.name);
  }
  // Sizes change the drawing where the builder uses them.
  CHECK(to_dot(render::build_named_circuit("softmax-gated", 2, 3)) !=
        to_dot(render::build_named_circuit("softmax-gated", 2, 4)));
  CHECK(has(to_dot(render::build_named_circuit("attention-gated", 2, 3)), "\"out[2]\""));
  CHECK_THROWS_AS(render::build_named_circuit("softmax", 2, 3), InputError);
  CHECK_THROWS_AS(render::build_named_circuit("dot-gated", 0, 3), InputError);
  CHECK_THROWS_AS(render::build_named_circuit("dot-gated", 2, 0), InputError);
  CHECK_THROWS_AS(render::build_named_circuit("dot-gated", render::kMaxDotSize + 1, 3), InputError);
  CHECK_NOTHROW(render::build_named_circuit("dot-gated", render::kMaxDotSize, render::kMaxDotSize));
}
