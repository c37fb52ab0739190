; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..2, x in {0,1}^7: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F0: a point of {0,1}^9 where F_0 = 0
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z1 () Int)
(declare-fun z2 () Int)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun x2 () Int)
(declare-fun x3 () Int)
(declare-fun x4 () Int)
(declare-fun x5 () Int)
(declare-fun x6 () Int)
(declare-fun F0 () Int)
(assert
 (>= z1 0))
(assert
 (<= z1 1))
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
 (let ((?x113 (+ F0 (* (- 149032) z1) (* (- 149032) z2) (* (- 30928) x0) (* 44520 x1) (* 33158 x2) (* (- 56432) x3) (* 56116 x4) (* (- 45946) x5) (* 12562 x6))))
 (= ?x113 15725)))
(assert
 (>= F0 (- 130631)))
(assert
 (<= F0 447095))
(assert
 (= F0 0))
(check-sat)
