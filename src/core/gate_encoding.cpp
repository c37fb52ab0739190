#include "core/gate_encoding.h"

#include "core/error.h"

namespace quarks {

std::string encoding_word(GateEncoding encoding) {
  return encoding == GateEncoding::zero_one ? "01" : "pm1";
}

GateEncoding parse_encoding_word(const std::string& word, const std::string& what) {
  if (word == "01") return GateEncoding::zero_one;
  if (word == "pm1") return GateEncoding::plus_minus_one;
  throw InputError(what + " '" + word + "' must be 01 (outputs 0/1, product = AND) or pm1 (outputs +-1, product = XNOR)");
}

}  // namespace quarks
