; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..2, x in {0,1}^7: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
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
(declare-fun m_x0_x1 () Int)
(declare-fun m_x0_x2 () Int)
(declare-fun m_x0_x3 () Int)
(declare-fun m_x0_x4 () Int)
(declare-fun m_x0_x5 () Int)
(declare-fun m_x0_x6 () Int)
(declare-fun m_x1_x2 () Int)
(declare-fun m_x1_x3 () Int)
(declare-fun m_x1_x4 () Int)
(declare-fun m_x1_x5 () Int)
(declare-fun m_x1_x6 () Int)
(declare-fun m_x2_x3 () Int)
(declare-fun m_x2_x4 () Int)
(declare-fun m_x2_x5 () Int)
(declare-fun m_x2_x6 () Int)
(declare-fun m_x3_x4 () Int)
(declare-fun m_x3_x5 () Int)
(declare-fun m_x3_x6 () Int)
(declare-fun m_x4_x5 () Int)
(declare-fun m_x4_x6 () Int)
(declare-fun m_x5_x6 () Int)
(declare-fun F1 () Int)
(declare-fun F2 () Int)
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
 (let ((?x350 (+ F0 (* (- 30928) x0) (* 44520 x1) (* 33158 x2) (* (- 56432) x3) (* 56116 x4) (* (- 45946) x5) (* 12562 x6))))
 (= ?x350 164757)))
(assert
 (>= F0 18401))
(assert
 (<= F0 298063))
(assert
 (>= m_x0_x1 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x1)) 0))
(assert
 (>= (+ x1 (* (- 1) m_x0_x1)) 0))
(assert
 (<= (+ x0 x1 (* (- 1) m_x0_x1)) 1))
(assert
 (>= m_x0_x2 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x2)) 0))
(assert
 (>= (+ x2 (* (- 1) m_x0_x2)) 0))
(assert
 (<= (+ x0 x2 (* (- 1) m_x0_x2)) 1))
(assert
 (>= m_x0_x3 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x3)) 0))
(assert
 (>= (+ x3 (* (- 1) m_x0_x3)) 0))
(assert
 (<= (+ x0 x3 (* (- 1) m_x0_x3)) 1))
(assert
 (>= m_x0_x4 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x4)) 0))
(assert
 (>= (+ x4 (* (- 1) m_x0_x4)) 0))
(assert
 (<= (+ x0 x4 (* (- 1) m_x0_x4)) 1))
(assert
 (>= m_x0_x5 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x5)) 0))
(assert
 (>= (+ x5 (* (- 1) m_x0_x5)) 0))
(assert
 (<= (+ x0 x5 (* (- 1) m_x0_x5)) 1))
(assert
 (>= m_x0_x6 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x0_x6)) 0))
(assert
 (<= (+ x0 x6 (* (- 1) m_x0_x6)) 1))
(assert
 (>= m_x1_x2 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x2)) 0))
(assert
 (>= (+ x2 (* (- 1) m_x1_x2)) 0))
(assert
 (<= (+ x1 x2 (* (- 1) m_x1_x2)) 1))
(assert
 (>= m_x1_x3 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x3)) 0))
(assert
 (>= (+ x3 (* (- 1) m_x1_x3)) 0))
(assert
 (<= (+ x1 x3 (* (- 1) m_x1_x3)) 1))
(assert
 (>= m_x1_x4 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x4)) 0))
(assert
 (>= (+ x4 (* (- 1) m_x1_x4)) 0))
(assert
 (<= (+ x1 x4 (* (- 1) m_x1_x4)) 1))
(assert
 (>= m_x1_x5 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x5)) 0))
(assert
 (>= (+ x5 (* (- 1) m_x1_x5)) 0))
(assert
 (<= (+ x1 x5 (* (- 1) m_x1_x5)) 1))
(assert
 (>= m_x1_x6 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x1_x6)) 0))
(assert
 (<= (+ x1 x6 (* (- 1) m_x1_x6)) 1))
(assert
 (>= m_x2_x3 0))
(assert
 (>= (+ x2 (* (- 1) m_x2_x3)) 0))
