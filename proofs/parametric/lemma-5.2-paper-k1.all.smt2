; quarks prove lemma-5.2-paper (Lemma 5.2, Eq. 5.5 as printed), k = 1, obligation all
; claim: Eq. 5.5 as printed fails for some j, theta (sat; the countermodel has j = 0) and holds for every j >= 1 and every theta (unsat)
; negated (a model would be a counterexample): j, theta_0..theta_k in {-1,1} and some i with q(e_i) != (0 if i = j else theta_i)
; expected: sat
; why sat: j = 0, theta_0 = -1, theta_1 = -1: k = 1, j = 0: q(e_0) = -1, expected 0
(set-info :status sat)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun j () Int)
(declare-fun t0 () Int)
(declare-fun t1 () Int)
(declare-fun q0 () Int)
(declare-fun q1 () Int)
(assert (and (<= 0 j) (<= j 1)))
(assert (or (= t0 (- 1)) (= t0 1)))
(assert (or (= t1 (- 1)) (= t1 1)))
(assert (= q0 (ite (= j 0) t0 t0)))
(assert (= q1 (ite (= j 0) (+ t1 (- t0)) (- t0))))
(assert (or (ite (= j 0) (not (= q0 0)) (not (= q0 t0))) (ite (= j 1) (not (= (+ q0 q1) 0)) (not (= (+ q0 q1) t1)))))
(check-sat)
