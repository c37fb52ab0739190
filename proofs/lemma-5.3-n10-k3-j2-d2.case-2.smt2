; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.3: for all i in 0..3, x in {0,1}^7: F(e_i + x) = theta f(x) if i = j, theta_i otherwise (Eq. 5.6); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: case-2: x with z = e_2 where some F_j is 0, the input is 0, or B(sign F) != target
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
 (let ((?x306 (* (- 39622) m_x5_x6)))
 (let ((?x304 (* 9394 m_x4_x6)))
 (let ((?x302 (* 47916 m_x4_x5)))
 (let ((?x300 (* 7386 m_x3_x6)))
 (let ((?x298 (* (- 55276) m_x3_x5)))
 (let ((?x296 (* (- 33392) m_x3_x4)))
 (let ((?x294 (* 25378 m_x2_x6)))
 (let ((?x292 (* (- 49526) m_x2_x5)))
 (let ((?x290 (* (- 45724) m_x2_x4)))
 (let ((?x288 (* 38704 m_x2_x3)))
 (let ((?x286 (* 49654 m_x1_x6)))
 (let ((?x284 (* 55966 m_x1_x5)))
 (let ((?x282 (* (- 8972) m_x1_x4)))
 (let ((?x280 (* (- 47744) m_x1_x3)))
 (let ((?x278 (* 1322 m_x1_x2)))
 (let ((?x276 (* 29170 m_x0_x6)))
 (let ((?x274 (* 1586 m_x0_x5)))
 (let ((?x272 (* (- 29324) m_x0_x4)))
 (let ((?x270 (* (- 9042) m_x0_x3)))
 (let ((?x268 (* (- 47498) m_x0_x2)))
 (let ((?x266 (* (- 26844) m_x0_x1)))
 (let ((?x264 (* 23296 x6)))
 (let ((?x262 (* 58336 x5)))
 (let ((?x260 (* (- 40524) x4)))
 (let ((?x258 (* 25532 x3)))
 (let ((?x256 (* (- 59570) x2)))
 (let ((?x254 (* (- 64312) x1)))
 (let ((?x252 (* (- 25674) x0)))
 (let ((?x555 (+ F0 ?x252 ?x254 ?x256 ?x258 ?x260 ?x262 ?x264 ?x266 ?x268 ?x270 ?x272 ?x274 ?x276 ?x278 ?x280 ?x282 ?x284 ?x286 ?x288 ?x290 ?x292 ?x294 ?x296 ?x298 ?x300 ?x302 ?x304 ?x306)))
 (= ?x555 5271)))))))))))))))))))))))))))))))
(assert
 (>= F0 (- 368369)))
(assert
 (<= F0 588315))
(assert
 (let ((?x239 (* 39622 m_x5_x6)))
 (let ((?x230 (* (- 9394) m_x4_x6)))
 (let ((?x221 (* (- 47916) m_x4_x5)))
 (let ((?x212 (* (- 7386) m_x3_x6)))
 (let ((?x203 (* 55276 m_x3_x5)))
 (let ((?x194 (* 33392 m_x3_x4)))
 (let ((?x185 (* (- 25378) m_x2_x6)))
 (let ((?x176 (* 49526 m_x2_x5)))
 (let ((?x167 (* 45724 m_x2_x4)))
 (let ((?x158 (* (- 38704) m_x2_x3)))
 (let ((?x149 (* (- 49654) m_x1_x6)))
 (let ((?x140 (* (- 55966) m_x1_x5)))
 (let ((?x131 (* 8972 m_x1_x4)))
 (let ((?x122 (* 47744 m_x1_x3)))
 (let ((?x113 (* (- 1322) m_x1_x2)))
 (let ((?x104 (* (- 29170) m_x0_x6)))
 (let ((?x95 (* (- 1586) m_x0_x5)))
 (let ((?x86 (* 29324 m_x0_x4)))
 (let ((?x77 (* 9042 m_x0_x3)))
 (let ((?x68 (* 47498 m_x0_x2)))
 (let ((?x59 (* 26844 m_x0_x1)))
 (let ((?x50 (* (- 23296) x6)))
 (let ((?x44 (* (- 58336) x5)))
 (let ((?x38 (* 40524 x4)))
 (let ((?x32 (* (- 25532) x3)))
 (let ((?x26 (* 59570 x2)))
 (let ((?x20 (* 64312 x1)))
 (let ((?x14 (* 25674 x0)))
 (let ((?x558 (+ ?x14 ?x20 ?x26 ?x32 ?x38 ?x44 ?x50 ?x59 ?x68 ?x77 ?x86 ?x95 ?x104 ?x113 ?x122 ?x131 ?x140 ?x149 ?x158 ?x167 ?x176 ?x185 ?x194 ?x203 ?x212 ?x221 ?x230 ?x239 f0)))
 (= ?x558 (- 5271))))))))))))))))))))))))))))))))
(assert
 (>= f0 (- 588315)))
(assert
 (<= f0 368369))
(assert
 (let (($x564 (<= f0 0)))
 (let (($x561 (<= F0 0)))
 (let (($x568 (= $x561 $x564)))
 (let (($x314 (= f0 0)))
 (let (($x247 (= F0 0)))
 (or $x247 $x314 $x568)))))))
(check-sat)