(assert
 (>= (+ x3 (* (- 1) m_x2_x3)) 0))
(assert
 (<= (+ x2 x3 (* (- 1) m_x2_x3)) 1))
(assert
 (>= m_x2_x4 0))
(assert
 (>= (+ x2 (* (- 1) m_x2_x4)) 0))
(assert
 (>= (+ x4 (* (- 1) m_x2_x4)) 0))
(assert
 (<= (+ x2 x4 (* (- 1) m_x2_x4)) 1))
(assert
 (>= m_x2_x5 0))
(assert
 (>= (+ x2 (* (- 1) m_x2_x5)) 0))
(assert
 (>= (+ x5 (* (- 1) m_x2_x5)) 0))
(assert
 (<= (+ x2 x5 (* (- 1) m_x2_x5)) 1))
(assert
 (>= m_x2_x6 0))
(assert
 (>= (+ x2 (* (- 1) m_x2_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x2_x6)) 0))
(assert
 (<= (+ x2 x6 (* (- 1) m_x2_x6)) 1))
(assert
 (>= m_x3_x4 0))
(assert
 (>= (+ x3 (* (- 1) m_x3_x4)) 0))
(assert
 (>= (+ x4 (* (- 1) m_x3_x4)) 0))
(assert
 (<= (+ x3 x4 (* (- 1) m_x3_x4)) 1))
(assert
 (>= m_x3_x5 0))
(assert
 (>= (+ x3 (* (- 1) m_x3_x5)) 0))
(assert
 (>= (+ x5 (* (- 1) m_x3_x5)) 0))
(assert
 (<= (+ x3 x5 (* (- 1) m_x3_x5)) 1))
(assert
 (>= m_x3_x6 0))
(assert
 (>= (+ x3 (* (- 1) m_x3_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x3_x6)) 0))
(assert
 (<= (+ x3 x6 (* (- 1) m_x3_x6)) 1))
(assert
 (>= m_x4_x5 0))
(assert
 (>= (+ x4 (* (- 1) m_x4_x5)) 0))
(assert
 (>= (+ x5 (* (- 1) m_x4_x5)) 0))
(assert
 (<= (+ x4 x5 (* (- 1) m_x4_x5)) 1))
(assert
 (>= m_x4_x6 0))
(assert
 (>= (+ x4 (* (- 1) m_x4_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x4_x6)) 0))
(assert
 (<= (+ x4 x6 (* (- 1) m_x4_x6)) 1))
(assert
 (>= m_x5_x6 0))
(assert
 (>= (+ x5 (* (- 1) m_x5_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x5_x6)) 0))
(assert
 (<= (+ x5 x6 (* (- 1) m_x5_x6)) 1))
(assert
 (let ((?x264 (* 63194 m_x5_x6)))
 (let ((?x255 (* (- 60508) m_x4_x6)))
 (let ((?x246 (* (- 18654) m_x4_x5)))
 (let ((?x237 (* (- 47004) m_x3_x6)))
 (let ((?x228 (* 64092 m_x3_x5)))
 (let ((?x219 (* 31822 m_x3_x4)))
 (let ((?x210 (* 14568 m_x2_x6)))
 (let ((?x201 (* (- 29668) m_x2_x5)))
 (let ((?x192 (* (- 24398) m_x2_x4)))
 (let ((?x183 (* (- 25354) m_x2_x3)))
 (let ((?x174 (* (- 29390) m_x1_x6)))
 (let ((?x165 (* (- 53580) m_x1_x5)))
 (let ((?x156 (* 49514 m_x1_x4)))
 (let ((?x147 (* (- 21426) m_x1_x3)))
 (let ((?x138 (* 36418 m_x1_x2)))
 (let ((?x129 (* 61796 m_x0_x6)))
 (let ((?x120 (* (- 28894) m_x0_x5)))
 (let ((?x111 (* (- 43974) m_x0_x4)))
 (let ((?x102 (* 55972 m_x0_x3)))
 (let ((?x93 (* (- 60924) m_x0_x2)))
 (let ((?x84 (* (- 36244) m_x0_x1)))
 (let ((?x75 (* (- 21270) x6)))
 (let ((?x73 (* 58836 x5)))
 (let ((?x71 (* 37468 x4)))
 (let ((?x69 (* (- 7692) x3)))
 (let ((?x67 (* 25812 x2)))
 (let ((?x65 (* 33140 x1)))
 (let ((?x63 (* 19450 x0)))
 (let ((?x622 (+ ?x63 ?x65 ?x67 ?x69 ?x71 ?x73 ?x75 (* (- 1) F1) ?x84 ?x93 ?x102 ?x111 ?x120 ?x129 ?x138 ?x147 ?x156 ?x165 ?x174 ?x183 ?x192 ?x201 ?x210 ?x219 ?x228 ?x237 ?x246 ?x255 ?x264)))
 (= ?x622 16457)))))))))))))))))))))))))))))))
