#pragma once
// `quarks export coq`: a witness claim as a Coq file. The file defines the claim's data as Coq
// terms (Statements.v's polynomials, integers as exact Z literals) and proves
//   Theorem witness_holds : <Instances.v statement of the claim, applied to the data>.
// by `apply check_X_sound; vm_compute; reflexivity`, so it compiles exactly when the Coq
// checker (proofs/coq/checker/Soundness.v) accepts the data. What each statement says is in
// proofs/coq/checker/Instances.v and docs/formal-proofs.md ("The Coq witness checker").
#include <string>

#include "claim/claims.h"

namespace quarks {

// The checker walks the cube, so the same limit as the exhaustive checker applies.
inline constexpr std::uint32_t kMaxCoqExportVariables = kMaxExhaustiveVariables;

// An exact Coq Z literal: 17%Z, (-17)%Z, and above 64 bits hexadecimal, 0x1f...%Z.
std::string coq_z_literal(const BigInt& value);

// True iff `name` is a Coq module name coqc accepts for a file: [A-Za-z_][A-Za-z0-9_]*.
bool is_coq_module_name(const std::string& name);

// How the kernel evaluates the check at Qed: its bytecode VM (vm_compute; the default and the
// smaller trusted base), or native code compiled by OCaml (native_compute; about 3x faster).
enum class CoqReduction { vm, native };

// The Coq file for a validated claim; `origin` (the witness file name) goes into the header
// comment only. Throws InputError for what the Coq statements do not cover: a weakened
// claim (strict_on "selector-points": every Coq statement requires strictness on the whole
// cube) and more than kMaxCoqExportVariables variables.
std::string coq_export(const Claim& claim, const std::string& origin, CoqReduction reduction = CoqReduction::vm);

}  // namespace quarks
