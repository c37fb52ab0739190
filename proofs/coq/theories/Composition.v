(** Lemma 5.1, Lemma 5.4, and Theorem 4.2's lower bound (the injection and Eq. 5.2). *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly Selector Extension Sets.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

(** ** Lemma 5.1 *)

(** z with coordinate i set to b. *)
Definition setc k (z : (k.+1).-tuple bool) (i : 'I_k.+1) (b : bool) : (k.+1).-tuple bool :=
  [tuple if j == i then b else tnth z j | j < k.+1].

Lemma flip_setc k (z : (k.+1).-tuple bool) i :
  (z = setc z i (tnth z i)) /\ (flip z i = setc z i (~~ tnth z i)).
Proof.
by split; apply: eq_from_tnth => j; rewrite !tnth_mktuple; case: (j =P i) => [-> |].
Qed.

Theorem lemma_5_1 : Lemma_5_1.
Proof.
move=> k B irr i; have [z hz] := irr i.
exists (B (setc z i true)), (fun j => nth false z j) => w agree.
have ew : w = setc z i (tnth w i).
  apply: eq_from_tnth => j; rewrite tnth_mktuple.
  by case: (j =P i) => [-> // | /eqP ne]; rewrite agree // (tnth_nth false).
have diff : B (setc z i true) <> B (setc z i false).
  have [e1 e2] := flip_setc z i.
  by case: (tnth z i) e1 e2 => /= e1 e2; rewrite -e1 -e2 //; move=> h; apply: hz.
rewrite {1}ew /sign_mul; case: (tnth w i); move: diff; by case: (B _); case: (B _).
Qed.

(** ** The common step of Lemmas 5.4 and D3 (Eq. 5.12) *)

(** If gate j is θ_j f_j at the points of case j and the Lemma 5.1 sign θ_ij at the points of
    case i <> j, then B(F_0..F_k) is f_i at the points of case i. *)
Lemma compose_cases k m n (B : operator k) (theta : 'I_k.+1 -> bool) (sig : 'I_k.+1 -> nat -> bool)
    (H51 : forall i z, (forall j : 'I_k.+1, j != i -> tnth z j = sig i j) -> B z = sign_mul (theta i) (tnth z i))
    (Fs : 'I_k.+1 -> truth_table n) (pt : 'I_k.+1 -> m.-tuple bool -> n.-tuple bool)
    (fs : 'I_k.+1 -> truth_table m) :
  (forall i j x, Fs j (pt i x) = if i == j then sign_mul (theta j) (fs j x) else sig i j) ->
  forall i x, apply_op B Fs (pt i x) = fs i x.
Proof.
move=> hF i x; rewrite ffunE (H51 i); last first.
  by move=> j ne; rewrite tnth_mktuple hF eq_sym (negbTE ne).
by rewrite tnth_mktuple hF eqxx sign_mulK.
Qed.

(** The signs of Lemma 5.1 at every index, as functions. *)
Lemma lemma_5_1_all k (B : operator k) : irreducible B ->
  exists (theta : 'I_k.+1 -> bool) (sig : 'I_k.+1 -> nat -> bool),
    forall i z, (forall j : 'I_k.+1, j != i -> tnth z j = sig i j) -> B z = sign_mul (theta i) (tnth z i).
Proof.
move=> irr.
have [theta h1] := @fin_choice _ _ (fun i t => exists s : nat -> bool, forall z,
  (forall j : 'I_k.+1, j != i -> tnth z j = s j) -> B z = sign_mul t (tnth z i)) (@lemma_5_1 k B irr).
have [sig h2] := fin_choice h1.
by exists theta, sig.
Qed.

(** ** Lemma 5.4 *)

Theorem lemma_5_4 : Lemma_5_4.
Proof.
move=> k m B d irr d1 fs infs.
have [theta [sig H51]] := lemma_5_1_all irr.
have hj : forall j : 'I_k.+1, exists F : truth_table (k + m), in_T (k + m) (d j) F /\
    forall i (x : m.-tuple bool), i <= k ->
      F (e k i ⊕ x) = if i == j then sign_mul (theta j) (fs j x) else sig (inord i) j.
  move=> j; exact: (@lemma_5_3 k m (d j) (fs j) j (theta j) (fun i => sig (inord i) j) (d1 j) (ltn_ord j) (infs j)).
have [Fs hFs] := fin_choice hj.
exists Fs; split => [j | i x]; first by case: (hFs j).
apply: (compose_cases H51 (pt := fun i x => e k i ⊕ x)) => {}i j {}x.
by case: (hFs j) => _ ->; rewrite ?inord_val // -ltnS.
Qed.

(** ** Theorem 4.2 *)

(** The functions f_i read off F at the points e_i ⊕ x. *)
Definition restrict k m (F : truth_table (k + m)) : {ffun 'I_k.+1 -> truth_table m} :=
  [ffun i : 'I_k.+1 => [ffun x : m.-tuple bool => F (e k i ⊕ x)]].

Lemma lemma_5_4_restrict k m (B : operator k) (d : nat -> nat) :
  irreducible B -> (forall j : 'I_k.+1, 1 <= d j) ->
  forall fs : {ffun 'I_k.+1 -> truth_table m}, (forall j : 'I_k.+1, in_T m (d j) (fs j)) ->
  exists2 F, F \in TB_set B (k + m) d & restrict F = fs.
Proof.
move=> irr d1 fs infs; have [Fs [inFs hFs]] := lemma_5_4 irr d1 infs.
exists (apply_op B Fs); first by apply/TB_setP; exists Fs.
by apply/ffunP => i; apply/ffunP => x; move: (hFs i x); rewrite /restrict !ffunE => ->.
Qed.

Definition pick_preimage k m (B : operator k) d (fs : {ffun 'I_k.+1 -> truth_table m}) : truth_table (k + m) :=
  if [pick F in TB_set B (k + m) d | restrict F == fs] is Some F then F else [ffun _ => true].

Lemma pick_preimageP k m (B : operator k) (d : nat -> nat) :
  irreducible B -> (forall j : 'I_k.+1, 1 <= d j) ->
  forall fs : {ffun 'I_k.+1 -> truth_table m}, (forall j : 'I_k.+1, in_T m (d j) (fs j)) ->
  pick_preimage B d fs \in TB_set B (k + m) d /\ restrict (pick_preimage B d fs) = fs.
Proof.
move=> irr d1 fs infs; rewrite /pick_preimage; case: pickP => [F /andP[inF /eqP //] | none].
have [F inF hF] := lemma_5_4_restrict irr d1 infs.
by have := none F; rewrite inF hF eqxx.
Qed.

Theorem theorem_4_2_injection : Theorem_4_2_injection.
Proof.
move=> k m B d irr d1; exists (pick_preimage B d); split.
  move=> fs infs; have [/TB_setP inTB hr] := pick_preimageP irr d1 infs; split => // i x.
  by have := congr1 (fun g : {ffun 'I_k.+1 -> truth_table m} => g i x) hr; rewrite /restrict /= !ffunE.
move=> fs gs infs ings eq.
have [_ hf] := pick_preimageP irr d1 infs; have [_ hg] := pick_preimageP irr d1 ings.
by rewrite -hf -hg eq.
Qed.

Lemma product_le_TB k m (B : operator k) (d dB : nat -> nat) n (pt : 'I_k.+1 -> m.-tuple bool -> n.-tuple bool) :
  (forall fs : {ffun 'I_k.+1 -> truth_table m}, (forall j : 'I_k.+1, in_T m (d j) (fs j)) ->
     exists2 F, F \in TB_set B n dB & forall i x, F (pt i x) = fs i x) ->
  \prod_(j < k.+1) #|T_set m (d j)| <= #|TB_set B n dB|.
Proof.
move=> hex; rewrite -card_family_prod.
pose res (F : truth_table n) : {ffun 'I_k.+1 -> truth_table m} :=
  [ffun i : 'I_k.+1 => [ffun x : m.-tuple bool => F (pt i x)]].
apply: (leq_trans _ (leq_imset_card res _)); apply: subset_leq_card; apply/subsetP => fs.
rewrite familyE => /forallP infs.
have infs' : forall j : 'I_k.+1, in_T m (d j) (fs j) by move=> j; apply/T_setP.
have [F inF hF] := hex fs infs'.
apply/imsetP; exists F => //; apply/ffunP => i; apply/ffunP => x; by rewrite !ffunE hF.
Qed.

(** The trivial upper bound: every member of T_B is B(F_0..F_k) for some tuple of gates. *)
Lemma TB_le_product k (B : operator k) n (d : nat -> nat) :
  #|TB_set B n d| <= \prod_(j < k.+1) #|T_set n (d j)|.
Proof.
rewrite -card_family_prod.
pose comp (Fs : {ffun 'I_k.+1 -> truth_table n}) := apply_op B Fs.
apply: (leq_trans _ (leq_imset_card comp _)); apply: subset_leq_card; apply/subsetP => F.
move/TB_setP => [Fs [inFs ->]]; apply/imsetP; exists (finfun Fs).
  by rewrite familyE; apply/forallP => j; rewrite ffunE; apply/T_setP.
by apply/ffunP => x; rewrite /comp !ffunE; congr B; apply: eq_mktuple => j; rewrite ffunE.
Qed.

Theorem eq_5_2 : Eq_5_2.
Proof.
move=> k m B d irr d1; rewrite TB_le_product andbT.
apply: (@product_le_TB k m B d d (k + m) (fun i x => e k i ⊕ x)) => fs infs.
have [F inF hF] := lemma_5_4_restrict irr d1 infs; exists F => // i x.
by rewrite -hF !ffunE.
Qed.
