"""Typed reader: the polynomial with rational (or real) coefficients that has given roots.

"Find the monic quadratic polynomial, in $x$, with real coefficients, which has $2 - 3i$
as a root", "Find a monic quartic polynomial with rational coefficients such that
$1 + \\sqrt{2}$ and $\\sqrt{5}$ are roots", "Find the quadratic polynomial with real
coefficients which has $1 + i$ as a root and where the coefficient of $x$ is $6$",
"... of degree $4$ with rational coefficients and leading coefficient $1$ which has
$\\sqrt{3} + \\sqrt{7}$ as a root. What is $P(2)$?"

With rational coefficients a root brings all its conjugates, so the polynomial is a
multiple of the product of the roots' minimal polynomials (SymPy's `minimal_polynomial`);
with real coefficients a non-real root brings its complex conjugate. The answer is that
product, scaled as asked, when its degree is the degree asked for (else it is not
unique, and the problem is declined). It is checked numerically: it vanishes at every
root given, and its coefficients are of the kind asked for.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import complex_value, value_at
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "find a an the there unique monic quadratic cubic quartic polynomial degree in with real "
    "rational integer coefficients which that has have as root roots is are such and where "
    "coefficient term leading what".split())
_DEGREES = {"quadratic": 2, "cubic": 3, "quartic": 4}
_L = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_PARTS = {
    "roots": re.compile(rf",? (?:which|that) (?:has|have) (?P<r>{_L}) as (?:a )?roots?"
                        rf"|,? such that (?:(?P<r2>{_L}) (?:is a root|are roots)(?: of the "
                        rf"polynomial)?|(?P<eq>@\d+@))"),
    "field": re.compile(r",? with (?P<kind>real|rational|integer) coefficients"),
    "scale": re.compile(r",? (?:and )?(?:where )?(?:the coefficient of (?P<t>@\d+@) is "
                        r"(?P<v>@\d+@)|(?:leading coefficient|quadratic term) (?P<lead>@\d+@))"),
    "variable": re.compile(r",? in (?P<x>@\d+@)"),
    "degree": re.compile(r" of degree (?P<deg>@\d+@)"),
    "named": re.compile(r" polynomial (?P<p>@\d+@)"),
    "asked": re.compile(r"[.,]? what is (?P<at>@\d+@)\W*$"),
}
_START = re.compile(r"^(?:find|there is) (?:a|an|the) (?:unique )?(?P<monic>monic )?"
                    r"(?:(?P<word>quadratic|cubic|quartic) )?")


_MONIC_NOTE = re.compile(r"\s*\(a polynomial is monic if its leading coefficient is (@\d+@)"
                         r"\.?\)\.?\s*$")


def read(split: Split, template: str) -> Result | None:
    note = _MONIC_NOTE.search(template)
    if note and split.maths[int(note.group(1)[1:-1])].strip() == "1":
        template = template[:note.start()]
    start = _START.match(template)
    if start is None or not ("root" in template or "= 0" in " ".join(split.maths)) \
            or not words_within(template, VOCAB):
        return None
    rest = " " + template[start.end():]
    found: dict[str, re.Match[str]] = {}
    for name, pat in _PARTS.items():
        m = pat.search(rest)
        if m:
            found[name] = m
            rest = rest[:m.start()] + " " + rest[m.end():]
    if "roots" not in found or "field" not in found or re.search(r"@\d+@", rest) \
            or re.sub(r"\W+", " ", rest).strip() not in ("polynomial", "quadratic", ""):
        return None
    return _solve(split, start, found)


def _piece(split: Split, ref: str) -> str:
    return split.maths[int(ref[1:-1])]


def _solve(split: Split, start: re.Match[str], found: dict[str, re.Match[str]]) -> Result:
    g = {k: v for m in found.values() for k, v in m.groupdict().items() if v}
    x = parse_latex(_piece(split, g["x"])) if "x" in g else sp.Symbol("x")
    named = re.fullmatch(r"\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*", _piece(split, g["p"])) \
        if "p" in g else None
    if "p" in g and not named or named and sp.Symbol(named.group(2)) != x \
            or not isinstance(x, sp.Symbol):
        raise Decline("the polynomial's letter")
    roots = _roots(split, g, named)
    rational = g["kind"] in ("rational", "integer")
    product = sp.S.One
    for r in roots:
        m = sp.minimal_polynomial(r, x) if rational else (
            x - r if r.is_real else sp.expand((x - r) * (x - sp.conjugate(r))))
        if sp.rem(product, m, x) != 0:
            product = sp.expand(product * m)
    poly = sp.Poly(product, x)
    said = _piece(split, g["deg"]).strip() if "deg" in g else ""
    degree = _DEGREES.get(start.group("word") or "") or (int(said) if said.isdigit() else None)
    if degree is None or poly.degree() != degree:
        raise Decline("the polynomial is not determined by its roots and degree")
    poly = _scaled(split, poly, start.group("monic"), g, x)
    _check(poly, roots, g["kind"])
    expr = poly.as_expr()
    listed = ", ".join(f"${latex(r)}$" for r in roots)
    steps: list[Step] = [step(
        "use the conjugate roots", "A polynomial with " + g["kind"] + " coefficients that has "
        "a root has every conjugate of it as a root too.",
        f"The roots {listed} and their conjugates are the roots of ${latex(expr)}$ "
        f"(degree {degree}).", f"{latex(expr)}")]
    if "at" not in g:
        return expr, steps
    value, last = value_at(_piece(split, g["at"]), named.group(1) if named else None, expr, x,
                           "polynomial")
    return value, [*steps, last]


def _roots(split: Split, g: dict[str, str], named: re.Match[str] | None) -> list[sp.Expr]:
    if "eq" in g:
        eq = re.fullmatch(r"\s*([A-Za-z])\s*\((.+)\)\s*=\s*0\s*", _piece(split, g["eq"]))
        if not eq or not named or eq.group(1) != named.group(1):
            raise Decline("a root given as P(r) = 0")
        return [complex_value(eq.group(2))]
    return [complex_value(_piece(split, ref))
            for ref in re.findall(r"@\d+@", g.get("r") or g["r2"])]


def _scaled(split: Split, poly: sp.Poly, monic: str | None, g: dict[str, str],
            x: sp.Symbol) -> sp.Poly:
    if "t" in g:
        term = sp.Poly(parse_latex(_piece(split, g["t"])), x)
        if len(term.terms()) != 1 or term.LC() != 1:
            raise Decline("the coefficient of a power of x")
        now = poly.coeff_monomial(term.as_expr())
        if monic or now == 0:
            raise Decline("the scale said twice, or a zero coefficient")
        return poly * (parse_latex(_piece(split, g["v"])) / now)
    lead = _piece(split, g["lead"]) if "lead" in g else None
    if lead is not None and lead.strip() not in ("1", f"{latex(x)}^{poly.degree()}",
                                                 f"{latex(x)}^{{{poly.degree()}}}"):
        raise Decline("a leading coefficient of 1")
    if not (monic or lead):
        raise Decline("which multiple of the polynomial: say monic or a coefficient")
    return poly


def _check(poly: sp.Poly, roots: list[sp.Expr], kind: str) -> None:
    """Numerically zero at every root, and coefficients of the kind asked for."""
    x = poly.gen
    for r in roots:
        got = numeric.at(poly.as_expr(), x, r)
        if got is None or not numeric.near(got, numeric.to_mp(sp.S.Zero), 1e-20):
            raise Decline(f"{DISAGREES}: the polynomial at ${latex(r)}$")
    coeffs = poly.all_coeffs()
    test = {"real": lambda c: c.is_real, "rational": lambda c: c.is_rational,
            "integer": lambda c: c.is_integer}[kind]
    confirm.check(all(test(c) is True for c in coeffs),
                  f"the polynomial vanishes at each given root (numerically) and has {kind} "
                  "coefficients")


__all__ = ["read"]