(assert
 (>= F1 (- 525437)))
(assert
 (<= F1 535625))
(assert
 (let ((?x581 (+ (* 6290 x0) (* (- 62342) x1) (* 33042 x2) (* 27412 x3) (* (- 35374) x4) (* (- 17076) x5) (* (- 22310) x6) F2)))
 (= ?x581 (- 137103))))
(assert
 (>= F2 (- 203847)))
(assert
 (<= F2 (- 1)))
(assert
 (let ((?x264 (* 63194 m_x5_x6)))
 (let ((?x255 (* (- 60508) m_x4_x6)))
 (let ((?x246 (* (- 18654) m_x4_x5)))
 (let ((?x237 (* (- 47004) m_x3_x6)))
 (let ((?x228 (* 64092 m_x3_x5)))
 (let ((?x219 (* 31822 m_x3_x4)))
 (let ((?x210 (* 14568 m_x2_x6)))
 (let ((?x201 (* (- 29668) m_x2_x5)))
 (let ((?x192 (* (- 24398) m_x2_x4)))
 (let ((?x183 (* (- 25354) m_x2_x3)))
 (let ((?x174 (* (- 29390) m_x1_x6)))
 (let ((?x165 (* (- 53580) m_x1_x5)))
 (let ((?x156 (* 49514 m_x1_x4)))
 (let ((?x147 (* (- 21426) m_x1_x3)))
 (let ((?x138 (* 36418 m_x1_x2)))
 (let ((?x129 (* 61796 m_x0_x6)))
 (let ((?x120 (* (- 28894) m_x0_x5)))
 (let ((?x111 (* (- 43974) m_x0_x4)))
 (let ((?x102 (* 55972 m_x0_x3)))
 (let ((?x93 (* (- 60924) m_x0_x2)))
 (let ((?x84 (* (- 36244) m_x0_x1)))
 (let ((?x75 (* (- 21270) x6)))
 (let ((?x73 (* 58836 x5)))
 (let ((?x71 (* 37468 x4)))
 (let ((?x69 (* (- 7692) x3)))
 (let ((?x67 (* 25812 x2)))
 (let ((?x65 (* 33140 x1)))
 (let ((?x63 (* 19450 x0)))
 (let ((?x644 (+ ?x63 ?x65 ?x67 ?x69 ?x71 ?x73 ?x75 ?x84 ?x93 ?x102 ?x111 ?x120 ?x129 ?x138 ?x147 ?x156 ?x165 ?x174 ?x183 ?x192 ?x201 ?x210 ?x219 ?x228 ?x237 ?x246 ?x255 ?x264 (* (- 1) f1))))
 (= ?x644 16457)))))))))))))))))))))))))))))))
(assert
 (>= f1 (- 525437)))
(assert
 (<= f1 535625))
(assert
 (let (($x595 (<= f1 0)))
 (let (($x584 (<= F0 0)))
 (let (($x594 (ite $x584 (and (not (<= F1 0)) (not (<= F2 0))) (or (not (<= F1 0)) (not (<= F2 0))))))
 (let (($x600 (= $x594 $x595)))
 (let (($x304 (= f1 0)))
 (let (($x297 (= F2 0)))
 (let (($x272 (= F1 0)))
 (let (($x58 (= F0 0)))
 (or $x58 $x272 $x297 $x304 $x600))))))))))
(check-sat)
