; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.3: for all i in 0..3, x in {0,1}^7: F(e_i + x) = theta f(x) if i = j, theta_i otherwise (Eq. 5.6); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: strict-F0: a point of {0,1}^10 where F_0 = 0
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
(declare-fun F0 () Int)
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
 (let ((?x558 (+ F0 (* (- 756668) z1) (* (- 378334) z2) (* (- 25674) x0) (* (- 64312) x1) (* (- 59570) x2) (* 25532 x3) (* (- 40524) x4) (* 58336 x5) (* 23296 x6) (* (- 26844) m_x0_x1) (* (- 47498) m_x0_x2) (* (- 9042) m_x0_x3) (* (- 29324) m_x0_x4) (* 1586 m_x0_x5) (* 29170 m_x0_x6) (* 1322 m_x1_x2) (* (- 47744) m_x1_x3) (* (- 8972) m_x1_x4) (* 55966 m_x1_x5) (* 49654 m_x1_x6) (* 38704 m_x2_x3) (* (- 45724) m_x2_x4) (* (- 49526) m_x2_x5) (* 25378 m_x2_x6) (* (- 33392) m_x3_x4) (* (- 55276) m_x3_x5) (* 7386 m_x3_x6) (* 47916 m_x4_x5) (* 9394 m_x4_x6) (* (- 39622) m_x5_x6))))
 (= ?x558 (- 373063))))
(assert
 (>= F0 (- 746703)))
(assert
 (<= F0 1344983))
(assert
 (= F0 0))
(check-sat)
