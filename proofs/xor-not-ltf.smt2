; quarks: is XOR a single linear threshold gate on {0,1}^2?
; a model (b, w) would realize it strictly; unsat means it is not a linear threshold function
; expected: unsat
(set-info :status unsat)
(set-logic QF_LIA)
(declare-fun b () Int)
(declare-fun w0 () Int)
(declare-fun w1 () Int)
(assert (<= b (- 1)))
(assert (>= (+ b w0) 1))
(assert (>= (+ b w1) 1))
(assert (<= (+ b w0 w1) (- 1)))
(check-sat)
