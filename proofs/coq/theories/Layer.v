(** Theorem 4.3: quarks' corrected construction for every n and m, the injection of gated
    maps (the lower bound of Eq. 4.15, combinatorial part), and the erratum of Eq. 4.14. *)
Set Warnings "-notation-overridden,-ambiguous-paths".
From Coq Require Import ZArith Lia.
From mathcomp Require Import ssreflect ssrfun ssrbool eqtype ssrnat seq choice div fintype.
From mathcomp Require Import tuple finfun bigop finset ssrZ zify.
From Quarks Require Import Statements.
From Quarks.theories Require Import Poly Sets Extension.

Unset Printing Implicit Defensive.

(** ** Sums of 0/1 values *)

Definition sumZ (l : seq nat) (f : nat -> Z) : Z := foldr (fun i acc => f i + acc)%Z 0%Z l.

Lemma eval_flatten_map (P : nat -> poly) l y :
  eval (flatten [seq P i | i <- l]) y = sumZ l (fun i => eval (P i) y).
Proof. by elim: l => [|i l IH]; rewrite ?eval_nil // map_cons flatten_cons_poly eval_cat IH. Qed.

Lemma sumZ_cons i l f : sumZ (i :: l) f = (f i + sumZ l f)%Z.
Proof. by []. Qed.

Lemma sum01_ge0 l (c : nat -> bool) : (0 <= sumZ l (fun i => to01 (c i)))%Z.
Proof. by elim: l => [|i l IH]; [rewrite /=; lia | rewrite sumZ_cons; have := @to01_ge0 (c i); lia]. Qed.

Lemma sum01_pos l (c : nat -> bool) : (0 < sumZ l (fun i => to01 (c i)))%Z <-> has c l.
Proof.
elim: l => [|i l IH]; first by split => //=; lia.
rewrite sumZ_cons [has _ _]/=; have ge := sum01_ge0 l c; case: (c i).
  by change (to01 true) with 1%Z; split => // _; lia.
by change (to01 false) with 0%Z; rewrite -IH; lia.
Qed.

