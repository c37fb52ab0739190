#pragma once
// What `quarks --version` prints: the version, the git revision the binary
// was built from, and the versions of the libraries it links.
#include <string>

namespace quarks::cli {

// First line "quarks <version>" (help2man reads it), then one line per item;
// no final newline (CLI11 adds it).
std::string version_text();
std::string quarks_version();  // "0.1.0"

}  // namespace quarks::cli
