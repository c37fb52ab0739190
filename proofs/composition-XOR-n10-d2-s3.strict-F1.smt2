; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^9: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F1: a point of {0,1}^10 where F_1 = 0
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
 (let ((?x882 (+ F1 (* (- 378580) z1) (* (- 29218) x0) (* 5992 x1) (* 37452 x2) (* (- 16950) x3) (* (- 43100) x4) (* 38382 x5) (* (- 31210) x6) (* 20916 x7) (* (- 60112) x8) (* (- 20440) m_x0_x1) (* (- 41962) m_x0_x2) (* (- 7080) m_x0_x3) (* (- 58676) m_x0_x4) (* 53390 m_x0_x5) (* (- 30962) m_x0_x6) (* 45222 m_x0_x7) (* (- 4306) m_x0_x8) (* 39906 m_x1_x2) (* (- 57664) m_x1_x3) (* 32468 m_x1_x4) (* 13042 m_x1_x5) (* (- 14462) m_x1_x6) (* 11178 m_x1_x7) (* 44582 m_x1_x8) (* (- 9274) m_x2_x3) (* 25554 m_x2_x4) (* 33212 m_x2_x5) (* 52316 m_x2_x6) (* (- 53712) m_x2_x7) (* 49924 m_x2_x8) (* (- 50316) m_x3_x4) (* 19372 m_x3_x5) (* 33162 m_x3_x6) (* (- 14586) m_x3_x7) (* 10310 m_x3_x8) (* 7718 m_x4_x5) (* 27022 m_x4_x6) (* 34006 m_x4_x7) (* 21382 m_x4_x8) (* 3306 m_x5_x6) (* 3866 m_x5_x7) (* 33698 m_x5_x8) (* (- 8072) m_x6_x7) (* 20722 m_x6_x8) (* 6446 m_x7_x8))))
 (= ?x882 (- 404737))))
(assert
 (>= F1 (- 1129283)))
(assert
 (<= F1 525945))
(assert
 (= F1 0))
(check-sat)
