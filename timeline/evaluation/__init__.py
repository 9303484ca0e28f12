"""Evaluation: TimeML reading, TempEval-3 time-expression scoring and event-dating scoring."""
