; quarks prove taxonomy-output-gating (Sec. 2, Fig. 2), synapses = 2, obligation identity
; claim: over the reals: sum_i w_i (O_i g_i) = sum_i (w_i g_i) O_i (output gating of each source and synaptic gating of each synapse deliver the same w_ki O_i O_j)
; negated (a model would be a counterexample): reals w_i, O_i, g_i with sum w_i (O_i g_i) != sum (w_i g_i) O_i
; expected: unsat
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun w0 () Real)
(declare-fun o0 () Real)
(declare-fun g0 () Real)
(declare-fun w1 () Real)
(declare-fun o1 () Real)
(declare-fun g1 () Real)
(assert (not (= (+ (* w0 (* o0 g0)) (* w1 (* o1 g1))) (+ (* (* w0 g0) o0) (* (* w1 g1) o1)))))
(check-sat)
