(** * What a witness file states, as Coq propositions on Statements.v's definitions.

    One definition per witness kind of docs/witness-format.md.  An exported witness
    (`quarks export coq W.json -o W.v`) is a theorem whose statement is one of these applied
    to the file's data, written as Coq terms; Soundness.v proves that the checker's [true]
    implies it.  These definitions, table_op and Statements.v are what a reader must trust
    about the meaning of an exported theorem: the checker and its proofs are checked by Coq.

    Indices are naturals: case i, gate j and the index of a sign vector run over 0..k, as in
    the file.  A polynomial, an operator's truth table and a list of degrees are the file's
    values, in the file's order. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq fintype tuple finfun.
From Quarks Require Import Statements.

Unset Printing Implicit Defensive.

(** The operator of a truth table (docs/witness-format.md): row t has z_j = +1 exactly when
    bit j of t is 1, and B(z) is entry [row_index z] of the table (true = +1). *)
Definition row_index (z : seq bool) : nat := foldr (fun (b : bool) r => b + r.*2) 0 z.
Definition table_op (k : nat) (table : seq bool) : operator k := fun z => nth false table (row_index z).

(** The truth table of sign(p) on {0,1}^n. *)
Definition ptf (n : nat) (p : poly) : truth_table n := [ffun x : n.-tuple bool => sgn (eval p x)].

(** ** lemma-5.1: one item (B, i, θ, θ_j) of arity k + 1, B given by its truth table
    (table_op).  Eq. 5.3: B is
    irreducible, and B(z) = θ z_i whenever z_j = θ_j for every j <> i (true = +1; θ z_i is
    [sign_mul theta z_i]). *)
Record sign_vector_item := SignVectorItem {
  sv_k : nat;  (** the arity minus 1 *)
  sv_table : seq bool;
  sv_index : nat;
  sv_theta : bool;
  sv_signs : seq bool  (** θ_j at position j; position i is unused *)
}.

Definition Lemma_5_1_item (it : sign_vector_item) : Prop :=
  let k := sv_k it in let B := table_op k (sv_table it) in let i := sv_index it in
  i <= k /\ irreducible B /\
  forall z : (k.+1).-tuple bool,
    (forall j, j <= k -> j != i -> nth false z j = nth false (sv_signs it) j) ->
    B z = sign_mul (sv_theta it) (nth false z i).

Definition Lemma_5_1_items (items : seq sign_vector_item) : Prop :=
  forall it, List.In it items -> Lemma_5_1_item it.

(** ** lemma-5.2: one item (k, j, θ_i, q).  Eq. 5.4: q is affine (degree <= 1), q(e_j) = 0 and
    q(e_i) = θ_i for i <> j, e_i the points of Statements.v. *)
Record affine_selector_item := AffineSelectorItem {
  as_k : nat;
  as_j : nat;
  as_signs : seq bool;  (** θ_i at position i; position j is unused *)
  as_q : poly           (** q_0 + q_1 z_1 + ... + q_k z_k, variable l - 1 being z_l *)
}.

Definition Lemma_5_2_item (it : affine_selector_item) : Prop :=
  let k := as_k it in
  as_j it <= k /\ deg_le (as_q it) 1 /\
  forall i, i <= k -> eval (as_q it) (e k i) = if i == as_j it then 0%Z else pm1 (nth false (as_signs it) i).

Definition Lemma_5_2_items (items : seq affine_selector_item) : Prop :=
  forall it, List.In it items -> Lemma_5_2_item it.

(** ** lemma-5.3 (Eq. 5.6): one gate F on {0,1}^(k+m) of degree <= d, nonzero on the whole
    cube, and one input f on {0,1}^m, nonzero on its cube; at e_j ⊕ x the gate is θ f(x), at
    e_i ⊕ x (i <> j) it is the constant θ_i.  (The file's cases: case j is "f_0" or "-f_0", the
    others "+1" or "-1".) *)
Definition Lemma_5_3_instance (k m : nat) (F : poly) (d : nat) (f : poly)
    (j : nat) (theta : bool) (signs : seq bool) : Prop :=
  j <= k /\ deg_le F d /\ strict_on (k + m) F /\ strict_on m f /\
  forall i (x : m.-tuple bool), i <= k ->
    sgn (eval F (e k i ⊕ x)) = if i == j then sign_mul theta (sgn (eval f x)) else nth false signs i.

(** ** lemma-5.4 (Eq. 5.9; Theorem 4.2): B of arity k + 1 is irreducible; every gate F_j on
    {0,1}^(k+m) has degree <= d_j and is nonzero on the whole cube (so sign F_j is in
    T(k+m; d_j)); every input f_i is nonzero on {0,1}^m; and B(F_0..F_k)(e_i ⊕ x) = f_i(x). *)
Definition Lemma_5_4_instance (k m : nat) (table : seq bool) (Fs : seq poly) (ds : seq nat)
    (fs : seq poly) : Prop :=
  size Fs = k.+1 /\ size ds = k.+1 /\ size fs = k.+1 /\
  irreducible (table_op k table) /\
  (forall j, j <= k -> deg_le (nth [::] Fs j) (nth 0 ds j) /\ strict_on (k + m) (nth [::] Fs j)) /\
  (forall i, i <= k -> strict_on m (nth [::] fs i)) /\
  forall (i : 'I_k.+1) (x : m.-tuple bool),
    apply_op (table_op k table) (fun j => ptf (k + m) (nth [::] Fs j)) (e k i ⊕ x) = ptf m (nth [::] fs i) x.

(** ** lemma-5.4 with dense selectors (docs/dense-selectors.md): a + 1 cases on r selector
    variables, r = ceil(log2 (a + 1)); case i sits at its code c_i (distinct, < 2^r; variable
    b is bit b of c_i, [binary_code]); the rest as for lemma-5.4.  The gates are nonzero on
    the whole cube, the unused codes included. *)
Definition Dense_instance (r m a : nat) (table : seq bool) (codes : seq nat) (Fs : seq poly)
    (ds : seq nat) (fs : seq poly) : Prop :=
  2 ^ r < (a.+1).*2 /\ a.+1 <= 2 ^ r /\
  size codes = a.+1 /\ uniq codes /\ all (fun c => c < 2 ^ r) codes /\
  size Fs = a.+1 /\ size ds = a.+1 /\ size fs = a.+1 /\
  irreducible (table_op a table) /\
  (forall j, j <= a -> deg_le (nth [::] Fs j) (nth 0 ds j) /\ strict_on (r + m) (nth [::] Fs j)) /\
  (forall i, i <= a -> strict_on m (nth [::] fs i)) /\
  forall (i : 'I_a.+1) (x : m.-tuple bool),
    apply_op (table_op a table) (fun j => ptf (r + m) (nth [::] Fs j)) (binary_code r (nth 0 codes i) ⊕ x)
    = ptf m (nth [::] fs i) x.

(** ** theorem-4.3 (Eqs. 4.13-4.15): m gated pairs on {0,1}^(s+np), s = ceil(log2 m); the
    hidden value y_i = sign h_i * sign g_i (±1 product: [sign_mul]); the output
    phi = sign(bias + Σ_i w_i y_i), y_i read as ±1. *)
Definition layer_activation (bias : Z) (w : seq Z) (ys : seq bool) : Z :=
  foldr Z.add bias [seq (wy.1 * pm1 wy.2)%Z | wy <- zip w ys].

(** Every h⁺_i, g⁺_i is a strict LTF on {0,1}^np and every h_i, g_i one on {0,1}^(s+np); at
    every point x⁻ ⊕ x⁺ the output's activation is nonzero, and phi is h⁺_c(x⁺) g⁺_c(x⁺) when
    c = code x⁻ < m, and -1 on the unused codes. *)
Definition Theorem_4_3_instance (s np m : nat) (hp gp hs gs : seq poly) (w : seq Z) (bias : Z) : Prop :=
  1 <= m <= 2 ^ s /\ 2 ^ s < m.*2 /\
  size hp = m /\ size gp = m /\ size hs = m /\ size gs = m /\ size w = m /\
  (forall i, i < m ->
     deg_le (nth [::] hp i) 1 /\ deg_le (nth [::] gp i) 1 /\ strict_on np (nth [::] hp i) /\ strict_on np (nth [::] gp i) /\
     deg_le (nth [::] hs i) 1 /\ deg_le (nth [::] gs i) 1 /\
     strict_on (s + np) (nth [::] hs i) /\ strict_on (s + np) (nth [::] gs i)) /\
  forall (z : s.-tuple bool) (x : np.-tuple bool),
    let ys := [seq sign_mul (sgn (eval (nth [::] hs i) (z ⊕ x))) (sgn (eval (nth [::] gs i) (z ⊕ x))) | i <- iota 0 m] in
    layer_activation bias w ys <> 0%Z /\
    sgn (layer_activation bias w ys) =
      if code z < m then sign_mul (sgn (eval (nth [::] hp (code z)) x)) (sgn (eval (nth [::] gp (code z)) x))
      else false.
