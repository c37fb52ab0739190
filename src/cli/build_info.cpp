#include "cli/build_info.h"

#include <gmp.h>

#include "cli/build_revision.h"  // generated at build time (cmake/GitRevision.cmake)
#include "smt/solver.h"

namespace quarks::cli {

std::string quarks_version() { return QUARKS_VERSION; }

std::string version_text() {
  std::string text = "quarks " QUARKS_VERSION "\n";
  text += "git revision: " QUARKS_GIT_REVISION "\n";
  // Z3 and GMP report the library loaded at run time; GLPK and cddlib are
  // named by the headers src/count was compiled against (only src/count may
  // call them), which the Debian package's Depends ties to the same versions.
  text += "Z3 " + smt::z3_version() + ", GMP " + std::string(gmp_version);
#ifdef QUARKS_WITH_COUNT
  text += ", GLPK " QUARKS_GLPK_VERSION ", cddlib " QUARKS_CDDLIB_VERSION ", MPI: " QUARKS_MPI_VERSION;
#else
  text += "\ncount commands: not built (QUARKS_WITH_COUNT=OFF: no GLPK, cddlib or MPI)";
#endif
  return text;
}

}  // namespace quarks::cli
