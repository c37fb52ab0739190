(** * The witness checker: one boolean check per witness kind, and its soundness.

    [check_X data = true] implies [X_instance data] (Instances.v), for every X.  An exported
    witness proves [check_X data = true] by [vm_compute] and applies [check_X_sound]. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq fintype tuple finfun.
From Quarks Require Import Statements checker.Instances checker.Checker.

Unset Printing Implicit Defensive.
Arguments eval : simpl never.

(** ** Shared pieces *)

(** The values of gates with their first variables fixed to bits, and of other polynomials,
    at every point x. *)
Lemma all_points_at_seq m bits (Fs qs : seq poly) ok :
  all_points m ([seq restrict_prefix bits F | F <- Fs] ++ qs) ok ->
  forall x : seq bool, size x = m -> ok ([seq eval F (bits ++ x) | F <- Fs] ++ [seq eval q x | q <- qs]).
Proof.
move=> h x sx.
have -> : [seq eval F (bits ++ x) | F <- Fs] = [seq eval p x | p <- [seq restrict_prefix bits F | F <- Fs]].
  by rewrite -map_comp; apply: eq_map => F /=; rewrite restrict_prefix_eval.
by rewrite -map_cat; exact: (all_points_seq _ _ _ h x sx).
Qed.

Lemma all_points_at m bits (Fs qs : seq poly) ok :
  all_points m ([seq restrict_prefix bits F | F <- Fs] ++ qs) ok ->
  forall x : m.-tuple bool, ok ([seq eval F (bits ++ x) | F <- Fs] ++ [seq eval q x | q <- qs]).
Proof. by move=> h x; exact: (all_points_at_seq _ _ _ _ _ h x (size_tuple x)). Qed.

Lemma nth_values_cat (Fs qs : seq poly) (y x : seq bool) i :
  nth 0%Z ([seq eval F y | F <- Fs] ++ [seq eval q x | q <- qs]) i =
  if i < size Fs then eval (nth [::] Fs i) y else eval (nth [::] qs (i - size Fs)) x.
Proof.
rewrite nth_cat size_map; case: ltnP => h; first by rewrite (nth_map [::]).
case: (ltnP (i - size Fs) (size qs)) => h'; first by rewrite (nth_map [::]).
by rewrite !nth_default ?size_map.
Qed.

Definition degrees_ok (Fs : seq poly) (ds : seq nat) : bool :=
  all (fun j => deg_le (nth [::] Fs j) (nth 0 ds j)) (iota 0 (size Fs)).

Lemma degrees_ok_sound Fs ds j : degrees_ok Fs ds -> j < size Fs -> deg_le (nth [::] Fs j) (nth 0 ds j).
Proof. by move=> /allP h jlt; apply: h; rewrite mem_iota add0n jlt. Qed.

Lemma in_iota0 i n : (i \in iota 0 n) = (i < n).
Proof. by rewrite mem_iota add0n. Qed.

(** A selector claim in one walk of {0,1}^(k+m): for every prefix z in {0,1}^k, every x, every
    gate is nonzero at z ++ x; and for every case i whose point is z, input i is nonzero at x
    and B of the gates' signs is its sign. *)
Definition selector_walk (k m : nat) (table : seq bool) (Fs fs : seq poly) (point : nat -> seq bool)
    (cases : nat) : bool :=
  all (fun z =>
         all_points m ([seq restrict_prefix z F | F <- Fs] ++ [seq nth [::] fs i | i <- iota 0 cases & point i == z])
           (fun vals =>
              let gates := take (size Fs) vals in
              all nonzero gates &&
              all (fun v => nonzero v && (nth false table (row_index [seq sgn g | g <- gates]) == sgn v))
                  (drop (size Fs) vals)))
      (all_bools k).

Lemma selector_walk_gates k m table Fs fs point cases :
  selector_walk k m table Fs fs point cases ->
  forall j, j < size Fs -> strict_on (k + m) (nth [::] Fs j).
Proof.
move=> /allP h j jlt y; rewrite -(cat_take_drop k y).
have sy := size_tuple y; have sz : size (take k y) = k by rewrite size_takel // sy leq_addr.
have := h _ (all_bools_complete _ _ sz) => /all_points_at_seq /(_ (drop k y)).
rewrite size_drop sy addKn => /(_ erefl) /andP [+ _].
rewrite take_size_cat ?size_map // => /(all_nthP 0%Z) /(_ j); rewrite size_map (nth_map [::]) //.
by move=> /(_ jlt) /nonzeroP.
Qed.

Lemma selector_walk_cases k m table Fs fs point cases :
  selector_walk k m table Fs fs point cases ->
  forall i, i < cases -> size (point i) = k -> forall x : seq bool, size x = m ->
  eval (nth [::] fs i) x <> 0%Z /\
  nth false table (row_index [seq sgn (eval F (point i ++ x)) | F <- Fs]) = sgn (eval (nth [::] fs i) x).
Proof.
move=> /allP h i ilt sp x sx.
have := h _ (all_bools_complete _ _ sp) => /all_points_at_seq /(_ x sx) /andP [_].
rewrite drop_size_cat ?size_map // take_size_cat ?size_map // -map_comp !all_map all_filter.
move=> /allP /(_ i); rewrite in_iota0 ilt => /(_ isT) /=; rewrite ?eqxx /= => /andP [/nonzeroP nz /eqP e].
by split; last exact: e.
Qed.

(** B(F_0..F_k) at a point, for B a table and F_j the signs of polynomials. *)
Lemma apply_op_ptf k table n (Fs : seq poly) (y : n.-tuple bool) :
  size Fs = k.+1 ->
  apply_op (table_op k table) (fun j => ptf n (nth [::] Fs j)) y =
  nth false table (row_index [seq sgn (eval F y) | F <- Fs]).
Proof.
move=> sF; rewrite ffunE -(apply_op_tuple k) //; congr (table_op _ _ _).
by apply: eq_mktuple => j; rewrite ffunE.
Qed.

(** ** lemma-5.1 *)

Definition check_item_5_1 (it : sign_vector_item) : bool :=
  let k := sv_k it in let i := sv_index it in
  [&& i <= k, table_irreducible k (sv_table it) &
      all (fun z => all (fun j => (j == i) || (nth false z j == nth false (sv_signs it) j)) (iota 0 k.+1)
                    ==> (nth false (sv_table it) (row_index z) == sign_mul (sv_theta it) (nth false z i)))
          (all_bools k.+1)].

Definition check_lemma_5_1 (items : seq sign_vector_item) : bool := all check_item_5_1 items.

Lemma check_item_5_1_sound it : check_item_5_1 it -> Lemma_5_1_item it.
Proof.
case/and3P => ile irr /allP h; split => //; split; first exact: table_irreducible_sound.
move=> z hz; have /implyP := h _ (all_bools_complete _ _ (size_tuple z)).
move=> /(_ _) /eqP; apply; apply/allP => j; rewrite in_iota0 => jlt.
by case: eqP => [//|/eqP ne] /=; rewrite hz.
Qed.

Theorem check_lemma_5_1_sound items : check_lemma_5_1 items -> Lemma_5_1_items items.
Proof.
elim: items => [|it items IH] /=; first by [].
by case/andP => h hs it' [<-|inn]; [apply: check_item_5_1_sound | apply: IH].
Qed.

(** ** lemma-5.2 *)

Definition check_item_5_2 (it : affine_selector_item) : bool :=
  let k := as_k it in
  [&& as_j it <= k, deg_le (as_q it) 1 &
      all (fun i => Z.eqb (eval (as_q it) (unit_bits k i))
                          (if i == as_j it then 0%Z else pm1 (nth false (as_signs it) i)))
          (iota 0 k.+1)].

Definition check_lemma_5_2 (items : seq affine_selector_item) : bool := all check_item_5_2 items.

Lemma check_item_5_2_sound it : check_item_5_2 it -> Lemma_5_2_item it.
Proof.
case/and3P => jle deg /allP h; split => //; split => // i ile.
by rewrite val_e; apply/Z.eqb_eq; apply: h; rewrite in_iota0 ltnS.
Qed.

Theorem check_lemma_5_2_sound items : check_lemma_5_2 items -> Lemma_5_2_items items.
Proof.
elim: items => [|it items IH] /=; first by [].
by case/andP => h hs it' [<-|inn]; [apply: check_item_5_2_sound | apply: IH].
Qed.

(** ** lemma-5.3 *)

Definition check_lemma_5_3 (k m : nat) (F : poly) (d : nat) (f : poly) (j : nat) (theta : bool)
    (signs : seq bool) : bool :=
  [&& j <= k, deg_le F d, all_strict (k + m) [:: F], all_strict m [:: f] &
      all (fun i => all_points m [:: restrict_prefix (unit_bits k i) F; f]
                      (fun vals => sgn (nth 0%Z vals 0)
                                   == if i == j then sign_mul theta (sgn (nth 0%Z vals 1)) else nth false signs i))
          (iota 0 k.+1)].

Theorem check_lemma_5_3_sound k m F d f j theta signs :
  check_lemma_5_3 k m F d f j theta signs -> Lemma_5_3_instance k m F d f j theta signs.
Proof.
case/and5P => jle deg sF sf /allP h; split => //; split => //.
split; first exact: (all_strict_sound _ _ sF 0).
split; first exact: (all_strict_sound _ _ sf 0).
move=> i x ile; have := h i; rewrite in_iota0 ltnS => /(_ ile) /(all_points_at m (unit_bits k i) [:: F] [:: f]) /(_ x) /eqP.
by rewrite val_cat_tuple val_e.
Qed.

(** ** lemma-5.4, sparse and dense *)

Definition check_lemma_5_4 (k m : nat) (table : seq bool) (Fs : seq poly) (ds : seq nat) (fs : seq poly) : bool :=
  [&& [&& size Fs == k.+1, size ds == k.+1 & size fs == k.+1],
      table_irreducible k table, degrees_ok Fs ds &
      selector_walk k m table Fs fs (unit_bits k) k.+1].

Theorem check_lemma_5_4_sound k m table Fs ds fs :
  check_lemma_5_4 k m table Fs ds fs -> Lemma_5_4_instance k m table Fs ds fs.
Proof.
case/and4P => /and3P [/eqP sF /eqP sd /eqP sf] irr deg walk.
have hc := selector_walk_cases _ _ _ _ _ _ _ walk.
do 3 (split => //); split; first exact: table_irreducible_sound.
split; first by move=> j jle; split; [apply: degrees_ok_sound | apply: (selector_walk_gates _ _ _ _ _ _ _ walk)]; rewrite // sF.
split; first by move=> i ile x; have [] := hc i ile (size_mkseq _ _) x (size_tuple x).
move=> i x; rewrite apply_op_ptf // val_cat_tuple val_e ffunE.
by have [] := hc i (ltn_ord i) (size_mkseq _ _) x (size_tuple x).
Qed.

Definition check_dense (r m a : nat) (table : seq bool) (codes : seq nat) (Fs : seq poly) (ds : seq nat)
    (fs : seq poly) : bool :=
  [&& [&& 2 ^ r < (a.+1).*2, a.+1 <= 2 ^ r, size codes == a.+1, uniq codes & all (fun c => c < 2 ^ r) codes],
      [&& size Fs == a.+1, size ds == a.+1 & size fs == a.+1],
      table_irreducible a table, degrees_ok Fs ds &
      selector_walk r m table Fs fs (fun i => code_bits r (nth 0 codes i)) a.+1].

Theorem check_dense_sound r m a table codes Fs ds fs :
  check_dense r m a table codes Fs ds fs -> Dense_instance r m a table codes Fs ds fs.
Proof.
case/and5P => /and5P [lo hi /eqP sc uc cb] /and3P [/eqP sF /eqP sd /eqP sf] irr deg walk.
have hc := selector_walk_cases _ _ _ _ _ _ _ walk.
do 8 (split => //); split; first exact: table_irreducible_sound.
split; first by move=> j jle; split; [apply: degrees_ok_sound | apply: (selector_walk_gates _ _ _ _ _ _ _ walk)]; rewrite // sF.
split; first by move=> i ile x; have [] := hc i ile (size_mkseq _ _) x (size_tuple x).
move=> i x; rewrite apply_op_ptf // val_cat_tuple val_binary_code ffunE.
by have [] := hc i (ltn_ord i) (size_mkseq _ _) x (size_tuple x).
Qed.

(** ** theorem-4.3 *)

(** At x⁻ = z (a list of s bits), every x⁺: every h_i and g_i is nonzero, the activation is
    nonzero and phi is the selected product, or -1 on an unused code.  The values are h_0..h_{m-1}, g_0..g_{m-1}, then
    h⁺_c, g⁺_c for a used code c. *)
Definition layer_points_ok (np m : nat) (hp gp hs gs : seq poly) (w : seq Z) (bias : Z) (z : seq bool) : bool :=
  let c := code_seq z in
  all_points np ([seq restrict_prefix z F | F <- hs ++ gs] ++ (if c < m then [:: nth [::] hp c; nth [::] gp c] else [::]))
    (fun vals =>
       let ys := [seq sign_mul (sgn (nth 0%Z vals i)) (sgn (nth 0%Z vals (m + i))) | i <- iota 0 m] in
       let act := layer_activation bias w ys in
       all nonzero (take m.*2 vals) && nonzero act &&
       (sgn act == if c < m then sign_mul (sgn (nth 0%Z vals m.*2)) (sgn (nth 0%Z vals m.*2.+1)) else false)).

Definition all_deg1 (ps : seq poly) : bool := all (fun p => deg_le p 1) ps.

Definition check_theorem_4_3 (s np m : nat) (hp gp hs gs : seq poly) (w : seq Z) (bias : Z) : bool :=
  [&& [&& 0 < m, m <= 2 ^ s & 2 ^ s < m.*2],
      [&& size hp == m, size gp == m, size hs == m, size gs == m & size w == m],
      [&& all_deg1 hp, all_deg1 gp, all_deg1 hs & all_deg1 gs],
      all_strict np hp && all_strict np gp &
      all (layer_points_ok np m hp gp hs gs w bias) (all_bools s)].

Lemma all_deg1_sound ps i : all_deg1 ps -> i < size ps -> deg_le (nth [::] ps i) 1.
Proof. by move=> /all_nthP; apply. Qed.

Lemma all_take_nth (l : seq Z) n i : all nonzero (take n l) -> i < n -> i < size l -> nonzero (nth 0%Z l i).
Proof.
move=> /(all_nthP 0%Z) h ilt isz; rewrite -(nth_take 0%Z ilt); apply: h.
by rewrite size_take; case: ifP.
Qed.

Lemma layer_points_at np m hp gp hs gs w bias z x :
  layer_points_ok np m hp gp hs gs w bias z -> size x = np -> size hs = m -> size gs = m ->
  let vals := [seq eval F (z ++ x) | F <- hs ++ gs] ++
              [seq eval q x | q <- if code_seq z < m then [:: nth [::] hp (code_seq z); nth [::] gp (code_seq z)] else [::]] in
  [/\ forall i, i < m -> nth 0%Z vals i = eval (nth [::] hs i) (z ++ x) /\ nth 0%Z vals (m + i) = eval (nth [::] gs i) (z ++ x),
      all nonzero (take m.*2 vals),
      nonzero (layer_activation bias w [seq sign_mul (sgn (nth 0%Z vals i)) (sgn (nth 0%Z vals (m + i))) | i <- iota 0 m]) &
      sgn (layer_activation bias w [seq sign_mul (sgn (nth 0%Z vals i)) (sgn (nth 0%Z vals (m + i))) | i <- iota 0 m])
      = if code_seq z < m then sign_mul (sgn (nth 0%Z vals m.*2)) (sgn (nth 0%Z vals m.*2.+1)) else false].
Proof.
move=> h sx shs sgs vals; have /andP [/andP [nz0 nz] /eqP phi] := all_points_at_seq _ _ _ _ _ h x sx.
split => // i im.
have sz : size (hs ++ gs) = m + m by rewrite size_cat shs sgs.
rewrite /vals !nth_values_cat sz ltn_add2l im (leq_trans im (leq_addr _ _)).
by rewrite !nth_cat shs im ltnNge leq_addr /= addKn.
Qed.

Theorem check_theorem_4_3_sound s np m hp gp hs gs w bias :
  check_theorem_4_3 s np m hp gp hs gs w bias -> Theorem_4_3_instance s np m hp gp hs gs w bias.
Proof.
case/and5P => /and3P [m0 ms sm] /and5P [/eqP shp /eqP sgp /eqP shs /eqP sgs /eqP sw]
  /and4P [dhp dgp dhs dgs] /andP [thp tgp] /allP pts.
have at_z z x : size z = s -> size x = np -> _ := fun sz sx => layer_points_at _ _ _ _ _ _ _ _ z x
  (pts _ (all_bools_complete _ _ sz)) sx shs sgs.
(* strictness of h_i and g_i on the whole cube: split y into x⁻ and x⁺ *)
have strict i : i < m -> strict_on (s + np) (nth [::] hs i) /\ strict_on (s + np) (nth [::] gs i).
  move=> im; have sz : size (hs ++ gs) = m + m by rewrite size_cat shs sgs.
  split => y; rewrite -(cat_take_drop s y); have sy := size_tuple y;
  (have st : size (take s y) = s by rewrite size_takel // sy leq_addr);
  (have sd : size (drop s y) = np by rewrite size_drop sy addKn);
  have [hv nz _ _] := at_z _ _ st sd; apply: nonzeroP.
  - rewrite -(proj1 (hv i im)); apply: (all_take_nth _ _ _ nz); first by rewrite -addnn ltn_addr.
    by rewrite size_cat size_map sz !ltn_addr.
  - rewrite -(proj2 (hv i im)); apply: (all_take_nth _ _ _ nz); first by rewrite -addnn ltn_add2l.
    by rewrite size_cat size_map sz ltn_addr // ltn_add2l.
split; first by rewrite m0 ms. split => //.
do 5 (split => //); split.
  move=> i im; rewrite !all_deg1_sound ?shp ?sgp ?shs ?sgs //; have [sh sg] := strict i im.
  by do !split => //; apply: all_strict_sound; rewrite ?shp ?sgp.
move=> z x /=.
have [hv _ nz phi] := at_z _ _ (size_tuple z) (size_tuple x).
set vals := (_ ++ _) in hv nz phi.
have -> : [seq sign_mul (sgn (eval (nth [::] hs i) (z ++ x))) (sgn (eval (nth [::] gs i) (z ++ x))) | i <- iota 0 m]
        = [seq sign_mul (sgn (nth 0%Z vals i)) (sgn (nth 0%Z vals (m + i))) | i <- iota 0 m].
  by apply/eq_in_map => i; rewrite in_iota0 => im; have [-> ->] := hv i im.
split; first exact: nonzeroP.
rewrite /code phi; case: ifP => // cm.
have sz : size (hs ++ gs) = m + m by rewrite size_cat shs sgs.
have big : ((m + m).+1 < m + m) = false by rewrite ltnNge leqnSn.
by rewrite /vals !nth_values_cat sz -addnn ltnn big cm /= subnn subSnn.
Qed.

(** ** The lemmas' own conclusions, for one instance *)

(** Lemma 5.3 (Eq. 5.6) for this F and f: sign F is in T(k+m; d) and has the required values. *)
Corollary Lemma_5_3_instance_conclusion k m F d f j theta signs :
  Lemma_5_3_instance k m F d f j theta signs ->
  in_T (k + m) d (ptf (k + m) F) /\
  forall i (x : m.-tuple bool), i <= k ->
    ptf (k + m) F (e k i ⊕ x) = if i == j then sign_mul theta (ptf m f x) else nth false signs i.
Proof.
case=> _ [deg [sF [_ h]]]; split; first by exists F; split => //; split => // x; rewrite ffunE.
by move=> i x ile; rewrite !ffunE h.
Qed.

(** Lemma 5.4 (Eq. 5.9) for these f_i: gates in T(k+m; d_j) whose B-composition recovers every
    f_i at the points e_i ⊕ x. *)
Corollary Lemma_5_4_instance_conclusion k m table Fs ds fs :
  Lemma_5_4_instance k m table Fs ds fs ->
  exists Fs' : 'I_k.+1 -> truth_table (k + m),
    (forall j : 'I_k.+1, in_T (k + m) (nth 0 ds j) (Fs' j)) /\
    forall (i : 'I_k.+1) (x : m.-tuple bool), apply_op (table_op k table) Fs' (e k i ⊕ x) = ptf m (nth [::] fs i) x.
Proof.
case=> _ [_ [_ [_ [hF [_ h]]]]]; exists (fun j => ptf (k + m) (nth [::] Fs j)); split => // j.
have [deg sF] := hF j (ltn_ord j).
by exists (nth [::] Fs j); split => //; split => // x; rewrite ffunE.
Qed.
