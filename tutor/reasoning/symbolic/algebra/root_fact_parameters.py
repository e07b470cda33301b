"""Typed reader: a letter in a quadratic's coefficients fixed by a fact about its roots told
in words.

"Find $k$ such that the sum of the roots of $x^2 - kx + 6 = 0$ is $5$", "For what value of
$k$ is the product of the roots of $2x^2 + 3x + k = 0$ equal to $4$?", "The sum of the
squares of the solutions of $x^2 - 2x + m = 0$ is $20$. What is $m$?", "Find all values of
$k$ for which the positive difference between the solutions of $x^2 + 2x + k = 0$ equals
the product of these solutions".

The quantities told: the sum, product, sum of the squares, of the cubes or of the
reciprocals of the two roots, and their (positive) difference. Each is written through
Vieta's formulas, r + s = -b/a and rs = c/a; a difference d through (r - s)^2 = d^2, kept
only where the roots are real and d >= 0. The letter's values solve the one equation that
results (a polynomial in the letter once cleared of denominators); a value at which a
denominator, the x^2 coefficient or the distance between two roots vanishes is dropped
(a double root: "the roots" would count it twice), as is one that is not real.

Confirmed independently: at every value kept, the roots are found numerically (30 digits)
and the told fact is evaluated on them directly; and the letter's equation is solved again
numerically (`nroots`), so no real value is missing from the list.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import without_enter_request, words, words_within

X = sp.Symbol("x")
_R, _S = sp.symbols("r s")
_KIND = r"sum of the squares|sum of the cubes|sum of the reciprocals|sum|product|" \
    r"positive difference|difference"
_QTY = re.compile(rf"\b(?:the )?(?P<kind>{_KIND}) (?:of|between) (?:the |these |its |their )?"
                  r"(?:two )?(?:roots|solutions|zeros|zeroes)(?: of (?:the )?(?:equation |"
                  r"quadratic |polynomial )?@(?P<eq>\d+)@)?")
_SIDE = r"(?:#(?P<b>\d)#|@(?P<v>\d+)@)"
_RELATIONS = [re.compile(r"#(?P<a>\d)# (?:is equal to|equals?|is|will be|=) " + _SIDE),
              re.compile(r"\bis #(?P<a>\d)# (?:equal to )?" + _SIDE)]
VOCAB = frozenset(
    "find all every values value of for which what such that so is are the a an real number "
    "numbers constant constants where if possible sum product greatest least largest "
    "smallest quadratic equation let be does do".split())
_QUANTITY = {"sum": _R + _S, "product": _R * _S, "sum of the squares": _R**2 + _S**2,
             "sum of the cubes": _R**3 + _S**3, "sum of the reciprocals": 1 / _R + 1 / _S}


def _quadratic(src: str) -> tuple[sp.Expr, sp.Symbol] | None:
    v = parse_latex(src)
    e = sp.expand(v.lhs - v.rhs) if isinstance(v, sp.Equality) else None
    if e is None or X not in e.free_symbols or not e.is_polynomial(X):
        return None
    params = e.free_symbols - {X}
    if sp.degree(e, X) != 2 or len(params) != 1:
        return None
    p = params.pop()
    if not all(c.is_polynomial(p) and all(k.is_Rational for k in sp.Poly(c, p).coeffs())
               for c in sp.Poly(e, X).all_coeffs()):
        return None
    return e, p


def _vieta(kind: str, e1: sp.Expr, e2: sp.Expr) -> sp.Expr:
    """The quantity through e1 = r + s and e2 = rs."""
    return {"sum": e1, "product": e2, "sum of the squares": e1**2 - 2 * e2,
            "sum of the cubes": e1**3 - 3 * e1 * e2, "sum of the reciprocals": e1 / e2}[kind]


def read_root_fact_parameter(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:roots|solutions|zeros|zeroes)\b", template):
        return None
    quads = [(i, q) for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template))
             if (q := _quadratic(split.maths[i])) is not None]
    if len(quads) != 1:
        return None
    qi, (f, p) = quads[0]
    kinds: list[str] = []

    def mark(m: re.Match[str]) -> str:
        if m.group("eq") is not None and int(m.group("eq")) != qi:
            raise Decline("a fact about the roots of another equation")
        kinds.append(m.group("kind"))
        return f"#{len(kinds) - 1}#"
    text = without_enter_request(_QTY.sub(mark, template))
    found = [m for rel in _RELATIONS for m in rel.finditer(text)]
    if not kinds or len(found) != 1 or len(kinds) != (2 if found[0].group("b") else 1):
        return None
    rel = found[0]
    text = (text[:rel.start()] + " " + text[rel.end():]).replace(f"@{qi}@", " ")
    asked = [int(g) for g in re.findall(r"@(\d+)@", text)]
    if not asked or any(parse_latex(split.maths[i]) != p for i in asked) or not words_within(
            re.sub(r"[#;,.?:]", " ", text), VOCAB):
        return None
    told = None if rel.group("v") is None else parse_latex(split.maths[int(rel.group("v"))])
    if told is not None and not (isinstance(told, sp.Expr) and told.free_symbols <= {p}):
        raise Decline("a told value that is not a number")
    a, b, c = sp.Poly(f, X).all_coeffs()
    sides = [kinds[int(rel.group("a"))]] + ([kinds[int(rel.group("b"))]] if rel.group("b")
                                            else [])
    values = _values(sides, told, a, b, c, p, "quadratic" in words(template))
    return _answer(values, sides, told, f, p, words(text))


def _values(sides: list[str], told: sp.Expr | None, a: sp.Expr, b: sp.Expr, c: sp.Expr,
            p: sp.Symbol, quadratic: bool) -> list[sp.Expr]:
    e1, e2, disc = -b / a, c / a, sp.expand(b**2 - 4 * a * c)
    plain = [_vieta(k, e1, e2) for k in sides if "difference" not in k]
    if len(plain) == len(sides) - 2:
        raise Decline("two differences compared")
    other = told if told is not None else plain[-1]  # the side that is not a difference
    differs = len(plain) < len(sides)
    # |r - s| = V: (r - s)^2 = (b^2 - 4ac)/a^2 = V^2, with V >= 0 and real roots
    equation = sp.together(disc / a**2 - other**2 if differs else plain[0] - other)
    num, den = sp.fraction(equation)
    num = sp.expand(num)
    if not num.free_symbols == {p} or not num.is_polynomial(p):
        raise Decline("the fact does not give an equation in the letter")
    poly = sp.Poly(num, p)
    exact = [v for v in sp.roots(poly, multiple=False) if v.is_real]
    if sum(sp.roots(poly, multiple=False).values()) != poly.degree():
        raise Decline("the letter's equation could not be solved exactly")
    _count_check(poly, exact)
    kept = []
    for v in exact:
        at = {p: v}
        if a.subs(at) == 0:
            if not quadratic:
                raise Decline("a value that makes the equation linear")
            continue
        if sp.simplify(den.subs(at)) == 0 or sp.simplify(disc.subs(at)) == 0:
            continue  # a denominator vanishes, or a double root
        if differs and (_negative(disc.subs(at)) or _negative(other.subs(at))):
            continue  # the roots are not real, or the difference would be negative
        kept.append(sp.nsimplify(v) if v.is_Rational else sp.radsimp(v))
    return kept


def _negative(e: sp.Expr) -> bool:
    approx = sp.N(e, 40)
    if not approx.is_real or abs(approx) < sp.Float("1e-30"):
        raise Decline("the sign of a value cannot be told")
    return bool(approx < 0)


def _count_check(poly: sp.Poly, exact: list[sp.Expr]) -> None:
    """The letter's equation solved again numerically: its real roots are the ones found."""
    approx = [r for r in poly.nroots(n=30) if abs(sp.im(r)) < 1e-20]
    matched = all(any(abs(sp.re(r) - sp.N(v, 30)) < 1e-15 for v in exact) for r in approx)
    confirm.check(matched and len({round(float(sp.re(r)), 9) for r in approx}) == len(exact),
                  "the letter's equation solved numerically has the same real solutions")


