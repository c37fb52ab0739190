(** Lemma 5.3: the multiplexing extension F(z ⊕ x) = sign(M q(z) + θ p(x)), strict on the whole
    cube, with the generator's M; and the failure of the lemma at degree 0. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly Selector.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Lemma eval_extension k j signs theta M p (y : seq bool) : j <= k ->
  eval (extension_gate k j signs theta M p) y =
  (M * eval (selector_q k j signs) (take k y) + pm1 theta * eval p (drop k y))%Z.
Proof.
move=> jk; rewrite /extension_gate eval_cat !eval_scale eval_shift eval_scale.
by rewrite eval_take // selector_q_vars.
Qed.

(** The activation M a + w with a an integer, w <> 0 and |w| < M is never 0: if a = 0 it is w,
    otherwise |M a| >= M > |w|.  This is where integrality of the selector matters. *)
Lemma dominate_nonzero (M a w : Z) : w <> 0%Z -> (Z.abs w < M)%Z -> (M * a + w <> 0)%Z.
Proof. move=> nz lt; case: (Z.eq_dec a 0) => [-> | na]; first lia. nia. Qed.

Lemma abs_pm1_mul t v : Z.abs (pm1 t * v) = Z.abs v.
Proof. by rewrite Z.abs_mul pm1_abs Z.mul_1_l. Qed.

Lemma pm1_mul_nonzero t v : v <> 0%Z -> (pm1 t * v <> 0)%Z.
Proof. by rewrite /pm1; case: t; lia. Qed.

Theorem lemma_5_3_construction : Lemma_5_3_construction.
Proof.
move=> k m d p j theta signs M d1 jk degp strictp bound F; split; [|split].
- rewrite /F /extension_gate deg_le_cat deg_le_scale deg_le_shift deg_le_scale degp andbT.
  exact: deg_le_mono d1 (selector_q_deg _ _ _).
- move=> y; rewrite /F eval_extension //.
  have sy : size (drop k y) = m by rewrite size_drop size_tuple addKn.
  have nz := strict_seq strictp sy.
  apply: dominate_nonzero; first exact: pm1_mul_nonzero.
  rewrite abs_pm1_mul; exact: (bound (Tuple (introT eqP sy))).
- move=> i x ik; rewrite /F eval_extension // take_cat_tuple drop_cat_tuple selector_q_values //.
  case: (i == j).
    by rewrite Z.mul_0_r Z.add_0_l sgn_pm1_mul //; exact: strictp.
  by apply: sgn_dominate; rewrite abs_pm1_mul; exact: bound.
Qed.

Theorem lemma_5_3_generator_M : Lemma_5_3_generator_M.
Proof.
move=> m p x; split; first by have := @le_max_abs m p x; lia.
by have := @abs_le_box_bound p x; lia.
Qed.

Theorem lemma_5_3_generator : Lemma_5_3_generator.
Proof.
move=> k m d p j theta signs d1 jk degp strictp.
apply: (@lemma_5_3_construction k m d p j theta signs _ d1 jk degp strictp) => x.
by case: (@lemma_5_3_generator_M m p x).
Qed.

(** The truth table of a strict polynomial. *)
Definition table_of n (p : poly) : truth_table n := [ffun y : n.-tuple bool => sgn (eval p y)].

Lemma table_of_in_T n d p : deg_le p d -> strict_on n p -> in_T n d (table_of n p).
Proof. by move=> hd hs; exists p; do 2!split => //; move=> y; rewrite ffunE. Qed.

Theorem lemma_5_3 : Lemma_5_3.
Proof.
move=> k m d f j theta signs d1 jk [p [degp [strictp fp]]].
pose M := (max_abs_on_cube m p + 1)%Z.
have bound : forall x : m.-tuple bool, (Z.abs (eval p x) < M)%Z.
  by move=> x; case: (lemma_5_3_generator_M p x).
have [degF [strictF valF]] := @lemma_5_3_construction k m d p j theta signs M d1 jk degp strictp bound.
exists (table_of (k + m) (extension_gate k j signs theta M p)); split.
  exact: table_of_in_T.
by move=> i x ik; rewrite ffunE valF // fp.
Qed.

(** At d = 0 the lemma fails: k = 1, m = 0, f = +1, j = 0, θ = +1, θ_1 = -1 would need a
    constant F with F(e_0) = +1 and F(e_1) = -1. *)
Theorem lemma_5_3_degree_0_fails : Lemma_5_3_degree_0_fails.
Proof.
move=> H.
have fT : in_T 0 0 [ffun _ => true].
  by exists (const 1); split; [exact: deg_le_const | split => [x | x]; rewrite ?eval_const ?ffunE].
have [F [[P [degP [_ FP]]] vals]] := H 1 0 [ffun _ => true] 0 true (fun _ => false) (leqnn 0) fT.
have := vals 0 [tuple] (leq0n 1); have := vals 1 [tuple] (leqnn 1).
rewrite /= !ffunE !FP (eval_deg0 (e 1 1 ⊕ [tuple]) (e 1 0 ⊕ [tuple]) degP) => ->.
by [].
Qed.
