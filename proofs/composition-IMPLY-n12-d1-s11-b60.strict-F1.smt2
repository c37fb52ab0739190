; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^11: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F1: a point of {0,1}^12 where F_1 = 0
; expected: unsat
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun z1 () Int)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun x2 () Int)
(declare-fun x3 () Int)
(declare-fun x4 () Int)
(declare-fun x5 () Int)
(declare-fun x6 () Int)
(declare-fun x7 () Int)
(declare-fun x8 () Int)
(declare-fun x9 () Int)
(declare-fun x10 () Int)
(declare-fun F1 () Int)
(assert
 (>= z1 0))
(assert
 (<= z1 1))
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
 (>= x8 0))
(assert
 (<= x8 1))
(assert
 (>= x9 0))
(assert
 (<= x9 1))
(assert
 (>= x10 0))
(assert
 (<= x10 1))
(assert
 (let ((?x142 (+ F1 (* (- 5198832424584577186) z1) (* (- 957279726861394106) x0) (* 935686036322788470 x1) (* 1110600015536863256 x2) (* 519643403253998478 x3) (* (- 837941677335843068) x4) (* 814898084786030400 x5) (* 1135449647090064510 x6) (* (- 159931172615027598) x7) (* (- 210032397459255526) x8) (* 1117129095634493048 x9) (* 461543771564555284 x10))))
 (= ?x142 (- 4302714794980360925))))
(assert
 (>= F1 (- 10397664849169154371)))
(assert
 (<= F1 3061302603875736559))
(assert
 (= F1 0))
(check-sat)
