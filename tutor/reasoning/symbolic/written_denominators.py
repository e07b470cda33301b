"""The denominators written in an equation, kept while SymPy cancels them.

`\\frac{(x-2)(x-1)}{x-2} = 0` parses as x - 1 = 0, which has the solution x = 2; the
written equation does not (it is undefined there). Each equation parsed during a solve
keeps its written denominators here, so the equation solver can exclude the values at
which one is zero (`algebra.equations`). The engine forgets them at each new problem.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import group_end, parse_latex
from tutor.reasoning.symbolic.problem_text import clean

_WRITTEN: dict[sp.Basic, list[sp.Basic]] = {}


def _key(eq: Relational) -> sp.Basic:
    """The same for an equation as parsed and as tidied for display (`evaluated`)."""
    return sp.cancel(eq.lhs - eq.rhs)


def remember(eq: Relational, src: str) -> None:
    """Keep the denominators `src`, the text `eq` was parsed from, has."""
    _WRITTEN[_key(eq)] = denominators(src)


def written_denominators(eq: sp.Basic) -> list[sp.Basic]:
    """The denominators the text of `eq` had, cancelled or not (empty when unknown)."""
    if not _WRITTEN or not isinstance(eq, Relational):
        return []
    return _WRITTEN.get(_key(eq), [])


def forget_denominators() -> None:
    """Start a new problem: equations parsed for an earlier one say nothing about it."""
    _WRITTEN.clear()


def denominators(src: str) -> list[sp.Basic]:
    """The denominators written in `src` (`\\frac{A}{B}`) that hold a letter, each parsed
    on its own."""
    s, out = clean(src), []
    for m in re.finditer(r"\\frac\s*\{", s):
        top_end = group_end(s, m.end() - 1)
        if s[top_end + 1:top_end + 2] != "{":
            continue
        try:
            below = parse_latex(s[top_end + 2:group_end(s, top_end + 1)])
        except Decline:
            continue
        if below.free_symbols:
            out.append(below)
    return out
