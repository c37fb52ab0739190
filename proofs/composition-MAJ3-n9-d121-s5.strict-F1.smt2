; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..2, x in {0,1}^7: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F1: a point of {0,1}^9 where F_1 = 0
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
 (let ((?x558 (+ F1 (* 202024 z1) (* 404048 z2) (* (- 19450) x0) (* (- 33140) x1) (* (- 25812) x2) (* 7692 x3) (* (- 37468) x4) (* (- 58836) x5) (* 21270 x6) (* 36244 m_x0_x1) (* 60924 m_x0_x2) (* (- 55972) m_x0_x3) (* 43974 m_x0_x4) (* 28894 m_x0_x5) (* (- 61796) m_x0_x6) (* (- 36418) m_x1_x2) (* 21426 m_x1_x3) (* (- 49514) m_x1_x4) (* 53580 m_x1_x5) (* 29390 m_x1_x6) (* 25354 m_x2_x3) (* 24398 m_x2_x4) (* 29668 m_x2_x5) (* (- 14568) m_x2_x6) (* (- 31822) m_x3_x4) (* (- 64092) m_x3_x5) (* 47004 m_x3_x6) (* 18654 m_x4_x5) (* 60508 m_x4_x6) (* (- 63194) m_x5_x6))))
 (= ?x558 185567)))
(assert
 (>= F1 (- 929485)))
(assert
 (<= F1 737649))
(assert
 (= F1 0))
(check-sat)
