(* Self-test of tests/coq/check_assumptions.py: "extra" is not an allowed axiom, so the
   check must reject extra_used; classic_used uses an allowed axiom only; Unproved has no
   line in extra-theorems.txt, so the check must report it as missing. *)
From Coq Require Import Classical_Prop.

Axiom extra : forall P : Prop, P.

Definition Uses_extra : Prop := 1 = 2.
Definition Uses_classic : Prop := forall P : Prop, P \/ ~ P.
Definition Unproved : Prop := True.

Theorem extra_used : Uses_extra.
Proof. exact (extra _). Qed.

Theorem classic_used : Uses_classic.
Proof. exact classic. Qed.
