(** Lemma 5.2 (the affine selector), the corrected formula, and the erratum of Eq. 5.5. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

(** A sum Σ_{i in s} c_i z_i (z_i = coordinate i - 1) at e_{i'}: c_{i'} if i' is in s, else 0. *)
Lemma eval_linear_at_e k (c : nat -> Z) (s : seq nat) i' :
  uniq s -> all (fun i => 0 < i <= k) s ->
  eval (flatten [seq scale (c i) (var i.-1) | i <- s]) (e k i') = if i' \in s then c i' else 0%Z.
Proof.
elim: s => [|i s IH]; first by rewrite eval_nil.
rewrite cons_uniq => /andP[nis us] /andP[/andP[i0 ik] hs].
rewrite map_cons flatten_cons_poly eval_cat IH // eval_scale eval_var nth_e in_cons.
have -> : (i.-1 < k) = true by apply/idP; rewrite prednK // ltnW.
rewrite prednK //=; case: (i' =P i) => [-> | ne] /=.
  by rewrite (negbTE nis); lia.
by case: (_ \in _); lia.
Qed.

Lemma mem_iota1 k i : i <= k -> (i \in iota 1 k) = (i != 0).
Proof. by move=> ik; rewrite mem_iota add1n ltnS ik andbT lt0n. Qed.

Lemma all_iota1 k : all (fun i => 0 < i <= k) (iota 1 k).
Proof. by apply/allP => i; rewrite mem_iota; lia. Qed.

Lemma all_iota1_filter k j : all (fun i => 0 < i <= k) [seq i <- iota 1 k | i != j].
Proof. by apply/allP => i; rewrite mem_filter mem_iota; lia. Qed.

Lemma linear_deg1 (c : nat -> Z) s : deg_le (flatten [seq scale (c i) (var i.-1) | i <- s]) 1.
Proof. by rewrite deg_le_flatten all_map; apply/allP => i _ /=; rewrite deg_le_scale. Qed.

Lemma linear_vars k (c : nat -> Z) s : all (fun i => 0 < i <= k) s ->
  vars_below k (flatten [seq scale (c i) (var i.-1) | i <- s]).
Proof.
move=> hs; rewrite vars_below_flatten all_map; apply/allP => i /(allP hs) /andP[i0 ik] /=.
by rewrite vars_below_scale vars_below_var prednK.
Qed.

(** Eq. 5.5 with j >= 1 is right (Eq. 5.4 holds). *)
Lemma eq_5_5_correct k j (signs : nat -> bool) : 1 <= j <= k ->
  forall i, i <= k -> eval (eq_5_5 k j signs) (e k i) = if i == j then 0%Z else pm1 (signs i).
Proof.
case/andP => j0 jk i ik; rewrite /eq_5_5.
have jn0 : (j == 0) = false by case: j j0 {jk}.
rewrite jn0 !eval_cat eval_const eval_scale eval_var nth_e.
rewrite eval_linear_at_e ?filter_uniq ?iota_uniq ?all_iota1_filter //.
rewrite mem_filter mem_iota1 //.
have -> : (j.-1 < k) = true by apply/idP; rewrite prednK // ltnW.
rewrite prednK //=; case: (i =P j) => [-> | nij] /=; first lia.
case: (i =P 0) => [-> | i0] /=; first lia.
lia.
Qed.

Lemma eq_5_5_fails_at_0 k (signs : nat -> bool) : eval (eq_5_5 k 0 signs) (e k 0) <> 0%Z.
Proof.
rewrite /eq_5_5 !eval_cat eval_const eval_nil.
rewrite eval_linear_at_e ?filter_uniq ?iota_uniq ?all_iota1_filter // mem_filter eqxx /=.
by case: (signs 0).
Qed.

Theorem erratum_5_5 : Erratum_5_5.
Proof. split; [exact: eq_5_5_fails_at_0 | exact: eq_5_5_correct]. Qed.

Lemma selector_q_deg k j signs : deg_le (selector_q k j signs) 1.
Proof.
rewrite /selector_q; case: (j == 0); first exact: linear_deg1.
by rewrite /eq_5_5 !deg_le_cat linear_deg1 andbT; case: (j == 0).
Qed.

Lemma selector_q_vars k j signs : j <= k -> vars_below k (selector_q k j signs).
Proof.
move=> jk; rewrite /selector_q; case: (j =P 0) => [_ | /eqP j0]; first exact: linear_vars (all_iota1 k).
rewrite /eq_5_5 (negbTE j0) !vars_below_cat linear_vars ?all_iota1_filter // andbT /=.
by rewrite vars_below_scale vars_below_var prednK ?lt0n.
Qed.

Lemma selector_q_values k j signs : j <= k ->
  forall i, i <= k -> eval (selector_q k j signs) (e k i) = if i == j then 0%Z else pm1 (signs i).
Proof.
move=> jk i ik; rewrite /selector_q; case: (j =P 0) => [-> | /eqP j0]; last first.
  by apply: eq_5_5_correct; move: j0 jk; lia.
rewrite eval_linear_at_e ?iota_uniq ?all_iota1 // mem_iota1 //.
by case: (i =P 0).
Qed.

Theorem lemma_5_2_corrected : Lemma_5_2_corrected.
Proof. move=> k j signs jk; split; [exact: selector_q_deg | exact: selector_q_values]. Qed.

Theorem lemma_5_2 : Lemma_5_2.
Proof. move=> k j signs jk; exists (selector_q k j signs); exact: lemma_5_2_corrected. Qed.
