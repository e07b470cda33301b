"""Typed reader: complex numbers as points of the plane.

The modulus (absolute value, magnitude) and the conjugate of a complex number, the
distance and the midpoint between two in the complex plane, and "for how many real k is
|a + bki| = r" (the real solutions of |z(k)|^2 = r^2). `i` is the imaginary unit. Each
answer is recomputed with Python's complex arithmetic (`complex`), or for a count by
substituting the solutions and counting the roots of the polynomial by its degree and
discriminant."""

from __future__ import annotations

import cmath
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON, places
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.polar_forms import cis_number, has_cis
from tutor.reasoning.symbolic.typed import words, words_within

_I = sp.Symbol("i")
_ASKED = frozenset("modulus absolute magnitude conjugate distance midpoint how rectangular "
                   "exponential".split())
VOCAB = COMMON | frozenset(
    "modulus absolute value magnitude conjugate complex number numbers plane distance between "
    "midpoint segment how many real values do we have convert converted rectangular "
    "exponential when to what given for its endpoints line plotted drawn at corresponding "
    "corresponds write points point far apart from origin joining connecting".split())
# "mid-point", "end-points": the hyphenated spellings of the same words
_HYPHENATED = re.compile(r"\b(mid|end)-(points?)\b")
_R, _THETA = sp.Symbol("r"), sp.Symbol("theta")


def _complex(src: str, letters: frozenset[sp.Symbol] | set[sp.Symbol] = frozenset()) -> sp.Expr:
    if has_cis(src):  # "2 \operatorname{cis} 135^\circ"
        if (z := cis_number(src)) is None:
            raise Decline("a complex number written with cis")
        return z
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols - {_I} - set(letters):
        raise Decline("a complex number expected")
    return v.xreplace({_I: sp.I})


def _as_python(v: sp.Expr) -> complex:
    re_, im = (float(sp.N(part, 30)) for part in v.as_real_imag())
    return complex(re_, im)


def _same(exact: sp.Expr, approx: complex, what: str) -> None:
    got = _as_python(exact)
    confirm.check(abs(got - approx) <= 1e-9 * max(1.0, abs(approx)),
                  f"{what} agrees with Python's complex arithmetic")


def _count(w: set[str], pieces: list[str]) -> Result:
    """For how many real k is |z(k)| = r: the real roots of |z(k)|^2 - r^2."""
    if not {"how", "many", "real"} <= w or len(pieces) != 2:
        raise Decline("for how many real values, of one letter in one equation")
    k = parse_latex(pieces[0])
    if not isinstance(k, sp.Symbol) or k == _I:
        raise Decline("a letter for the real unknown")
    eq = parse_latex(pieces[1])
    if not isinstance(eq, sp.Equality) or eq.free_symbols - {_I, k} or not isinstance(
            eq.lhs, sp.Abs) or eq.rhs.free_symbols:
        raise Decline("|z| = r with z depending on the letter")
    z, r = eq.lhs.args[0].xreplace({_I: sp.I}), eq.rhs
    kr = sp.Symbol(k.name, real=True)
    re_, im = sp.expand(z.subs(k, kr)).as_real_imag()
    poly = sp.Poly(sp.expand(re_**2 + im**2 - r**2), kr)
    roots = sp.solve(poly.as_expr(), kr)
    real = [x for x in roots if x.is_real]
    if r.is_negative:
        real = []
    for x in real:
        confirm.check(abs(abs(_as_python(z.subs(k, x))) - float(r)) < 1e-9,
                      "each value found satisfies the equation when substituted")
    if poly.degree() == 2:
        a, b, c = poly.all_coeffs()
        disc = b**2 - 4 * a * c
        confirm.check(len(real) == (2 if disc > 0 else 1 if disc == 0 else 0),
                      "the number of real roots agrees with the discriminant")
    claim = f"{latex(poly.as_expr())} = 0"
    return sp.Integer(len(real)), [step(
        "square both sides", "$|a + bi|^2 = a^2 + b^2$, and the letter is real.",
        f"${latex(eq)}$ becomes ${claim}$, with real solutions "
        + (", ".join(f"${latex(kr)} = {latex(x)}$" for x in real) or "none"),
        "")]


def _exponential(pieces: list[str]) -> Result:
    """r or theta of z = r e^{i theta}, with r > 0 and 0 <= theta < 2 pi."""
    forms = [p for p in pieces if parse_latex(p).free_symbols == {_R, _THETA, _I}]
    asked = [parse_latex(p) for p in pieces if parse_latex(p) in (_R, _THETA)]
    numbers = [p for p in pieces if p not in forms and parse_latex(p) not in (_R, _THETA)]
    if len(forms) != 1 or len(asked) != 1 or len(numbers) != 1 or sp.expand(
            parse_latex(forms[0]) - _R * sp.exp(_I * _THETA)) != 0:
        raise Decline("a number, the form re^{i theta} and r or theta asked")
    z = _complex(numbers[0])
    if z == 0:
        raise Decline("zero has no angle")
    r = sp.nsimplify(sp.sqrt(sp.expand(sp.re(z) ** 2 + sp.im(z) ** 2)))
    theta = sp.nsimplify(sp.atan2(sp.im(z), sp.re(z)) % (2 * sp.pi))
    if theta.has(sp.atan, sp.atan2):
        raise Decline("not an exact angle")
    _same(r * sp.exp(sp.I * theta), _as_python(z), "r e^{i theta}")
    claim = f"{latex(z)} = {latex(r)} e^{{{latex(theta)} i}}"
    return (r if asked[0] == _R else theta), [step(
        "find the modulus and the angle", "r is the distance from 0 and theta the angle from "
        "the positive real axis, in [0, 2 pi).", f"${claim}$", "")]


