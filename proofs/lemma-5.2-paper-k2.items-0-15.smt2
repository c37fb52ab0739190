; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.2: for each item: q(e_j) = 0 and q(e_i) = theta_i for i != j (Eq. 5.4)
; obligation: items-0-15: an item and some e_i with q(e_i) != (0 if i = j else theta_i) (Eq. 5.4)
; expected: sat
; why sat: Eq. 5.5 as printed fails at j = 0 (docs/errata.md)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z1_0 () Int)
(declare-fun z1_1 () Int)
(declare-fun z1_2 () Int)
(declare-fun z1_3 () Int)
(declare-fun z1_4 () Int)
(declare-fun z2_4 () Int)
(declare-fun z1_5 () Int)
(declare-fun z2_5 () Int)
(declare-fun z1_6 () Int)
(declare-fun z2_6 () Int)
(declare-fun z1_7 () Int)
(declare-fun z2_7 () Int)
(declare-fun z1_8 () Int)
(declare-fun z2_8 () Int)
(declare-fun z1_9 () Int)
(declare-fun z2_9 () Int)
(declare-fun z1_10 () Int)
(declare-fun z2_10 () Int)
(declare-fun z1_11 () Int)
(declare-fun z2_11 () Int)
(declare-fun z1_12 () Int)
(declare-fun z2_12 () Int)
(declare-fun z1_13 () Int)
(declare-fun z2_13 () Int)
(declare-fun z1_14 () Int)
(declare-fun z2_14 () Int)
(declare-fun z1_15 () Int)
(declare-fun z2_15 () Int)
(assert
 (>= z1_0 0))
(assert
 (<= z1_0 1))
(assert
 (<= z1_0 1))
(assert
 (>= z1_1 0))
(assert
 (<= z1_1 1))
(assert
 (<= z1_1 1))
(assert
 (>= z1_2 0))
(assert
 (<= z1_2 1))
(assert
 (<= z1_2 1))
(assert
 (>= z1_3 0))
(assert
 (<= z1_3 1))
(assert
 (<= z1_3 1))
(assert
 (>= z1_4 0))
(assert
 (<= z1_4 1))
(assert
 (>= z2_4 0))
(assert
 (<= z2_4 1))
(assert
 (let ((?x57 (+ z1_4 z2_4)))
 (<= ?x57 1)))
(assert
 (>= z1_5 0))
(assert
 (<= z1_5 1))
(assert
 (>= z2_5 0))
(assert
 (<= z2_5 1))
(assert
 (let ((?x74 (+ z1_5 z2_5)))
 (<= ?x74 1)))
(assert
 (>= z1_6 0))
(assert
 (<= z1_6 1))
(assert
 (>= z2_6 0))
(assert
 (<= z2_6 1))
(assert
 (let ((?x91 (+ z1_6 z2_6)))
 (<= ?x91 1)))
(assert
 (>= z1_7 0))
(assert
 (<= z1_7 1))
(assert
 (>= z2_7 0))
(assert
 (<= z2_7 1))
(assert
 (let ((?x108 (+ z1_7 z2_7)))
 (<= ?x108 1)))
(assert
 (>= z1_8 0))
(assert
 (<= z1_8 1))
(assert
 (>= z2_8 0))
(assert
 (<= z2_8 1))
(assert
 (<= (+ z1_8 z2_8) 1))
(assert
 (>= z1_9 0))
(assert
 (<= z1_9 1))
(assert
 (>= z2_9 0))
(assert
 (<= z2_9 1))
(assert
 (<= (+ z1_9 z2_9) 1))
(assert
 (>= z1_10 0))
(assert
 (<= z1_10 1))
(assert
 (>= z2_10 0))
(assert
 (<= z2_10 1))
(assert
 (<= (+ z1_10 z2_10) 1))
(assert
 (>= z1_11 0))
(assert
 (<= z1_11 1))
(assert
 (>= z2_11 0))
(assert
 (<= z2_11 1))
(assert
 (<= (+ z1_11 z2_11) 1))
(assert
 (>= z1_12 0))
(assert
 (<= z1_12 1))
(assert
 (>= z2_12 0))
(assert
 (<= z2_12 1))
(assert
 (<= (+ z1_12 z2_12) 1))
(assert
 (>= z1_13 0))
(assert
 (<= z1_13 1))
(assert
 (>= z2_13 0))
(assert
 (<= z2_13 1))
(assert
 (<= (+ z1_13 z2_13) 1))
(assert
 (>= z1_14 0))
(assert
 (<= z1_14 1))
(assert
 (>= z2_14 0))
(assert
 (<= z2_14 1))
(assert
 (<= (+ z1_14 z2_14) 1))
(assert
 (>= z1_15 0))
(assert
 (<= z1_15 1))
(assert
 (>= z2_15 0))
(assert
 (<= z2_15 1))
(assert
 (<= (+ z1_15 z2_15) 1))
(assert
 (let (($x309 (not (= (+ z1_7 z2_7) 1))))
 (let (($x305 (not (= (+ z1_6 z2_6) 1))))
 (let (($x299 (not (= (+ z1_5 z2_5) 1))))
 (let (($x293 (not (= (+ z1_4 z2_4) 1))))
 (let (($x282 (not (= z1_1 1))))
 (let (($x279 (not (= z1_0 1))))
 (or $x279 $x282 $x293 $x299 $x305 $x309))))))))
(check-sat)