Lemma sum01_eq_ext l (c c' : nat -> bool) : {in l, c =1 c'} ->
  sumZ l (fun i => to01 (c i)) = sumZ l (fun i => to01 (c' i)).
Proof.
elim: l => [|i l IH] //= h; rewrite h ?mem_head // IH // => j lj.
by apply: h; rewrite in_cons lj orbT.
Qed.

(** ** Binary codes *)

Lemma bits_step (c : bool) w i : (c + 2 * w == i) = (c == odd i) && (w == i %/ 2).
Proof.
apply/eqP/andP => [<- | [/eqP -> /eqP ->]].
  split; apply/eqP; first by rewrite oddD oddM /= addbF; case: c.
  by rewrite addnC mulnC divnMDl // divn_small ?addn0 //; case: c.
by rewrite -modn2 {3}(divn_eq i 2) mulnC addnC.
Qed.

Lemma bit0 i : bit i 0 = odd i.
Proof. by rewrite /bit expn0 divn1. Qed.

Lemma bitS i b : bit i b.+1 = bit (i %/ 2) b.
Proof. by rewrite /bit expnS divnMA. Qed.

Lemma iota1_map n : iota 1 n = map (addn 1) (iota 0 n).
Proof. exact: (iotaDl 1 0 n). Qed.

(** x⁻ = i exactly when every coordinate of x⁻ is the corresponding bit of i. *)
Lemma code_bits (z : seq bool) i : i < 2 ^ size z ->
  (code_seq z == i) = all (fun b => nth false z b == bit i b) (iota 0 (size z)).
Proof.
elim: z i => [|c z IH] i /=; first by case: i.
move=> lt; rewrite bits_step bit0 iota1_map all_map IH; last first.
  by rewrite ltn_divLR // mulnC -expnS.
congr (_ && _); apply: eq_all => b /=; by rewrite bitS.
Qed.

Lemma code_lt (z : seq bool) : code_seq z < 2 ^ size z.
Proof. by elim: z => [|c z IH] //=; rewrite expnS; case: c; lia. Qed.

Lemma code_binary s i : i < 2 ^ s -> code (binary_code s i) = i.
Proof.
move=> lt; apply/eqP; rewrite /code code_bits size_tuple_of //.
by apply/allP => b; rewrite mem_iota nth_tuple_of => /andP[_ ->] /=.
Qed.

(** ** The distance polynomial D_i *)

Lemma eval_distance s i (y : seq bool) :
  eval (distance_poly s i) y = sumZ (iota 0 s) (fun b => to01 (nth false y b != bit i b)).
Proof.
rewrite /distance_poly eval_flatten_map; elim: (iota 0 s) => [|b l IH]; first by [].
rewrite !sumZ_cons IH.
congr (_ + _)%Z; case: (bit i b); rewrite ?eval_cat ?eval_const ?eval_scale eval_var;
  by case: (nth false y b).
Qed.

(** D_i(x⁻) is 0 at x⁻ = i and at least 1 elsewhere. *)
Lemma distance_zero s i (z : s.-tuple bool) (x : seq bool) : i < 2 ^ s ->
  (eval (distance_poly s i) (z ++ x) = 0%Z) <-> code z = i.
Proof.
move=> lt; rewrite eval_distance; split => [h | h].
  apply/eqP; rewrite /code code_bits size_tuple //; apply/allP => b hb.
  apply/negPn/negP => ne; have : (0 < sumZ (iota 0 s) (fun b => to01 (nth false (z ++ x) b != bit i b)))%Z.
    have bs : b < s by move: hb; rewrite mem_iota; lia.
    by apply/sum01_pos; apply/hasP; exists b => //; rewrite nth_cat size_tuple bs.
  lia.
have hz : all (fun b => nth false z b == bit i b) (iota 0 s).
  by have := code_bits z i; rewrite size_tuple => /(_ lt) <-; apply/eqP.
case: (Z.lt_total 0 (sumZ (iota 0 s) (fun b => to01 (nth false (z ++ x) b != bit i b)))) => [pos | [//|neg]].
  move/sum01_pos: pos => /hasP [b hb]; have bs : b < s by move: hb; rewrite mem_iota; lia.
  rewrite nth_cat size_tuple bs.
  by rewrite (eqP (allP hz b hb)) eqxx.
by have := sum01_ge0 (iota 0 s) (fun b => nth false (z ++ x) b != bit i b); lia.
Qed.

Lemma distance_ge0 s i y : (0 <= eval (distance_poly s i) y)%Z.
Proof. by rewrite eval_distance; apply: sum01_ge0. Qed.

Lemma distance_deg s i : deg_le (distance_poly s i) 1.
Proof.
rewrite /distance_poly deg_le_flatten; apply/allP => p /mapP [b _ ->].
by case: (bit i b); rewrite ?deg_le_cat ?deg_le_scale ?deg_le_const ?deg_le_var.
Qed.

(** ** The gates *)

Lemma eval_gated_unit s i M hp y :
  eval (gated_unit s i M hp) y = (eval hp (drop s y) - M * eval (distance_poly s i) y)%Z.
Proof. by rewrite /gated_unit eval_cat eval_shift eval_scale; lia. Qed.

Lemma eval_gating_unit s i N gp y :
  eval (gating_unit s i N gp) y = (eval gp (drop s y) + N * eval (distance_poly s i) y)%Z.
Proof. by rewrite /gating_unit eval_cat eval_shift eval_scale. Qed.

Lemma eval_or_output m (u : seq bool) :
  eval (or_output m) u = (-1 + 2 * sumZ (iota 0 m) (fun i => to01 (nth false u i)))%Z.
Proof.
rewrite /or_output eval_cat eval_const eval_flatten_map; congr (_ + _)%Z.
elim: (iota 0 m) => [|i l IH]; first by [].
by rewrite !sumZ_cons IH eval_scale eval_var; lia.
Qed.

Lemma sgn_or_output m (u : seq bool) : sgn (eval (or_output m) u) = has (nth false u) (iota 0 m).
Proof.
rewrite eval_or_output; have := sum01_ge0 (iota 0 m) (nth false u).
have := sum01_pos (iota 0 m) (nth false u).
case: (has _ _) => h ge; [apply: sgn_pos | apply: sgn_neg]; first by have := proj2 h isT; lia.
by case: (Z.lt_total 0 (sumZ (iota 0 m) (fun i => to01 (nth false u i)))) => [/h // | ]; lia.
Qed.

Theorem theorem_4_3_construction : Theorem_4_3_construction.
Proof.
move=> s np m hp gp M N /andP[m1 ms] hyp.
have sdrop : forall y : (s + np).-tuple bool, size (drop s y) = np.
  by move=> y; rewrite size_drop size_tuple addKn.
split; [|split; [|split]].
- move=> i im; have [dh [dg [sh [sg [M0 [N0 bd]]]]]] := hyp i im.
  split; [|split; [|split]].
  + by rewrite /gated_unit deg_le_cat deg_le_shift dh deg_le_scale distance_deg.
  + by rewrite /gating_unit deg_le_cat deg_le_shift dg deg_le_scale distance_deg.
  + move=> y; rewrite eval_gated_unit.
    have nz := strict_seq sh (sdrop y); have := bd (Tuple (introT eqP (sdrop y))) => /= [[bh _]].
    have := distance_ge0 s i y; case: (Z.eq_dec (eval (distance_poly s i) y) 0) => [-> | ne] ge; first lia.
    nia.
  + move=> y; rewrite eval_gating_unit.
    have nz := strict_seq sg (sdrop y); have := bd (Tuple (introT eqP (sdrop y))) => /= [[_ bg]].
    have := distance_ge0 s i y; case: (Z.eq_dec (eval (distance_poly s i) y) 0) => [-> | ne] ge; first lia.
    nia.
- by rewrite /or_output deg_le_cat deg_le_const deg_le_flatten; apply/allP => p /mapP [i _ ->];
    rewrite deg_le_scale ?deg_le_var.
- move=> u; rewrite eval_or_output; lia.
- move=> z x; rewrite /layer_output sgn_or_output.
  have cz := code_lt z; rewrite size_tuple in cz.
  (* unit i's hidden value *)
  have unit : forall i, i < m -> sign_mul (sgn (eval (gated_unit s i (M i) (hp i)) (z ⊕ x)))
                                         (sgn (eval (gating_unit s i (N i) (gp i)) (z ⊕ x))) =
                              (code z == i) && sign_mul (sgn (eval (hp i) x)) (sgn (eval (gp i) x)).
    move=> i im; have [_ [_ [sh [sg [M0 [N0 bd]]]]]] := hyp i im.
    have i2 : i < 2 ^ s by apply: leq_trans ms.
    rewrite eval_gated_unit eval_gating_unit /= drop_size_cat ?size_tuple //.
    have := distance_zero s i z x i2; case: (code z =P i) => [-> [_ /(_ erefl) ->] | ne [d0 _]] /=.
      by rewrite !Z.mul_0_r Z.sub_0_r Z.add_0_r.
    have := distance_ge0 s i (z ++ x); have := bd x => [[bh bg]] ge.
    have pos : (1 <= eval (distance_poly s i) (z ++ x))%Z.
      by case: (Z.eq_dec (eval (distance_poly s i) (z ++ x)) 0) => [/d0 //| ]; lia.
    by rewrite sgn_neg ?sgn_pos //; nia.
  have -> : has (nth false (tuple_of m (fun i => sign_mul (sgn (eval (gated_unit s i (M i) (hp i)) (z ⊕ x)))
                                                  (sgn (eval (gating_unit s i (N i) (gp i)) (z ⊕ x))))))
                (iota 0 m) =
            has (fun i => (code z == i) && sign_mul (sgn (eval (hp i) x)) (sgn (eval (gp i) x))) (iota 0 m).
    by apply: eq_in_has => i; rewrite mem_iota add0n => /andP[_ im]; rewrite nth_tuple_of im unit.
  case: ltnP => cm.
    apply/hasP/idP => [[i _ /andP[/eqP <- //]] | h]; exists (code z); first by rewrite mem_iota.
    by rewrite eqxx.
  by apply/hasP => [[i]]; rewrite mem_iota add0n => /andP[_ im] /andP[/eqP ci]; move: im; rewrite -ci ltnNge cm.
Qed.

Theorem theorem_4_3_quarks_constants : Theorem_4_3_quarks_constants.
Proof.
move=> np hp gp x; rewrite /quarks_M /quarks_N.
have := @eval_le_box_max hp x; have := @box_min_le_eval gp x; lia.
Qed.

(** ** Erratum of Eq. 4.14 *)

Theorem erratum_4_14 : Erratum_4_14.
Proof.
split.
  move=> s np m hp gp z x m2; apply/existsP.
  have m0 : 0 < m by apply: leq_trans m2.
  pose i : 'I_m := if code z == 0 then Ordinal m2 else Ordinal m0.
  exists i; rewrite /i; case: (code z =P 0) => [-> | ne] /=; last by move/eqP/negbTE: ne => ->.
  done.
move=> np hp gp z x; rewrite /paper_layer_output.
apply/existsP/idP => [[i] | h]; last by exists ord0; rewrite /code (tuple0 z) /=.
by rewrite (ord1 i) /code (tuple0 z) /=.
Qed.

(** ** The injection of gated maps (Eq. 4.15, combinatorial part) *)

Definition layer_table s np m (us : {ffun 'I_m -> truth_table np}) : truth_table (s + np) :=
  [ffun y : (s + np).-tuple bool =>
     if (insub (code (left_part y)) : option 'I_m) is Some i then us i (right_part y) else false].

Lemma layer_table_at s np m (us : {ffun 'I_m -> truth_table np}) (z : s.-tuple bool) x :
  layer_table s np m us (z ⊕ x) = if (insub (code z) : option 'I_m) is Some i then us i x else false.
Proof. by rewrite ffunE left_part_cat right_part_cat. Qed.

Lemma gated_pair_polys {np} {u : truth_table np} : in_gated_pair np u ->
  exists hg : poly * poly, [/\ deg_le hg.1 1, deg_le hg.2 1, strict_on np hg.1, strict_on np hg.2 &
    forall x, u x = sign_mul (sgn (eval hg.1 x)) (sgn (eval hg.2 x))].
Proof.
move=> [h [g [[p [dp [sp hp]]] [[q [dq [sq hq]]] hu]]]].
exists (p, q); split => // x; have := hu x; rewrite hp hq /sign_mul /pm1.
by case: (u x); case: (sgn _); case: (sgn _); lia.
Qed.

(** A family indexed by 'I_m, read at a natural number (a dummy strict constant beyond m). *)
Definition at_nat {m} (ps : 'I_m -> poly) (i : nat) : poly :=
  if (insub i : option 'I_m) is Some o then ps o else const 1.

Lemma at_nat_lt {m} (ps : 'I_m -> poly) {i} (lt : i < m) : at_nat ps i = ps (Ordinal lt).
Proof. by rewrite /at_nat insubT. Qed.

Lemma at_nat_val m (ps : 'I_m -> poly) (o : 'I_m) : at_nat ps o = ps o.
Proof. by rewrite /at_nat valK. Qed.

Theorem theorem_4_3_injection : Theorem_4_3_injection.
Proof.
move=> s np m sm; have /andP[m1 ms] := sm.
exists (layer_table s np m); split; last first.
  move=> us vs _ _ eq; apply/ffunP => i; apply/ffunP => x.
  have ci : code (binary_code s i) = i by apply: code_binary; apply: leq_trans ms.
  have := congr1 (fun F : truth_table (s + np) => F (binary_code s i ⊕ x)) eq.
  by rewrite /= !layer_table_at ci valK.
move=> us ins; split; last exact: layer_table_at.
have [hg hhg] := fin_choice (fun i => gated_pair_polys (ins i)).
pose hp := at_nat (fun i => (hg i).1); pose gp := at_nat (fun i => (hg i).2).
pose Mf i := quarks_M (hp i); pose Nf i := quarks_N (gp i).
have hyp : forall i, i < m -> deg_le (hp i) 1 /\ deg_le (gp i) 1 /\ strict_on np (hp i) /\ strict_on np (gp i) /\
    (0 <= Mf i)%Z /\ (0 <= Nf i)%Z /\
    forall x : np.-tuple bool, (eval (hp i) x < Mf i)%Z /\ (- eval (gp i) x < Nf i)%Z.
  move=> i lt; rewrite /Mf /Nf /hp /gp !(at_nat_lt _ lt); have [d1 d2 s1 s2 _] := hhg (Ordinal lt).
  do 4!split => //; have := theorem_4_3_quarks_constants; move=> qc.
  split; first by case: (qc np (hg (Ordinal lt)).1 (hg (Ordinal lt)).2 [tuple of nseq np false]).
  split; first by case: (qc np (hg (Ordinal lt)).1 (hg (Ordinal lt)).2 [tuple of nseq np false]) => _ [_ []].
  by move=> x; case: (qc np (hg (Ordinal lt)).1 (hg (Ordinal lt)).2 x) => _ [? [_ ?]].
have [gates [dor [sor out]]] := theorem_4_3_construction s np m hp gp Mf Nf sm hyp.
pose Hs (i : 'I_m) := table_of (s + np) (gated_unit s i (Mf i) (hp i)).
pose Gs (i : 'I_m) := table_of (s + np) (gating_unit s i (Nf i) (gp i)).
exists Hs, Gs, (table_of m (or_output m)); split.
  by move=> i; have [? [? [? ?]]] := gates i (ltn_ord i); split; apply: table_of_in_T.
split; first exact: table_of_in_T.
move=> y; rewrite (split_point y) layer_table_at ffunE.
set z := left_part y; set x := right_part y.
have -> : eval (or_output m) (hidden Hs Gs (z ⊕ x)) =
          eval (or_output m) (tuple_of m (fun i => sign_mul (sgn (eval (gated_unit s i (Mf i) (hp i)) (z ⊕ x)))
                                                  (sgn (eval (gating_unit s i (Nf i) (gp i)) (z ⊕ x))))).
  congr eval; apply: (@eq_from_nth _ false); first by rewrite size_tuple size_tuple_of.
  move=> i; rewrite size_tuple => lt; rewrite nth_tuple_of lt (nth_mktuple_nat _ _ lt).
  by rewrite /Hs /Gs !ffunE.
have := out z x; rewrite /layer_output => ->.
case: insubP => [o lt vo | nlt]; last by rewrite (negbTE nlt).
rewrite lt -vo /hp /gp !at_nat_val.
by have [_ _ _ _ ->] := hhg o.
Qed.

Theorem theorem_4_3_lower_bound : Theorem_4_3_lower_bound.
Proof.
move=> s np m sm; have [Phi [inPhi inj]] := theorem_4_3_injection s np m sm.
have -> : #|gated_pair_set np| ^ m = #|family (fun _ : 'I_m => gated_pair_set np) : {pred {ffun 'I_m -> truth_table np}}|.
  by rewrite card_family_prod prod_nat_const card_ord.
rewrite -(@card_in_imset _ _ Phi).
  apply: subset_leq_card; apply/subsetP => F /imsetP [us /familyP inus ->].
  rewrite inE; apply/asboolP; apply: (proj1 (inPhi us _)) => i.
  by have := inus i; rewrite inE => /asboolP.
move=> us vs /familyP hu /familyP hv; apply: inj => i.
  by have := hu i; rewrite inE => /asboolP.
by have := hv i; rewrite inE => /asboolP.
Qed.
