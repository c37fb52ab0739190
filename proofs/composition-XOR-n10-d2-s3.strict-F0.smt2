; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^9: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F0: a point of {0,1}^10 where F_0 = 0
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
(declare-fun m_x0_x1 () Int)
(declare-fun m_x0_x2 () Int)
(declare-fun m_x0_x3 () Int)
(declare-fun m_x0_x4 () Int)
(declare-fun m_x0_x5 () Int)
(declare-fun m_x0_x6 () Int)
(declare-fun m_x0_x7 () Int)
(declare-fun m_x0_x8 () Int)
(declare-fun m_x1_x2 () Int)
(declare-fun m_x1_x3 () Int)
(declare-fun m_x1_x4 () Int)
(declare-fun m_x1_x5 () Int)
(declare-fun m_x1_x6 () Int)
(declare-fun m_x1_x7 () Int)
(declare-fun m_x1_x8 () Int)
(declare-fun m_x2_x3 () Int)
(declare-fun m_x2_x4 () Int)
(declare-fun m_x2_x5 () Int)
(declare-fun m_x2_x6 () Int)
(declare-fun m_x2_x7 () Int)
(declare-fun m_x2_x8 () Int)
(declare-fun m_x3_x4 () Int)
(declare-fun m_x3_x5 () Int)
(declare-fun m_x3_x6 () Int)
(declare-fun m_x3_x7 () Int)
(declare-fun m_x3_x8 () Int)
(declare-fun m_x4_x5 () Int)
(declare-fun m_x4_x6 () Int)
(declare-fun m_x4_x7 () Int)
(declare-fun m_x4_x8 () Int)
(declare-fun m_x5_x6 () Int)
(declare-fun m_x5_x7 () Int)
(declare-fun m_x5_x8 () Int)
(declare-fun m_x6_x7 () Int)
(declare-fun m_x6_x8 () Int)
(declare-fun m_x7_x8 () Int)
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
 (>= m_x0_x7 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x0_x7)) 0))
(assert
 (<= (+ x0 x7 (* (- 1) m_x0_x7)) 1))
(assert
 (>= m_x0_x8 0))
(assert
 (>= (+ x0 (* (- 1) m_x0_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x0_x8)) 0))
(assert
 (<= (+ x0 x8 (* (- 1) m_x0_x8)) 1))
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
 (>= m_x1_x7 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x1_x7)) 0))
(assert
 (<= (+ x1 x7 (* (- 1) m_x1_x7)) 1))
(assert
 (>= m_x1_x8 0))
(assert
 (>= (+ x1 (* (- 1) m_x1_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x1_x8)) 0))
(assert
 (<= (+ x1 x8 (* (- 1) m_x1_x8)) 1))
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
 (>= m_x2_x7 0))
(assert
 (>= (+ x2 (* (- 1) m_x2_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x2_x7)) 0))
(assert
 (<= (+ x2 x7 (* (- 1) m_x2_x7)) 1))
(assert
 (>= m_x2_x8 0))
(assert
 (>= (+ x2 (* (- 1) m_x2_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x2_x8)) 0))
(assert
 (<= (+ x2 x8 (* (- 1) m_x2_x8)) 1))
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
 (>= m_x3_x7 0))
(assert
 (>= (+ x3 (* (- 1) m_x3_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x3_x7)) 0))
(assert
 (<= (+ x3 x7 (* (- 1) m_x3_x7)) 1))
(assert
 (>= m_x3_x8 0))
(assert
 (>= (+ x3 (* (- 1) m_x3_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x3_x8)) 0))
(assert
 (<= (+ x3 x8 (* (- 1) m_x3_x8)) 1))
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
 (>= m_x4_x7 0))
(assert
 (>= (+ x4 (* (- 1) m_x4_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x4_x7)) 0))
(assert
 (<= (+ x4 x7 (* (- 1) m_x4_x7)) 1))
(assert
 (>= m_x4_x8 0))
(assert
 (>= (+ x4 (* (- 1) m_x4_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x4_x8)) 0))
(assert
 (<= (+ x4 x8 (* (- 1) m_x4_x8)) 1))
(assert
 (>= m_x5_x6 0))
(assert
 (>= (+ x5 (* (- 1) m_x5_x6)) 0))
(assert
 (>= (+ x6 (* (- 1) m_x5_x6)) 0))
(assert
 (<= (+ x5 x6 (* (- 1) m_x5_x6)) 1))
(assert
 (>= m_x5_x7 0))
(assert
 (>= (+ x5 (* (- 1) m_x5_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x5_x7)) 0))
(assert
 (<= (+ x5 x7 (* (- 1) m_x5_x7)) 1))
(assert
 (>= m_x5_x8 0))
(assert
 (>= (+ x5 (* (- 1) m_x5_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x5_x8)) 0))
(assert
 (<= (+ x5 x8 (* (- 1) m_x5_x8)) 1))
(assert
 (>= m_x6_x7 0))
(assert
 (>= (+ x6 (* (- 1) m_x6_x7)) 0))
(assert
 (>= (+ x7 (* (- 1) m_x6_x7)) 0))
(assert
 (<= (+ x6 x7 (* (- 1) m_x6_x7)) 1))
(assert
 (>= m_x6_x8 0))
(assert
 (>= (+ x6 (* (- 1) m_x6_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x6_x8)) 0))
(assert
 (<= (+ x6 x8 (* (- 1) m_x6_x8)) 1))
(assert
 (>= m_x7_x8 0))
(assert
 (>= (+ x7 (* (- 1) m_x7_x8)) 0))
(assert
 (>= (+ x8 (* (- 1) m_x7_x8)) 0))
(assert
 (<= (+ x7 x8 (* (- 1) m_x7_x8)) 1))
(assert
 (let ((?x882 (+ F0 (* 560620 z1) (* 43942 x0) (* (- 28426) x1) (* (- 41134) x2) (* 50324 x3) (* (- 46972) x4) (* (- 31904) x5) (* 63456 x6) (* (- 46882) x7) (* (- 26482) x8) (* 21578 m_x0_x1) (* (- 61580) m_x0_x2) (* 65180 m_x0_x3) (* (- 200) m_x0_x4) (* (- 46452) m_x0_x5) (* 8026 m_x0_x6) (* 36746 m_x0_x7) (* 52562 m_x0_x8) (* (- 48392) m_x1_x2) (* 16640 m_x1_x3) (* (- 13316) m_x1_x4) (* 19338 m_x1_x5) (* 48102 m_x1_x6) (* (- 5104) m_x1_x7) (* 28134 m_x1_x8) (* 62358 m_x2_x3) (* 63616 m_x2_x4) (* (- 33574) m_x2_x5) (* (- 30096) m_x2_x6) (* 55488 m_x2_x7) (* 23418 m_x2_x8) (* 17230 m_x3_x4) (* 34888 m_x3_x5) (* 46332 m_x3_x6) (* (- 40960) m_x3_x7) (* 51884 m_x3_x8) (* (- 6924) m_x4_x5) (* 18114 m_x4_x6) (* (- 16408) m_x4_x7) (* (- 58942) m_x4_x8) (* (- 27842) m_x5_x6) (* 65156 m_x5_x7) (* 51336 m_x5_x8) (* 9502 m_x6_x7) (* 7422 m_x6_x8) (* 30806 m_x7_x8))))
 (= ?x882 (- 63317))))
(assert
 (>= F0 (- 1615515)))
(assert
 (<= F0 548273))
(assert
 (= F0 0))
(check-sat)
