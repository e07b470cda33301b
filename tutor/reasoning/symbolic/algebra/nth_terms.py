"""Typed reader: a formula for the n-th term of a listed arithmetic or geometric sequence.

"Find the nth term of the arithmetic sequence 5, 8, 11, ...", "write a formula for the
$n$th term of 3, 6, 12, 24, ...", "What is the general term of the geometric sequence 2,
-6, 18, ...?". The kind is named, or implied by the step asked or by four or more listed
terms (`sequence_kinds`). The answer is $a_n = a + (n - 1)d$ or $a_n = a r^{n-1}$, written
out ("a_n = 3n + 2", "a_n = 3 \\cdot 2^{n - 1}").

Confirmed independently: the formula at n = 1, 2, ... gives every listed term exactly, and
the listed terms have one common difference (or ratio), checked pair by pair.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import sequence_kinds
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

N = sp.Symbol("n", positive=True, integer=True)
_ASK = re.compile(
    r"^(?:please )?(?:what is|find|write|give|determine|write down)"
    r"(?: (?:an?|the) (?:formula|expression|rule|equation) for)? (?:the |an )?"
    r"(?:(?P<n>nth|n ?-?th|@\d+@ ?-?th)|general) term(?: formula)? (?:of|for) the "
    r"(?P<kind>arithmetic|geometric) sequence (?P<terms>@\d+@(?:, ?@\d+@)*)"
    r"(?:,? ?(?:\.\.\.|…))?\s*[.?]?$")


def read(split: Split, template: str) -> Result | None:
    tmpl = sequence_kinds.implied(split, re.sub(r"\s+", " ", template.lower()).strip())
    m = _ASK.match(tmpl)
    if m is None:
        return None
    if m["n"] and "@" in m["n"]:
        index = parse_latex(split.maths[int(re.findall(r"@(\d+)@", m["n"])[0])])
        if index != sp.Symbol("n"):
            return None
    terms = []
    for t in sequence_kinds.listed_terms(split, m["terms"]):
        v = parse_latex(t)
        if not isinstance(v, sp.Expr) or not v.is_number:
            raise Decline("a listed sequence of numbers")
        terms.append(sp.nsimplify(v))
    if len(terms) < 2:
        raise Decline("two listed terms")
    first, what = terms[0], "difference" if m["kind"] == "arithmetic" else "ratio"
    if m["kind"] == "arithmetic":
        step_value = terms[1] - first
        formula = sp.expand(first + (N - 1) * step_value)
        answer = f"a_n = {latex(formula)}"
        rule = (f"a_n = {latex(first)} + (n - 1) \\cdot {_bracketed(step_value)} = "
                f"{latex(formula)}")
        fits = all(b - a == step_value for a, b in zip(terms, terms[1:], strict=False))
    else:
        if first == 0:
            raise Decline("a geometric sequence starting at 0")
        step_value = terms[1] / first
        formula = first * step_value ** (N - 1)
        answer = rule = f"a_n = {_times(first)}{_bracketed(step_value)}^{{n - 1}}"
        fits = step_value != 0 and all(a != 0 and b / a == step_value
                                       for a, b in zip(terms, terms[1:], strict=False))
    confirm.check(fits, f"the listed terms have one common {what}")
    confirm.check(all(sp.simplify(formula.subs(N, k) - t) == 0
                      for k, t in enumerate(terms, start=1)),
                  "the formula at n = 1, 2, ... gives every listed term")
    return answer, [
        step(f"find the common {what}", "Compare neighbouring terms.",
             f"The common {what} is ${latex(step_value)}$.", ""),
        step("write the n-th term", "Start from the first term and take n - 1 steps.",
             f"${rule}$", "")]


def _bracketed(v: sp.Expr) -> str:
    return f"\\left({latex(v)}\\right)" if v.is_negative or not v.is_Integer else latex(v)


def _times(a: sp.Expr) -> str:
    return "" if a == 1 else "-" if a == -1 else f"{_bracketed(a)} \\cdot "


__all__ = ["read"]
