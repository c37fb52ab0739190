(** Evaluation of the polynomials of Statements.v: sums, scaling, renaming, products, and
    the points e_i, z ⊕ x, take/drop. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset.
From mathcomp Require Import ssrZ.
From Quarks Require Import Statements.

Set Implicit Arguments.
Unset Strict Implicit.
Unset Printing Implicit Defensive.

(** ** Signs *)




Lemma sgn_true v : sgn v = true <-> (0 < v)%Z.
Proof. rewrite /sgn; case: Z.ltb_spec; split => //; lia. Qed.

Lemma sgn_false v : sgn v = false <-> (v <= 0)%Z.
Proof. rewrite /sgn; case: Z.ltb_spec; split => //; lia. Qed.

Lemma sgn_pos v : (0 < v)%Z -> sgn v = true.
Proof. by move/sgn_true. Qed.

Lemma sgn_neg v : (v < 0)%Z -> sgn v = false.
Proof. move=> h; apply/sgn_false; lia. Qed.

Lemma sgn_pm1_mul (t : bool) v : v <> 0%Z -> sgn (pm1 t * v) = sign_mul t (sgn v).
Proof.
by move=> nz; rewrite /sign_mul /pm1 /sgn; case: t;
  case: (Z.ltb_spec 0 v); case: (Z.ltb_spec 0 _) => //; lia.
Qed.

Lemma sgn_dominate (t : bool) (M w : Z) : (Z.abs w < M)%Z -> sgn (M * pm1 t + w) = t.
Proof. by move=> h; rewrite /sgn; case: t => /=; case: (Z.ltb_spec 0 _) => //; lia. Qed.

Lemma pm1_abs t : Z.abs (pm1 t) = 1%Z.
Proof. by case: t. Qed.

Lemma sign_mulK t b : sign_mul t (sign_mul t b) = b.
Proof. by case: t; case: b. Qed.

Lemma to01_ge0 b : (0 <= to01 b)%Z.
Proof. by case: b => /=; lia. Qed.

(** ** Evaluation *)

Lemma eval_nil x : eval [::] x = 0%Z.
Proof. by []. Qed.

Lemma eval_cons t p x : eval (t :: p) x = (t.2 * mono_val t.1 x + eval p x)%Z.
Proof. by []. Qed.

Arguments eval : simpl never.
Arguments scale : simpl never.
Arguments var : simpl never.
Arguments const : simpl never.
Arguments shift : simpl never.
Arguments pmul : simpl never.
Arguments deg_le : simpl never.
Arguments mono_val : simpl never.

Lemma shift_cons k t p : shift k (t :: p) = ([seq v + k | v <- t.1], t.2) :: shift k p.
Proof. by []. Qed.

Lemma scale_cons c t p : scale c (t :: p) = (t.1, c * t.2)%Z :: scale c p.
Proof. by []. Qed.

Lemma eval_cat p q x : eval (p ++ q) x = (eval p x + eval q x)%Z.
Proof. by elim: p => [|t p IH] /=; rewrite ?eval_cons ?IH //; lia. Qed.

Lemma eval_scale c p x : eval (scale c p) x = (c * eval p x)%Z.
Proof. by elim: p => [|[mu a] p IH]; rewrite ?scale_cons ?eval_cons ?IH //=; [rewrite eval_nil; lia | ring]. Qed.

Lemma eval_const c x : eval (const c) x = c.
Proof. by rewrite /const eval_cons eval_nil /mono_val /=; lia. Qed.

Lemma eval_var v x : eval (var v) x = to01 (nth false x v).
Proof. by rewrite /var eval_cons eval_nil /mono_val /= andbT; case: (nth false x v). Qed.

Lemma eval_flatten ps x : eval (flatten ps) x = foldr (fun p acc => eval p x + acc)%Z 0%Z ps.
Proof. by elim: ps => [|p ps IH] //=; rewrite eval_cat IH. Qed.

Lemma mono_val_cat a b x : mono_val (a ++ b) x = (mono_val a x * mono_val b x)%Z.
Proof. by rewrite /mono_val all_cat; case: (all _ a); case: (all _ b). Qed.

Lemma eval_pmul p q x : eval (pmul p q) x = (eval p x * eval q x)%Z.
Proof.
rewrite /pmul; elim: p => [|[a c] p IH] //=.
have row : eval [seq (a ++ u.1, c * u.2)%Z | u <- q] x = (c * mono_val a x * eval q x)%Z.
  clear IH; elim: q => [|[b c'] q IHq] /=; first by rewrite eval_nil; lia.
  by rewrite !eval_cons IHq mono_val_cat /=; ring.
by rewrite eval_cat IH row eval_cons /=; ring.
Qed.

(** Renaming by + k reads the point from coordinate k on. *)
Lemma mono_val_shift k mu x : mono_val [seq v + k | v <- mu] x = mono_val mu (drop k x).
Proof.
rewrite /mono_val all_map; congr (if _ then _ else _).
by apply: eq_all => v /=; rewrite nth_drop addnC.
Qed.

Lemma eval_shift k p x : eval (shift k p) x = eval p (drop k x).
Proof. by elim: p => [|t p IH] //; rewrite shift_cons !eval_cons IH mono_val_shift. Qed.

(** A polynomial whose variables are all below k reads only the first k coordinates. *)
Definition vars_below (k : nat) (p : poly) : bool := all (fun t => all (fun v => v < k) t.1) p.
Arguments vars_below : simpl never.

Lemma vars_below_var k v : vars_below k (var v) = (v < k).
Proof. by rewrite /vars_below /var /= ?andbT. Qed.

Lemma vars_below_cons k t p : vars_below k (t :: p) = all (fun v => v < k) t.1 && vars_below k p.
Proof. by []. Qed.

Lemma vars_below_const k c : vars_below k (const c).
Proof. by []. Qed.

Lemma eval_take k p x : vars_below k p -> eval p (take k x) = eval p x.
Proof.
elim: p => [|t p IH] //; rewrite vars_below_cons => /andP[ht hp].
rewrite !eval_cons IH //; congr (_ * _ + _)%Z.
rewrite /mono_val; congr (if _ then _ else _); apply: eq_in_all => v hv /=.
by rewrite nth_take //; move/allP: ht => /(_ v hv).
Qed.

Lemma vars_below_cat k p q : vars_below k (p ++ q) = vars_below k p && vars_below k q.
Proof. exact: all_cat. Qed.

Lemma vars_below_scale k c p : vars_below k (scale c p) = vars_below k p.
Proof. by rewrite /vars_below all_map. Qed.

Lemma vars_below_flatten k ps : vars_below k (flatten ps) = all (vars_below k) ps.
Proof. by elim: ps => //= p ps IH; rewrite vars_below_cat IH. Qed.

Lemma vars_below_pmul k p q : vars_below k p -> vars_below k q -> vars_below k (pmul p q).
Proof.
move=> hp hq; rewrite /vars_below /pmul; apply/allP => t /allpairsP [[a b] [ha hb ->]] /=.
by rewrite all_cat (allP hp a ha) (allP hq b hb).
Qed.

(** ** Degrees *)

Lemma deg_le_cat p q d : deg_le (p ++ q) d = deg_le p d && deg_le q d.
Proof. exact: all_cat. Qed.

Lemma deg_le_scale c p d : deg_le (scale c p) d = deg_le p d.
Proof. by rewrite /deg_le all_map. Qed.

Lemma deg_le_shift k p d : deg_le (shift k p) d = deg_le p d.
Proof. by rewrite /deg_le all_map; apply: eq_all => t /=; rewrite size_map. Qed.

Lemma deg_le_flatten ps d : deg_le (flatten ps) d = all (fun p => deg_le p d) ps.
Proof. by elim: ps => //= p ps IH; rewrite deg_le_cat IH. Qed.

Lemma deg_le_mono p d d' : d <= d' -> deg_le p d -> deg_le p d'.
Proof. by move=> le /allP h; apply/allP => t /h /leq_trans; apply. Qed.

Lemma deg_le_const c d : deg_le (const c) d.
Proof. by []. Qed.

Lemma deg_le_var v d : 1 <= d -> deg_le (var v) d.
Proof. by rewrite /deg_le /= => ->. Qed.

Lemma deg_le_pmul p q a b : deg_le p a -> deg_le q b -> deg_le (pmul p q) (a + b).
Proof.
move=> hp hq; rewrite /deg_le /pmul; apply/allP => t /allpairsP [[u w] [hu hw ->]] /=.
by rewrite size_cat leq_add // ?(allP hp u hu) ?(allP hq w hw).
Qed.

(** A polynomial of degree 0 is a constant on the cube. *)
Lemma eval_deg0 p x y : deg_le p 0 -> eval p x = eval p y.
Proof.
elim: p => [|[mu c] p IH] //= /andP[hmu hp]; rewrite !eval_cons IH //.
by case: mu hmu.
Qed.

(** ** Points *)

Lemma size_tuple_of n f : size (tuple_of n f) = n.
Proof. exact: size_mkseq. Qed.

Lemma nth_tuple_of n f v : nth false (tuple_of n f) v = (v < n) && f v.
Proof.
rewrite /tuple_of /=; case: ltnP => h; first by rewrite nth_mkseq.
by rewrite nth_default // size_mkseq.
Qed.

Lemma nth_e k i v : nth false (e k i) v = (v < k) && (i == v.+1).
Proof. exact: nth_tuple_of. Qed.

Lemma take_cat_tuple k m (z : k.-tuple bool) (x : m.-tuple bool) : take k (z ⊕ x) = z.
Proof. by rewrite /= take_size_cat // size_tuple. Qed.

Lemma drop_cat_tuple k m (z : k.-tuple bool) (x : m.-tuple bool) : drop k (z ⊕ x) = x.
Proof. by rewrite /= drop_size_cat // size_tuple. Qed.

(** The halves of a point of {0,1}^(k+m). *)
Lemma size_take_km k m (y : (k + m).-tuple bool) : size (take k y) == k.
Proof. by rewrite size_takel // size_tuple leq_addr. Qed.

Definition left_part k m (y : (k + m).-tuple bool) : k.-tuple bool :=
  @Tuple k bool (take k y) (size_take_km y).

Lemma size_drop_km k m (y : (k + m).-tuple bool) : size (drop k y) == m.
Proof. by rewrite size_drop size_tuple addKn. Qed.

Definition right_part k m (y : (k + m).-tuple bool) : m.-tuple bool :=
  @Tuple m bool (drop k y) (size_drop_km y).

Lemma split_point k m (y : (k + m).-tuple bool) : y = left_part y ⊕ right_part y.
Proof. by apply: val_inj; rewrite /= cat_take_drop. Qed.

Lemma left_part_cat k m (z : k.-tuple bool) (x : m.-tuple bool) : left_part (z ⊕ x) = z.
Proof. by apply: val_inj; rewrite /= take_cat_tuple. Qed.

Lemma right_part_cat k m (z : k.-tuple bool) (x : m.-tuple bool) : right_part (z ⊕ x) = x.
Proof. by apply: val_inj; rewrite /= drop_cat_tuple. Qed.

(** Strictness, read on sequences of the right length. *)
Lemma strict_seq m p (x : seq bool) : strict_on m p -> size x = m -> eval p x <> 0%Z.
Proof. by move=> h sx; have := h (@Tuple m bool x (introT eqP sx)). Qed.

(** max |p| over the cube bounds every |p(x)|. *)
Lemma le_max_abs m p (x : m.-tuple bool) : (Z.abs (eval p x) <= max_abs_on_cube m p)%Z.
Proof.
rewrite /max_abs_on_cube.
have: Z.abs (eval p x) \in [seq Z.abs (eval p x) | x : m.-tuple bool].
  by apply: map_f; rewrite mem_enum.
elim: [seq _ | _ : _] => //= a s IH; rewrite in_cons => /orP[/eqP -> | /IH]; lia.
Qed.

Lemma box_min_le_eval p x : (box_min p <= eval p x)%Z.
Proof.
elim: p => [|[mu c] p IH] /=; first by rewrite eval_nil; lia.
rewrite eval_cons /mono_val; case: (mu =P [::]) => [-> /= | _]; first lia.
by case: (all _ _) => /=; lia.
Qed.

Lemma eval_le_box_max p x : (eval p x <= box_max p)%Z.
Proof.
elim: p => [|[mu c] p IH] /=; first by rewrite eval_nil; lia.
rewrite eval_cons /mono_val; case: (mu =P [::]) => [-> /= | _]; first lia.
by case: (all _ _) => /=; lia.
Qed.

Lemma abs_le_box_bound p x : (Z.abs (eval p x) <= box_bound p)%Z.
Proof. have := @box_min_le_eval p x; have := @eval_le_box_max p x; rewrite /box_bound; lia. Qed.

Lemma flatten_cons_poly (p : poly) (ps : seq poly) : flatten (p :: ps) = p ++ flatten ps.
Proof. by []. Qed.
