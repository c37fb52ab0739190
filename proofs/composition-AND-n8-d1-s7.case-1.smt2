; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^7: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: case-1: x with z = e_1 where some F_j is 0, the input is 0, or B(sign F) != target
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
(declare-fun f1 () Int)
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
 (= ?x134 292247)))
(assert
 (>= F0 245483))
(assert
 (<= F0 492687))
(assert
 (let ((?x75 (* 42006 x6)))
 (let ((?x73 (* 58382 x5)))
 (let ((?x71 (* 10814 x4)))
 (let ((?x69 (* 52802 x3)))
 (let ((?x67 (* (- 16552) x2)))
 (let ((?x65 (* 63986 x1)))
 (let ((?x63 (* 63958 x0)))
 (= (+ ?x63 ?x65 ?x67 ?x69 ?x71 ?x73 ?x75 (* (- 1) F1)) 729)))))))))
(assert
 (>= F1 (- 17281)))
(assert
 (<= F1 291219))
(assert
 (let ((?x75 (* 42006 x6)))
 (let ((?x73 (* 58382 x5)))
 (let ((?x71 (* 10814 x4)))
 (let ((?x69 (* 52802 x3)))
 (let ((?x67 (* (- 16552) x2)))
 (let ((?x65 (* 63986 x1)))
 (let ((?x63 (* 63958 x0)))
 (= (+ ?x63 ?x65 ?x67 ?x69 ?x71 ?x73 ?x75 (* (- 1) f1)) 729)))))))))
(assert
 (>= f1 (- 17281)))
(assert
 (<= f1 291219))
(assert
 (let (($x147 (<= f1 0)))
 (let (($x145 (not (<= F1 0))))
 (let (($x143 (not (<= F0 0))))
 (let (($x146 (and $x143 $x145)))
 (let (($x155 (= $x146 $x147)))
 (let (($x90 (= f1 0)))
 (let (($x83 (= F1 0)))
 (let (($x58 (= F0 0)))
 (or $x58 $x83 $x90 $x155))))))))))
(check-sat)
