; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^11: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
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
(declare-fun x7 () Int)
(declare-fun x8 () Int)
(declare-fun x9 () Int)
(declare-fun x10 () Int)
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
 (let ((?x178 (+ F0 (* (- 111610153324662778) x0) (* 1013053990039322032 x1) (* (- 705267905698534852) x2) (* (- 1109968142168051618) x3) (* 798690525255416052 x4) (* 365061171311157090 x5) (* (- 274475443104556832) x6) (* (- 1140564779586261658) x7) (* 101365940235520666 x8) (* 705615713495790984 x9) (* 395118795378124312 x10))))
 (= ?x178 4040140889302499045)))
(assert
 (>= F0 661234753587167909))
(assert
 (<= F0 7382027313184566783))
(assert
 (let ((?x107 (* (- 461543771564555284) x10)))
 (let ((?x105 (* (- 1117129095634493048) x9)))
 (let ((?x103 (* 210032397459255526 x8)))
 (let ((?x101 (* 159931172615027598 x7)))
 (let ((?x99 (* (- 1135449647090064510) x6)))
 (let ((?x97 (* (- 814898084786030400) x5)))
 (let ((?x95 (* 837941677335843068 x4)))
 (let ((?x93 (* (- 519643403253998478) x3)))
 (let ((?x91 (* (- 1110600015536863256) x2)))
 (let ((?x89 (* (- 935686036322788470) x1)))
 (let ((?x87 (* 957279726861394106 x0)))
 (let ((?x206 (+ ?x87 ?x89 ?x91 ?x93 ?x95 ?x97 ?x99 ?x101 ?x103 ?x105 ?x107 (* (- 1) F1))))
 (= ?x206 (- 896117629604216261)))))))))))))))
(assert
 (>= F1 (- 5198832424584577185)))
(assert
 (<= F1 3061302603875736559))
(assert
 (let ((?x107 (* (- 461543771564555284) x10)))
 (let ((?x105 (* (- 1117129095634493048) x9)))
 (let ((?x103 (* 210032397459255526 x8)))
 (let ((?x101 (* 159931172615027598 x7)))
 (let ((?x99 (* (- 1135449647090064510) x6)))
 (let ((?x97 (* (- 814898084786030400) x5)))
 (let ((?x95 (* 837941677335843068 x4)))
 (let ((?x93 (* (- 519643403253998478) x3)))
 (let ((?x91 (* (- 1110600015536863256) x2)))
 (let ((?x89 (* (- 935686036322788470) x1)))
 (let ((?x87 (* 957279726861394106 x0)))
 (let ((?x211 (+ ?x87 ?x89 ?x91 ?x93 ?x95 ?x97 ?x99 ?x101 ?x103 ?x105 ?x107 (* (- 1) f1))))
 (= ?x211 (- 896117629604216261)))))))))))))))
(assert
 (>= f1 (- 5198832424584577185)))
(assert
 (<= f1 3061302603875736559))
(assert
 (let (($x191 (<= f1 0)))
 (let (($x189 (not (<= F1 0))))
 (let (($x185 (<= F0 0)))
 (let (($x190 (or $x185 $x189)))
 (let (($x196 (= $x190 $x191)))
 (let (($x122 (= f1 0)))
 (let (($x115 (= F1 0)))
 (let (($x82 (= F0 0)))
 (or $x82 $x115 $x122 $x196))))))))))
(check-sat)
