"""Points with integer coordinates on a bounded curve: "How many ordered pairs of integers
$(x, y)$ satisfy $x^2 + y^2 = 50$?", "How many lattice points lie on the circle
$x^2 + y^2 = 65$?", "... on the graph of $x^2 + 4y^2 = 100$?"; a quadratic whose square
terms factor ("x^2 - y^2 = 15") goes to `factored_solutions` with every sign allowed.

Only an equation c1 x^(2k1) + c2 y^(2k2) (+ c3 z^(2k3)) = N with positive coefficients is
read: each term is at most N, which bounds every letter. The points are found by trying
every point of that box and evaluating the equation (`_by_box`), and confirmed by solving
for the last letter exactly (an integer root of what is left) for each value of the others
(`_by_roots`); the two must list the same points.
"""

from __future__ import annotations

import re
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory import factored_solutions
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_POINTS = r"(?:lattice points|points with integer coordinates|points (?:whose|with both) " \
          r"coordinates (?:are )?(?:both )?integers|points \(@\d+@\) with integer coordinates)"
_ASKS = [
    re.compile(r"(?:how many|(?:find |what is |determine )?the number of) (?:distinct )?"
               r"(?:ordered )?(?P<tuple>pairs|triples) (?:@(?P<t>\d+)@ )?of integers"
               r"(?: @(?P<t2>\d+)@)? (?:satisfy|solve|are solutions (?:of|to)|(?:are there )?"
               r"(?:such that|with|for which|that satisfy|satisfying)) (?:the equation )?"
               r"@(?P<eq>\d+)@"),
    re.compile(r"(?:how many|(?:find |what is |determine )?the number of) " + _POINTS
               + r" (?:lie|are|lies|is|are there) on (?:the (?:circle|ellipse|hyperbola|"
               r"graph|curve)(?: of)?(?: the equation)? )?@(?P<eq>\d+)@"),
    re.compile(r"how many " + _POINTS + r" (?:does|do) (?:the (?:circle|ellipse|hyperbola|graph|"
               r"curve)(?: of)?(?: the equation)? )?@(?P<eq>\d+)@ (?:pass through|contain|have)"),
]
_BOX = 2_000_000


def read(split: Split, template: str) -> Result | None:
    if "integer" not in template and "lattice" not in template:
        return None
    body = re.sub(r"\s+", " ", template).strip().rstrip(" .?")
    m = next((a.fullmatch(body) for a in _ASKS if a.fullmatch(body)), None)
    if m is None:
        return None
    g = m.groupdict()
    named = g.get("t") or g.get("t2")
    eq = parse_latex(split.maths[int(g["eq"])])
    if not isinstance(eq, sp.Equality):
        return None
    letters = sorted(eq.free_symbols, key=str)
    if named is not None:
        said = re.findall(r"[a-zA-Z]", split.maths[int(named)])
        if sorted(said) != [str(x) for x in letters] or len(said) != len(letters):
            raise Decline("the pair names other letters than the equation")
        letters = [sp.Symbol(s) for s in said]
    if len(letters) != {"pairs": 2, "triples": 3}.get(g.get("tuple") or "pairs"):
        return None  # lattice points and pairs: two coordinates
    expr = sp.expand(eq.lhs - eq.rhs)
    terms = _terms(expr, letters)
    if terms is None and len(letters) == 2 and expr.is_polynomial(*letters) and \
            sp.Poly(expr, *letters).total_degree() == 2:  # "x^2 - y^2 = 15": by factoring
        kept, steps = factored_solutions.solutions(letters, sp.Poly(expr, *letters), "")
        return sp.Integer(len(kept)), steps
    if terms is None:
        return None
    coeffs, powers, total = terms
    bounds = [int(sp.integer_nthroot(total // c, k)[0]) for c, k in zip(coeffs, powers,
                                                                           strict=True)]
    if sp.Mul(*[2 * b + 1 for b in bounds]) > _BOX:
        raise Decline("too many points to try")
    found = _by_box(coeffs, powers, total, bounds)
    confirm.check(found == _by_roots(coeffs, powers, total, bounds), "solving for the last "
                  "coordinate exactly for each value of the others gives the same points")
    return sp.Integer(len(found)), _steps(letters, coeffs, powers, total, bounds, found)


def _terms(expr: sp.Expr, letters: list[sp.Symbol]
           ) -> tuple[list[int], list[int], int] | None:
    """c_i and the even powers 2k_i (one term per letter, c_i > 0) and N, or None."""
    if not expr.is_polynomial(*letters):
        return None
    poly = sp.Poly(expr, *letters)
    total = -poly.coeff_monomial(1)
    coeffs, powers = [], []
    for i, _ in enumerate(letters):
        mine = [(m, c) for m, c in poly.terms() if m[i] and sum(m) == m[i]]
        if len(mine) != 1 or not mine[0][1].is_Integer or mine[0][1] < 1 or mine[0][0][i] % 2:
            return None
        coeffs.append(int(mine[0][1]))
        powers.append(int(mine[0][0][i]))
    if len(poly.terms()) != len(letters) + (total != 0) or not total.is_Integer or total < 0:
        return None
    return coeffs, powers, int(total)


def _by_box(coeffs: list[int], powers: list[int], total: int, bounds: list[int]
            ) -> list[tuple[int, ...]]:
    return [p for p in product(*[range(-b, b + 1) for b in bounds])
            if sum(c * v**k for c, v, k in zip(coeffs, p, powers, strict=True)) == total]


def _by_roots(coeffs: list[int], powers: list[int], total: int, bounds: list[int]
              ) -> list[tuple[int, ...]]:
    out = []
    for head in product(*[range(-b, b + 1) for b in bounds[:-1]]):
        left = total - sum(c * v**k for c, v, k in zip(coeffs, head, powers, strict=False))
        if left < 0 or left % coeffs[-1]:
            continue
        root, exact = sp.integer_nthroot(left // coeffs[-1], powers[-1])
        if exact:
            out += sorted({(*head, -int(root)), (*head, int(root))})
    return sorted(out)


def _steps(letters: list[sp.Symbol], coeffs: list[int], powers: list[int], total: int,
           bounds: list[int], found: list[tuple[int, ...]]) -> list:
    terms = [sp.Integer(c) * x**k for c, x, k in zip(coeffs, letters, powers, strict=True)]
    said = ", ".join(f"$|{x}| \\le {b}$" for x, b in zip(letters, bounds, strict=True))
    shapes = sorted({tuple(abs(v) for v in p) for p in found}, reverse=True)
    claims = ["; ".join(" + ".join(f"{c} \\cdot {v}^{{{k}}}" if c > 1 else f"{v}^{{{k}}}"
                                   for c, v, k in zip(coeffs, s, powers, strict=True))
                        + f" = {total}" for s in shapes[:8])]
    shown = ", ".join("(" + ", ".join(f"\\pm {v}" if v else "0" for v in s) + ")"
                      for s in shapes[:8])
    return [
        step("bound the coordinates", "No term is negative, so each is at most the total.",
             f"${latex(sp.Add(*terms))} = {total}$ gives {said}.", ""),
        step("list the points", "Try each value; keep those where what is left is an exact "
             "power, with both signs of each nonzero coordinate.",
             (f"${shown}$: {len(found)} points" if found else
              "No point has integer coordinates."), claims[0] if found else ""),
    ]


__all__ = ["read"]
