"""Tag: time expressions found by the rules of `timeline/rules/`, anchored and normalized to TIMEX3.

`rules` loads and compiles the rule files, `leads` finds where a rule can start, `tagger` matches
and resolves, `tense` reads a sentence's tense cues, `anchor` and `intervals` turn underspecified
values into TIMEX3 values and calendar bounds.
"""
