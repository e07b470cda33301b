"""Typed reader: the n-th roots of a number, listed.

"Find the cube roots of $8i$.", "What are the square roots of $-5 + 12i$?", "Find all fourth
roots of -16.", "Find the complex cube roots of 27.", "Find the sixth roots of unity.",
"Find the three cube roots of $-1$."

The roots are complex numbers when the number is not real, when no real root exists (an
even root of a negative number), when "complex" or "of unity" is said, or when the count
said is n. Square roots of a positive number are the same either way. Otherwise (the cube
root of 8: 2 alone, or three complex roots?) the question is declined.

Square roots come from the identity sqrt(a + bi) = +-(p + qi), p = sqrt((|w| + a) / 2),
q = sign(b) sqrt((|w| - a) / 2); other roots from the polar form, r^(1/n) at angles
(theta + 2 pi k) / n, theta an exact rational multiple of pi (otherwise declined), each
written in a + bi form without a cosine or sine left. Confirmed: each root raised to the
n-th power is the number (25 digits), and mpmath's polynomial root finder (another method)
finds the same n distinct roots of z^n - w.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.complex_arguments import complex_number
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset("find what are list compute determine give all the complex square cube "
                  "fourth fifth sixth eighth th roots of unity two three four five six eight "
                  "number".split())
_ORDERS = {"square": 2, "cube": 3, "fourth": 4, "fifth": 5, "sixth": 6, "eighth": 8}
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "eight": 8}
_ASK = re.compile(
    r"^(?:find|what are|list|compute|determine|give)(?: all)?(?: of)?(?: the)? "
    r"(?:(?P<count>two|three|four|five|six|eight) )?(?P<complex>complex )?"
    r"(?:(?P<order>square|cube|fourth|fifth|sixth|eighth)|(?P<nth>[4-8])th) roots of "
    r"(?:(?P<unity>unity)|(?:the complex number )?@(?P<w>\d+)@)[.?!\s]*$")


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    if "roots" not in body or not words_within(body, VOCAB):
        return None
    m = _ASK.match(body)
    if m is None:
        return None
    n = _ORDERS[m.group("order")] if m.group("order") else int(m.group("nth"))
    w = sp.Integer(1) if m.group("unity") else complex_number(split.maths[int(m.group("w"))])
    if m.group("count") and _COUNTS[m.group("count")] != n:
        raise Decline("the number of roots said is not n")
    told = bool(m.group("complex") or m.group("unity") or m.group("count"))
    real = sp.im(w) == 0
    if not told and real and not (n % 2 == 0 and w < 0) and not (n == 2 and w > 0):
        raise Decline("the real root alone, or every complex root? the question does not say")
    roots = _square_roots(w) if n == 2 else _polar_roots(w, n)
    _confirm(roots, w, n)
    listed = re.sub(r"(\d) i\b(?!})", r"\1i", ", ".join(latex(r) for r in roots))
    claim = ", ".join(f"\\left({latex(r)}\\right)^{{{n}}} = {latex(w)}" for r in roots[:1])
    return listed, [
        step("the roots", f"An equation $z^{n} = {latex(w)}$ has {n} complex roots, spaced "
             f"evenly around a circle of radius $|{latex(w)}|^{{1/{n}}}$.",
             f"The roots are ${listed}$.", listed),
        step("check one", "Raise a root to the power to get the number back.",
             f"${claim}$", "")]


def _square_roots(w: sp.Expr) -> list[sp.Expr]:
    a, b = sp.re(w), sp.im(w)
    size = sp.sqrt(a**2 + b**2)
    p = sp.radsimp(sp.sqrtdenest(sp.sqrt((size + a) / 2)))
    q = sp.radsimp(sp.sqrtdenest(sp.sqrt((size - a) / 2)))
    root = sp.expand(p + (-1 if b < 0 else 1) * q * sp.I)
    return _sorted([root, sp.expand(-root)])


def _polar_roots(w: sp.Expr, n: int) -> list[sp.Expr]:
    turn = sp.nsimplify(sp.atan2(sp.im(w), sp.re(w)) / sp.pi)
    if not turn.is_Rational:
        raise Decline("not an exact angle")
    size = sp.root(sp.sqrt(sp.re(w) ** 2 + sp.im(w) ** 2), n)
    roots = []
    for k in range(n):
        angle = (turn + 2 * k) * sp.pi / n
        c, s = sp.cos(angle), sp.sin(angle)
        if c.has(sp.cos, sp.sin) or s.has(sp.cos, sp.sin):
            raise Decline("a root whose cosine is not a radical")
        roots.append(sp.expand(sp.radsimp(size * c) + sp.radsimp(size * s) * sp.I))
    return _sorted(roots)


def _sorted(roots: list[sp.Expr]) -> list[sp.Expr]:
    """Real roots first, then by real part and imaginary part."""
    return sorted(roots, key=lambda r: (sp.im(r) != 0, float(sp.re(r)), float(sp.im(r))))


def _confirm(roots: list[sp.Expr], w: sp.Expr, n: int) -> None:
    with mpmath.workdps(50):
        target = numeric.to_mp(w)
        got = [numeric.to_mp(r) for r in roots]
        values = [v for v in got if v is not None]
        if target is None or len(values) != len(roots):
            raise Decline("a root that cannot be evaluated")
        tol = mpmath.mpf(10) ** -25 * max(1, abs(target))
        confirm.check(all(abs(v**n - target) < tol for v in values),
                      "each root raised to the power is the number (25 digits)")
        found = mpmath.polyroots([1] + [0] * (n - 1) + [-target], maxsteps=200, extraprec=100)
        close = mpmath.mpf(10) ** -20
        confirm.check(len(roots) == n and all(
            sum(abs(v - f) < close * max(1, abs(f)) for v in values) == 1 for f in found),
            "a polynomial root finder finds the same n distinct roots")


__all__ = ["VOCAB", "read"]
