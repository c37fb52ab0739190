; quarks proof obligation (negated claim; a model would be a counterexample)
; claim: lemma-5.4: for all i in 0..1, x in {0,1}^9: B(F_0..F_k)(e_i + x) = f_i(x) (Eq. 5.9); deg F_j <= d_j; f strict; F strict on {0,1}^n
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
 (let ((?x987 (+ F0 (* 43942 x0) (* (- 28426) x1) (* (- 41134) x2) (* 50324 x3) (* (- 46972) x4) (* (- 31904) x5) (* 63456 x6) (* (- 46882) x7) (* (- 26482) x8) (* 21578 m_x0_x1) (* (- 61580) m_x0_x2) (* 65180 m_x0_x3) (* (- 200) m_x0_x4) (* (- 46452) m_x0_x5) (* 8026 m_x0_x6) (* 36746 m_x0_x7) (* 52562 m_x0_x8) (* (- 48392) m_x1_x2) (* 16640 m_x1_x3) (* (- 13316) m_x1_x4) (* 19338 m_x1_x5) (* 48102 m_x1_x6) (* (- 5104) m_x1_x7) (* 28134 m_x1_x8) (* 62358 m_x2_x3) (* 63616 m_x2_x4) (* (- 33574) m_x2_x5) (* (- 30096) m_x2_x6) (* 55488 m_x2_x7) (* 23418 m_x2_x8) (* 17230 m_x3_x4) (* 34888 m_x3_x5) (* 46332 m_x3_x6) (* (- 40960) m_x3_x7) (* 51884 m_x3_x8) (* (- 6924) m_x4_x5) (* 18114 m_x4_x6) (* (- 16408) m_x4_x7) (* (- 58942) m_x4_x8) (* (- 27842) m_x5_x6) (* 65156 m_x5_x7) (* 51336 m_x5_x8) (* 9502 m_x6_x7) (* 7422 m_x6_x8) (* 30806 m_x7_x8))))
 (= ?x987 (- 623937))))
(assert
 (>= F0 (- 1615515)))
(assert
 (<= F0 (- 12347)))
