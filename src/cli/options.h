#pragma once
// Strict parsing of the small value lists the CLI accepts.
#include <string>
#include <vector>

namespace quarks::cli {

// "1" or "1,2,2": every element a decimal integer.
std::vector<int> parse_int_list(const std::string& text, const std::string& what);
// "+", "-" -> +1, -1.
int parse_sign(const std::string& text, const std::string& what);
// k+1 characters from '+', '-', with '.' exactly at position j: "+.-".
std::vector<int> parse_sign_pattern(const std::string& text, unsigned size, unsigned j);

}  // namespace quarks::cli
