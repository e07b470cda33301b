"""Typed reader: the other root of a polynomial with number coefficients (complex ones
too), given all its roots but one.

"One of the roots of $z^2 = 21 - 20i$ is $5 - 2i$. What is the other root?", "Given that
$2$ is a root of $x^3 - 3x^2 + 4 = 0$ ... ". The given roots must make the polynomial zero
exactly; the last root is minus the second coefficient over the first, less the roots
given (Vieta's sum). It is confirmed by substitution at 40 digits and, when all roots but
one are given, by the product of the roots (Vieta's product) as well.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import complex_value
from tutor.reasoning.symbolic.typed import words

_L = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_POLY = r"(?:the )?(?:(?:polynomial|equation|cubic|quadratic) )?"
_ASKS = [
    re.compile(rf"^(?:one|two) of the (?:roots|solutions|zeros) of {_POLY}(?P<p>@\d+@),? "
               rf"(?:is|are) (?P<r>{_L})[.,]? (?:what is|find|determine|compute) the other "
               r"(?:root|solution|zero)\W*$"),
    re.compile(rf"^(?:given that |if |suppose (?:that )?)?(?P<r>{_L}) (?:is|are) (?:a |one )?"
               rf"(?:roots?|solutions?|zeros?) of {_POLY}(?P<p>@\d+@)[.,]? (?:what is|find|"
               r"determine|compute) the other (?:root|solution|zero)\W*$"),
]


# Other wordings of the same question: "One root of @ is @. What is the other root?",
# "It is known that @ solves @. Find the other solution.", "The equation @ has @ as one of
# its roots; what is the other one?". Every word must be one of these; the maths must be one
# equation of degree 2 or more and the roots given (`t = 6` or `6`).
_WORDS = frozenset(
    "one of the a an its root roots solution solutions zero zeros is are be as has have "
    "given that if suppose it known we know solves satisfies what find determine compute "
    "other equation polynomial quadratic cubic and".split())
_NAMED_ROOT = re.compile(r"^\s*([a-zA-Z])\s*=\s*(?!.*=)")


def _worded(split: Split, template: str) -> tuple[int, list[int]] | None:
    """The equation's and the given roots' maths, for the other wordings."""
    w = words(template)
    if "other" not in w or not w & {"root", "roots", "solution", "solutions", "zero", "zeros"} \
            or w - _WORDS:
        return None
    equations = [i for i, src in enumerate(split.maths)
                 if "=" in src and not _NAMED_ROOT.match(src)]
    if len(equations) != 1:
        return None
    return equations[0], [i for i in range(len(split.maths)) if i != equations[0]]


def _letter_fixed(e: sp.Expr, roots: list[tuple[str | None, sp.Expr]]
                  ) -> tuple[sp.Expr, sp.Symbol, list]:
    """The polynomial in its one letter. A second letter, a coefficient ("x^2 + bx + 20 = 0
    has x = 4 as a solution"), is first fixed by putting the told root in: it must come out
    as one number. `roots`: each told root's letter (None when not named) and value."""
    letters = e.free_symbols
    if len(letters) == 1:
        return e, next(iter(letters)), []
    named = {name for name, _ in roots if name}
    unknown = named or ({"x"} & {str(v) for v in letters})
    if len(letters) != 2 or len(roots) != 1 or len(unknown) != 1:
        raise Decline("a polynomial in one letter")
    x = next(v for v in letters if str(v) in unknown)
    k = next(v for v in letters if v != x)
    told = roots[0][1]
    values = sp.solve(sp.expand(e.subs(x, told)), k)
    if len(values) != 1 or not values[0].is_number:
        raise Decline("the coefficient is not fixed by the told root")
    fixed = sp.expand(e.subs(k, values[0]))
    confirm.check(sp.expand(fixed.subs(x, told)) == 0, "the told root makes the polynomial "
                  "zero once the coefficient is put in")
    claim = f"{latex(k)} = {latex(values[0])}"
    return fixed, x, [step("find the coefficient", f"Put ${latex(x)} = {latex(told)}$ into the "
                           "equation and solve for the unknown coefficient.", f"${claim}$",
                           claim)]


def read(split: Split, template: str) -> Result | None:
    m = next((p.match(template.strip()) for p in _ASKS if p.match(template.strip())), None)
    if m is not None:
        at, roots = int(m.group("p")[1:-1]), [int(r[1:-1]) for r in
                                               re.findall(r"@\d+@", m.group("r"))]
    else:
        found = _worded(split, template)
        if found is None:
            return None
        at, roots = found
    e = parse_latex(split.maths[at])
    if isinstance(e, sp.Equality):
        e = e.lhs - e.rhs
    if not isinstance(e, sp.Expr):
        raise Decline("a polynomial")
    e = e.xreplace({sp.Symbol("i"): sp.I})
    told = []  # each root told, read once: its letter ("x = 4") or None, and its value
    for r in roots:
        named = _NAMED_ROOT.match(split.maths[r])
        told.append((named.group(1) if named else None,
                     complex_value(split.maths[r][named.end() if named else 0:])))
    e, x, found_first = _letter_fixed(e, told)
    poly = sp.Poly(sp.expand(e), x)
    if not 2 <= poly.degree() <= 6 or not all(c.is_number for c in poly.all_coeffs()):
        raise Decline("a polynomial with number coefficients")
    if any(name not in (None, str(x)) for name, _ in told):
        raise Decline("a root of another letter")
    given = [value for _, value in told]
    if len(given) != poly.degree() - 1 or len(set(given)) != len(given):
        raise Decline("all roots but one given")
    for r in given:
        if sp.expand(poly.as_expr().subs(x, r)) != 0:
            raise Decline(f"{latex(r)} is not a root")
    coeffs = poly.all_coeffs()
    other = sp.expand(-coeffs[1] / coeffs[0] - sp.Add(*given))
    got = numeric.to_mp(poly.as_expr().subs(x, other))
    product = sp.expand(sp.Mul(*given, other) - (-1) ** poly.degree() * coeffs[-1] / coeffs[0])
    confirm.check(got is not None and abs(got) < 1e-25 and sp.simplify(product) == 0,
                  "the other root makes the polynomial zero and the roots' product is "
                  "Vieta's")
    claim = f"{latex(x)} = {latex(other)}"
    return other, [*found_first, step(
                        "use the sum of the roots", "The roots add up to minus the second "
                        "coefficient over the leading one (Vieta).",
                        f"The roots add up to ${latex(-coeffs[1] / coeffs[0])}$, so the other "
                        f"root is ${claim}$.", claim)]


__all__ = ["read"]
