; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..2, x in {0,1}^7: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F2: a point of {0,1}^9 where F_2 = 0
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z2 () Int)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun x2 () Int)
(declare-fun x3 () Int)
(declare-fun x4 () Int)
(declare-fun x5 () Int)
(declare-fun x6 () Int)
(declare-fun F2 () Int)
(assert
 (>= z2 0))
(assert
 (<= z2 1))
(assert
 (>= x0 0))
(assert
 (<= x0 1))
(assert
 (>= x1 0))
(assert
 (<= x1 1))
(assert
 (>= x2 0))
(assert
 (<= x2 1))
(assert
 (>= x3 0))
(assert
 (<= x3 1))
(assert
 (>= x4 0))
(assert
 (<= x4 1))
(assert
 (>= x5 0))
(assert
 (<= x5 1))
(assert
 (>= x6 0))
(assert
 (<= x6 1))
(assert
 (let ((?x106 (+ F2 (* (- 117392) z2) (* 6290 x0) (* (- 62342) x1) (* 33042 x2) (* 27412 x3) (* (- 35374) x4) (* (- 17076) x5) (* (- 22310) x6))))
 (= ?x106 (- 137103))))
(assert
 (>= F2 (- 203847)))
(assert
 (<= F2 117391))
(assert
 (= F2 0))
(check-sat)
