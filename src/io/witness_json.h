#pragma once
// The witness file format (docs/witness-format.md): JSON, versioned, every
// integer a decimal string. Reading is strict: any missing field, wrong type,
// non-integer string or inconsistency is an InputError naming the field.
#include <nlohmann/json.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "witness/witness.h"

namespace quarks {

inline constexpr int kWitnessFormatVersion = 1;

nlohmann::json polynomial_to_json(const Polynomial& p);
Polynomial polynomial_from_json(const nlohmann::json& j, const std::string& where);

nlohmann::json witness_to_json(const Witness& witness);
Witness witness_from_json(const nlohmann::json& j);

// The exact bytes written for a witness (also what golden files hold).
std::string witness_to_text(const Witness& witness);
// Reads a witness from JSON text; `origin` names it in error messages.
// InputError on anything docs/witness-format.md does not allow.
Witness read_witness_text(std::string_view text, const std::string& origin);
Witness read_witness_file(const std::string& path);
void write_witness_file(const Witness& witness, const std::string& path);

// {"inputs": [polynomial, ...]} for `quarks witness composition --inputs FILE`.
std::vector<Polynomial> read_polynomials_text(std::string_view text, const std::string& origin);
std::vector<Polynomial> read_polynomials_file(const std::string& path);

// Reads a whole file; InputError if it cannot be read.
std::string read_text_file(const std::string& path);

}  // namespace quarks
