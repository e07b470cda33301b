"""Typed reader: an infinite sum or product written out term by term, its pattern read off.

"Find the sum of the infinite series $1 + 2\\left(\\frac{1}{5}\\right) + 3\\left(\\frac{1}{5}
\\right)^2 + 4\\left(\\frac{1}{5}\\right)^3 + \\cdots$", "Evaluate $\\frac{1}{4} + \\frac{2}{16}
+ \\frac{3}{64} + \\dotsb$", "Find $3^{1/2} \\cdot 9^{1/4} \\cdot 27^{1/8} \\dotsm$",
"$(5^{1/2})(25^{1/6})(125^{1/18}) \\dotsm$".
Every whole number in the last written terms (those written alike, but for their numbers:
at least three, or two and two more before them) either stays, goes up by a constant step,
or is multiplied by a constant ratio; that gives the general term t(k), and every written
term, the first ones too, must be t(k) at its place (exactly). The sum is SymPy's symbolic
sum of t(k) over k = 0, 1, 2, ... (a product is exp of the sum of the logarithms of its
positive factors). Confirmed independently by adding the terms (or the logarithms of the
factors) at 50 digits until they have fallen below 10^-40 while shrinking by a ratio at
most 0.95 from one to the next for twenty terms, so the rest of the sum is smaller still;
the total must agree with the symbolic value to 30 digits.
"""

from __future__ import annotations

import re
from fractions import Fraction

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, group_end, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_TRAILING = re.compile(r"(?:\s*(?:[+]|\\cdot|\\times))?\s*(?:\\(?:dotsm|dotsb|dots|cdots|"
                       r"ldots)(?![a-zA-Z])|\.\.\.)\s*[.,]?\s*$")
_ANY_DOTS = re.compile(r"\\(?:dotsm|dotsb|dots|cdots|ldots)(?![a-zA-Z])|\.\.\.")
_INT = re.compile(r"(?<![\d.])\d+(?![\d.])")
_TIMES = re.compile(r"\\(?:times|cdot)(?![a-zA-Z])")
_ASK = re.compile(r"(?:(?:what is|find|compute|evaluate|calculate|determine)"
                  r"(?: the)?(?: (?:exact )?value of)?(?: the)?(?: sum of)?(?: the)?"
                  r"(?: infinite)?(?: (?:series|product|sum|expression))? )?@0@")
VOCAB = frozenset("what is find compute evaluate calculate determine value exact sum of "
                  "infinite series product expression".split())
_K = sp.Symbol("k", integer=True, nonnegative=True)
_MAX_TERMS = 600


def read(split: Split, template: str) -> Result | None:
    if len(split.maths) != 1 or not _TRAILING.search(split.maths[0]):
        return None
    if not words_within(template, VOCAB) or not _ASK.fullmatch(template.strip(" .?:")):
        return None
    src = re.sub(r"\\[dt]frac", r"\\frac", split.maths[0])
    src = re.sub(r"\\left|\\right|\\!|\\,|\\;", "", src)
    body = _TRAILING.sub("", src).strip()
    if _ANY_DOTS.search(body):
        return None  # a last term after the dots: a finite sum, read elsewhere
    factors = _factors(body)
    product = factors is not None
    if factors is not None:
        terms = [(1, f) for f in factors]
    else:
        signed = _signed(body)
        if signed is None:
            return None
        terms = signed
    if len(terms) < 3:
        raise Decline("at least three terms written before the dots")
    general = _general_term(terms)
    if product:
        return _product(general, len(terms))
    return _sum(general, len(terms))


