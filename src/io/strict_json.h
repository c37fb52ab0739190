#pragma once
// Strict JSON reading for every file quarks reads (docs/witness-format.md,
// "JSON"). nlohmann's DOM parser keeps the last of two equal keys, so a file
// could show one value to a person and another to the checkers; this reader
// refuses duplicate keys at every level instead. It also refuses numbers that
// are not integers (1.0, 1e3), integers outside 64 bits, and -0: the format's
// only JSON numbers are small structural integers.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

namespace quarks {

// Parses `text`; InputError naming `origin` and the JSON path on anything the
// format does not allow, or on malformed JSON (with its byte offset).
nlohmann::json parse_strict_json(std::string_view text, const std::string& origin);

}  // namespace quarks
