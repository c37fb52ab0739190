// Fuzz target: the witness reader and claim validation (src/io/witness_json.h).
// Bad input must end in InputError and nothing else; any other exception,
// crash or sanitizer report is a bug. A witness that is accepted must also
// survive writing: the reader must accept what the writer makes of it, and
// the second writing must give the same bytes, so the reader and the writer
// agree on every field (a field read one way and written another would show),
// and the input must be exactly one JSON value (json_grammar.h), so no byte of
// an accepted file went unread.
#include <string>

#include "core/error.h"
#include "fuzz_target.h"
#include "io/witness_json.h"
#include "json_grammar.h"

namespace quarks::fuzz {

Outcome fuzz_one(std::string_view input) {
  Witness witness;
  try {
    witness = read_witness_text(input, "fuzz input");
  } catch (const InputError&) {
    return Outcome::rejected;
  }
  if (!JsonGrammar::whole_value(input)) fail("the reader accepted input that is not exactly one JSON value");
  const std::string text = witness_to_text(witness);
  Witness again;
  try {
    again = read_witness_text(text, "rewritten");
  } catch (const InputError& e) {
    fail("the reader refuses what the writer wrote for an accepted witness:", e.what());
  }
  if (witness_to_text(again) != text) fail("writing a re-read witness changes it");
  return Outcome::accepted;
}

}  // namespace quarks::fuzz
