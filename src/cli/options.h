#pragma once
// Strict parsing of the small value lists the CLI accepts.
#include <cstddef>
#include <string>
#include <vector>

namespace quarks::cli {

// "1" or "1,2,2": every element a decimal integer.
std::vector<int> parse_int_list(const std::string& text, const std::string& what);
// "+", "-" -> +1, -1.
int parse_sign(const std::string& text, const std::string& what);
// A size 1..max given as text ("4"): InputError for non-numeric or out-of-range values.
std::size_t parse_size(const std::string& text, const char* name, std::size_t max);
// k+1 characters from '+', '-', with '.' exactly at position j: "+.-".
std::vector<int> parse_sign_pattern(const std::string& text, unsigned size, unsigned j);

}  // namespace quarks::cli
