; quarks proof obligation (a bound that code-0 asserts, negated; a model would be 0/1 values of the monomials where it fails)
; claim: theorem-4.3: for all codes c < 2^2, x+ in {0,1}^2: phi(h_0 g_0..h_2 g_2)(x- = c, x+) = h+_c(x+) g+_c(x+) if c < m = 3, -1 otherwise (Eqs. 4.13-4.15); h_i, g_i of degree <= 1; every gate, input and phi strict on {0,1}^4
; obligation: code-0.bound-H1: 0/1 values of the monomials where H1 (defined as in code-0) is below -62779 or above -1, the bounds code-0 asserts
; expected: unsat
(set-info :status unsat)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun H1 () Int)
(assert (<= 0 x0))
(assert (<= x0 1))
(assert (<= 0 x1))
(assert (<= x1 1))
(assert (= H1 (+ (- 60803) (* (- 1976) x0) (* 60802 x1))))
(assert (or (< H1 (- 62779)) (> H1 (- 1))))
(check-sat)
