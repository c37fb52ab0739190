(** Binary operators: the encodings of Section 4.2, Theorem 4.1's lower-bound injection,
    Proposition 5.5 and Eq. 5.14, and the count of irreducible binary operators. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly Selector Extension Sets Composition.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Definition ord0' : 'I_2 := @Ordinal 2 0 isT.
Definition ord1' : 'I_2 := @Ordinal 2 1 isT.

Lemma ord2_cases (j : 'I_2) : j = ord0' \/ j = ord1'.
Proof. by case: j => [[|[|//]] h]; [left | right]; apply: val_inj. Qed.

Lemma apply_op2 (B : operator 1) n (Fs : 'I_2 -> truth_table n) x :
  apply_op B Fs x = B [tuple Fs ord0' x; Fs ord1' x].
Proof.
rewrite ffunE; congr B; apply: eq_from_tnth => j.
by rewrite tnth_mktuple; case: (ord2_cases j) => ->.
Qed.

(** The two gates of a binary composition. *)
Definition pair_fun n (h g : truth_table n) : 'I_2 -> truth_table n := fun j => if j == 0 :> nat then h else g.

Lemma in_TB2 (B : operator 1) n d0 d1 (F : truth_table n) :
  in_TB B n (degs2 d0 d1) F <->
  exists h g, in_T n d0 h /\ in_T n d1 g /\ forall x, F x = B [tuple h x; g x].
Proof.
split => [[Fs [inFs ->]] | [h [g [ih [ig hF]]]]].
  exists (Fs ord0'), (Fs ord1'); split; first exact: (inFs ord0').
  by split; [exact: (inFs ord1') | move=> x; rewrite apply_op2].
exists (pair_fun h g); split; first by move=> j; case: (ord2_cases j) => ->.
by apply/ffunP => x; rewrite apply_op2 hF.
Qed.

Lemma to01_inj a b : to01 a = to01 b -> a = b.
Proof. by case: a; case: b. Qed.

Lemma pm1_inj a b : pm1 a = pm1 b -> a = b.
Proof. by case: a; case: b. Qed.

Theorem encodings : Encodings.
Proof.
split; first by case; case.
split; first by case; case.
split => n d0 d1 F; rewrite in_TB2; split.
- move=> [h [g [ih [ig hF]]]]; exists h, g; do 2!split => //; move=> x.
  by apply: to01_inj; rewrite hF; case: (h x); case: (g x).
- move=> [h [g [ih [ig hF]]]]; exists h, g; do 2!split => //; move=> x.
  by rewrite hF; case: (h x); case: (g x).
- move=> [h [g [ih [ig hF]]]]; exists h, g; do 2!split => //; move=> x.
  by apply: pm1_inj; rewrite hF; case: (h x); case: (g x).
- move=> [h [g [ih [ig hF]]]]; exists h, g; do 2!split => //; move=> x.
  by rewrite hF; case: (h x); case: (g x).
Qed.

(** ** One table for all binary B: the multiplexer of f_0 and f_1 *)

Definition mux m (f0 f1 : truth_table m) : truth_table (1 + m) :=
  [ffun y : (1 + m).-tuple bool => if nth false y 0 then f1 (right_part y) else f0 (right_part y)].

Lemma mux_e0 m (f0 f1 : truth_table m) x : mux f0 f1 (e 1 0 ⊕ x) = f0 x.
Proof. by rewrite ffunE right_part_cat. Qed.

Lemma mux_e1 m (f0 f1 : truth_table m) x : mux f0 f1 (e 1 1 ⊕ x) = f1 x.
Proof. by rewrite ffunE right_part_cat. Qed.

(** Every point of {0,1}^(1+m) is e_0 ⊕ x or e_1 ⊕ x. *)
Lemma point1 m (y : (1 + m).-tuple bool) : y = e 1 (nth false y 0) ⊕ right_part y.
Proof.
rewrite {1}(split_point y); congr (_ ⊕ _); apply: val_inj => /=.
rewrite /tuple_of /= /mkseq /=; case: y => [[|b s] //=] _.
by rewrite take0; case: b.
Qed.

Lemma table_eq_mux m (f0 f1 : truth_table m) (G : truth_table (1 + m)) :
  (forall x, G (e 1 0 ⊕ x) = f0 x) -> (forall x, G (e 1 1 ⊕ x) = f1 x) -> G = mux f0 f1.
Proof.
move=> h0 h1; apply/ffunP => y; rewrite {1}(point1 y) ffunE.
by case: (nth false y 0); [rewrite h1 | rewrite h0].
Qed.

Theorem proposition_5_5 : Proposition_5_5.
Proof.
move=> m d0 d1 f0 f1 p0 p1 i0 i1; exists (mux f0 f1); split.
  by move=> x; rewrite mux_e0 mux_e1.
move=> B irr.
have d1' : forall j : 'I_2, 1 <= degs2 d0 d1 j by move=> j; case: (ord2_cases j) => ->.
have ins : forall j : 'I_2, in_T m (degs2 d0 d1 j) (pair_fun f0 f1 j).
  by move=> j; case: (ord2_cases j) => ->.
have [Fs [inFs hFs]] := @lemma_5_4 1 m B (degs2 d0 d1) irr d1' (pair_fun f0 f1) ins.
exists Fs; split => //; symmetry; apply: table_eq_mux => x.
  exact: (hFs ord0' x).
exact: (hFs ord1' x).
Qed.

Lemma irreducible_AND2 : irreducible AND2.
Proof.
move=> i; exists [tuple true; true]; case: (ord2_cases i) => -> /=;
by rewrite /AND2 /flip /= !(nth_mktuple_nat _ _ (isT : 0 < 2)) !(nth_mktuple_nat _ _ (isT : 1 < 2)) /=.
Qed.

Lemma irreducible_XNOR2 : irreducible XNOR2.
Proof.
move=> i; exists [tuple true; true]; case: (ord2_cases i) => -> /=;
by rewrite /XNOR2 /flip /= !(nth_mktuple_nat _ _ (isT : 0 < 2)) !(nth_mktuple_nat _ _ (isT : 1 < 2)) /=.
Qed.

Theorem theorem_4_1_injection : Theorem_4_1_injection.
Proof.
move=> m d0 d1 p0 p1; exists (@mux m); split.
  move=> f0 f1 i0 i1; have [_ [_ [h01 hpm]]] := encodings.
  have [F [hF inB]] := @proposition_5_5 m d0 d1 f0 f1 p0 p1 i0 i1.
  have eF : F = mux f0 f1 by apply: table_eq_mux => x; case: (hF x).
  rewrite -eF; split; last split.
  - by apply/h01; apply: inB irreducible_AND2.
  - by apply/hpm; apply: inB irreducible_XNOR2.
  - by move=> x; rewrite eF mux_e0 mux_e1.
move=> f0 f1 g0 g1 eq; split; apply/ffunP => x.
  by rewrite -(mux_e0 f0 f1) eq mux_e0.
by rewrite -(mux_e1 f0 f1) eq mux_e1.
Qed.

(** |A| |B| <= |C| from a map A x B -> C that recovers both components. *)
Lemma card_pair_le m n (A0 A1 : {set truth_table m}) (C : {set truth_table n}) (Phi : truth_table m -> truth_table m -> truth_table n) :
  (forall f0 f1, f0 \in A0 -> f1 \in A1 -> Phi f0 f1 \in C) ->
  (forall f0 f1 g0 g1, Phi f0 f1 = Phi g0 g1 -> f0 = g0 /\ f1 = g1) ->
  #|A0| * #|A1| <= #|C|.
Proof.
move=> inC inj; rewrite -cardsX -(@card_in_imset _ _ (fun p => Phi p.1 p.2)).
  apply: subset_leq_card; apply/subsetP => F /imsetP [[f0 f1]] /setXP [h0 h1] ->; exact: inC.
by move=> [f0 f1] [g0 g1] _ _ /= /inj [-> ->].
Qed.

Theorem theorem_4_1_lower_bound : Theorem_4_1_lower_bound.
Proof.
move=> m d0 d1 p0 p1; have [Phi [inPhi inj]] := @theorem_4_1_injection m d0 d1 p0 p1.
split; apply: (card_pair_le (Phi := Phi)) => // f0 f1 /T_setP i0 /T_setP i1;
  rewrite inE; apply/asboolP; by case: (inPhi f0 f1 i0 i1) => [? [? _]].
Qed.

Theorem eq_5_14 : Eq_5_14.
Proof.
move=> m d0 d1 p0 p1; apply: (card_pair_le (Phi := @mux m)).
  move=> f0 f1 /T_setP i0 /T_setP i1; rewrite inE; apply/asboolP => B irr.
  have [F [hF inB]] := @proposition_5_5 m d0 d1 f0 f1 p0 p1 i0 i1.
  have -> : mux f0 f1 = F by symmetry; apply: table_eq_mux => x; case: (hF x).
  exact: inB.
move=> f0 f1 g0 g1 eq; split; apply/ffunP => x.
  by rewrite -(mux_e0 f0 f1) eq mux_e0.
by rewrite -(mux_e1 f0 f1) eq mux_e1.
Qed.

(** ** Ten of the sixteen binary operators are irreducible *)

Definition pt2 (a b : bool) : 2.-tuple bool := [tuple a; b].

Lemma tuple2_eta (z : 2.-tuple bool) : z = pt2 (tnth z ord0') (tnth z ord1').
Proof. by apply: eq_from_tnth => j; case: (ord2_cases j) => ->. Qed.

Lemma flip_pt2_0 a b : flip (pt2 a b) ord0' = pt2 (~~ a) b.
Proof. by apply: eq_from_tnth => j; rewrite tnth_mktuple; case: (ord2_cases j) => ->. Qed.

Lemma flip_pt2_1 a b : flip (pt2 a b) ord1' = pt2 a (~~ b).
Proof. by apply: eq_from_tnth => j; rewrite tnth_mktuple; case: (ord2_cases j) => ->. Qed.

(** B as its four values (B(-,-), B(-,+), B(+,-), B(+,+)), z_0 first. *)
Definition values2 (B : {ffun 2.-tuple bool -> bool}) : bool * bool * bool * bool :=
  (B (pt2 false false), B (pt2 false true), B (pt2 true false), B (pt2 true true)).

(** Depends on z_0, and depends on z_1. *)
Definition irreducible4 (v : bool * bool * bool * bool) : bool :=
  let: (a, b, c, d) := v in ((a != c) || (b != d)) && ((a != b) || (c != d)).

Lemma irreducible2P (B : {ffun 2.-tuple bool -> bool}) : irreducible B <-> irreducible4 (values2 B).
Proof.
rewrite /irreducible4 /values2; split.
  move=> irr; have [z0 /eqP h0] := irr ord0'; have [z1 /eqP h1] := irr ord1'.
  move: h0 h1; rewrite (tuple2_eta z0) (tuple2_eta z1) flip_pt2_0 flip_pt2_1.
  case: (tnth z0 ord0'); case: (tnth z0 ord1'); case: (tnth z1 ord0'); case: (tnth z1 ord1') => /=;
  move: (B (pt2 false false)) (B (pt2 false true)) (B (pt2 true false)) (B (pt2 true true));
  by do 4!case.
move=> /andP[d0 d1] i; case: (ord2_cases i) => ->.
  case/orP: d0 => /eqP ne; [exists (pt2 false false) | exists (pt2 false true)];
    by rewrite flip_pt2_0 /=; move=> h; apply: ne; rewrite h.
case/orP: d1 => /eqP ne; [exists (pt2 false false) | exists (pt2 true false)];
  by rewrite flip_pt2_1 /=; move=> h; apply: ne; rewrite h.
Qed.

Definition of_values2 (v : bool * bool * bool * bool) : {ffun 2.-tuple bool -> bool} :=
  let: (a, b, c, d) := v in
  [ffun z : 2.-tuple bool => if tnth z ord0' then (if tnth z ord1' then d else c) else (if tnth z ord1' then b else a)].

Lemma values2K : cancel values2 of_values2.
Proof.
move=> B; apply/ffunP => z; rewrite /values2 /of_values2 ffunE {4}(tuple2_eta z).
by case: (tnth z ord0'); case: (tnth z ord1').
Qed.

Lemma of_values2K : cancel of_values2 values2.
Proof. by move=> [[[a b] c] d]; rewrite /values2 /of_values2 !ffunE. Qed.

Lemma irreducible4_count : #|[set v | irreducible4 v]| = 10.
Proof.
pose L := [:: (false, false, false, true); (false, false, true, false); (false, true, false, false);
              (false, true, true, false); (false, true, true, true); (true, false, false, false);
              (true, false, false, true); (true, false, true, true); (true, true, false, true);
              (true, true, true, false)].
have -> : [set v | irreducible4 v] = [set v in L].
  by apply/setP => -[[[a b] c] d]; rewrite !inE; case: a; case: b; case: c; case: d.
by rewrite cardsE; apply/card_uniqP.
Qed.

Theorem binary_irreducible_count : Binary_irreducible_count.
Proof.
rewrite /Binary_irreducible_count -irreducible4_count -(card_imset _ (can_inj values2K)).
apply: eq_card => v; rewrite !inE; apply/imsetP/idP => [[B] | h].
  by rewrite inE => /asboolP /irreducible2P h ->.
by exists (of_values2 v); rewrite ?of_values2K // inE; apply/asboolP/irreducible2P; rewrite of_values2K.
Qed.

(** ** Eq. 5.2 fails at degree 0 *)

Definition const_table n (b : bool) : truth_table n := [ffun _ => b].

Lemma const_in_T0 n b : in_T n 0 (const_table n b).
Proof.
exists (const (pm1 b)); split; first exact: deg_le_const.
by split => [x | x]; rewrite ?eval_const ?ffunE //; case: b.
Qed.

(** A member of T(n;0) is constant. *)
Lemma T0_const n (f : truth_table n) : in_T n 0 f -> forall x y, f x = f y.
Proof. by move=> [p [dp [_ fp]]] x y; rewrite !fp (eval_deg0 x y dp). Qed.

Theorem eq_5_2_degree_0_fails : Eq_5_2_degree_0_fails.
Proof.
move=> H; have := H 1 0 AND2 (fun _ => 0) irreducible_AND2.
have two : 2 <= #|T_set 0 0|.
  have -> : 2 = #|[set const_table 0 true; const_table 0 false]|.
    by rewrite cards2; case: eqP => // /ffunP /(_ [tuple]); rewrite !ffunE.
  apply: subset_leq_card; apply/subsetP => f; rewrite !inE => /orP[] /eqP ->;
    by apply/asboolP; apply: const_in_T0.
have sub : TB_set AND2 (1 + 0) (fun _ => 0) \subset [set const_table 1 true; const_table 1 false].
  apply/subsetP => F /TB_setP [Fs [inFs ->]]; rewrite !inE.
  pose y0 : (1 + 0).-tuple bool := [tuple false].
  have cF : forall y, apply_op AND2 Fs y = apply_op AND2 Fs y0.
    move=> y; rewrite !apply_op2 (T0_const (inFs ord0') y y0) (T0_const (inFs ord1') y y0) //.
  case: (apply_op AND2 Fs y0) (cF) => h; [apply/orP; left | apply/orP; right];
    by apply/eqP/ffunP => y; rewrite h ffunE.
have few : #|TB_set AND2 (1 + 0) (fun _ => 0)| <= 2.
  by apply: leq_trans (subset_leq_card sub) _; rewrite cards2; case: (_ != _).
rewrite !big_ord_recr big_ord0 /= mul1n; move=> le.
by have := leq_trans (leq_mul two two) (leq_trans le few).
Qed.
