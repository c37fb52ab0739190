; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^7: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: case-0: x with z = e_0 where some F_j is 0, the input is 0, or B(sign F) != target
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
(declare-fun F0 () Int)
(declare-fun F1 () Int)
(declare-fun f0 () Int)
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
 (let ((?x134 (+ F0 (* (- 53148) x0) (* (- 48570) x1) (* (- 17154) x2) (* (- 42946) x3) (* 20092 x4) (* (- 38622) x5) (* 26672 x6))))
 (= ?x134 45903)))
(assert
 (>= F0 (- 861)))
(assert
 (<= F0 246343))
(assert
 (let ((?x75 (* 42006 x6)))
 (let ((?x73 (* 58382 x5)))
 (let ((?x71 (* 10814 x4)))
 (let ((?x69 (* 52802 x3)))
 (let ((?x67 (* (- 16552) x2)))
 (let ((?x65 (* 63986 x1)))
 (let ((?x63 (* 63958 x0)))
 (= (+ ?x63 ?x65 ?x67 ?x69 ?x71 ?x73 ?x75 (* (- 1) F1)) (- 290491))))))))))
(assert
 (>= F1 273939))
(assert
 (<= F1 582439))
(assert
 (let ((?x50 (* (- 26672) x6)))
 (let ((?x44 (* 38622 x5)))
 (let ((?x38 (* (- 20092) x4)))
 (let ((?x32 (* 42946 x3)))
 (let ((?x26 (* 17154 x2)))
 (let ((?x20 (* 48570 x1)))
 (let ((?x14 (* 53148 x0)))
 (= (+ ?x14 ?x20 ?x26 ?x32 ?x38 ?x44 ?x50 (* (- 1) f0)) (- 45903))))))))))
(assert
 (>= f0 (- 861)))
(assert
 (<= f0 246343))
(assert
 (let (($x150 (<= f0 0)))
 (let (($x148 (not (<= F1 0))))
 (let (($x146 (not (<= F0 0))))
 (let (($x149 (and $x146 $x148)))
 (let (($x158 (= $x149 $x150)))
 (let (($x90 (= f0 0)))
 (let (($x83 (= F1 0)))
 (let (($x58 (= F0 0)))
 (or $x58 $x83 $x90 $x158))))))))))
(check-sat)
