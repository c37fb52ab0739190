// `quarks export coq FILE [-o OUT.v]`: a witness as a Coq file whose theorem compiles exactly
// when the Coq witness checker accepts it (src/export/coq_export.h, proofs/coq/checker).
#include <iostream>
#include <memory>
#include <string>

#include "cli/commands.h"
#include "core/atomic_file.h"
#include "core/error.h"
#include "export/coq_export.h"
#include "io/witness_json.h"

namespace quarks::cli {

namespace {

// coqc names the module after the file, so OUT must be <Coq identifier>.v.
void require_coq_file_name(const std::string& path) {
  const std::size_t slash = path.find_last_of('/');
  const std::string base = slash == std::string::npos ? path : path.substr(slash + 1);
  if (base.size() < 3 || base.compare(base.size() - 2, 2, ".v") != 0 ||
      !is_coq_module_name(base.substr(0, base.size() - 2))) {
    throw InputError("export coq: output file '" + path +
                     "' must be named <name>.v with name a Coq identifier ([A-Za-z_][A-Za-z0-9_]*), as coqc requires");
  }
}

}  // namespace

void add_export_command(CLI::App& app, CommandContext& context) {
  struct Options {
    std::string file, output;
    bool native = false;
  };
  auto options = std::make_shared<Options>();
  CLI::App* cmd = app.add_subcommand("export", "a witness in another checker's language");
  cmd->require_subcommand(1);
  CLI::App* coq = cmd->add_subcommand(
      "coq", "the witness as Coq terms and a theorem, proved by vm_compute, that the Coq witness checker "
             "accepts it (proofs/coq/checker; compile with coqc -R proofs/coq Quarks OUT.v)");
  coq->add_option("file", options->file, "witness file (JSON)")->required();
  coq->add_option("-o,--output", options->output, "write the Coq file here (atomically) instead of stdout");
  coq->add_flag("--native", options->native,
                "have the kernel evaluate the check with native_compute (compiled by OCaml, about 3x faster) "
                "instead of its bytecode VM; this adds the OCaml compiler to the trusted base");
  coq->callback([options, &context]() {
    if (!options->output.empty()) {
      require_coq_file_name(options->output);
      require_output_file(options->output);
    }
    Witness w = read_witness_file(options->file);
    const std::string text =
        coq_export(w.claim, options->file, options->native ? CoqReduction::native : CoqReduction::vm);
    if (options->output.empty()) {
      std::cout << text;
    } else {
      write_file_atomically(options->output, text);
      std::cout << "wrote " << options->output << "\n";
    }
    context.exit_status = 0;
  });
}

}  // namespace quarks::cli
