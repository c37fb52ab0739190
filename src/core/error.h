#pragma once
// Error types shared by every module. InputError is bad input from a user or a
// file: the CLI turns it into a one-line message and exit code 2.
#include <stdexcept>
#include <string>

namespace quarks {

class InputError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// Thrown when a threshold gate would have to take sign(0): nothing in quarks
// assigns a value to sign(0), so a zero activation is always an error or a
// refutation, never a silent +1 or -1.
class NonStrictError : public std::runtime_error {
 public:
  using std::runtime_error::runtime_error;
};

// A message as printed in one line of output (stderr, a summary line, a JUnit
// attribute): line breaks become spaces.
inline std::string one_line(std::string text) {
  for (auto& c : text) {
    if (c == '\n' || c == '\r') c = ' ';
  }
  return text;
}

}  // namespace quarks
