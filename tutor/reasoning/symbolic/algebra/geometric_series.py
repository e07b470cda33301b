"""Typed reader: an infinite geometric series from two of its first term, common ratio and
sum, then the third (or another term).

"An infinite geometric series has common ratio $\\frac{1}{4}$ and sum $12$. What is the first
term of the series?", "An infinite geometric series has first term $10$ and a sum of $25$.
What is its common ratio?", "... What is the second term of the sequence?". The sum is
$a / (1 - r)$ with $|r| < 1$ (a ratio outside declines). Each answer is confirmed by adding
the terms one by one (floating point) until they stop changing, which must reach the sum.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import bracketed, final_value
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS
from tutor.reasoning.symbolic.typed import words, words_within

# a fact given: "first term 6", "a common ratio of @1@", "whose sum is @2@", "ratio = @1@"
_FACT = re.compile(r"(first term|common ratio|ratio|sum)(?: of (?:an? |the |this )?infinite "
                   r"geometric (?:series|progression))?(?: of| =| is| equal to| equals)? @(\d+)@")
_ASKED = re.compile(r"\b(?:(?P<ord>" + "|".join(ORDINALS) + r") term|(?P<what>first term|"
                    r"common ratio|ratio|sum))\b")
_KEY = {"first term": "a", "common ratio": "r", "ratio": "r", "sum": "s"}
VOCAB = frozenset(
    "infinite geometric series sequence has have with whose first term common ratio sum its "
    "and what is find determine compute calculate evaluate value of the a an by "
    "progression".split()) | frozenset(ORDINALS)


def _facts(template: str) -> tuple[list[tuple[str, int]], str] | None:
    """The facts given (name, piece) and the words left, or None when it is not one."""
    w = words(template)
    if not {"infinite", "geometric"} <= w or not words_within(template, VOCAB):
        return None
    facts = [(m.group(1), int(m.group(2))) for m in _FACT.finditer(template)]
    return facts, _FACT.sub(" ", template)


def read_geometric_series(split: Split, template: str) -> Result | None:
    read = _facts(template.lower().strip())
    if read is None:
        return None
    facts, rest = read
    if len(facts) != 2 or len(re.findall(r"@\d+@", rest)):
        return None
    asked = list(_ASKED.finditer(rest))
    if len(asked) != 1:
        raise Decline("one quantity of the series asked")
    ask = asked[0]
    known: dict[str, sp.Basic] = {}
    for name, i in facts:
        v = parse_latex(split.maths[i])
        if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_number:
            raise Decline("numbers for the series")
        known[_KEY[name]] = final_value(v)
    if len(known) != 2 or (ask.group("what") and _KEY[ask.group("what")] in known):
        raise Decline("two different facts, and a third quantity asked")
    a, r, s = (known.get(k) for k in "ars")
    if s is None:
        assert a is not None and r is not None
        s = final_value(a / (1 - r))
    elif r is None:
        assert a is not None
        if s == 0:
            raise Decline("a zero sum")
        r = final_value(1 - a / s)
    else:
        a = final_value(s * (1 - r))
    if not (r.is_real and abs(r) < 1):
        raise Decline("the series does not converge")
    total, term = 0.0, float(a)
    for _ in range(100000):
        total += term
        term *= float(r)
        if abs(term) < 1e-15 * max(1.0, abs(total)):
            break
    confirm.check(abs(total - float(s)) <= 1e-9 * max(1.0, abs(float(s))),
                  "adding the terms one by one reaches the sum")
    steps = [step("sum of an infinite geometric series", "For $|r| < 1$ the sum is "
                  "$\\frac{a}{1 - r}$.", f"$a = {latex(a)}, r = {latex(r)}, "
                  f"\\frac{{a}}{{1 - r}} = {latex(s)}$", "")]
    if ask.group("ord"):
        n = ORDINALS[ask.group("ord")]
        value = final_value(a * r ** (n - 1))
        steps.append(step("the asked term", "Multiply the first term by the ratio.",
                          f"${latex(a)} \\cdot {bracketed(r)}^{{{n - 1}}} = {latex(value)}$", ""))
        return value, steps
    return {"r": r, "s": s}[_KEY[ask.group("what")]] if _KEY[ask.group("what")] != "a" \
        else a, steps


__all__ = ["read_geometric_series"]
