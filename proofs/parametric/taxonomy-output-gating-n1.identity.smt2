; quarks prove taxonomy-output-gating (Sec. 2, Fig. 2), synapses = 1, obligation identity
; claim: over the reals: sum_i w_i (O_i g_i) = sum_i (w_i g_i) O_i (output gating of each source and synaptic gating of each synapse deliver the same w_ki O_i O_j)
; negated (a model would be a counterexample): reals w_i, O_i, g_i with sum w_i (O_i g_i) != sum (w_i g_i) O_i
; expected: unsat
(set-info :status unsat)
(set-logic QF_NRA)
(declare-fun w0 () Real)
(declare-fun o0 () Real)
(declare-fun g0 () Real)
(assert (not (= (* w0 (* o0 g0)) (* (* w0 g0) o0))))
(check-sat)
