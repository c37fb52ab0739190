#include <iomanip>
#include <iostream>

#include "claim/catalogue.h"
#include "cli/commands.h"

namespace quarks::cli {

void add_list_command(CLI::App& app, CommandContext& context) {
  auto* cmd = app.add_subcommand("list", "List the paper's claims: id, reference, what quarks checks, status");
  cmd->callback([&context]() {
    std::cout << std::left << std::setw(18) << "id" << std::setw(40) << "paper" << std::setw(28) << "status"
              << "what is checked\n";
    for (const auto& e : claims_catalogue()) {
      std::cout << std::left << std::setw(18) << e.id << std::setw(40) << e.reference << std::setw(28) << e.status
                << e.checked << "\n";
    }
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