def _named(pieces: list[str]) -> tuple[dict[sp.Symbol, sp.Expr], list[str]]:
    """"z = 6 - 8i": the letters given complex values, and the other pieces."""
    names: dict[sp.Symbol, sp.Expr] = {}
    rest = []
    for src in pieces:
        e = parse_latex(src) if "=" in src else None
        if isinstance(e, sp.Equality) and isinstance(e.lhs, sp.Symbol) and e.lhs != _I \
                and isinstance(e.rhs, sp.Expr) and e.rhs.free_symbols == {_I}:
            if e.lhs in names:
                raise Decline("a letter given twice")
            names[e.lhs] = e.rhs.xreplace({_I: sp.I})
        else:
            rest.append(src)
    return names, rest


def read_complex(split: Split, template: str) -> Result | None:
    template = _HYPHENATED.sub(r"\1\2", template)
    w = words(template)
    if re.search(r"\bhow far\b", template):  # "how far apart", "how far is z from the origin"
        w = w - {"how", "far", "apart"} | {"distance"}
    pieces = [split.maths[i] for i in dict.fromkeys(places(template))]
    bars = any("|" in p for p in pieces)  # "what is |z|?"
    if not (w & _ASKED or bars) or not words_within(template, VOCAB):
        return None
    if not pieces or not any("i" in p for p in pieces):  # (and "cis")
        return None
    if "how" in w:
        return _count(w, pieces)
    if "exponential" in w:
        return _exponential(pieces)
    names, pieces = _named(pieces)
    if len(names) == 1 and not pieces:  # "z = 6 - 8i. What is its modulus?"
        pieces = [latex(next(iter(names)))]
    if len(names) > 1 or (names and len(pieces) != 1):
        raise Decline("one complex number named and one asked about it")
    parsed = [cis_number(p) if has_cis(p) else parse_latex(p) for p in pieces]
    if bars and not w & _ASKED:
        if len(parsed) != 1 or not isinstance(parsed[0], sp.Abs):
            return None
        w = w | {"modulus"}
    if len(parsed) == 1 and isinstance(parsed[0], sp.Abs) and w & {"modulus", "absolute",
                                                                   "magnitude"}:
        pieces = [latex(parsed[0].args[0])]
    values = [_complex(p, set(names)).subs(names) for p in pieces]
    if not any(v.has(sp.I) for v in values):
        return None
    if "rectangular" in w and len(values) == 1:
        z = values[0]
        v = sp.expand(sp.expand_complex(z))
        if v.has(sp.exp, sp.cos, sp.sin):  # De Moivre: (cos t + i sin t)^n = e^(int)
            v = sp.expand(sp.expand_complex(sp.simplify(z.rewrite(sp.exp))))
        if v.has(sp.exp, sp.cos, sp.sin):
            raise Decline("not an exact angle")
        _same(v, _as_python(z), "the rectangular form")
        claim = f"{latex(z)} = {latex(v)}"
        return v, [step("use Euler's formula", "$re^{i\\theta} = r\\cos\\theta + "
                        "ir\\sin\\theta$.", f"${claim}$", claim)]
    if "origin" in w and "distance" in w and len(values) == 1 and "plane" in w:
        w = w | {"modulus"}  # the distance from 0
    if w & {"modulus", "absolute", "magnitude"} and len(values) == 1:
        z = values[0]
        v = sp.nsimplify(sp.sqrt(sp.expand(sp.re(z) ** 2 + sp.im(z) ** 2)))
        _same(v, complex(abs(_as_python(z))), "the modulus")
        re_, im = sp.re(z), sp.im(z)
        claim = f"\\sqrt{{\\left({latex(re_)}\\right)^{{2}} + \\left({latex(im)}\\right)^{{2}}}}" \
                f" = {latex(v)}"
        return v, [step("use the modulus", "$|a + bi| = \\sqrt{a^2 + b^2}$.", f"${claim}$",
                        claim)]
    if "conjugate" in w and len(values) == 1:
        z = sp.expand(sp.radsimp(values[0]))
        v = sp.expand(sp.conjugate(z))
        _same(v, _as_python(z).conjugate(), "the conjugate")
        claim = f"{latex(z)}"
        return v, [step("write the number as a + bi", "Then change the sign of the imaginary "
                        "part.", f"${latex(values[0])} = {claim}$, so the conjugate is "
                        f"${latex(v)}$", f"{latex(values[0])} = {claim}")]
    if len(values) == 2 and "plane" in w and w & {"distance", "midpoint"} and not (
            "distance" in w and "midpoint" in w):
        a, b = values
        if "distance" in w:
            v = sp.nsimplify(sp.sqrt(sp.expand((sp.re(a) - sp.re(b)) ** 2 +
                                               (sp.im(a) - sp.im(b)) ** 2)))
            _same(v, complex(abs(_as_python(a) - _as_python(b))), "the distance")
            claim = f"\\left|{latex(sp.expand(a - b))}\\right| = {latex(v)}"
        else:
            v = sp.expand((a + b) / 2)
            _same(v, (_as_python(a) + _as_python(b)) / 2, "the midpoint")
            claim = f"\\frac{{{latex(a)} + {latex(b)}}}{{2}} = {latex(v)}"
        return v, [step(f"find the {'distance' if 'distance' in w else 'midpoint'}",
                        "Treat the numbers as points (a, b) of the plane.", f"${claim}$",
                        claim)]
    if not cmath.isfinite(_as_python(values[0])):
        raise Decline("not a finite number")
    raise Decline("what is asked about the complex numbers is not clear")


__all__ = ["VOCAB", "read_complex"]
