; quarks proof obligation (a bound that case-2 asserts, negated; a model would be 0/1 values of the monomials where it fails)
; claim: lemma-5.4: for all i in 0..2, x in {0,1}^3: B(F_0..F_2)(c_i + x) = f_i(x), c_i the dense code of case i on 2 selector variables (Eq. 5.9 with dense selectors, docs/dense-selectors.md); deg F_j <= d_j; f strict; F strict on {0,1}^n
; obligation: case-2.bound-F2: 0/1 values of the monomials where F2 (defined as in case-2) is below -112707 or above -26843, the bounds case-2 asserts
; expected: unsat
(set-info :status unsat)
; produce-unsat-cores only steers z3's QF_LIA strategy away from bit-blasting
(set-option :produce-unsat-cores true)
(set-logic QF_LIA)
(declare-fun x0 () Int)
(declare-fun x1 () Int)
(declare-fun x2 () Int)
(declare-fun F2 () Int)
(assert (<= 0 x0))
(assert (<= x0 1))
(assert (<= 0 x1))
(assert (<= x1 1))
(assert (<= 0 x2))
(assert (<= x2 1))
(assert (= F2 (+ (- 26843) (* (- 47498) x0) (* (- 9042) x1) (* (- 29324) x2))))
(assert (or (< F2 (- 112707)) (> F2 (- 26843))))
(check-sat)
