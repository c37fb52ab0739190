// `quarks depth --m M --n N [--tsv]`: the depth-reduction table (claim depth-reduction), every
// metric computed from the built circuits (src/circuit/depth_table.h).
#include <charconv>
#include <iostream>
#include <memory>
#include <string>

#include "circuit/depth_table.h"
#include "cli/commands.h"
#include "cli/options.h"
#include "core/error.h"

namespace quarks::cli {

void add_depth_command(CLI::App& app, CommandContext& context) {
  struct Options {
    std::string m = "4", n = "4";
    bool tsv = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("depth", "Depth and size of SM vs gated circuits (dot, softmax, attention)");
  cmd->add_option("--m", options->m, "vector / head dimension m (1.." + std::to_string(circuit::kMaxDepthSize) + ")")->check(decimal_integer());
  cmd->add_option("--n", options->n, "softmax length / token count n (1.." + std::to_string(circuit::kMaxDepthSize) + ")")->check(decimal_integer());
  cmd->add_flag("--tsv", options->tsv, "tab-separated output with m and n columns");
  cmd->callback([options, &context]() {
    std::size_t m = parse_size(options->m, "m", circuit::kMaxDepthSize);
    std::size_t n = parse_size(options->n, "n", circuit::kMaxDepthSize);
    std::cout << circuit::format_depth_table(circuit::depth_rows(m, n), m, n, options->tsv);
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