def _factors(body: str) -> list[str] | None:
    """`(..)(..)(..)` or `a \\cdot b \\cdot c`: the factors of a product, else None."""
    if _TIMES.search(body):
        parts, depth, start = [], 0, 0
        for m in re.finditer(r"[{}()]|\\(?:times|cdot)(?![a-zA-Z])", body):
            c = m.group(0)
            if c in "{(":
                depth += 1
            elif c in "})":
                depth -= 1
            elif depth == 0:
                parts.append(body[start:m.start()].strip())
                start = m.end()
        parts.append(body[start:].strip())
        if any(not p or re.search(r"(?<![{(^])[+-]", _strip_groups(p)) for p in parts):
            return None
        return [_unwrap(p) for p in parts]
    if not body.startswith("("):
        return None
    groups, i = [], 0
    while i < len(body):
        if body[i].isspace():
            i += 1
            continue
        if body[i] != "(":
            return None
        j = group_end(body, i, "()") + 1
        groups.append(body[i + 1:j - 1])
        i = j
    return groups if len(groups) >= 2 else None


def _strip_groups(s: str) -> str:
    """`s` without what stands inside braces and brackets."""
    while True:
        t = re.sub(r"\{[^{}]*\}|\([^()]*\)", "", s)
        if t == s:
            return t
        s = t


def _unwrap(s: str) -> str:
    if s.startswith("(") and group_end(s, 0, "()") == len(s) - 1:
        return s[1:-1]
    return s


def _signed(body: str) -> list[tuple[int, str]] | None:
    """The terms of a sum with their signs (+1 or -1), split at top-level + and -."""
    out, depth, sign, start = [], 0, 1, 0
    if body.startswith(("-", "+")):
        sign, start = (-1 if body[0] == "-" else 1), 1
    for i, c in enumerate(body):
        depth += {"{": 1, "(": 1, "[": 1, "}": -1, ")": -1, "]": -1}.get(c, 0)
        if depth == 0 and c in "+-" and i > start:
            prev = body[start:i].strip()
            if not prev or prev.endswith(("^", "_")):
                return None
            out.append((sign, prev))
            sign, start = (1 if c == "+" else -1), i + 1
    last = body[start:].strip()
    if not last:
        return None
    out.append((sign, last))
    return out if len(out) >= 2 else None


def _general_term(terms: list[tuple[int, str]]) -> sp.Expr:
    """t(k), k = 0 for the first written term: read off the last terms written alike."""
    written = [(s, tex.braced(t.strip())) for s, t in terms]
    skeleton = _INT.sub("#", written[-1][1])
    run = len(written)
    for i in range(len(written) - 1, -1, -1):
        if _INT.sub("#", written[i][1]) != skeleton:
            run = len(written) - 1 - i
            break
    if run < 2 or run == 2 and len(written) < 4:
        raise Decline("three terms written alike before the dots, or two and two more "
                      "to check the pattern on")
    start = len(written) - run
    numbers = [[Fraction(x) for x in _INT.findall(t)] for _, t in written[start:]]
    slots = []
    for j in range(len(numbers[0])):
        column = [row[j] for row in numbers]
        slots.append(_slot(column, start))
    it = iter(slots)
    general = _INT.sub(lambda m: f"{{({next(it)})}}", written[-1][1])
    body = parse_latex(general)
    if not isinstance(body, sp.Expr) or body.free_symbols - {sp.Symbol("k")}:
        raise Decline("a general term in k alone")
    signs = [s for s, _ in written]
    if all(s == signs[0] for s in signs):
        sign: sp.Expr = sp.Integer(signs[0])
    elif all(signs[i] == -signs[i - 1] for i in range(1, len(signs))):
        sign = signs[0] * (-1) ** _K
    else:
        raise Decline("the signs follow no pattern")
    term = sign * body.subs(sp.Symbol("k"), _K)
    for k, (s, t) in enumerate(written):
        value = parse_latex(t)
        if not isinstance(value, sp.Expr) or value.free_symbols:
            raise Decline("numbers for the terms")
        gap = term.subs(_K, k) - s * value
        if not gap.is_finite or abs(sp.N(gap, 50)) > sp.Float(10) ** -40:
            raise Decline("a written term breaks the pattern")
        # the terms written alike are the pattern's by construction (each of their numbers
        # is the slot's value at k); an earlier term, written otherwise, is shown equal
        if k < start and sp.simplify(gap) != 0:
            raise Decline("a written term breaks the pattern")
    return term


