"""Typed reader: a product of bracketed factors or an alternating sum, written with dots.

"What is $\\left(1 - \\frac{1}{3}\\right)\\left(1 - \\frac{1}{4}\\right) \\dotsm
\\left(1 - \\frac{1}{40}\\right)$?", "Compute $2 - 5 + 8 - 11 + \\dots - 47 + 50$".

The terms follow one pattern (`number_theory.dotted_pattern.pattern`: the integers that change
go up by a constant step, the last term is the pattern at a whole index); for an alternating
sum the signs must alternate through every written term, including the one after the dots.
The value is the exact product or signed sum of the terms; it is confirmed by multiplying
or adding the terms again as 50-digit decimals (mpmath).

A product may also show its general factor between two sets of dots ("$(1 - \\frac12)(1 -
\\frac13) \\dotsm (1 - \\frac1{n+1}) \\dotsm (1 - \\frac1{100})$"): that factor must be the
pattern of the written factors at a shifted index, or the product declines. The question may
ask for the value as a fraction ("Express the value of the following as a common fraction:").
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.dotted_pattern import pattern, signed_terms
from tutor.reasoning.symbolic.parsing import Split, group_end, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_DOTS = re.compile(r"\\(?:dotsm|dotsb|dots|cdots|ldots)(?![a-zA-Z])|\.\.\.")
_ASK = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine|simplify)"
                  r"(?: the (?:exact )?value of)?(?: the (?:product|sum|expression))? )?@0@"
                  # "Express the value of the following as a common fraction: E"
                  r"|(?:express|write) (?:the value of )?(?:the following|this)(?: (?:product|"
                  r"sum|expression))? as an? (?:(?:common|simple|reduced) )?fraction(?: in "
                  r"(?:lowest|simplest) (?:terms|form))?[:.]? @0@")
VOCAB = frozenset("what is find compute evaluate calculate determine simplify value exact "
                  "product sum expression express write following this as common simple "
                  "reduced fraction lowest simplest terms form".split())
_LETTER = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z](?![a-zA-Z])")


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not _DOTS.search(split.maths[0]):
        return None
    if not words_within(template, VOCAB) or not _ASK.fullmatch(template.strip(" .?:")):
        return None
    src = re.sub(r"\\left|\\right|\\!|\\,", "", split.maths[0])
    src = re.sub(r"\s+(?=[^a-zA-Z\s])|(?<=[^a-zA-Z\s])\s+", "", src)  # one spacing
    general = None
    if len(_DOTS.findall(src)) == 2:  # a general factor between the dots
        head, middle, tail = _DOTS.split(src)
        general = _general_factor(middle)
        src = f"{head}\\dotsm{tail}"
    if len(_DOTS.findall(src)) != 1:
        return None
    factors = _factors(src)
    if factors is not None:
        return _product(*factors, general)
    if general is not None:
        raise Decline("a general term in a sum")
    signed = signed_terms(src, _DOTS)
    if signed is not None:
        return alternating(*signed)
    return None


def _factors(src: str) -> tuple[list[str], list[str]] | None:
    """`(..)(..) \\dotsm (..)`: the bracketed factors before and after the dots."""
    head, tail = _DOTS.split(src)
    out = []
    for part in (head, tail):
        groups, i = [], 0
        part = re.sub(r"\\cdot(?![a-zA-Z])|\\times", " ", part)
        while i < len(part):
            if part[i].isspace():
                i += 1
                continue
            if part[i] != "(":
                return None
            j = group_end(part, i, "()") + 1
            groups.append(part[i:j])
            i = j
        out.append(groups)
    return (out[0], out[1]) if len(out[0]) >= 2 and out[1] else None


def _general_factor(middle: str) -> sp.Expr:
    """The one bracketed factor written between two sets of dots, in one letter."""
    times = r"(?:\\cdot(?![a-zA-Z])|\\times)?"
    middle = re.sub(rf"^\s*{times}\s*|\s*{times}\s*$", "", middle)
    if not middle.startswith("(") or group_end(middle, 0, "()") != len(middle) - 1:
        raise Decline("one bracketed factor between the dots")
    letters = set(_LETTER.findall(middle))
    e = parse_latex(middle)
    if len(letters) != 1 or not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a general factor in one letter")
    return e


def _agrees(general: sp.Expr, f: sp.Expr, n: sp.Symbol) -> str:
    """The general factor written in the problem is the pattern f at a shifted index."""
    m = next(iter(general.free_symbols))
    for shift in range(-20, 21):
        if sp.simplify(general.subs(m, n + shift) - f) == 0:
            return (f"the factor ${latex(general)}$ written between the dots is factor "
                    f"${latex(n)}$ of the pattern at ${latex(m)} = {latex(n + shift)}$")
    raise Decline("the general factor between the dots is not the pattern")


def _product(head: list[str], tail: list[str], general: sp.Expr | None = None) -> Result:
    src = " \\cdot ".join(head) + " \\cdot \\cdots \\cdot " + " \\cdot ".join(tail[-3:])
    f, n, count = pattern(src, product=True)
    _check_unseen(f, n, count, tail)
    if general is not None:
        confirm.check(True, _agrees(general, f, n))
    terms = [f.subs(n, k) for k in range(count)]
    value = sp.nsimplify(sp.Mul(*terms)) if all(t.is_Rational for t in terms) else \
        sp.simplify(sp.Mul(*terms))
    if not value.is_number or not value.is_finite:
        raise Decline("the product has no value")
    with mpmath.workdps(50):
        got = mpmath.fprod(numeric.to_mp(t) for t in terms)
    confirm.number(got, value, "multiplying the factors as 50-digit decimals")
    whole = sp.Product(f, (n, 0, count - 1))
    claim = f"{latex(whole)} = {latex(value)}"
    return value, [step("find the pattern", f"The product has {count} factors; factor $n$ "
                        f"(from $n = 0$) is ${latex(f)}$.", f"${latex(whole)}$", ""),
                   step("multiply", "Write each factor as one fraction: neighbouring "
                        "numerators and denominators cancel.", f"${claim}$", claim)]


def _check_unseen(f: sp.Expr, n: sp.Symbol, count: int, tail: list[str]) -> None:
    """`pattern` checks the terms before the dots and the last three; the rest of the
    written terms after the dots are checked here."""
    for j, text in enumerate(tail[:-3]):
        if sp.simplify(f.subs(n, count - len(tail) + j) - parse_latex(text)) != 0:
            raise Decline("a written term breaks the pattern")


def alternating(head: list[tuple[int, str]], tail: list[tuple[int, str]], before: int
                 ) -> Result:
    first = head[0][0]
    terms = [t for _, t in head] + [t for _, t in tail]
    src = " + ".join(f"({t})" for t in terms[:len(head)]) + " + \\cdots + " + \
        " + ".join(f"({t})" for t in terms[len(head):][-3:])
    f, n, count = pattern(src)
    positions = [*range(len(head)), *range(count - len(tail), count)]
    signs = [s for s, _ in head] + [s for s, _ in tail]
    if any(s != first * (-1) ** k for s, k in zip(signs, positions, strict=True)):
        raise Decline("the signs do not alternate")
    if before != first * (-1) ** len(head):
        raise Decline("the sign before the dots breaks the alternation")
    if len(set(signs)) < 2:
        raise Decline("not an alternating sum")
    _check_unseen(f, n, count, [t for _, t in tail])
    g = first * (-1) ** n * f
    value = sp.nsimplify(sp.Add(*[g.subs(n, k) for k in range(count)]))
    if not value.is_number:
        raise Decline("the sum has no value")
    with mpmath.workdps(50):
        got = mpmath.fsum(numeric.to_mp(g.subs(n, k)) for k in range(count))
    confirm.number(got, value, "adding the signed terms as 50-digit decimals")
    whole = sp.Sum(g, (n, 0, count - 1))
    claim = f"{latex(whole)} = {latex(value)}"
    return value, [step("find the pattern", f"The sum has {count} terms with alternating "
                        f"signs; term $n$ (from $n = 0$) is ${latex(g)}$.",
                        f"${latex(whole)}$", ""),
                   step("add", "Pair neighbouring terms, or add the terms in order.",
                        f"${claim}$", claim)]


__all__ = ["alternating", "read"]
