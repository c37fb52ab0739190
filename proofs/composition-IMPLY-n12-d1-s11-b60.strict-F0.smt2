; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^11: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F0: a point of {0,1}^12 where F_0 = 0
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
(declare-fun F0 () Int)
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
 (let ((?x142 (+ F0 (* (- 3691013656592283392) z1) (* (- 111610153324662778) x0) (* 1013053990039322032 x1) (* (- 705267905698534852) x2) (* (- 1109968142168051618) x3) (* 798690525255416052 x4) (* 365061171311157090 x5) (* (- 274475443104556832) x6) (* (- 1140564779586261658) x7) (* 101365940235520666 x8) (* 705615713495790984 x9) (* 395118795378124312 x10))))
 (= ?x142 349127232710215653)))
(assert
 (>= F0 (- 3029778903005115483)))
(assert
 (<= F0 7382027313184566783))
(assert
 (= F0 0))
(check-sat)
