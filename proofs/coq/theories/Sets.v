(** The classical membership test [asbool] of Statements.v, and small facts about tuples,
    families and cardinalities used by the counting theorems. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia ClassicalDescription.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

Lemma asboolP (P : Prop) : reflect P (asbool P).
Proof. by rewrite /asbool; case: excluded_middle_informative => h; constructor. Qed.

Lemma in_T_set n d f : (f \in T_set n d) = asbool (in_T n d f).
Proof. by rewrite inE. Qed.

Lemma T_setP n d f : reflect (in_T n d f) (f \in T_set n d).
Proof. by rewrite inE; apply: asboolP. Qed.

Lemma TB_setP k (B : operator k) n d F : reflect (in_TB B n d F) (F \in TB_set B n d).
Proof. by rewrite inE; apply: asboolP. Qed.

Lemma nth_mktuple_nat T n (f : 'I_n -> T) x0 i (lt : i < n) :
  nth x0 [tuple f j | j < n] i = f (Ordinal lt).
Proof. by rewrite -[i]/(nat_of_ord (Ordinal lt)) nth_mktuple. Qed.

(** Π_j |A_j| is the number of families (a_j)_j with a_j in A_j. *)
Lemma card_family_prod n (T : finType) (A : 'I_n -> {set T}) :
  #|family (fun j => A j) : {pred {ffun 'I_n -> T}}| = \prod_(j < n) #|A j|.
Proof. by rewrite card_family foldrE big_map big_enum. Qed.

Lemma familyE n (T : finType) (A : 'I_n -> {set T}) (fs : {ffun 'I_n -> T}) :
  (fs \in family (fun j => A j)) = [forall j, fs j \in A j].
Proof. by apply/familyP/forallP. Qed.

(** The finite-domain choice of mathcomp, for functions out of 'I_n. *)
Lemma fin_choice n (U : Type) (P : 'I_n -> U -> Prop) :
  (forall i, exists u, P i u) -> exists f : 'I_n -> U, forall i, P i (f i).
Proof. by move=> h; have [f hf] := @fin_all_exists _ (fun _ => U) P h; exists f. Qed.
