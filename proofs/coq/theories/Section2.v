(** Section 2: the two gating identities, over any commutative ring. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq fintype bigop ssralg.
From Quarks Require Import Statements.

Import GRing.Theory.
Local Open Scope ring_scope.

(** Gating the activation of a unit by g is gating each incoming synapse w_j by g. *)
Theorem section_2_activation_gating : Section_2_activation_gating.
Proof. by move=> R n g w o; rewrite mulr_sumr; apply: eq_bigr => j _; rewrite mulrA. Qed.

(** Output gating (O_i O_j reaches the synapse w) and synaptic gating (w O_j meets O_i) deliver
    the same w O_i O_j. *)
Theorem section_2_output_synaptic : Section_2_output_synaptic.
Proof. by move=> R w oi oj; rewrite -mulrA (mulrC oi). Qed.
