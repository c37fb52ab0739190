// quarks: executable, checked witnesses for "The Quarks of Attention".
#include <iostream>

#include "cli/build_info.h"
#include "cli/commands.h"
#include "core/error.h"
#include "smt/z3_checker.h"

int main(int argc, char** argv) {
  CLI::App app{"quarks: witnesses and checkers for the capacity results of \"The Quarks of Attention\" "
               "(Baldi & Vershynin)",
               "quarks"};  // the name in usage lines, whatever path ran it
  app.require_subcommand(1);
  app.set_version_flag("--version", [] { return quarks::cli::version_text(); },
                       "Print the version, the git revision and the linked library versions, and exit");
  quarks::cli::CommandContext context;
  quarks::cli::add_list_command(app, context);
  quarks::cli::add_witness_command(app, context);
  quarks::cli::add_check_command(app, context);
  quarks::cli::add_smt2_command(app, context);
  quarks::cli::add_run_command(app, context);
  quarks::cli::add_capacity_command(app, context);
  quarks::cli::add_count_command(app, context);
  quarks::cli::add_not_ltf_command(app, context);
  quarks::cli::add_depth_command(app, context);
  quarks::cli::add_dot_command(app, context);
  quarks::cli::add_eval_command(app, context);
  quarks::cli::add_prove_command(app, context);
  quarks::cli::add_approx_command(app, context);
  quarks::cli::add_export_command(app, context);
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);  // --help, --version: CLI11 prints them from the exception it gets
  } catch (const CLI::ParseError& e) {
    std::string message = e.what();
    if (message.empty()) message = "invalid command line";
    std::cerr << "quarks: error: " << quarks::one_line(message) << " (see --help)\n";
    return 2;
  } catch (const quarks::smt::SmtExportError& e) {
    // An obligation could not be decided (3), or quarks contradicted itself (4):
    // no proof file is written either way.
    std::cerr << "quarks: " << (e.verdict() == quarks::Verdict::disagreement ? "CHECKER DISAGREEMENT: " : "error: ")
              << quarks::one_line(e.what()) << "\n";
    return quarks::exit_code(e.verdict());
  } catch (const quarks::InputError& e) {
    std::cerr << "quarks: error: " << quarks::one_line(e.what()) << "\n";
    return 2;
  } catch (const std::exception& e) {
    std::cerr << "quarks: internal error: " << quarks::one_line(e.what()) << "\n";
    return 3;
  }
  return context.exit_status;
}
