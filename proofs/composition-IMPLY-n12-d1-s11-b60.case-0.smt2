; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^11: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
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
(declare-fun x7 () Int)
(declare-fun x8 () Int)
(declare-fun x9 () Int)
(declare-fun x10 () Int)
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
 (let ((?x140 (* 395118795378124312 x10)))
 (let ((?x138 (* 705615713495790984 x9)))
 (let ((?x136 (* 101365940235520666 x8)))
 (let ((?x134 (* (- 1140564779586261658) x7)))
 (let ((?x132 (* (- 274475443104556832) x6)))
 (let ((?x130 (* 365061171311157090 x5)))
 (let ((?x128 (* 798690525255416052 x4)))
 (let ((?x126 (* (- 1109968142168051618) x3)))
 (let ((?x124 (* (- 705267905698534852) x2)))
 (let ((?x122 (* 1013053990039322032 x1)))
 (let ((?x120 (* (- 111610153324662778) x0)))
 (= (+ F0 ?x120 ?x122 ?x124 ?x126 ?x128 ?x130 ?x132 ?x134 ?x136 ?x138 ?x140) 349127232710215653)))))))))))))
(assert
 (>= F0 (- 3029778903005115483)))
(assert
 (<= F0 3691013656592283391))
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
 (let ((?x210 (+ ?x87 ?x89 ?x91 ?x93 ?x95 ?x97 ?x99 ?x101 ?x103 ?x105 ?x107 (* (- 1) F1))))
 (= ?x210 4302714794980360925))))))))))))))
(assert
 (>= F1 (- 10397664849169154371)))
(assert
 (<= F1 (- 2137529820708840627)))
(assert
 (let ((?x74 (* (- 395118795378124312) x10)))
 (let ((?x68 (* (- 705615713495790984) x9)))
 (let ((?x62 (* (- 101365940235520666) x8)))
 (let ((?x56 (* 1140564779586261658 x7)))
 (let ((?x50 (* 274475443104556832 x6)))
 (let ((?x44 (* (- 365061171311157090) x5)))
 (let ((?x38 (* (- 798690525255416052) x4)))
 (let ((?x32 (* 1109968142168051618 x3)))
 (let ((?x26 (* 705267905698534852 x2)))
 (let ((?x20 (* (- 1013053990039322032) x1)))
 (let ((?x14 (* 111610153324662778 x0)))
 (= (+ ?x14 ?x20 ?x26 ?x32 ?x38 ?x44 ?x50 ?x56 ?x62 ?x68 ?x74 f0) (- 349127232710215653))))))))))))))
(assert
 (>= f0 (- 3691013656592283391)))
(assert
 (<= f0 3029778903005115483))
(assert
 (let (($x196 (<= f0 0)))
 (let (($x194 (not (<= F1 0))))
 (let (($x190 (<= F0 0)))
 (let (($x195 (or $x190 $x194)))
 (let (($x201 (= $x195 $x196)))
 (let (($x148 (= f0 0)))
 (let (($x115 (= F1 0)))
 (let (($x82 (= F0 0)))
 (or $x82 $x115 $x148 $x201))))))))))
(check-sat)
