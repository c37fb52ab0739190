#pragma once
// The claims catalogue behind `quarks list`: every claim of the paper in
// the paper (the project's scope), with where it is and how far quarks checks it. A status
// says only what the code and tests in this tree actually do.
#include <string>
#include <vector>

namespace quarks {

struct CatalogueEntry {
  std::string id;
  std::string reference;  // workshop numbering; "journal" where only in the journal version
  std::string checked;    // what quarks checks
  std::string status;     // "checked", "partial: ...", "not yet"
};

const std::vector<CatalogueEntry>& claims_catalogue();

}  // namespace quarks
