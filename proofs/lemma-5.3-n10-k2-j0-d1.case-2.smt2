; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.3: for all i in 0..2, x in {0,1}^8: F(e_i + x) = theta f(x) if i = j, theta_i otherwise (Eq. 5.6); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: case-2: x with z = e_2 where some F_j is 0, the input is 0, or B(sign F) != target
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun x2 () Int)
(declare-fun x3 () Int)
(declare-fun x4 () Int)
(declare-fun x5 () Int)
(declare-fun x6 () Int)
(declare-fun x7 () Int)
(declare-fun F0 () Int)
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
 (>= x7 0))
(assert
 (<= x7 1))
(assert
 (let ((?x110 (+ F0 (* (- 35636) x0) (* 52848 x1) (* 41832 x2) (* (- 49664) x3) (* 56832 x4) (* 15562 x5) (* 1976 x6) (* (- 60802) x7))))
 (= ?x110 (- 146103))))
(assert
 (>= F0 (- 315153)))
(assert
 (<= F0 (- 1)))
(assert
 (let (($x113 (not (<= F0 0))))
 (let (($x64 (= F0 0)))
 (or $x64 $x113))))
(check-sat)
