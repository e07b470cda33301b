"""Calculus said in words or typed plainly, written as TeX for the solvers: derivatives
(`derivative_words`), definite integrals (`integral_words`), limits (`limit_words`) and sums
(`sum_words`), each leaving the text unchanged where it cannot place a piece."""

from __future__ import annotations

from tutor.reasoning.symbolic.calculus import (
    derivative_words,
    integral_words,
    limit_words,
    sum_words,
)


def calculus_as_tex(text: str) -> str:
    """The text with every derivative, integral, limit and sum it says written as TeX."""
    return sum_words.as_tex(limit_words.as_tex(integral_words.as_tex(
        derivative_words.as_tex(text))))


__all__ = ["calculus_as_tex"]
