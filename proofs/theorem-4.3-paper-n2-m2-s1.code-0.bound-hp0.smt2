; quarks proof obligation (a bound that code-0 asserts, negated; a model would be 0/1 values of the monomials where it fails)
; claim: theorem-4.3: for all codes c < 2^1, x+ in {0,1}^1: phi(h_0 g_0..h_1 g_1)(x- = c, x+) = h+_c(x+) g+_c(x+) if c < m = 2, -1 otherwise (Eqs. 4.13-4.15); h_i, g_i of degree <= 1; every gate, input and phi strict on {0,1}^2
; obligation: code-0.bound-hp0: 0/1 values of the monomials where hp0 (defined as in code-0) is below 57041 or above 92677, the bounds code-0 asserts
; expected: unsat
(set-info :status unsat)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun x0 () Int)
(declare-fun hp0 () Int)
(assert (<= 0 x0))
(assert (<= x0 1))
(assert (= hp0 (+ 57041 (* 35636 x0))))
(assert (or (< hp0 57041) (> hp0 92677)))
(check-sat)