(assert
 (let ((?x487 (* (- 6446) m_x7_x8)))
 (let ((?x485 (* (- 20722) m_x6_x8)))
 (let ((?x483 (* 8072 m_x6_x7)))
 (let ((?x481 (* (- 33698) m_x5_x8)))
 (let ((?x479 (* (- 3866) m_x5_x7)))
 (let ((?x477 (* (- 3306) m_x5_x6)))
 (let ((?x475 (* (- 21382) m_x4_x8)))
 (let ((?x473 (* (- 34006) m_x4_x7)))
 (let ((?x471 (* (- 27022) m_x4_x6)))
 (let ((?x469 (* (- 7718) m_x4_x5)))
 (let ((?x467 (* (- 10310) m_x3_x8)))
 (let ((?x465 (* 14586 m_x3_x7)))
 (let ((?x463 (* (- 33162) m_x3_x6)))
 (let ((?x461 (* (- 19372) m_x3_x5)))
 (let ((?x459 (* 50316 m_x3_x4)))
 (let ((?x457 (* (- 49924) m_x2_x8)))
 (let ((?x455 (* 53712 m_x2_x7)))
 (let ((?x453 (* (- 52316) m_x2_x6)))
 (let ((?x451 (* (- 33212) m_x2_x5)))
 (let ((?x449 (* (- 25554) m_x2_x4)))
 (let ((?x447 (* 9274 m_x2_x3)))
 (let ((?x445 (* (- 44582) m_x1_x8)))
 (let ((?x443 (* (- 11178) m_x1_x7)))
 (let ((?x441 (* 14462 m_x1_x6)))
 (let ((?x439 (* (- 13042) m_x1_x5)))
 (let ((?x437 (* (- 32468) m_x1_x4)))
 (let ((?x435 (* 57664 m_x1_x3)))
 (let ((?x433 (* (- 39906) m_x1_x2)))
 (let ((?x431 (* 4306 m_x0_x8)))
 (let ((?x429 (* (- 45222) m_x0_x7)))
 (let ((?x427 (* 30962 m_x0_x6)))
 (let ((?x425 (* (- 53390) m_x0_x5)))
 (let ((?x423 (* 58676 m_x0_x4)))
 (let ((?x421 (* 7080 m_x0_x3)))
 (let ((?x419 (* 41962 m_x0_x2)))
 (let ((?x417 (* 20440 m_x0_x1)))
 (let ((?x415 (* 60112 x8)))
 (let ((?x413 (* (- 20916) x7)))
 (let ((?x411 (* 31210 x6)))
 (let ((?x409 (* (- 38382) x5)))
 (let ((?x407 (* 43100 x4)))
 (let ((?x405 (* 16950 x3)))
 (let ((?x403 (* (- 37452) x2)))
 (let ((?x401 (* (- 5992) x1)))
 (let ((?x399 (* 29218 x0)))
 (let ((?x1082 (+ ?x399 ?x401 ?x403 ?x405 ?x407 ?x409 ?x411 ?x413 ?x415 ?x417 ?x419 ?x421 ?x423 ?x425 ?x427 ?x429 ?x431 ?x433 ?x435 ?x437 ?x439 ?x441 ?x443 ?x445 ?x447 ?x449 ?x451 ?x453 ?x455 ?x457 ?x459 ?x461 ?x463 ?x465 ?x467 ?x469 ?x471 ?x473 ?x475 ?x477 ?x479 ?x481 ?x483 ?x485 ?x487 (* (- 1) F1))))
 (= ?x1082 26157))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (>= F1 (- 750703)))
(assert
 (<= F1 525945))
(assert
 (let ((?x487 (* (- 6446) m_x7_x8)))
 (let ((?x485 (* (- 20722) m_x6_x8)))
 (let ((?x483 (* 8072 m_x6_x7)))
 (let ((?x481 (* (- 33698) m_x5_x8)))
 (let ((?x479 (* (- 3866) m_x5_x7)))
 (let ((?x477 (* (- 3306) m_x5_x6)))
 (let ((?x475 (* (- 21382) m_x4_x8)))
 (let ((?x473 (* (- 34006) m_x4_x7)))
 (let ((?x471 (* (- 27022) m_x4_x6)))
 (let ((?x469 (* (- 7718) m_x4_x5)))
 (let ((?x467 (* (- 10310) m_x3_x8)))
 (let ((?x465 (* 14586 m_x3_x7)))
 (let ((?x463 (* (- 33162) m_x3_x6)))
 (let ((?x461 (* (- 19372) m_x3_x5)))
 (let ((?x459 (* 50316 m_x3_x4)))
 (let ((?x457 (* (- 49924) m_x2_x8)))
 (let ((?x455 (* 53712 m_x2_x7)))
 (let ((?x453 (* (- 52316) m_x2_x6)))
 (let ((?x451 (* (- 33212) m_x2_x5)))
 (let ((?x449 (* (- 25554) m_x2_x4)))
 (let ((?x447 (* 9274 m_x2_x3)))
 (let ((?x445 (* (- 44582) m_x1_x8)))
 (let ((?x443 (* (- 11178) m_x1_x7)))
 (let ((?x441 (* 14462 m_x1_x6)))
 (let ((?x439 (* (- 13042) m_x1_x5)))
 (let ((?x437 (* (- 32468) m_x1_x4)))
 (let ((?x435 (* 57664 m_x1_x3)))
 (let ((?x433 (* (- 39906) m_x1_x2)))
 (let ((?x431 (* 4306 m_x0_x8)))
 (let ((?x429 (* (- 45222) m_x0_x7)))
 (let ((?x427 (* 30962 m_x0_x6)))
 (let ((?x425 (* (- 53390) m_x0_x5)))
 (let ((?x423 (* 58676 m_x0_x4)))
 (let ((?x421 (* 7080 m_x0_x3)))
 (let ((?x419 (* 41962 m_x0_x2)))
 (let ((?x417 (* 20440 m_x0_x1)))
 (let ((?x415 (* 60112 x8)))
 (let ((?x413 (* (- 20916) x7)))
 (let ((?x411 (* 31210 x6)))
 (let ((?x409 (* (- 38382) x5)))
 (let ((?x407 (* 43100 x4)))
 (let ((?x405 (* 16950 x3)))
 (let ((?x403 (* (- 37452) x2)))
 (let ((?x401 (* (- 5992) x1)))
 (let ((?x399 (* 29218 x0)))
 (let ((?x1087 (+ ?x399 ?x401 ?x403 ?x405 ?x407 ?x409 ?x411 ?x413 ?x415 ?x417 ?x419 ?x421 ?x423 ?x425 ?x427 ?x429 ?x431 ?x433 ?x435 ?x437 ?x439 ?x441 ?x443 ?x445 ?x447 ?x449 ?x451 ?x453 ?x455 ?x457 ?x459 ?x461 ?x463 ?x465 ?x467 ?x469 ?x471 ?x473 ?x475 ?x477 ?x479 ?x481 ?x483 ?x485 ?x487 (* (- 1) f1))))
 (= ?x1087 26157))))))))))))))))))))))))))))))))))))))))))))))))
(assert
 (>= f1 (- 750703)))
(assert
 (<= f1 525945))
(assert
 (let (($x1001 (not (<= f1 0))))
 (let (($x1005 (= (= (<= F0 0) (<= F1 0)) $x1001)))
 (let (($x502 (= f1 0)))
 (let (($x495 (= F1 0)))
 (let (($x394 (= F0 0)))
 (or $x394 $x495 $x502 $x1005)))))))
(check-sat)
