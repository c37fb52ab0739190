#pragma once
// Strict parsing of the small value lists the CLI accepts.
#include <CLI/CLI.hpp>

#include <cstddef>
#include <string>
#include <vector>

namespace quarks::cli {

// CLI11 reads integers with strtoll base 0, so "010" would be 8 and "0x10"
// 16. Every integer option is checked against quarks' one integer grammar
// 0|-?[1-9][0-9]* first (docs/witness-format.md, "Integers").
const CLI::Validator& decimal_integer();

// --timeout SECONDS, the same in every command: a plain decimal number
// (digits, optionally a fraction) in (0, 86400].
inline constexpr double kMaxTimeoutSeconds = 86400;
CLI::Option* add_timeout_option(CLI::App* cmd, double& seconds, const std::string& description);

// "1" or "1,2,2": every element a decimal integer.
std::vector<int> parse_int_list(const std::string& text, const std::string& what);
// "+", "-" -> +1, -1.
int parse_sign(const std::string& text, const std::string& what);
// An integer option read as text, in [low, high]: InputError naming the value
// as given ("--n 99999999999999999999 is outside 1..8"), never a clamped one.
long long bounded_integer(const std::string& text, const std::string& option, long long low, long long high);
// Worker threads: "0" means all cores; else 1..1024.
unsigned thread_count(const std::string& text);
// A size 1..max given as text ("4"): InputError for non-numeric or out-of-range values.
std::size_t parse_size(const std::string& text, const char* name, std::size_t max);
// k+1 characters from '+', '-', with '.' exactly at position j: "+.-".
std::vector<int> parse_sign_pattern(const std::string& text, unsigned size, unsigned j);

}  // namespace quarks::cli
