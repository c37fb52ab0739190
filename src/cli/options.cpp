#include "cli/options.h"

#include <algorithm>
#include <charconv>
#include <thread>

#include "core/bigint.h"
#include "core/error.h"

namespace quarks::cli {

const CLI::Validator& decimal_integer() {
  static const CLI::Validator validator(
      [](std::string& text) -> std::string {
        if (is_decimal_integer(text)) return {};
        return "'" + text + "' is not a decimal integer (0|-?[1-9][0-9]*)";
      },
      "INT");
  return validator;
}

CLI::Option* add_timeout_option(CLI::App* cmd, double& seconds, const std::string& description) {
  static const CLI::Validator validator(
      [](std::string& text) -> std::string {
        const std::size_t dot = text.find('.');
        const std::string whole = text.substr(0, dot);
        const std::string fraction = dot == std::string::npos ? "1" : text.substr(dot + 1);
        const bool grammar = is_decimal_integer(whole) && whole[0] != '-' && !fraction.empty() &&
                             fraction.find_first_not_of("0123456789") == std::string::npos;
        if (!grammar || std::stod(text) <= 0 || std::stod(text) > kMaxTimeoutSeconds) {
          return "'" + text + "' must be a number of seconds in (0, 86400]";
        }
        return {};
      },
      "SECONDS");
  return cmd->add_option("--timeout", seconds, description)->check(validator);
}

std::vector<int> parse_int_list(const std::string& text, const std::string& what) {
  std::vector<int> values;
  std::size_t start = 0;
  while (true) {
    std::size_t comma = text.find(',', start);
    std::string item = text.substr(start, comma == std::string::npos ? std::string::npos : comma - start);
    if (!is_decimal_integer(item) || item.size() > 9) {
      throw InputError(what + " '" + text + "' is not an integer or a comma list of integers");
    }
    values.push_back(std::stoi(item));
    if (comma == std::string::npos) break;
    start = comma + 1;
  }
  return values;
}

long long bounded_integer(const std::string& text, const std::string& option, long long low, long long high) {
  if (!is_decimal_integer(text)) throw InputError(option + " '" + text + "' is not a decimal integer (0|-?[1-9][0-9]*)");
  long long value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (ec != std::errc() || ptr != end || value < low || value > high) {
    throw InputError(option + " " + text + " is outside " + std::to_string(low) + ".." + std::to_string(high));
  }
  return value;
}

unsigned thread_count(const std::string& text) {
  const long long t = bounded_integer(text, "--threads", 0, 1024);
  if (t == 0) return std::max(1u, std::thread::hardware_concurrency());
  return static_cast<unsigned>(t);
}

std::size_t parse_size(const std::string& text, const char* name, std::size_t max) {
  std::size_t value = 0;
  const char* end = text.data() + text.size();
  auto [ptr, ec] = std::from_chars(text.data(), end, value);
  if (!is_decimal_integer(text) || ec != std::errc() || ptr != end) {
    throw InputError(std::string("--") + name + " '" + text + "' is not a positive integer");
  }
  if (value < 1 || value > max) {
    throw InputError(std::string("--") + name + " " + text + " is outside 1.." + std::to_string(max));
  }
  return value;
}

int parse_sign(const std::string& text, const std::string& what) {
  if (text == "+" || text == "+1" || text == "1") return 1;
  if (text == "-" || text == "-1") return -1;
  throw InputError(what + " must be + or -, not '" + text + "'");
}

std::vector<int> parse_sign_pattern(const std::string& text, unsigned size, unsigned j) {
  if (text.size() != size) {
    throw InputError("--signs '" + text + "' must have k + 1 = " + std::to_string(size) + " characters");
  }
  std::vector<int> signs(size, 0);
  for (unsigned i = 0; i < size; ++i) {
    char c = text[i];
    if (i == j) {
      if (c != '.') throw InputError("--signs must have '.' at position j = " + std::to_string(j));
    } else if (c == '+' || c == '-') {
      signs[i] = c == '+' ? 1 : -1;
    } else {
      throw InputError("--signs may contain only + and - (and '.' at j), not '" + std::string(1, c) + "'");
    }
  }
  return signs;
}

}  // namespace quarks::cli
