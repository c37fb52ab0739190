; quarks prove taxonomy-activation-gating (Sec. 2 (activation gating)), synapses = 2, obligation identity
; claim: over the reals: g * sum_i w_i O_i = sum_i (g w_i) O_i (gating the activation = gating every incoming synapse)
; negated (a model would be a counterexample): reals g, w_i, O_i with g * sum w_i O_i != sum (g w_i) O_i
; expected: unsat
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun g () Real)
(declare-fun w0 () Real)
(declare-fun o0 () Real)
(declare-fun w1 () Real)
(declare-fun o1 () Real)
(assert (not (= (* g (+ (* w0 o0) (* w1 o1))) (+ (* (* w0 g) o0) (* (* w1 g) o1)))))
(check-sat)
