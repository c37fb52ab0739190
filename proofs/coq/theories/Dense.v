(** Dense selectors (docs/dense-selectors.md): Lemma D1 for every r, the impossibility of an
    affine selector at r = 2, Lemmas D2 and D3, and the lower bound of Theorem D4. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly Sets Extension Composition Layer.

Unset Printing Implicit Defensive.

(** ** The indicator δ_c *)

Definition agree {r : nat} (c : r.-tuple bool) (y : seq bool) : bool :=
  all (fun b => nth false y b == nth false c b) (iota 0 r).

Definition delta_factor {r : nat} (c : r.-tuple bool) (b : nat) : poly :=
  if nth false c b then var b else const 1 ++ scale (-1) (var b).

Lemma delta_unfold r (c : r.-tuple bool) : delta c = foldr pmul (const 1) [seq delta_factor c b | b <- iota 0 r].
Proof. by []. Qed.

Lemma eval_delta_factor r (c : r.-tuple bool) b y : eval (delta_factor c b) y = to01 (nth false y b == nth false c b).
Proof.
rewrite /delta_factor; case: (nth false c b); rewrite ?eval_cat ?eval_const ?eval_scale eval_var;
  by case: (nth false y b).
Qed.

Lemma eval_delta r (c : r.-tuple bool) y : eval (delta c) y = to01 (agree c y).
Proof.
rewrite delta_unfold /agree; elim: (iota 0 r) => [|b l IH]; first by rewrite /= eval_const.
rewrite map_cons /= eval_pmul IH eval_delta_factor.
by case: (_ == _); case: (all _ _).
Qed.

Lemma agree_tuple r (c u : r.-tuple bool) (x : seq bool) : agree c (u ++ x) = (u == c).
Proof.
apply/allP/eqP => [h | -> b hb]; last first.
  by rewrite nth_cat size_tuple; move: hb; rewrite mem_iota => /andP[_ ->].
apply: val_inj; apply: (@eq_from_nth _ false); first by rewrite !size_tuple.
move=> b; rewrite size_tuple => lt; have := h b; rewrite mem_iota lt nth_cat size_tuple lt => /(_ isT).
by move/eqP.
Qed.

Lemma delta_deg r (c : r.-tuple bool) : deg_le (delta c) r.
Proof.
rewrite delta_unfold -[r in deg_le _ r](size_iota 0 r); elim: (iota 0 r) => [|b l IH] //.
rewrite map_cons /= -add1n; apply: deg_le_pmul => //.
by rewrite /delta_factor; case: (nth false c b); rewrite ?deg_le_cat ?deg_le_const ?deg_le_scale ?deg_le_var.
Qed.

Lemma delta_vars r (c : r.-tuple bool) : vars_below r (delta c).
Proof.
rewrite delta_unfold; have : all (fun b => b < r) (iota 0 r) by apply/allP => b; rewrite mem_iota.
elim: (iota 0 r) => [|b l IH] //= /andP[br hl]; apply: vars_below_pmul; last exact: IH.
rewrite /delta_factor; case: (nth false c b); rewrite ?vars_below_cat ?vars_below_const ?vars_below_scale vars_below_var //.
Qed.

(** ** Lemma D1 *)

Lemma sumZ_indicator (l : seq nat) a : uniq l -> sumZ l (fun i => to01 (a == i)) = to01 (a \in l).
Proof.
elim: l => [|i l IH] //; rewrite cons_uniq => /andP[nil ul]; rewrite sumZ_cons IH // in_cons.
case: (a =P i) => [-> | _] /=; last by lia.
by rewrite (negbTE nil).
Qed.

Definition dense_list (k j : nat) (signs : nat -> bool) : seq nat :=
  [seq i <- iota 0 k.+1 | (i != j) && ~~ signs i].

Lemma eval_dense_selector r k c j signs y :
  eval (dense_selector r k c j signs) y =
  (1 - to01 (agree (c j) y) - 2 * sumZ (dense_list k j signs) (fun i => to01 (agree (c i) y)))%Z.
Proof.
rewrite /dense_selector !eval_cat eval_const eval_scale eval_delta eval_flatten_map.
have -> : forall l, sumZ l (fun i => eval (scale (-2) (delta (c i))) y) = (-2 * sumZ l (fun i => to01 (agree (c i) y)))%Z.
  by elim=> [|i l IH]; rewrite ?sumZ_cons ?IH ?eval_scale ?eval_delta; [rewrite /=; lia | lia].
rewrite /dense_list; lia.
Qed.

Lemma dense_selector_at_code r k (c : nat -> r.-tuple bool) j signs i (x : seq bool) :
  codes_injective k c -> j <= k -> i <= k ->
  eval (dense_selector r k c j signs) (c i ++ x) = if i == j then 0%Z else pm1 (signs i).
Proof.
move=> inj jk ik; rewrite eval_dense_selector.
have hc : forall i', i' <= k -> agree (c i') (c i ++ x) = (i == i').
  move=> i' i'k; rewrite agree_tuple; apply/eqP/eqP => [h | ->] //.
  by apply: inj; rewrite // h.
have -> : sumZ (dense_list k j signs) (fun i0 => to01 (agree (c i0) (c i ++ x))) =
          sumZ (dense_list k j signs) (fun i0 => to01 (i == i0)).
  apply: sum01_eq_ext => i'; rewrite mem_filter mem_iota => /andP[_ /andP[_ h]]; apply: hc; lia.
rewrite sumZ_indicator ?filter_uniq ?iota_uniq // mem_filter mem_iota (hc j jk).
have -> : (0 <= i < 0 + k.+1) = true by apply/idP; lia.
case: (i =P j) => [-> | ne] /=; first lia.
by case: (signs i) => /=; lia.
Qed.

Lemma dense_selector_unused r k (c : nat -> r.-tuple bool) j signs (u : r.-tuple bool) (x : seq bool) :
  j <= k -> (forall i, i <= k -> u <> c i) -> eval (dense_selector r k c j signs) (u ++ x) = 1%Z.
Proof.
move=> jk un; rewrite eval_dense_selector.
have hc : forall i, i <= k -> agree (c i) (u ++ x) = false.
  by move=> i ik; rewrite agree_tuple; apply/eqP; apply: un.
have -> : sumZ (dense_list k j signs) (fun i0 => to01 (agree (c i0) (u ++ x))) =
          sumZ (dense_list k j signs) (fun i0 => to01 false).
  apply: sum01_eq_ext => i'; rewrite mem_filter mem_iota => /andP[_ /andP[_ h]]; apply: hc; lia.
have -> : forall l, sumZ l (fun _ => to01 false) = 0%Z by elim=> // i l IH; rewrite sumZ_cons IH.
by rewrite (hc j jk) /=.
Qed.

Lemma dense_selector_deg r k c j signs : deg_le (dense_selector r k c j signs) r.
Proof.
rewrite /dense_selector !deg_le_cat deg_le_const deg_le_scale delta_deg deg_le_flatten /=.
by apply/allP => p /mapP [i _ ->]; rewrite deg_le_scale delta_deg.
Qed.

Lemma dense_selector_vars r k c j signs : vars_below r (dense_selector r k c j signs).
Proof.
rewrite /dense_selector !vars_below_cat vars_below_const vars_below_scale delta_vars vars_below_flatten /=.
by apply/allP => p /mapP [i _ ->]; rewrite vars_below_scale delta_vars.
Qed.

Theorem dense_selector_thm : Dense_selector.
Proof.
move=> r k c j signs inj jk; split; first exact: dense_selector_deg.
split => [i ik | u un].
  by have := dense_selector_at_code r k c j signs i [::] inj jk ik; rewrite cats0.
by have := dense_selector_unused r k c j signs u [::] jk un; rewrite cats0.
Qed.

Theorem binary_codes_injective : Binary_codes_injective.
Proof.
move=> r k lt i i' ik i'k eq.
have hi := leq_ltn_trans ik lt; have hi' := leq_ltn_trans i'k lt.
by rewrite -(code_binary r i hi) -(code_binary r i' hi') eq.
Qed.

(** ** No affine selector at r = 2 *)

Lemma affine_two (q : poly) : deg_le q 1 ->
  exists c0 a0 a1, forall b0 b1, eval q [:: b0; b1] = (c0 + a0 * to01 b0 + a1 * to01 b1)%Z.
Proof.
elim: q => [|[mu c] q IH] /=; first by exists 0%Z, 0%Z, 0%Z => b0 b1; rewrite eval_nil.
rewrite /deg_le /= -/(deg_le q 1) => /andP[hmu /IH [c0 [a0 [a1 h]]]].
case: mu hmu => [|v [|//]] _ /=.
  by exists (c + c0)%Z, a0, a1 => b0 b1; rewrite eval_cons h /mono_val /=; ring.
case: v => [|[|v]].
- by exists c0, (c + a0)%Z, a1 => b0 b1; rewrite eval_cons h /mono_val /=; case: b0 => /=; ring.
- by exists c0, a0, (c + a1)%Z => b0 b1; rewrite eval_cons h /mono_val /=; case: b1 => /=; ring.
- by exists c0, a0, a1 => b0 b1; rewrite eval_cons h /mono_val /= nth_nil /=; ring.
Qed.

Theorem dense_affine_impossible : Dense_affine_impossible.
Proof.
move=> [q [dq [h00 [h10 [h01 h11]]]]]; have [c0 [a0 [a1 h]]] := affine_two q dq.
move: h00 h10 h01 h11; rewrite !h /=; lia.
Qed.

(** ** Lemma D2: the dense extension *)

Lemma eval_dense_gate r k c j signs theta M p (y : seq bool) :
  eval (dense_gate r k c j signs theta M p) y =
  (M * eval (dense_selector r k c j signs) (take r y) + pm1 theta * eval p (drop r y))%Z.
Proof.
rewrite /dense_gate eval_cat !eval_scale eval_shift eval_scale.
by rewrite eval_take // dense_selector_vars.
Qed.

Theorem dense_extension : Dense_extension.
Proof.
move=> r k m d c p j theta signs M inj jk degp strictp bound F.
split; [|split; [|split]].
- rewrite /F /dense_gate deg_le_cat deg_le_scale deg_le_shift deg_le_scale.
  by rewrite (deg_le_mono (leq_maxl d r) degp) (deg_le_mono (leq_maxr d r) (dense_selector_deg _ _ _ _ _)).
- move=> y; rewrite /F eval_dense_gate.
  have sy : size (drop r y) = m by rewrite size_drop size_tuple addKn.
  have nz := strict_seq strictp sy.
  apply: dominate_nonzero; first exact: pm1_mul_nonzero.
  by rewrite abs_pm1_mul; exact: (bound (Tuple (introT eqP sy))).
- move=> i x ik; rewrite /F eval_dense_gate take_cat_tuple drop_cat_tuple.
  have := dense_selector_at_code r k c j signs i [::] inj jk ik; rewrite cats0 => ->.
  case: (i == j).
    by rewrite Z.mul_0_r Z.add_0_l sgn_pm1_mul //; exact: strictp.
  by apply: sgn_dominate; rewrite abs_pm1_mul; exact: bound.
- move=> u x un; rewrite /F eval_dense_gate take_cat_tuple drop_cat_tuple.
  have := dense_selector_unused r k c j signs u [::] jk un; rewrite cats0 => ->.
  by apply: (sgn_dominate true); rewrite abs_pm1_mul; exact: bound.
Qed.

(** ** Lemma D3 and Theorem D4 *)

Lemma dense_extension_table k r m d (f : truth_table m) j (theta : bool) (signs : nat -> bool) :
  k < 2 ^ r -> j <= k -> in_T m d f ->
  exists F : truth_table (r + m), in_T (r + m) (maxn d r) F /\
    forall i (x : m.-tuple bool), i <= k ->
      F (binary_code r i ⊕ x) = if i == j then sign_mul theta (f x) else signs i.
Proof.
move=> lt jk [p [degp [strictp fp]]].
pose M := (max_abs_on_cube m p + 1)%Z.
have bound : forall x : m.-tuple bool, (Z.abs (eval p x) < M)%Z.
  by move=> x; case: (@lemma_5_3_generator_M m p x).
have inj := binary_codes_injective r k lt.
have [degF [strictF [valF _]]] :=
  dense_extension r k m d (binary_code r) p j theta signs M inj jk degp strictp bound.
exists (table_of (r + m) (dense_gate r k (binary_code r) j signs theta M p)); split.
  exact: table_of_in_T.
by move=> i x ik; rewrite ffunE valF // fp.
Qed.

Theorem dense_composition : Dense_composition.
Proof.
move=> k r m B d irr lt fs infs.
have [theta [sig H51]] := lemma_5_1_all irr.
have hj : forall j : 'I_k.+1, exists F : truth_table (r + m), in_T (r + m) (maxn (d j) r) F /\
    forall i (x : m.-tuple bool), i <= k ->
      F (binary_code r i ⊕ x) = if i == j then sign_mul (theta j) (fs j x) else sig (inord i) j.
  by move=> j; apply: dense_extension_table => //; rewrite -ltnS.
have [Fs hFs] := fin_choice hj.
exists Fs; split => [j | i x]; first by case: (hFs j).
apply: (compose_cases H51 (pt := fun i x => binary_code r i ⊕ x)) => {}i j {}x.
by case: (hFs j) => _ ->; rewrite ?inord_val // -ltnS.
Qed.

Lemma TB_set_ext k (B : operator k) n (d d' : nat -> nat) :
  (forall j : 'I_k.+1, d j = d' j) -> TB_set B n d = TB_set B n d'.
Proof.
move=> h; apply/setP => F; rewrite !inE.
apply/asboolP/asboolP => [[Fs [inFs ->]] | [Fs [inFs ->]]]; exists Fs; split => // j.
  by rewrite -h.
by rewrite h.
Qed.

Theorem dense_lower_bound : Dense_lower_bound.
Proof.
move=> k r m B d irr lt.
have low : \prod_(j < k.+1) #|T_set m (d j)| <= #|TB_set B (r + m) (fun j => maxn (d j) r)|.
  apply: (@product_le_TB k m B d (fun j => maxn (d j) r) (r + m) (fun i x => binary_code r i ⊕ x)) => fs infs.
  have [Fs [inFs hFs]] := dense_composition k r m B d irr lt fs infs.
  by exists (apply_op B Fs); first by apply/TB_setP; exists Fs.
split => // rd; rewrite -(TB_set_ext k B (r + m) (fun j => maxn (d j) r) d) // => j.
by apply/maxn_idPl; apply: rd.
Qed.
