"""Sums and products written with dots between numbers (worker side):
`1 + 2 + 3 + \\cdots + 50`, `2 + 5 + 8 + \\dots + 62`, `1 + 3 + 9 + \\cdots + 729`,
`\\frac{1}{2^1} + \\frac{1}{2^2} + \\frac{1}{2^3} + \\cdots + \\frac{1}{2^{10}}`,
`1^2 + 2^2 + 3^2 + \\ldots + 10^2`, `12 \\times 11 \\times 10 \\times \\cdots \\times 1`.

The pattern must be certain from what is written: at least three terms before the dots,
and the terms after them must continue it. Three readings, tried in order:

* the same writing with its whole numbers moving in equal steps (`k^2`, `\\frac{1}{k(k+1)}`,
  `2^{k}`): every term is that writing with the numbers of its place put in;
* numbers in equal steps (arithmetic);
* numbers with a constant ratio (geometric).

Each term is read by the strict reader. The value is the exact term-by-term total and,
independently, a 40-digit floating total (products: term-by-term, then the same at 40
digits); for arithmetic and geometric sums the closed form n(a + l)/2 or a(r^n - 1)/(r - 1)
must agree too. Only then is a claim decided; it is refuted only as the strict reader
refutes arithmetic: the other side a number read exactly, written without decimals.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import mpmath
import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import PRECISION, is_zero_exact, strict
from tutor.verify.lenient_parser import parse_lenient_expr
from tutor.verify.notation import maths_text
from tutor.verify.series import sum_holds
from tutor.verify.verdict import ClaimResult, Verdict

DOTS = re.compile(r"\\(?:cdots|ldots|dotsb|dotsm|dotsc|dots)(?![a-zA-Z])|\.\.\.|…|⋯")
_PLUS = re.compile(r"\+")
_TIMES = re.compile(r"\\times(?![a-zA-Z])|\\cdot(?![a-zA-Z])|×")
_MINUS = re.compile(r"(?<=[\w})\]])\s*-")
_ANY_OP = re.compile(r"\s*(?:[-+*/×÷·=]|\\(?:times|cdot|div)(?![a-zA-Z]))")
_WHOLE = re.compile(r"(?<![\d.])\d+(?![\d.])")
_MAX_SUM_TERMS = 5000
_MAX_PRODUCT_TERMS = 300
_MAX_TERM = sympy.Integer(10) ** 12
_MIN_SHOWN = 3
_METHOD = "the pattern of the terms written; exact term-by-term + 40-digit numeric"


def _top_level(text: str, sep: re.Pattern[str]) -> list[str] | None:
    """`text` split at `sep` outside braces and brackets; None when unbalanced."""
    pieces, depth, start, i = [], 0, 0, 0
    while i < len(text):
        ch = text[i]
        depth += (ch in "{([") - (ch in "})]")
        if depth < 0:
            return None
        m = sep.match(text, i) if depth == 0 else None
        if m and m.end() > i:
            pieces.append(text[start:i].strip())
            start = i = m.end()
            continue
        i += 1
    pieces.append(text[start:].strip())
    return None if depth else pieces


def _terms(text: str) -> tuple[list[str], list[str], bool] | None:
    """The terms before and after the dots, and whether they are multiplied."""
    found = list(DOTS.finditer(text))
    if len(found) != 1:
        return None
    head, tail = text[:found[0].start()].strip(), text[found[0].end():].strip()
    for product, op in ((False, _PLUS), (True, _TIMES)):
        end = list(op.finditer(head))
        if not end:
            continue
        if end[-1].end() == len(head) and op.match(tail):
            before = _top_level(head[:end[-1].start()], op)
            after = _top_level(tail[op.match(tail).end():], op)  # type: ignore[union-attr]
        elif end[-1].end() < len(head) and not _ANY_OP.match(tail):
            # `1 \cdot 2 \cdot 3 \cdots 9`: the dots stand in the operator's place
            before, after = _top_level(head, op), _top_level(tail, op)
        else:
            continue
        if before is None or after is None or not all(before + after):
            return None
        other = _TIMES if not product else _PLUS
        if any(other.search(t) and _top_level(t, other) != [t] for t in before + after) \
                or any(_MINUS.search(t) and len(_top_level(t, _MINUS) or []) > 1
                       for t in before + after):
            return None  # `1 - 2 + 3 - ...`, `2 \cdot 3 + 1 + ...`: not one kind of term
        return before, after, product
    return None


def _value(text: str) -> sympy.Expr | None:
    parsed = strict(text)
    if parsed is None or parsed.expr.free_symbols or parsed.decimals:
        return None
    value = parsed.expr
    return value if value.is_number and value.is_finite and abs(value) <= _MAX_TERM else None


def _steps(values: list[sympy.Expr]) -> sympy.Expr | None:
    """The common difference of values in equal steps, or None."""
    d = values[1] - values[0]
    return d if all(b - a == d for a, b in zip(values, values[1:], strict=False)) else None


def _shape(term: str) -> str:
    """A term's writing with its whole numbers blanked (`\\frac{1}{3 \\cdot 4}` and
    `\\frac{1}{9\\cdot 10}` are one writing)."""
    return re.sub(r"\s+", "", _WHOLE.sub("#", term))


def _filled(term: str, numbers: list[str]) -> str:
    """The term's writing with its whole numbers replaced, in order, by `numbers`."""
    pieces = _WHOLE.split(term)
    return "".join(p + (numbers[i] if i < len(numbers) else "") for i, p in enumerate(pieces))


