(* A proof left open: tests/coq/check_no_admitted.sh must reject this directory. *)
Lemma open_goal : 1 = 2.
Admitted.
