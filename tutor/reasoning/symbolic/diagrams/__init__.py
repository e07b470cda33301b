"""Figures drawn in Asymptote (`[asy] ... [/asy]`): read without evaluating text, and the
questions that can be answered from them safely."""