def _by_writing(before: list[str], after: list[str]) -> list[sympy.Expr] | None:
    """Every term, when all are one writing whose whole numbers move in equal steps."""
    shape = _shape(before[0])
    if any(_shape(t) != shape for t in before + after) or "#" not in shape:
        return None
    slots = [[int(n) for n in _WHOLE.findall(t)] for t in before + after]
    starts, steps = slots[0], []
    for j in range(len(starts)):
        d = _steps([sympy.Integer(s[j]) for s in slots[:len(before)]])
        if d is None:
            return None
        steps.append(int(d))
    moving = [j for j, d in enumerate(steps) if d]
    if not moving:
        return None
    places = []
    for s in slots[len(before):]:
        ks = {(s[j] - starts[j]) / steps[j] for j in moving}
        fixed = all(s[j] == starts[j] for j, d in enumerate(steps) if not d)
        if len(ks) != 1 or not fixed or not float(next(iter(ks))).is_integer():
            return None
        places.append(int(next(iter(ks))))
    last = places[-1] if places else len(before) - 1
    if places and (places[0] < len(before) or places != list(range(places[0], last + 1))):
        return None
    if last + 1 > _MAX_SUM_TERMS or any(starts[j] + steps[j] * last < 0 for j in moving):
        return None
    terms = []
    for k in range(last + 1):
        numbers = [str(starts[j] + steps[j] * k) for j in range(len(starts))]
        value = _value(_filled(before[0], numbers))
        if value is None:
            return None
        terms.append(value)
    return terms


def _by_value(before: list[str], after: list[str]) -> list[list[sympy.Expr] | None]:
    """Every term read as numbers in equal steps, and as numbers with a constant ratio
    (None for a reading the numbers written do not fit)."""
    shown = [_value(t) for t in before + after]
    if any(v is None for v in shown) or not after:
        return [None, None]
    head, tail = shown[:len(before)], shown[len(before):]
    d = _steps(head)  # type: ignore[arg-type]
    steps = None if d is None or d == 0 else \
        [(v - head[0]) / d for v in tail]  # type: ignore[operator]
    ratio = None
    if 0 not in head and len({b / a for a, b in zip(head, head[1:], strict=False)}) == 1:  # type: ignore
        r = head[1] / head[0]  # type: ignore[operator]
        if r not in (1, -1) and r.is_Rational:
            ratio = [_power_of(v / head[0], r) for v in tail]  # type: ignore[operator]
    return [_continued(head, steps, lambda k: head[0] + d * k),  # type: ignore[operator]
            _continued(head, ratio, lambda k: head[0] * r**k)]  # type: ignore[operator]


def _continued(head: list[sympy.Expr], places: list[sympy.Expr] | list[int | None] | None,
               term: Callable[[int], sympy.Expr]) -> list[sympy.Expr] | None:
    """The terms 0..n-1 when the places of the terms after the dots follow on from the
    head, one by one, else None."""
    if places is None or any(k is None or sympy.Rational(k).q != 1  # type: ignore
                             for k in places):
        return None
    whole = [int(k) for k in places]  # type: ignore[arg-type]
    if whole[0] < len(head) or whole != list(range(whole[0], whole[-1] + 1)) \
            or whole[-1] + 1 > _MAX_SUM_TERMS:
        return None
    return [term(k) for k in range(whole[-1] + 1)]


def _power_of(ratio: sympy.Expr, r: sympy.Expr) -> int | None:
    """k with r^k = ratio (k >= 0), or None."""
    value, k = sympy.Integer(1), 0
    while k <= _MAX_SUM_TERMS and abs(value) <= abs(ratio) * abs(r) + 1:
        if value == ratio:
            return k
        value, k = value * r, k + 1
        if abs(r) < 1 and abs(value) < abs(ratio) / 2:
            return None
    return None


