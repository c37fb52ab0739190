; quarks proof obligation (a bound that code-0 asserts, negated; a model would be 0/1 values of the monomials where it fails)
; claim: theorem-4.3: for all codes c < 2^2, x+ in {0,1}^2: phi(h_0 g_0..h_2 g_2)(x- = c, x+) = h+_c(x+) g+_c(x+) if c < m = 3, -1 otherwise (Eqs. 4.13-4.15); h_i, g_i of degree <= 1; every gate, input and phi strict on {0,1}^4
; obligation: code-0.bound-G0: 0/1 values of the monomials where G0 (defined as in code-0) is below -98663 or above 7833, the bounds code-0 asserts
; expected: unsat
(set-info :status unsat)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun G0 () Int)
(assert (<= 0 x0))
(assert (<= x0 1))
(assert (<= 0 x1))
(assert (<= x1 1))
(assert (= G0 (+ (- 41831) (* 49664 x0) (* (- 56832) x1))))
(assert (or (< G0 (- 98663)) (> G0 7833)))
(check-sat)
