; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.2: for each item: q(e_j) = 0 and q(e_i) = theta_i for i != j (Eq. 5.4)
; obligation: items-0-15: an item and some e_i with q(e_i) != (0 if i = j else theta_i) (Eq. 5.4)
; expected: sat
; why sat: Eq. 5.5 as printed fails at j = 0 (docs/errata.md)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun q_0 () Int)
(declare-fun z1_0 () Bool)
(declare-fun q_1 () Int)
(declare-fun q_2 () Int)
(declare-fun z1_2 () Bool)
(declare-fun q_3 () Int)
(declare-fun z1_3 () Bool)
(declare-fun z2_4 () Bool)
(declare-fun z1_4 () Bool)
(declare-fun q_4 () Int)
(declare-fun z2_5 () Bool)
(declare-fun z1_5 () Bool)
(declare-fun q_5 () Int)
(declare-fun z2_6 () Bool)
(declare-fun z1_6 () Bool)
(declare-fun q_6 () Int)
(declare-fun z2_7 () Bool)
(declare-fun z1_7 () Bool)
(declare-fun q_7 () Int)
(declare-fun z2_8 () Bool)
(declare-fun z1_8 () Bool)
(declare-fun q_8 () Int)
(declare-fun z2_9 () Bool)
(declare-fun z1_9 () Bool)
(declare-fun q_9 () Int)
(declare-fun z2_10 () Bool)
(declare-fun z1_10 () Bool)
(declare-fun q_10 () Int)
(declare-fun z2_11 () Bool)
(declare-fun z1_11 () Bool)
(declare-fun q_11 () Int)
(declare-fun z2_12 () Bool)
(declare-fun z1_12 () Bool)
(declare-fun q_12 () Int)
(declare-fun z2_13 () Bool)
(declare-fun z1_13 () Bool)
(declare-fun q_13 () Int)
(declare-fun z2_14 () Bool)
(declare-fun z1_14 () Bool)
(declare-fun q_14 () Int)
(declare-fun z2_15 () Bool)
(declare-fun z1_15 () Bool)
(declare-fun q_15 () Int)
(declare-fun z1_1 () Bool)
(assert
 (= (+ (ite z1_0 (- 2) 0) (* (- 1) q_0)) (- 1)))
(assert
 (= q_1 1))
(assert
 (= (+ (ite z1_2 1 0) (* (- 1) q_2)) 1))
(assert
 (= (+ (ite z1_3 (- 1) 0) (* (- 1) q_3)) (- 1)))
(assert
 (not (and z1_4 z2_4)))
(assert
 (= (+ (ite z1_4 (- 2) 0) (ite z2_4 (- 2) 0) (* (- 1) q_4)) (- 1)))
(assert
 (not (and z1_5 z2_5)))
(assert
 (= (+ (ite z2_5 (- 2) 0) (* (- 1) q_5)) (- 1)))
(assert
 (not (and z1_6 z2_6)))
(assert
 (= (+ (ite z1_6 (- 2) 0) (* (- 1) q_6)) (- 1)))
(assert
 (not (and z1_7 z2_7)))
(assert
 (= q_7 1))
(assert
 (not (and z1_8 z2_8)))
(assert
 (= (+ (ite z1_8 1 0) (* (- 1) q_8)) 1))
(assert
 (not (and z1_9 z2_9)))
(assert
 (= (+ (ite z1_9 (- 1) 0) (ite z2_9 (- 2) 0) (* (- 1) q_9)) (- 1)))
(assert
 (not (and z1_10 z2_10)))
(assert
 (let ((?x115 (ite z2_10 2 0)))
 (let ((?x113 (ite z1_10 1 0)))
 (= (+ ?x113 ?x115 (* (- 1) q_10)) 1))))
(assert
 (not (and z1_11 z2_11)))
(assert
 (= (+ (ite z1_11 (- 1) 0) (* (- 1) q_11)) (- 1)))
(assert
 (not (and z1_12 z2_12)))
(assert
 (= (+ (ite z2_12 1 0) (* (- 1) q_12)) 1))
(assert
 (not (and z1_13 z2_13)))
(assert
 (let ((?x151 (ite z2_13 (- 1) 0)))
 (let ((?x150 (ite z1_13 (- 2) 0)))
 (= (+ ?x150 ?x151 (* (- 1) q_13)) (- 1)))))
(assert
 (not (and z1_14 z2_14)))
(assert
 (let ((?x163 (ite z2_14 1 0)))
 (let ((?x162 (ite z1_14 2 0)))
 (= (+ ?x162 ?x163 (* (- 1) q_14)) 1))))
(assert
 (not (and z1_15 z2_15)))
(assert
 (= (+ (ite z2_15 (- 1) 0) (* (- 1) q_15)) (- 1)))
(assert
 (let (($x281 (not (= q_15 (ite z1_15 1 (ite z2_15 0 1))))))
 (let (($x279 (not (= q_14 (ite z1_14 1 (ite z2_14 0 (- 1)))))))
 (let (($x277 (not (= q_13 (ite z1_13 (- 1) (ite z2_13 0 1))))))
 (let (($x275 (not (= q_12 (ite z1_12 (- 1) (ite z2_12 0 (- 1)))))))
 (let (($x273 (not (= q_11 (ite z1_11 0 1)))))
 (let (($x270 (not (= q_10 (ite z1_10 0 (ite z2_10 1 (- 1)))))))
 (let (($x268 (not (= q_9 (ite z1_9 0 (ite z2_9 (- 1) 1))))))
 (let (($x266 (not (= q_8 (ite z1_8 0 (- 1))))))
 (let (($x263 (not (= q_7 (ite (or z1_7 z2_7) 1 0)))))
 (let (($x259 (not (= q_6 (ite z1_6 (- 1) (ite z2_6 1 0))))))
 (let (($x257 (not (= q_5 (ite z1_5 1 (ite z2_5 (- 1) 0))))))
 (let (($x255 (not (= q_4 (ite (or z1_4 z2_4) (- 1) 0)))))
 (let (($x251 (not (= q_3 (ite z1_3 0 1)))))
 (let (($x249 (not (= q_2 (ite z1_2 0 (- 1))))))
 (let (($x247 (not (= q_1 (ite z1_1 1 0)))))
 (let (($x243 (not (= q_0 (ite z1_0 (- 1) 0)))))
 (or $x243 $x247 $x249 $x251 $x255 $x257 $x259 $x263 $x266 $x268 $x270 $x273 $x275 $x277 $x279 $x281))))))))))))))))))
(check-sat)
