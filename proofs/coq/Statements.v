(** * The Quarks of Attention: what the Coq development proves, and the definitions it rests on.

    This file is the whole trusted part of the development: the definitions below and the
    statements, each a [Definition Name : Prop].  The proofs are in theories/ and prove exactly
    these names (theories/All.v lists them).  Numbering follows the workshop text (Section 4 and
    the Appendix); docs/formal-proofs.md puts every definition beside the paper's.

    Conventions.
    - A point of the cube {0,1}^n is an [n.-tuple bool]: false = 0, true = 1.
    - A truth table on {0,1}^n is a finite function to [bool]; true is the value +1 (with 0/1
      outputs: 1), false is -1 (with 0/1 outputs: 0).  So a class of truth tables is the same
      set in both output encodings; only the gating products differ (Section 4.2).
    - Polynomials have integer coefficients (Coq's [Z]) and are evaluated on the cube, where a
      monomial is 1 exactly when all its variables are 1.
    - n = k + m: the first k variables are the selector z, the last m are x (paper: n - k = m). *)

Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith.
From Coq Require Import ClassicalDescription.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssralg.

Unset Printing Implicit Defensive.

(** ** 1. The cube, truth tables, signs *)

Notation truth_table n := {ffun n.-tuple bool -> bool}.

(** The concatenation z ⊕ x of a point of {0,1}^k and a point of {0,1}^m. *)
Notation "z ⊕ x" := (cat_tuple z x) (at level 40, left associativity).

(** The point (f 0, ..., f (n-1)) of {0,1}^n (built from a sequence, so that it computes). *)
Definition tuple_of (n : nat) (f : nat -> bool) : n.-tuple bool :=
  @Tuple n bool (mkseq f n) (introT eqP (size_mkseq f n)).

(** The two output encodings of a gate's value b, and the product of two ±1 values. *)
Definition pm1 (b : bool) : Z := if b then 1%Z else (-1)%Z.
Definition to01 (b : bool) : Z := if b then 1%Z else 0%Z.
Definition sign_mul (a b : bool) : bool := a == b.

(** ** 2. Polynomials with integer coefficients on the cube *)

(** A monomial is the list of its variables; a polynomial is a list of (monomial, coefficient). *)
Definition monomial := seq nat.
Definition poly := seq (monomial * Z).

Definition mono_val (mu : monomial) (x : seq bool) : Z :=
  if all (fun v => nth false x v) mu then 1%Z else 0%Z.
Definition eval (p : poly) (x : seq bool) : Z :=
  foldr (fun t acc => t.2 * mono_val t.1 x + acc)%Z 0%Z p.

(** Degree at most d: every monomial has at most d variables. *)
Definition deg_le (p : poly) (d : nat) : bool := all (fun t => size t.1 <= d) p.

(** Strict on the cube: p is nonzero at every point of {0,1}^n (no sign(0) anywhere). *)
Definition strict_on (n : nat) (p : poly) : Prop := forall x : n.-tuple bool, eval p x <> 0%Z.

(** The sign of a nonzero integer: true = +1. *)
Definition sgn (v : Z) : bool := (0 <? v)%Z.

(** Building polynomials: a constant, a variable, c * p, p with variable v renamed v + k, a
    product.  The sum of two polynomials is their concatenation [p ++ q]. *)
Definition const (c : Z) : poly := [:: ([::], c)].
Definition var (v : nat) : poly := [:: ([:: v], 1%Z)].
Definition scale (c : Z) (p : poly) : poly := [seq (t.1, c * t.2)%Z | t <- p].
Definition shift (k : nat) (p : poly) : poly := [seq ([seq v + k | v <- t.1], t.2) | t <- p].
Definition pmul (p q : poly) : poly := [seq (t.1 ++ u.1, t.2 * u.2)%Z | t <- p, u <- q].

(** ** 3. Polynomial threshold functions: T(n;d) *)

(** f is in T(n;d): f = sign(p) on {0,1}^n for an integer polynomial p of degree <= d that is
    nonzero at every point of the cube. *)
Definition in_T (n d : nat) (f : truth_table n) : Prop :=
  exists p : poly, deg_le p d /\ strict_on n p /\ forall x, f x = sgn (eval p x).

(** Sets defined by existence are finite sets of truth tables through classical logic. *)
Definition asbool (P : Prop) : bool := if excluded_middle_informative P then true else false.

Definition T_set (n d : nat) : {set truth_table n} := [set f | asbool (in_T n d f)].

(** ** 4. Boolean operators on {-1,1}^(k+1) and the classes T_B(n; d_0..d_k) *)

(** B(z_0, ..., z_k); true = +1. *)
Notation operator k := ((k.+1).-tuple bool -> bool).

Definition flip {k} (z : (k.+1).-tuple bool) (i : 'I_k.+1) : (k.+1).-tuple bool :=
  [tuple if j == i then ~~ tnth z j else tnth z j | j < k.+1].

(** Irreducible: B depends on each of its arguments. *)
Definition irreducible {k} (B : operator k) : Prop :=
  forall i : 'I_k.+1, exists z, B (flip z i) <> B z.

(** B(F_0, ..., F_k) as a truth table. *)
Definition apply_op {k} (B : operator k) {n} (Fs : 'I_k.+1 -> truth_table n) : truth_table n :=
  [ffun x => B [tuple Fs j x | j < k.+1]].

Definition in_TB {k} (B : operator k) (n : nat) (d : nat -> nat) (F : truth_table n) : Prop :=
  exists Fs : 'I_k.+1 -> truth_table n, (forall j : 'I_k.+1, in_T n (d j) (Fs j)) /\ F = apply_op B Fs.

Definition TB_set {k} (B : operator k) (n : nat) (d : nat -> nat) : {set truth_table n} :=
  [set F | asbool (in_TB B n d F)].

(** The binary operators of Section 4.2 (z_0 = nth 0, z_1 = nth 1). *)
Definition AND2 : operator 1 := fun z => nth false z 0 && nth false z 1.
Definition XNOR2 : operator 1 := fun z => nth false z 0 == nth false z 1.

(** ** 5. Selectors *)

(** e_i in {0,1}^k: e_0 = 0, and e_i (1 <= i <= k) has its single 1 at coordinate i - 1. *)
Definition e (k i : nat) : k.-tuple bool := tuple_of k (fun v => i == v.+1).

(** Eq. 5.5 as printed: q(z) = θ_0 - θ_0 z_j + Σ_{i in 1..k, i <> j} (θ_i - θ_0) z_i, where z_i is
    coordinate i - 1 and z_0 is the constant 0 coordinate of e_0 (so the z_0 term is dropped).
    For j = 0, θ_0 is not one of the given signs; [theta 0] is whichever value is chosen. *)
Definition eq_5_5 (k j : nat) (theta : nat -> bool) : poly :=
  let t0 := pm1 (theta 0) in
  const t0 ++ (if j == 0 then [::] else scale (- t0)%Z (var j.-1))
  ++ flatten [seq scale (pm1 (theta i) - t0)%Z (var i.-1) | i <- iota 1 k & i != j].

(** The corrected selector (docs/errata.md): Eq. 5.5 for j >= 1, Σ_i θ_i z_i for j = 0. *)
Definition selector_q (k j : nat) (theta : nat -> bool) : poly :=
  if j == 0 then flatten [seq scale (pm1 (theta i)) (var i.-1) | i <- iota 1 k]
  else eq_5_5 k j theta.

(** Lemma 5.3's gate (Eq. 5.8): F(z ⊕ x) = M q(z) + θ p(x), with x's variables after z's. *)
Definition extension_gate (k j : nat) (signs : nat -> bool) (theta : bool) (M : Z) (p : poly) : poly :=
  scale M (selector_q k j signs) ++ shift k (scale (pm1 theta) p).

(** max |p| over {0,1}^m; quarks' generator takes M = max |p| + 1 (src/witness/extension.cpp). *)
Definition max_abs_on_cube (m : nat) (p : poly) : Z :=
  foldr Z.max 0%Z [seq Z.abs (eval p x) | x : m.-tuple bool].

(** quarks' bound when the cube is too large to enumerate (Polynomial::box_bound): the constant
    terms plus the positive (resp. negative) other coefficients, the larger in absolute value. *)
Definition box_max (p : poly) : Z :=
  foldr (fun t acc => (if t.1 == [::] then t.2 else Z.max 0 t.2) + acc)%Z 0%Z p.
Definition box_min (p : poly) : Z :=
  foldr (fun t acc => (if t.1 == [::] then t.2 else Z.min 0 t.2) + acc)%Z 0%Z p.
Definition box_bound (p : poly) : Z := Z.max (Z.abs (box_max p)) (Z.abs (box_min p)).

(** ** 6. Output gating and the encodings (Section 4.2) *)

(** One gate output-gated by another: the product of the two outputs, in the 0/1 or the ±1
    encoding. *)
Definition in_gated01 (n d0 d1 : nat) (F : truth_table n) : Prop :=
  exists h g, in_T n d0 h /\ in_T n d1 g /\ forall x, to01 (F x) = (to01 (h x) * to01 (g x))%Z.
Definition in_gated_pm1 (n d0 d1 : nat) (F : truth_table n) : Prop :=
  exists h g, in_T n d0 h /\ in_T n d1 g /\ forall x, pm1 (F x) = (pm1 (h x) * pm1 (g x))%Z.

Definition gated01_set n d0 d1 : {set truth_table n} := [set F | asbool (in_gated01 n d0 d1 F)].
Definition gated_pm1_set n d0 d1 : {set truth_table n} := [set F | asbool (in_gated_pm1 n d0 d1 F)].

(** Two degrees as a function of the index. *)
Definition degs2 (d0 d1 : nat) : nat -> nat := fun j => if j == 0 then d0 else d1.

(** ** 7. Layer gating (Theorem 4.3) *)

(** x = x⁻ ⊕ x⁺ with x⁻ in {0,1}^s; x⁻ = i means bit b of i is coordinate b of x⁻, that is,
    [code x⁻ = i] with the first coordinate the least significant bit. *)
Definition bit (i b : nat) : bool := odd (i %/ 2 ^ b).
Fixpoint code_seq (z : seq bool) : nat := if z is b :: z' then b + 2 * code_seq z' else 0.
Definition code {s : nat} (z : s.-tuple bool) : nat := code_seq z.

(** T(n, m, 1; ×) with ±1 gates: m gated pairs of LTFs h_i g_i on {0,1}^n and one threshold
    output gate phi of the m hidden values (a threshold gate's input encoding does not change
    its class, Section 4.2). *)
Definition hidden {n m} (h g : 'I_m -> truth_table n) (x : n.-tuple bool) : m.-tuple bool :=
  [tuple sign_mul (h i x) (g i x) | i < m].
Definition in_layer (n m : nat) (F : truth_table n) : Prop :=
  exists (h g : 'I_m -> truth_table n) (phi : truth_table m),
    (forall i, in_T n 1 (h i) /\ in_T n 1 (g i)) /\ in_T m 1 phi /\
    forall x, F x = phi (hidden h g x).
Definition layer_set n m : {set truth_table n} := [set F | asbool (in_layer n m F)].

(** T(n, 1; ×): one LTF output-gated by another, ±1 outputs. *)
Definition in_gated_pair (n : nat) (u : truth_table n) : Prop := in_gated_pm1 n 1 1 u.
Definition gated_pair_set n : {set truth_table n} := [set u | asbool (in_gated_pair n u)].

(** quarks' corrected construction (docs/errata.md; src/witness/layer_gating.cpp).
    D_i(x⁻) = Σ_b (bit b of i ? 1 - x_b : x_b), the Hamming distance of x⁻ from i;
    h_i = sign(h⁺_i(x⁺) - M D_i(x⁻)) and g_i = sign(g⁺_i(x⁺) + N D_i(x⁻));
    phi = OR(y_0..y_{m-1}) = sign(Σ_i y_i + m - 1) for ±1 values y_i, which is
    sign(-1 + Σ_i 2 u_i) when u_i is y_i read as 0/1. *)
Definition distance_poly (s i : nat) : poly :=
  flatten [seq if bit i b then const 1 ++ scale (-1) (var b) else var b | b <- iota 0 s].
Definition gated_unit (s i : nat) (M : Z) (hp : poly) : poly := shift s hp ++ scale (- M) (distance_poly s i).
Definition gating_unit (s i : nat) (N : Z) (gp : poly) : poly := shift s gp ++ scale N (distance_poly s i).
Definition or_output (m : nat) : poly := const (-1) ++ flatten [seq scale 2 (var i) | i <- iota 0 m].

(** quarks' constants: M = max(1, max h⁺ + 1), N = max(1, 1 - min g⁺), max and min taken as the
    box bounds (exact for degree 1). *)
Definition quarks_M (hp : poly) : Z := Z.max 1 (box_max hp + 1).
Definition quarks_N (gp : poly) : Z := Z.max 1 (1 - box_min gp).

(** The circuit's output at x⁻ ⊕ x⁺ (u_i the hidden values). *)
Definition layer_output (s np m : nat) (hs gs : nat -> poly) (z : s.-tuple bool) (x : np.-tuple bool) : bool :=
  sgn (eval (or_output m) (tuple_of m (fun i => sign_mul (sgn (eval (hs i) (z ⊕ x))) (sgn (eval (gs i) (z ⊕ x)))))).

(** The paper's reading of Eq. 4.14 for both layers: h_i = [x⁻ = i] AND h⁺_i and
    g_i = [x⁻ = i] AND g⁺_i, ±1 products, phi = OR. *)
Definition paper_layer_output (s np m : nat) (hp gp : nat -> truth_table np) (z : s.-tuple bool) (x : np.-tuple bool) : bool :=
  [exists i : 'I_m, sign_mul ((code z == i) && hp i x) ((code z == i) && gp i x)].

(** ** 8. Dense selectors (docs/dense-selectors.md) *)

(** δ_c(z) = Π_b (c_b z_b + (1 - c_b)(1 - z_b)), the indicator of z = c on {0,1}^r. *)
Definition delta {r : nat} (c : r.-tuple bool) : poly :=
  foldr pmul (const 1) [seq if nth false c b then var b else const 1 ++ scale (-1) (var b) | b <- iota 0 r].

(** s_j = 1 - δ_{c_j} - 2 Σ_{i <> j, θ_i = -1} δ_{c_i}. *)
Definition dense_selector (r k : nat) (c : nat -> r.-tuple bool) (j : nat) (theta : nat -> bool) : poly :=
  const 1 ++ scale (-1) (delta (c j))
  ++ flatten [seq scale (-2) (delta (c i)) | i <- iota 0 k.+1 & (i != j) && ~~ theta i].

Definition dense_gate (r k : nat) (c : nat -> r.-tuple bool) (j : nat) (signs : nat -> bool) (theta : bool) (M : Z) (p : poly) : poly :=
  scale M (dense_selector r k c j signs) ++ shift r (scale (pm1 theta) p).

Definition codes_injective (k : nat) {r} (c : nat -> r.-tuple bool) : Prop :=
  forall i i', i <= k -> i' <= k -> c i = c i' -> i = i'.

(** quarks' codes: c_i = i in binary, variable b = bit b of i. *)
Definition binary_code (r i : nat) : r.-tuple bool := tuple_of r (bit i).

(** ============================================================================ *)
(** * The statements *)
(** ============================================================================ *)

(** Section 4.2: product gating of 0/1 gates is AND, of ±1 gates is XNOR; so the classes of
    output-gated pairs are T_AND and T_XNOR. *)
Definition Encodings : Prop :=
  (forall a b, (to01 a * to01 b)%Z = to01 (AND2 [tuple a; b])) /\
  (forall a b, (pm1 a * pm1 b)%Z = pm1 (XNOR2 [tuple a; b])) /\
  (forall n d0 d1 (F : truth_table n), in_gated01 n d0 d1 F <-> in_TB AND2 n (degs2 d0 d1) F) /\
  (forall n d0 d1 (F : truth_table n), in_gated_pm1 n d0 d1 F <-> in_TB XNOR2 n (degs2 d0 d1) F).

(** Appendix, Theorem 4.2 footnote: of the 16 binary operators, 10 are irreducible. *)
Definition Binary_irreducible_count : Prop :=
  #|[set B : {ffun 2.-tuple bool -> bool} | asbool (irreducible B)]| = 10.

(** Lemma 5.1 (Eq. 5.3), every arity k + 1. *)
Definition Lemma_5_1 : Prop :=
  forall k (B : operator k), irreducible B ->
  forall i : 'I_k.+1, exists (theta : bool) (signs : nat -> bool),
    forall z, (forall j : 'I_k.+1, j != i -> tnth z j = signs j) -> B z = sign_mul theta (tnth z i).

(** Lemma 5.2 (Eq. 5.4): an affine q on k variables with q(e_j) = 0 and q(e_i) = θ_i. *)
Definition Lemma_5_2 : Prop :=
  forall k j (signs : nat -> bool), j <= k ->
  exists q : poly, deg_le q 1 /\
    forall i, i <= k -> eval q (e k i) = if i == j then 0%Z else pm1 (signs i).

(** The corrected formula satisfies Eq. 5.4 for every k, j and sign vector. *)
Definition Lemma_5_2_corrected : Prop :=
  forall k j (signs : nat -> bool), j <= k ->
  deg_le (selector_q k j signs) 1 /\
  forall i, i <= k -> eval (selector_q k j signs) (e k i) = if i == j then 0%Z else pm1 (signs i).

(** Erratum (docs/errata.md): Eq. 5.5 as printed fails at j = 0 for every k and either choice
    of θ_0 (q(e_0) = θ_0 <> 0), and satisfies Eq. 5.4 for every j >= 1. *)
Definition Erratum_5_5 : Prop :=
  (forall k (signs : nat -> bool), eval (eq_5_5 k 0 signs) (e k 0) <> 0%Z) /\
  (forall k j (signs : nat -> bool), 1 <= j <= k ->
    forall i, i <= k -> eval (eq_5_5 k j signs) (e k i) = if i == j then 0%Z else pm1 (signs i)).

(** Lemma 5.3 (Eq. 5.6), for every k, m = n - k, d >= 1 and f in T(m; d). *)
Definition Lemma_5_3 : Prop :=
  forall k m d (f : truth_table m) j (theta : bool) (signs : nat -> bool),
    1 <= d -> j <= k -> in_T m d f ->
    exists F : truth_table (k + m), in_T (k + m) d F /\
      forall i (x : m.-tuple bool), i <= k ->
        F (e k i ⊕ x) = if i == j then sign_mul theta (f x) else signs i.

(** Lemma 5.3's construction (Eq. 5.8) for every integer M > max |p|: the gate has degree <= d,
    is nonzero at EVERY point of {0,1}^(k+m) (not only at the points e_i ⊕ x), and has the
    signs of Eq. 5.6. *)
Definition Lemma_5_3_construction : Prop :=
  forall k m d (p : poly) j (theta : bool) (signs : nat -> bool) (M : Z),
    1 <= d -> j <= k -> deg_le p d -> strict_on m p ->
    (forall x : m.-tuple bool, Z.abs (eval p x) < M)%Z ->
    let F := extension_gate k j signs theta M p in
    deg_le F d /\ strict_on (k + m) F /\
    forall i (x : m.-tuple bool), i <= k ->
      sgn (eval F (e k i ⊕ x)) = if i == j then sign_mul theta (sgn (eval p x)) else signs i.

(** The M quarks' generator uses, max |p| + 1 (or box bound + 1), satisfies M > max |p|. *)
Definition Lemma_5_3_generator_M : Prop :=
  forall m (p : poly) (x : m.-tuple bool),
    (Z.abs (eval p x) < max_abs_on_cube m p + 1)%Z /\ (Z.abs (eval p x) < box_bound p + 1)%Z.

(** Lemma 5.3 with the gate quarks' generator writes: M = max |p| + 1. *)
Definition Lemma_5_3_generator : Prop :=
  forall k m d (p : poly) j (theta : bool) (signs : nat -> bool),
    1 <= d -> j <= k -> deg_le p d -> strict_on m p ->
    let F := extension_gate k j signs theta (max_abs_on_cube m p + 1) p in
    deg_le F d /\ strict_on (k + m) F /\
    forall i (x : m.-tuple bool), i <= k ->
      sgn (eval F (e k i ⊕ x)) = if i == j then sign_mul theta (sgn (eval p x)) else signs i.

(** What the paper's statement leaves implicit: Lemma 5.3 is false for d = 0. *)
Definition Lemma_5_3_degree_0_fails : Prop :=
  ~ (forall k m (f : truth_table m) j (theta : bool) (signs : nat -> bool),
       j <= k -> in_T m 0 f ->
       exists F : truth_table (k + m), in_T (k + m) 0 F /\
         forall i (x : m.-tuple bool), i <= k ->
           F (e k i ⊕ x) = if i == j then sign_mul theta (f x) else signs i).

(** Lemma 5.4 (Eq. 5.9) for every irreducible B of any arity and every tuple of degrees >= 1. *)
Definition Lemma_5_4 : Prop :=
  forall k m (B : operator k) (d : nat -> nat), irreducible B -> (forall j : 'I_k.+1, 1 <= d j) ->
  forall fs : 'I_k.+1 -> truth_table m, (forall j : 'I_k.+1, in_T m (d j) (fs j)) ->
  exists Fs : 'I_k.+1 -> truth_table (k + m), (forall j : 'I_k.+1, in_T (k + m) (d j) (Fs j)) /\
    forall (i : 'I_k.+1) (x : m.-tuple bool), apply_op B Fs (e k i ⊕ x) = fs i x.

(** Theorem 4.2, lower bound: an injection of Π_j T(n-k; d_j) into T_B(n; d_0..d_k) that
    recovers every f_i at the points e_i ⊕ x. *)
Definition Theorem_4_2_injection : Prop :=
  forall k m (B : operator k) (d : nat -> nat), irreducible B -> (forall j : 'I_k.+1, 1 <= d j) ->
  exists Phi : {ffun 'I_k.+1 -> truth_table m} -> truth_table (k + m),
    (forall fs : {ffun 'I_k.+1 -> truth_table m}, (forall j : 'I_k.+1, in_T m (d j) (fs j)) ->
       in_TB B (k + m) d (Phi fs) /\ forall (i : 'I_k.+1) x, Phi fs (e k i ⊕ x) = fs i x) /\
    (forall fs gs : {ffun 'I_k.+1 -> truth_table m}, (forall j : 'I_k.+1, in_T m (d j) (fs j)) -> (forall j : 'I_k.+1, in_T m (d j) (gs j)) ->
       Phi fs = Phi gs -> fs = gs).

(** Eq. 5.2: Π_j |T(n-k; d_j)| <= |T_B(n; d_0..d_k)| <= Π_j |T(n; d_j)|. *)
Definition Eq_5_2 : Prop :=
  forall k m (B : operator k) (d : nat -> nat), irreducible B -> (forall j : 'I_k.+1, 1 <= d j) ->
  \prod_(j < k.+1) #|T_set m (d j)| <= #|TB_set B (k + m) d| <= \prod_(j < k.+1) #|T_set (k + m) (d j)|.

(** What the paper's statement leaves implicit: Eq. 5.2 (hence Theorem 4.2) is false when the
    degrees are 0 (k = 1, B = AND, n = 1: 2 * 2 tuples of constants, but only 2 constant B(F_0, F_1)). *)
Definition Eq_5_2_degree_0_fails : Prop :=
  ~ (forall k m (B : operator k) (d : nat -> nat), irreducible B ->
       \prod_(j < k.+1) #|T_set m (d j)| <= #|TB_set B (k + m) d|).

(** Theorem 4.1, lower-bound injection: k = 1, B = AND (0/1 gating) and B = XNOR (±1 gating). *)
Definition Theorem_4_1_injection : Prop :=
  forall m d0 d1, 1 <= d0 -> 1 <= d1 ->
  exists Phi : truth_table m -> truth_table m -> truth_table (1 + m),
    (forall f0 f1, in_T m d0 f0 -> in_T m d1 f1 ->
       in_gated01 (1 + m) d0 d1 (Phi f0 f1) /\ in_gated_pm1 (1 + m) d0 d1 (Phi f0 f1) /\
       forall x, Phi f0 f1 (e 1 0 ⊕ x) = f0 x /\ Phi f0 f1 (e 1 1 ⊕ x) = f1 x) /\
    (forall f0 f1 g0 g1, Phi f0 f1 = Phi g0 g1 -> f0 = g0 /\ f1 = g1).

Definition Theorem_4_1_lower_bound : Prop :=
  forall m d0 d1, 1 <= d0 -> 1 <= d1 ->
    #|T_set m d0| * #|T_set m d1| <= #|gated01_set (1 + m) d0 d1| /\
    #|T_set m d0| * #|T_set m d1| <= #|gated_pm1_set (1 + m) d0 d1|.

(** Proposition 5.5: for every pair (f_0, f_1), one F with F(e_0 ⊕ x) = f_0(x) and
    F(e_1 ⊕ x) = f_1(x) lies in T_B for all irreducible binary B at once. *)
Definition Proposition_5_5 : Prop :=
  forall m d0 d1 (f0 f1 : truth_table m), 1 <= d0 -> 1 <= d1 -> in_T m d0 f0 -> in_T m d1 f1 ->
  exists F : truth_table (1 + m),
    (forall x, F (e 1 0 ⊕ x) = f0 x /\ F (e 1 1 ⊕ x) = f1 x) /\
    forall B : operator 1, irreducible B -> in_TB B (1 + m) (degs2 d0 d1) F.

(** Eq. 5.14: |T(n-1; d_0)| |T(n-1; d_1)| <= |∩_B T_B(n; d_0, d_1)|, B irreducible binary. *)
Definition Eq_5_14 : Prop :=
  forall m d0 d1, 1 <= d0 -> 1 <= d1 ->
    #|T_set m d0| * #|T_set m d1| <=
    #|[set F : truth_table (1 + m) | asbool (forall B : operator 1, irreducible B -> in_TB B (1 + m) (degs2 d0 d1) F)]|.

(** Theorem 4.3 with quarks' corrected construction, every m >= 1, every s with m <= 2^s
    (quarks: s = ceil(log2 m)) and every n⁺: the 2m gates are strict LTFs on {0,1}^(s+n⁺),
    phi = OR is a strict LTF, and the circuit outputs h⁺_i g⁺_i at x⁻ = i and -1 on unused codes. *)
Definition Theorem_4_3_construction : Prop :=
  forall s np m (hp gp : nat -> poly) (M N : nat -> Z), 1 <= m <= 2 ^ s ->
    (forall i, i < m -> deg_le (hp i) 1 /\ deg_le (gp i) 1 /\ strict_on np (hp i) /\ strict_on np (gp i) /\
       (0 <= M i)%Z /\ (0 <= N i)%Z /\
       forall x : np.-tuple bool, (eval (hp i) x < M i)%Z /\ (- eval (gp i) x < N i)%Z) ->
    (forall i, i < m ->
       deg_le (gated_unit s i (M i) (hp i)) 1 /\ deg_le (gating_unit s i (N i) (gp i)) 1 /\
       strict_on (s + np) (gated_unit s i (M i) (hp i)) /\ strict_on (s + np) (gating_unit s i (N i) (gp i))) /\
    deg_le (or_output m) 1 /\ strict_on m (or_output m) /\
    forall (z : s.-tuple bool) (x : np.-tuple bool),
      layer_output s np m (fun i => gated_unit s i (M i) (hp i)) (fun i => gating_unit s i (N i) (gp i)) z x =
      if code z < m then sign_mul (sgn (eval (hp (code z)) x)) (sgn (eval (gp (code z)) x)) else false.

(** quarks' constants M = max(1, max h⁺ + 1) and N = max(1, 1 - min g⁺) meet the hypotheses. *)
Definition Theorem_4_3_quarks_constants : Prop :=
  forall np (hp gp : poly) (x : np.-tuple bool),
    (0 <= quarks_M hp)%Z /\ (eval hp x < quarks_M hp)%Z /\
    (0 <= quarks_N gp)%Z /\ (- eval gp x < quarks_N gp)%Z.

(** Theorem 4.3, lower bound: the gated maps f⁺ = (h⁺_i g⁺_i)_i inject into T(s+n⁺, m, 1; ×),
    hence |T(n⁺, 1; ×)|^m <= |T(n, m, 1; ×)| (the combinatorial core of Eq. 4.15). *)
Definition Theorem_4_3_injection : Prop :=
  forall s np m, 1 <= m <= 2 ^ s ->
  exists Phi : {ffun 'I_m -> truth_table np} -> truth_table (s + np),
    (forall us : {ffun 'I_m -> truth_table np}, (forall i : 'I_m, in_gated_pair np (us i)) ->
       in_layer (s + np) m (Phi us) /\
       forall (z : s.-tuple bool) x, Phi us (z ⊕ x) = if (insub (code z) : option 'I_m) is Some i then us i x else false) /\
    (forall us vs : {ffun 'I_m -> truth_table np}, (forall i : 'I_m, in_gated_pair np (us i)) -> (forall i : 'I_m, in_gated_pair np (vs i)) ->
       Phi us = Phi vs -> us = vs).

Definition Theorem_4_3_lower_bound : Prop :=
  forall s np m, 1 <= m <= 2 ^ s -> #|gated_pair_set np| ^ m <= #|layer_set (s + np) m|.

(** Erratum (docs/errata.md): Eq. 4.14 on both layers with ±1 gates makes phi the constant +1
    for every m >= 2 (every s, every h⁺, g⁺, every input); for m = 1 (s = 0) it is h⁺_0 g⁺_0. *)
Definition Erratum_4_14 : Prop :=
  (forall s np m (hp gp : nat -> truth_table np) (z : s.-tuple bool) (x : np.-tuple bool),
     2 <= m -> paper_layer_output s np m hp gp z x = true) /\
  (forall np (hp gp : nat -> truth_table np) (z : 0.-tuple bool) (x : np.-tuple bool),
     paper_layer_output 0 np 1 hp gp z x = sign_mul (hp 0 x) (gp 0 x)).

(** Dense selectors, Lemma D1: for every r, every k + 1 distinct codes in {0,1}^r, every j and
    signs, s_j has degree <= r, s_j(c_j) = 0, s_j(c_i) = θ_i, and s_j = +1 on unused codes. *)
Definition Dense_selector : Prop :=
  forall r k (c : nat -> r.-tuple bool) j (signs : nat -> bool), codes_injective k c -> j <= k ->
    deg_le (dense_selector r k c j signs) r /\
    (forall i, i <= k -> eval (dense_selector r k c j signs) (c i) = if i == j then 0%Z else pm1 (signs i)) /\
    (forall u : r.-tuple bool, (forall i, i <= k -> u <> c i) -> eval (dense_selector r k c j signs) u = 1%Z).

(** quarks' binary codes are distinct when k + 1 <= 2^r. *)
Definition Binary_codes_injective : Prop :=
  forall r k, k < 2 ^ r -> codes_injective k (binary_code r).

(** No affine selector at r = 2: nothing of degree <= 1 vanishes at 00 with signs +1 at 10 and 01
    and -1 at 11 (z = (z_0, z_1)). *)
Definition Dense_affine_impossible : Prop :=
  ~ exists q : poly, deg_le q 1 /\ eval q [:: false; false] = 0%Z /\
      (0 < eval q [:: true; false])%Z /\ (0 < eval q [:: false; true])%Z /\ (eval q [:: true; true] < 0)%Z.

(** Lemma D2: the dense gate F = M s_j(z) + θ p(x), M > max |p|, has degree <= max(d, r), is
    nonzero on all of {0,1}^(r+m), and has the signs θ f at c_j, θ_i at c_i, +1 on unused codes. *)
Definition Dense_extension : Prop :=
  forall r k m d (c : nat -> r.-tuple bool) (p : poly) j (theta : bool) (signs : nat -> bool) (M : Z),
    codes_injective k c -> j <= k -> deg_le p d -> strict_on m p ->
    (forall x : m.-tuple bool, Z.abs (eval p x) < M)%Z ->
    let F := dense_gate r k c j signs theta M p in
    deg_le F (maxn d r) /\ strict_on (r + m) F /\
    (forall i (x : m.-tuple bool), i <= k ->
       sgn (eval F (c i ⊕ x)) = if i == j then sign_mul theta (sgn (eval p x)) else signs i) /\
    (forall (u : r.-tuple bool) (x : m.-tuple bool), (forall i, i <= k -> u <> c i) -> sgn (eval F (u ⊕ x)) = true).

(** Lemma D3 and Theorem D4: with r = ceil(log2(k+1)) (any r with k + 1 <= 2^r),
    Π_j |T(n-r; d_j)| <= |T_B(n; max(d_0, r), .., max(d_k, r))|, and when every d_j >= r,
    Π_j |T(n-r; d_j)| <= |T_B(n; d_0..d_k)|. *)
Definition Dense_composition : Prop :=
  forall k r m (B : operator k) (d : nat -> nat), irreducible B -> k < 2 ^ r ->
  forall fs : 'I_k.+1 -> truth_table m, (forall j : 'I_k.+1, in_T m (d j) (fs j)) ->
  exists Fs : 'I_k.+1 -> truth_table (r + m), (forall j : 'I_k.+1, in_T (r + m) (maxn (d j) r) (Fs j)) /\
    forall (i : 'I_k.+1) (x : m.-tuple bool), apply_op B Fs (binary_code r i ⊕ x) = fs i x.

Definition Dense_lower_bound : Prop :=
  forall k r m (B : operator k) (d : nat -> nat), irreducible B -> k < 2 ^ r ->
    (\prod_(j < k.+1) #|T_set m (d j)| <= #|TB_set B (r + m) (fun j => maxn (d j) r)|) /\
    ((forall j : 'I_k.+1, r <= d j) -> \prod_(j < k.+1) #|T_set m (d j)| <= #|TB_set B (r + m) d|).

(** Section 2: activation gating of a unit = gating each of its incoming synapses; and output
    gating and synaptic gating deliver the same w O_i O_j; over any commutative ring. *)
Import GRing.Theory.
Local Open Scope ring_scope.

Definition Section_2_activation_gating : Prop :=
  forall (R : comRingType) (n : nat) (g : R) (w o : 'I_n -> R),
    g * (\sum_(j < n) w j * o j) = \sum_(j < n) (g * w j) * o j.

Definition Section_2_output_synaptic : Prop :=
  forall (R : comRingType) (w oi oj : R), w * (oi * oj) = (w * oj) * oi.
