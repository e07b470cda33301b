"""Typed reader: a logarithm asked in words - the power a base is raised to.

"To what power must 3 be raised to give 81?", "What exponent on 2 gives 32?", "What is the
base-5 logarithm of 125?", "Evaluate the logarithm $\\log_4 64$". Only exact rational
answers: the value p/q is confirmed with whole numbers, b^p = n^q (or b^p n^q = 1 for a
negative exponent), never with the logarithm that found it."""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_B, _N = r"@(?P<b>\d+)@", r"@(?P<n>\d+)@"
_ASKS = [
    re.compile(r"(?:to )?what (?:power|exponent) (?:must|should|do you|would you|does one) "
               r"(?:raise )?" + _B + r" (?:be )?(?:raised )?to (?:give|get|obtain|make|equal|"
               r"reach|produce) " + _N),
    re.compile(r"what (?:power|exponent) (?:on|of) " + _B + r" (?:gives|makes|equals|is) " + _N),
    re.compile(r"(?:the )?base-? ?" + _B + r" (?:logarithm|log) of " + _N),
    re.compile(r"(?:the )?(?:logarithm|log) of " + _N + r" (?:with|to|in) (?:the )?base " + _B),
]
_WRITTEN = re.compile(r"^(?:evaluate|compute|calculate|find|simplify|what is) the "
                      r"(?:logarithm|log) @(?P<e>\d+)@[.?]?$")
VOCAB = frozenset(
    "to what power exponent must should do you would does one raise raised be give get obtain "
    "make equal reach produce on of gives makes equals is base logarithm log with in "
    "number".split())


def _number(src: str) -> sp.Rational:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or not v.is_Rational or v <= 0:
        raise Decline("a positive rational number")
    return sp.Rational(v)


def read_logarithm(split: Split, template: str) -> Result | None:
    tmpl = template.strip()
    if not re.search(r"\b(?:power|exponent|logarithm|log)\b", tmpl):
        return None
    written = _WRITTEN.match(tmpl)
    if written:
        e = parse_latex(split.maths[int(written.group("e"))])
        if not isinstance(e, sp.log) or len(e.args) != 2 or e.free_symbols:
            return None  # "\\log_b n" is read as log(n, b)
        n, b = (_number(latex(a)) for a in e.args)
    else:
        found = [m for p in _ASKS for m in p.finditer(tmpl)]
        if len(found) != 1 or not words_within(tmpl, VOCAB) or len(
                set(re.findall(r"@\d+@", tmpl))) != 2:
            return None
        b, n = _number(split.maths[int(found[0].group("b"))]), \
            _number(split.maths[int(found[0].group("n"))])
    if b == 1:
        raise Decline("base 1 has no logarithm")
    value = sp.nsimplify(sp.simplify(sp.log(n) / sp.log(b)))
    if not value.is_Rational:
        raise Decline("the logarithm is not a rational number")
    p, q = Fraction(int(value.p), int(value.q)).as_integer_ratio()
    fb, fn = Fraction(int(b.p), int(b.q)), Fraction(int(n.p), int(n.q))
    confirm.check(fb ** p == fn ** q, "raising the base to the answer gives the number "
                  "(checked with whole powers)")
    claim = f"{latex(b)}^{{{latex(value)}}} = {latex(n)}"
    return value, [step("find the exponent", f"The logarithm base ${latex(b)}$ of "
                        f"${latex(n)}$ is the power of ${latex(b)}$ that gives ${latex(n)}$.",
                        f"${claim}$, so $\\log_{{{latex(b)}}} {latex(n)} = {latex(value)}$",
                        claim)]


__all__ = ["VOCAB", "read_logarithm"]