def _slot(column: list[Fraction], start: int) -> str:
    """A whole number of the pattern at term k: constant, arithmetic or geometric."""
    first = column[0]
    if all(c == first for c in column):
        return str(first)
    step_ = column[1] - column[0]
    if all(column[i] - column[i - 1] == step_ for i in range(1, len(column))):
        return f"{first - start * step_} + {step_} k"
    if len(column) >= 3 and first != 0:
        ratio = column[1] / column[0]
        if ratio.denominator == 1 and all(column[i] == column[i - 1] * ratio
                                          for i in range(1, len(column))):
            base = first / ratio**start
            if base.denominator != 1:
                raise Decline("a geometric pattern that starts at a fraction")
            return f"{base} \\cdot {ratio}^{{k}}"
    raise Decline("a number in the terms that is neither arithmetic nor geometric")


def _sum(term: sp.Expr, written: int) -> Result:
    value = sp.simplify(sp.Sum(term, (_K, 0, sp.oo)).doit())
    if value.has(sp.Sum) or not value.is_number or not value.is_finite:
        raise Decline("the series has no value in closed form")
    value = sp.nsimplify(value) if value.is_rational else sp.radsimp(value)
    _confirm_tail(term, value, "adding the terms at 50 digits")
    return value, [
        step("find the pattern", f"The {written} terms written are the general term at "
             "k = 0, 1, 2, ...", f"$t_k = {latex(term)}$", latex(term)),
        step("add the series", "Sum the general term over every k (the terms shrink "
             "geometrically, so the series converges).",
             f"$\\sum_{{k=0}}^{{\\infty}} {latex(term)} = {latex(value)}$", latex(value))]


def _product(term: sp.Expr, written: int) -> Result:
    for k in range(written):
        if not term.subs(_K, k).is_positive:
            raise Decline("a product of positive factors")
    logs = sp.expand_log(sp.expand_power_base(sp.log(term), force=True), force=True)
    total = sp.simplify(sp.Sum(logs, (_K, 0, sp.oo)).doit())
    if total.has(sp.Sum) or not total.is_number or not total.is_finite:
        raise Decline("the product has no value in closed form")
    value = sp.powsimp(sp.simplify(sp.exp(total)))
    _confirm_tail(logs, total, "adding the logarithms of the factors at 50 digits")
    confirm.check(abs(float(sp.N(value - sp.exp(total), 30))) < 1e-20,
                  "the value is e to the sum of the logarithms")
    return value, [
        step("find the pattern", f"The {written} factors written are the general factor at "
             "k = 0, 1, 2, ...", f"$t_k = {latex(term)}$", latex(term)),
        step("take logarithms", "The logarithm of the product is the sum of the logarithms "
             "of its factors.", f"$\\sum_{{k=0}}^{{\\infty}} {latex(logs)} = {latex(total)}$",
             latex(total)),
        step("exponentiate", "Undo the logarithm.", f"The product is ${latex(value)}$.",
             latex(value))]


def _confirm_tail(term: sp.Expr, value: sp.Expr, how: str) -> None:
    with mpmath.workdps(50):
        total, previous, shrinking, k = mpmath.mpf(0), None, 0, 0
        while k < _MAX_TERMS:
            number = sp.N(term.subs(_K, k), 55)
            if not number.is_real:
                raise Decline("real terms")
            t = mpmath.mpf(str(number))
            total += t
            if previous is not None and previous != 0 and abs(t) <= abs(previous) * 0.95:
                shrinking += 1
            else:
                shrinking = 0
            if abs(t) < mpmath.mpf(10) ** -40 and shrinking >= 20:
                break
            previous, k = t, k + 1
        else:
            raise Decline("terms that do not shrink fast enough to add up numerically")
        exact = mpmath.mpf(str(sp.N(value, 60)))
        confirm.check(abs(total - exact) < mpmath.mpf(10) ** -30, how)


__all__ = ["read"]
