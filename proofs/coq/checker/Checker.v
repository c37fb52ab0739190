(** * The witness checker's computations, and why each computes what it should.

    Everything here is a boolean function on concrete data (Statements.v's polynomials, lists
    of booleans and naturals), meant to run under [vm_compute], together with a lemma that
    says what its [true] means in terms of Statements.v.  Soundness.v assembles them into one
    check per witness kind.

    The cube walk [all_points] never builds a point: it fixes variable 0 to 0 and to 1 in every
    polynomial at once ([restrict]) and recurses on the rest, merging the constant terms as it
    goes, so a polynomial of degree 1 has one term left at the leaves. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq fintype tuple bigop.
From Quarks Require Import Statements checker.Instances.

Unset Printing Implicit Defensive.

(** ** Evaluation, as Statements.v defines it *)

Lemma eval_nil x : eval [::] x = 0%Z.
Proof. by []. Qed.

Lemma eval_cons t p x : eval (t :: p) x = (t.2 * mono_val t.1 x + eval p x)%Z.
Proof. by []. Qed.

Lemma eval_cat p q x : eval (p ++ q) x = (eval p x + eval q x)%Z.
Proof. elim: p => [|t p IH]; first by []. by rewrite cat_cons !eval_cons IH; lia. Qed.

Arguments eval : simpl never.

(** Variable v of the point b :: x. *)
Lemma nth_cons0 (b : bool) x v : nth false (b :: x) v = if v == 0 then b else nth false x v.-1.
Proof. by case: v. Qed.

(** ** Fixing variable 0 *)

(** Does the monomial contain variable 0; the monomial without it, renumbered v - 1. *)
Fixpoint has_var0 (mu : monomial) : bool :=
  match mu with [::] => false | 0 :: _ => true | _ :: mu' => has_var0 mu' end.
Fixpoint lower (mu : monomial) : monomial :=
  match mu with [::] => [::] | 0 :: mu' => lower mu' | v.+1 :: mu' => v :: lower mu' end.

(** A term with variable 0 set to b, the other variables renumbered v - 1; [None] if it
    vanishes. *)
Definition restrict_term (b : bool) (t : monomial * Z) : option (monomial * Z) :=
  if has_var0 t.1 && ~~ b then None else Some (lower t.1, t.2).

(** The polynomial with variable 0 set to b; the constant terms are summed into one. *)
Fixpoint restrict_acc (b : bool) (p : poly) (c : Z) (acc : poly) : poly :=
  match p with
  | [::] => ([::], c) :: acc
  | t :: p' =>
      match restrict_term b t with
      | None => restrict_acc b p' c acc
      | Some (mu, a) =>
          if mu is [::] then restrict_acc b p' (c + a)%Z acc
          else restrict_acc b p' c ((mu, a) :: acc)
      end
  end.
Definition restrict (b : bool) (p : poly) : poly := restrict_acc b p 0%Z [::].

Lemma all_shift (b : bool) x (mu : monomial) :
  all (fun v => nth false (b :: x) v) mu =
  (if has_var0 mu then b else true) && all (fun v => nth false x v) (lower mu).
Proof.
elim: mu => [|v mu IH] //=; rewrite IH; clear IH.
by case: v => [|v] /=; case: b; case: (has_var0 mu) => //=; case: (nth false x v).
Qed.

Lemma restrict_term_val b t x :
  (t.2 * mono_val t.1 (b :: x))%Z =
  match restrict_term b t with None => 0%Z | Some u => (u.2 * mono_val u.1 x)%Z end.
Proof.
rewrite /restrict_term /mono_val all_shift.
by case: (has_var0 t.1); case: b => //=; lia.
Qed.

Lemma restrict_acc_eval b p c acc x :
  eval (restrict_acc b p c acc) x = (eval p (b :: x) + c + eval acc x)%Z.
Proof.
elim: p c acc => [|t p IH] c acc /=; first by rewrite eval_cons /mono_val /=; lia.
rewrite eval_cons restrict_term_val.
case: (restrict_term b t) => [[mu a]|] /=; last by rewrite IH; lia.
case: mu => [|v mu]; rewrite IH //=; first by rewrite /mono_val /=; lia.
by rewrite eval_cons /=; lia.
Qed.

Lemma restrict_eval b p x : eval (restrict b p) x = eval p (b :: x).
Proof. by rewrite restrict_acc_eval eval_nil; lia. Qed.

(** Fixing the first variables to the bits bs. *)
Fixpoint restrict_prefix (bs : seq bool) (p : poly) : poly :=
  if bs is b :: bs' then restrict_prefix bs' (restrict b p) else p.

Lemma restrict_prefix_eval bs p x : eval (restrict_prefix bs p) x = eval p (bs ++ x).
Proof. by elim: bs p => [|b bs IH] p //=; rewrite IH restrict_eval. Qed.

(** ** The cube walk *)

(** [all_points n ps ok]: ok holds of the values of ps at every point of {0,1}^n. *)
Fixpoint all_points (n : nat) (ps : seq poly) (ok : seq Z -> bool) : bool :=
  if n is n'.+1 then
    all_points n' (map (restrict false) ps) ok && all_points n' (map (restrict true) ps) ok
  else ok [seq eval p [::] | p <- ps].

Lemma all_points_seq n ps ok :
  all_points n ps ok -> forall x : seq bool, size x = n -> ok [seq eval p x | p <- ps].
Proof.
elim: n ps => [|n IH] ps /=; first by move=> h [|//].
move=> /andP [h0 h1] [|b x] //= [sx].
have := IH _ (if b then h1 else h0) x sx.
by rewrite -map_comp; under eq_map => p do rewrite /= restrict_eval; case: b.
Qed.

Lemma all_points_sound n ps ok :
  all_points n ps ok -> forall x : n.-tuple bool, ok [seq eval p x | p <- ps].
Proof. by move=> h x; apply: (all_points_seq _ _ _ h _ (size_tuple x)). Qed.

(** Nonzero values. *)
Definition nonzero (v : Z) : bool := ~~ (v =? 0)%Z.

Lemma nonzeroP v : nonzero v -> v <> 0%Z.
Proof. by rewrite /nonzero => /negP h e0; apply: h; rewrite e0. Qed.

(** Every polynomial of ps is strict on {0,1}^n. *)
Definition all_strict (n : nat) (ps : seq poly) : bool := all_points n ps (all nonzero).

Lemma all_strict_sound n ps : all_strict n ps -> forall i, i < size ps -> strict_on n (nth [::] ps i).
Proof.
move=> h i ilt x; have := all_points_sound _ _ _ h x.
by move/all_nthP => /(_ 0%Z i); rewrite size_map (nth_map [::]) // => /(_ ilt) /nonzeroP.
Qed.

(** ** Points as lists *)

Lemma val_mktuple (T : Type) n (f : nat -> T) : tval [tuple f i | i < n] = [seq f i | i <- iota 0 n].
Proof. by rewrite /mktuple /= -val_enum_ord -[in RHS]map_comp enumT. Qed.

Definition unit_bits (k i : nat) : seq bool := mkseq (fun v => i == v.+1) k.
Lemma val_e k i : tval (e k i) = unit_bits k i.
Proof. by []. Qed.

Definition code_bits (k c : nat) : seq bool := mkseq (bit c) k.
Lemma val_binary_code k c : tval (binary_code k c) = code_bits k c.
Proof. by []. Qed.

Lemma val_cat_tuple k m (z : k.-tuple bool) (x : m.-tuple bool) : tval (z ⊕ x) = tval z ++ tval x.
Proof. by []. Qed.

(** All of {0,1}^s as a list of lists. *)
Fixpoint all_bools (s : nat) : seq (seq bool) :=
  if s is s'.+1 then [seq b :: z | b <- [:: false; true], z <- all_bools s'] else [:: [::]].

Lemma all_bools_complete s (z : seq bool) : size z = s -> z \in all_bools s.
Proof.
elim: s z => [|s IH] [|b z] //=.
case=> sz; rewrite !mem_cat; case: b; apply/orP; [right; apply/orP|]; left;
  by apply: map_f; apply: IH.
Qed.

Lemma all_bools_size s (z : seq bool) : z \in all_bools s -> size z = s.
Proof.
elim: s z => [|s IH] z /=; first by rewrite inE => /eqP ->.
by rewrite !mem_cat in_nil orbF => /orP [] /mapP [w win ->] /=; rewrite (IH _ win).
Qed.

(** ** Boolean operators given by their truth tables *)

(** [flip] of Statements.v, on lists. *)
Definition flip_seq (z : seq bool) (i : nat) : seq bool :=
  [seq if j == i then ~~ nth false z j else nth false z j | j <- iota 0 (size z)].

Lemma val_flip k (z : (k.+1).-tuple bool) (i : 'I_k.+1) : tval (flip z i) = flip_seq z i.
Proof.
rewrite /flip /flip_seq /mktuple /= size_tuple -val_enum_ord -[in RHS]map_comp enumT.
by apply: eq_map => j /=; rewrite (tnth_nth false).
Qed.

(** The table depends on each of its k+1 arguments. *)
Definition table_irreducible (k : nat) (table : seq bool) : bool :=
  all (fun i => has (fun z => nth false table (row_index (flip_seq z i)) != nth false table (row_index z))
                    (all_bools k.+1))
      (iota 0 k.+1).

Lemma table_irreducible_sound k table : table_irreducible k table -> irreducible (table_op k table).
Proof.
move=> /allP h i; have := h i; rewrite mem_iota add0n ltn_ord => /(_ isT) /hasP [z zin neq].
have sz : size z == k.+1 by rewrite (all_bools_size _ _ zin).
exists (Tuple sz); rewrite /table_op val_flip /=; exact/eqP.
Qed.

(** B applied to a list of arguments (the signs of the gates). *)
Lemma apply_op_tuple k table n (Fs : seq poly) (x : n.-tuple bool) :
  size Fs = k.+1 ->
  table_op k table [tuple sgn (eval (nth [::] Fs j) x) | j < k.+1] =
  nth false table (row_index [seq sgn (eval p x) | p <- Fs]).
Proof.
move=> sF; rewrite /table_op (val_mktuple _ _ (fun j => sgn (eval (nth [::] Fs j) x))) -sF.
congr (nth _ _ (row_index _)).
by rewrite -{3}(mkseq_nth [::] Fs) /mkseq -map_comp.
Qed.

