"""A term of an arithmetic or geometric sequence from what is given: two of its terms
("the 2nd term is -2 and the 5th term is 16"), or its first term with its common
difference or ratio.

A geometric ratio is every real root of r^k = q (with "positive", the positive ones);
when two ratios give different answers the problem is declined. Each answer is confirmed
by listing the terms one by one from the first and reading the given ones back.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import bracketed
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.spelled_maths import ORDINALS
from tutor.reasoning.symbolic.typed import words_within

_ORD = r"(\d+(?:st|nd|rd|th)|" + "|".join(ORDINALS) + r")"
_VOCAB = frozenset(
    "term terms arithmetic geometric sequence progression real numbers common difference "
    "ratio its this and then what is the of a an if find whose with has positive "
    "st nd rd th".split()) | frozenset(ORDINALS)
_GIVEN_TERM = re.compile(r"(?:the |its )?" + _ORD + r" term (?:of (?:an?|the|this) "
                         r"(?:arithmetic|geometric) (?:sequence|progression)(?: of (?:positive )?"
                         r"(?:real )?numbers)? )?(?:is|equals|=) @(\d+)@")
_GIVEN_STEP = re.compile(r"(?:the |its )?common (difference|ratio) (?:is|equals|=) @(\d+)@")
_ASKED = re.compile(r"(?:what is|find) the " + _ORD + r" term(?: of (?:the|this) "
                    r"(?:sequence|progression))?[?.]?$")
_MAX_INDEX = 10**4


def _ordinal(word: str) -> int:
    m = re.fullmatch(r"(\d+)(?:st|nd|rd|th)", word)
    return int(m.group(1)) if m else ORDINALS[word]


def read(split: Split, template: str) -> Result | None:
    kind = re.search(r"\b(arithmetic|geometric) (?:sequence|progression)", template)
    if not kind or not words_within(template, _VOCAB):
        return None
    asked = _ASKED.search(template)
    if not asked:
        return None
    given = {_ordinal(o): parse_latex(split.maths[int(s)])
             for o, s in _GIVEN_TERM.findall(template[:asked.start()])}
    steps = {w: parse_latex(split.maths[int(s)]) for w, s in _GIVEN_STEP.findall(template)}
    used = len(_GIVEN_TERM.findall(template[:asked.start()])) + len(steps)
    if used != len(split.maths) or len(given) + len(steps) != 2:
        raise Decline("exactly two facts about the sequence")
    if any(not v.is_number or v.free_symbols for v in [*given.values(), *steps.values()]):
        raise Decline("numbers only")
    n = _ordinal(asked.group(1))
    if max([n, *given]) > _MAX_INDEX:
        raise Decline("an index too large to list")
    positive = "positive" in template
    if kind.group(1) == "arithmetic":
        if "ratio" in steps:
            raise Decline("a ratio for an arithmetic sequence")
        return arithmetic(given, steps.get("difference"), n)
    if "difference" in steps:
        raise Decline("a difference for a geometric sequence")
    return geometric(given, steps.get("ratio"), n, positive)


def _given_pair(given: dict[int, sp.Basic], step_value: sp.Basic | None
                ) -> tuple[int, sp.Basic, int | None, sp.Basic | None]:
    (i, a), *rest = sorted(given.items())
    if step_value is not None:
        return i, a, None, None
    j, b = rest[0]
    return i, a, j, b


def arithmetic(given: dict[int, sp.Basic], d: sp.Basic | None, n: int) -> Result:
    i, a, j, b = _given_pair(given, d)
    steps: list[Step] = []
    if d is None:
        assert j is not None and b is not None
        d = sp.simplify((b - a) / (j - i))
        claim = f"d = \\frac{{{latex(b)} - {_op(a)}}}{{{j} - {i}}} = {latex(d)}"
        steps.append(step("find the common difference", f"From term {i} to term {j} the "
                          f"difference is added {j - i} times.", f"${claim}$", claim))
    value = sp.simplify(a + (n - i) * d)
    claim = f"a_{{{n}}} = {_op(a)} + ({n} - {i}) \\cdot {_op(d)} = {latex(value)}"
    steps.append(step("step to the asked term", f"Add the difference {n - i} times.",
                      f"${claim}$", claim))
    first = a - (i - 1) * d
    terms = [first]
    for _ in range(max([n, *given]) - 1):
        terms.append(terms[-1] + d)
    confirm.check(all(sp.simplify(terms[k - 1] - v) == 0 for k, v in given.items())
                  and sp.simplify(terms[n - 1] - value) == 0,
                  "listing the terms one by one from the first gives the same values")
    return value, steps


def geometric(given: dict[int, sp.Basic], r: sp.Basic | None, n: int,
              positive: bool) -> Result:
    i, a, j, b = _given_pair(given, r)
    if a == 0:
        raise Decline("a zero term")
    steps: list[Step] = []
    if r is None:
        assert j is not None and b is not None
        q = sp.simplify(b / a)
        x = sp.Symbol("r", real=True)
        ratios = [s for s in sp.solve(sp.Eq(x ** (j - i), q), x) if s.is_real]
        if positive:
            ratios = [s for s in ratios if s.is_positive]
        if not ratios:
            raise Decline("no real common ratio")
        shown = ", ".join(latex(s) for s in ratios)
        claim = f"r^{{{j - i}}} = \\frac{{{latex(b)}}}{{{latex(a)}}} = {latex(q)}"
        steps.append(step("find the common ratio", f"From term {i} to term {j} the ratio is "
                          f"multiplied in {j - i} times.", f"${claim}$, so $r = {shown}$", claim))
    else:
        ratios = [r]
    values = {sp.simplify(a * s ** (n - i)) for s in ratios}
    if len(values) != 1:
        raise Decline("the possible ratios give different terms")
    value = values.pop()
    s = ratios[0]
    claim = f"a_{{{n}}} = {_op(a)} \\cdot {bracketed(s)}^{{{n - i}}} = {latex(value)}"
    steps.append(step("step to the asked term", f"Multiply by the ratio {n - i} times.",
                      f"${claim}$", claim))
    for s in ratios:
        terms = [a / s ** (i - 1)]
        for _ in range(max([n, *given]) - 1):
            terms.append(sp.expand(terms[-1] * s))
        confirm.check(all(sp.simplify(terms[k - 1] - v) == 0 for k, v in given.items())
                      and sp.simplify(terms[n - 1] - value) == 0,
                      "listing the terms one by one from the first gives the same values")
    return value, steps


def _op(v: sp.Basic) -> str:
    return latex(v) if not (v.is_number and v.is_negative) else f"\\left({latex(v)}\\right)"


__all__ = ["arithmetic", "geometric", "read"]