def dotted_value(text: str) -> tuple[sympy.Expr, bool] | None:
    """The value of a sum or product written with dots (see module doc), confirmed by
    two methods, and whether three terms or more were shown before the dots; None when
    the pattern is not certain or the methods disagree. With two terms shown
    (`1 + 2 + \\cdots + 50`), every reading that fits must give the same terms."""
    found = _terms(text)
    if found is None:
        return None
    before, after, product = found
    if len(before) < _MIN_SHOWN - 1:
        return None
    readings = [_by_writing(before, after), *_by_value(before, after)]
    fitting = [r for r in readings if r is not None]
    if not fitting or (len(before) < _MIN_SHOWN and any(r != fitting[0] for r in fitting)):
        return None  # `1 + 2 + \\cdots + 64`: in equal steps, or doubling?
    terms = fitting[0]
    if product and len(terms) > _MAX_PRODUCT_TERMS:
        return None
    mpmath.mp.dps = PRECISION
    if product:
        exact = sympy.Mul(*terms)
        floating = mpmath.fprod(mpmath.mpf(sympy.N(t, PRECISION)) for t in terms)
    else:
        exact = sympy.Add(*terms)
        floating = mpmath.fsum(mpmath.mpf(sympy.N(t, PRECISION)) for t in terms)
        closed = _closed_form(terms)
        if closed is not None and closed != exact:
            return None
    gap = abs(sympy.N(exact, PRECISION) - sympy.Float(floating, PRECISION))
    if gap > abs(sympy.N(exact, 20)) * sympy.Float(10) ** -25 + sympy.Float(10) ** -25:
        return None
    return exact, len(before) >= _MIN_SHOWN


def _closed_form(terms: list[sympy.Expr]) -> sympy.Expr | None:
    """n(a + l)/2 when the terms are in equal steps, a(r^n - 1)/(r - 1) when they have a
    constant ratio (r not 1), else None."""
    n, first = len(terms), terms[0]
    if n < 2:
        return None
    if _steps(terms) is not None:
        return sympy.Rational(n) * (first + terms[-1]) / 2
    r = terms[1] / first if first else None
    if r is not None and r != 1 and all(b == a * r for a, b in zip(terms, terms[1:], strict=False)):
        return first * (r**n - 1) / (r - 1)
    return None


def _as_written_sum(claim: RawClaim) -> ClaimResult | None:
    """`2 + 5 + \\cdots + 29 = \\sum_{n=0}^{9} (3n + 2)`: the dotted sum's value and the
    written sum's, each found twice (see series.sum_holds), agree. Verify only: a sum with
    other limits or terms may still be meant the same."""
    dotted, other = (claim.lhs, claim.rhs) if DOTS.search(claim.lhs) else (claim.rhs, claim.lhs)
    if DOTS.search(other) or "\\sum" not in other or not DOTS.search(dotted):
        return None
    value, written = dotted_value(dotted), parse_lenient_expr(other)
    if value is None or not isinstance(written, sympy.Sum) or len(written.limits) != 1 \
            or not all(b.is_Integer for b in written.limits[0][1:]):
        return None
    if sum_holds(written, value[0]):
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "arithmetic", method=_METHOD)
    return ClaimResult(claim.source, Verdict.UNCHECKED, "not confirmed twice", "arithmetic")


def dotted_claim(claim: RawClaim) -> ClaimResult | None:
    """A claim with a sum or product written with dots on a side (see module doc)."""
    if claim.relation != "=":
        return None
    sigma = _as_written_sum(claim)
    if sigma is not None:
        return sigma
    sides = []
    for text in (claim.lhs, claim.rhs):
        if DOTS.search(text):
            value = dotted_value(text)
            if value is None:
                return None
            sides.append(value)  # refutable only with three terms shown
        else:
            parsed = strict(text)
            if parsed is None or parsed.expr.free_symbols:
                return None
            sides.append((parsed.expr, not parsed.decimals))
    (left, _), (right, exact_right) = sides
    gap = sympy.N(left - right, PRECISION)
    if is_zero_exact(left - right) is True and abs(gap) < sympy.Float(10) ** -30:
        return ClaimResult(claim.source, Verdict.VERIFIED, "", "arithmetic", method=_METHOD)
    if not (claim.comparable and not claim.approximate and exact_right and sides[0][1]
            and abs(gap) > sympy.Float(10) ** -10):
        return None
    shown = DOTS.sub("⋯", claim.lhs)
    reason = f"{maths_text(shown)} = {maths_text(sympy.latex(left))}, " \
             f"not {maths_text(claim.rhs)}"
    return ClaimResult(claim.source, Verdict.REFUTED, reason, "arithmetic", method=_METHOD)
