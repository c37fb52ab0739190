// The count commands of a build without src/count (QUARKS_WITH_COUNT=OFF,
// README "Licenses"): `quarks count ...` and `quarks capacity ...` accept any
// arguments and say, in one line, that this build has none (exit 2).
#include <iostream>

#include "cli/commands.h"

namespace quarks::cli {

namespace {
void add_absent_command(CLI::App& app, CommandContext& context, const std::string& name) {
  auto* cmd = app.add_subcommand(name, "Not in this build: quarks was built with QUARKS_WITH_COUNT=OFF "
                                       "(no src/count, GLPK or cddlib)");
  cmd->prefix_command();  // every argument after the name is left to the callback
  cmd->allow_extras();
  cmd->callback([&context, name]() {
    std::cerr << "quarks: error: this build has no count commands ('quarks " << name
              << "' needs src/count; rebuild with -DQUARKS_WITH_COUNT=ON)\n";
    context.exit_status = 2;
  });
}
}  // namespace

void add_count_command(CLI::App& app, CommandContext& context) { add_absent_command(app, context, "count"); }
void add_capacity_command(CLI::App& app, CommandContext& context) { add_absent_command(app, context, "capacity"); }

}  // namespace quarks::cli