def _fact_holds(sides: list[str], told: sp.Expr | None, g: sp.Expr) -> bool:
    r, s = (complex(z) for z in sp.Poly(g, X).nroots(n=30))
    def quantity(kind: str) -> complex:
        if "difference" in kind:
            if abs(r.imag) > 1e-12 or abs(s.imag) > 1e-12:
                return complex("nan")
            return complex(abs(r.real - s.real))
        return complex(_QUANTITY[kind].subs({_R: r, _S: s}))
    left = quantity(sides[0])
    right = quantity(sides[1]) if len(sides) == 2 else complex(sp.N(told, 30))
    return abs(left - right) < 1e-9 * max(1.0, abs(right))


def _answer(values: list[sp.Expr], sides: list[str], told: sp.Expr | None, f: sp.Expr,
            p: sp.Symbol, w: set[str]) -> Result:
    if not values:
        raise Decline("no value of the letter meets the fact")
    for v in values:
        confirm.check(_fact_holds(sides, None if told is None else told.subs(p, v),
                                  f.subs(p, v)),
                      "at each value the roots, found numerically, meet the told fact")
    if w & {"greatest", "largest"}:
        value: sp.Basic | str = sp.Max(*values)
    elif w & {"least", "smallest"}:
        value = sp.Min(*values)
    elif "sum" in w and "values" in w:
        value = sp.Add(*values)
    elif "product" in w and "values" in w:
        value = sp.Mul(*values)
    elif len(values) == 1:
        value = values[0]
    elif w & {"values", "all", "every"} and not w & {"sum", "product"}:
        value = ", ".join(latex(v) for v in sorted(values, key=lambda v: float(v)))
    else:
        raise Decline("more than one value, and the question asks for one")
    told_text = " and ".join(sides) + ("" if told is None else f" $= {latex(told)}$")
    listed = ", ".join(f"${latex(p)} = {latex(v)}$" for v in values)
    shown = value if isinstance(value, str) else latex(value)
    return value, [
        step("Vieta's formulas", "For ax^2 + bx + c the roots have sum -b/a and product c/a; "
             "a difference of roots d gives (b^2 - 4ac)/a^2 = d^2.",
             f"The fact ({told_text} of the roots of ${latex(sp.Eq(f, 0))}$) becomes an "
             f"equation in ${latex(p)}$.", ""),
        step("solve for the letter", "Solve, keeping values where the equation stays a "
             "quadratic with two different roots.", f"{listed}.", ""),
        step("answer", "Read off what is asked.", f"The answer is ${shown}$.", "")]


__all__ = ["read_root_fact_parameter"]
