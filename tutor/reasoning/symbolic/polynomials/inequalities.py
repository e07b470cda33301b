"""Typed reader: a polynomial or rational inequality in one unknown, asked in the many ways
people ask it: "Find all real values of $x$ that satisfy $\\frac{x+1}{x-2} \\ge 3$", "Find
all solutions to the inequality ...", "For what values of $t$ is $t^2 - 4t < 5$?", "Find
all real numbers $y$ such that $1 < \\frac{y}{y+2} \\le 4$". The answer is the solution
set (an interval or a union of intervals), found by `handlers.solve` and confirmed point
by point near every boundary and on a grid (`confirm.inequality`).
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.core.relational import Relational

from tutor.reasoning.symbolic import handlers
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("all real values numbers solutions solution set satisfy satisfies which "
                  "that such inequality for what is are true holds hold solve".split())
_ASKED = re.compile(
    r"^(?:find|determine|solve|give|what are|for what|for which)(?: all)?(?: the)?(?: real)?"
    r"(?: values?| numbers?| solutions?| solution set)?(?: (?:of|to|for))?(?: the inequality)?"
    r"(?: (?P<x>@\d+@))?(?: (?:that|which|such that))?(?: (?:satisfy|satisfies|is|are))?"
    r"(?: the inequality)? (?P<ineq>@\d+@)(?: (?:is|are) (?:true|satisfied))?\W*$")


_INTERVALS = re.compile(r",?\s*\(?(?:(?:giving|give|write|express|enter) (?:your|the) answer (?:in|"
                        r"using) interval notation|(?:(?:give|express|write) your )?answer as an "
                        r"interval(?: or a union of intervals)?)\.?\)?\.?\s*$")
# "For what values of $x$ is $E$ nonnegative?": a sign said in words is a comparison with 0
_SIGNS = {"positive": ">", "negative": "<", "nonnegative": "\\geq", "non-negative": "\\geq",
          "nonpositive": "\\leq", "non-positive": "\\leq"}
_SIGN_SAID = re.compile(r"\b(?P<verb>is|are) (?P<e>@\d+@) (?P<sign>" + "|".join(_SIGNS)
                        + r")(?=\W*$)")


def _sign_said(split: Split, template: str) -> tuple[Split, str]:
    """The sign said of an expression as an inequality piece of its own; a piece that is
    already a relation is left as it is (the words then stay, and the reader declines)."""
    m = _SIGN_SAID.search(template)
    if m is None:
        return split, template
    src = split.maths[int(m.group("e")[1:-1])]
    if re.search(r"[=<>]|\\[lg]eq?\b|\\neq?\b", src):
        return split, template
    maths = [*split.maths, f"{src} {_SIGNS[m.group('sign')]} 0"]
    template = template[:m.start()] + f"{m.group('verb')} @{len(maths) - 1}@" + template[m.end():]
    return Split(template, maths), template


def read(split: Split, template: str) -> Result | None:
    template = _INTERVALS.sub("", template)
    split, template = _sign_said(split, template)
    if not words_within(template, VOCAB):
        return None
    m = _ASKED.match(template)
    if m is None:
        return None
    src = split.maths[int(m.group("ineq")[1:-1])]
    if not re.search(r"<|>|\\[lg]eq?\b", src) or "=" in src.replace("\\leq", "").replace(
            "\\geq", "").replace("<=", "").replace(">=", ""):
        return None
    rel = parse_latex(src)
    if not isinstance(rel, Relational | sp.And) or isinstance(rel, sp.Equality | sp.Ne):
        return None
    if len(rel.free_symbols) != 1:
        raise Decline("an inequality in one unknown")
    x = next(iter(rel.free_symbols))
    if m.group("x") and parse_latex(split.maths[int(m.group("x")[1:-1])]) != x:
        raise Decline("the letter asked about is not the inequality's")
    return handlers.solve(src)


__all__ = ["read"]
