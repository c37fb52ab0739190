(** Every statement of Statements.v with the theorem that proves it.  Each line fails to
    compile unless the theorem has exactly that statement as its type.  The same list is in
    tests/coq/theorems.txt, where the ctest entry coq-print-assumptions checks that no
    statement is missing and that each theorem uses only the axioms docs/formal-proofs.md
    allows. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Quarks Require Import Statements.
From Quarks.theories Require Export Selector Extension Composition Binary Layer Dense Section2.

Check (encodings : Encodings).
Check (binary_irreducible_count : Binary_irreducible_count).
Check (lemma_5_1 : Lemma_5_1).
Check (lemma_5_2 : Lemma_5_2).
Check (lemma_5_2_corrected : Lemma_5_2_corrected).
Check (erratum_5_5 : Erratum_5_5).
Check (lemma_5_3 : Lemma_5_3).
Check (lemma_5_3_construction : Lemma_5_3_construction).
Check (lemma_5_3_generator_M : Lemma_5_3_generator_M).
Check (lemma_5_3_generator : Lemma_5_3_generator).
Check (lemma_5_3_degree_0_fails : Lemma_5_3_degree_0_fails).
Check (lemma_5_4 : Lemma_5_4).
Check (theorem_4_2_injection : Theorem_4_2_injection).
Check (eq_5_2 : Eq_5_2).
Check (eq_5_2_degree_0_fails : Eq_5_2_degree_0_fails).
Check (theorem_4_1_injection : Theorem_4_1_injection).
Check (theorem_4_1_lower_bound : Theorem_4_1_lower_bound).
Check (proposition_5_5 : Proposition_5_5).
Check (eq_5_14 : Eq_5_14).
Check (theorem_4_3_construction : Theorem_4_3_construction).
Check (theorem_4_3_quarks_constants : Theorem_4_3_quarks_constants).
Check (theorem_4_3_injection : Theorem_4_3_injection).
Check (theorem_4_3_lower_bound : Theorem_4_3_lower_bound).
Check (erratum_4_14 : Erratum_4_14).
Check (dense_selector_thm : Dense_selector).
Check (binary_codes_injective : Binary_codes_injective).
Check (dense_affine_impossible : Dense_affine_impossible).
Check (dense_extension : Dense_extension).
Check (dense_composition : Dense_composition).
Check (dense_lower_bound : Dense_lower_bound).
Check (section_2_activation_gating : Section_2_activation_gating).
Check (section_2_output_synaptic : Section_2_output_synaptic).
