"""Typed reader: the letter that makes two lines in space coplanar, or make them meet.

"One line is described by $\\begin{pmatrix} 1 \\\\ 2 \\\\ 3 \\end{pmatrix} + t \\begin{pmatrix}
1 \\\\ 1 \\\\ k \\end{pmatrix}.$  Another line is described by ... If the lines are coplanar
(i.e. there is a plane that contains both lines), then find all possible values of $k.$",
"... The lines intersect. Find $a.$"

Lines P + t D and Q + u E lie in one plane exactly when the triple product
(Q - P) . (D x E) is 0; they meet when, besides, D x E is not 0 (not parallel). The
equation in the one letter is solved with SymPy over the reals.

Confirmed with plain fractions, without the triple product: for coplanar lines, the four
points P, P + D, Q, Q + E span no volume (a 3 by 3 determinant by cofactors); for lines
that meet, the crossing point is found from two coordinates and checked in the third.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

_COL = r"(\\begin\{[pb]matrix\}.*?\\end\{[pb]matrix\})"
_LINE = re.compile(rf"^\s*(?:[a-z]\s*=\s*)?{_COL}\s*\+\s*([a-z])\s*{_COL}\s*[.,]?\s*$", re.S)
VOCAB = frozenset("one line is described by another if the lines are coplanar i e there a "
                  "plane that contains both then find all possible values of value intersect "
                  "meet so and".split())
Vec = list[sp.Expr]


def _column(src: str) -> Vec:
    body = re.sub(r"^\\begin\{[pb]matrix\}|\\end\{[pb]matrix\}$", "", src.strip())
    entries = [parse_latex(e) for e in re.split(r"\\{1,2}(?=\s|$)", body) if e.strip()]
    if len(entries) != 3 or any(not isinstance(e, sp.Expr) or not e.is_polynomial()
                                for e in entries):
        raise Decline("a vector in space with polynomial entries")
    return entries


def _det(rows: list[list[Fraction]]) -> Fraction:
    (a, b, c), (d, e, f), (g, h, i) = rows
    return a * (e * i - f * h) - b * (d * i - f * g) + c * (d * h - e * g)


def _meets(p: list[Fraction], d: list[Fraction], q: list[Fraction], e: list[Fraction]) -> bool:
    """P + t D = Q + u E has a solution: t and u from two coordinates, checked in the third."""
    for i, j in ((0, 1), (0, 2), (1, 2)):
        den = -d[i] * e[j] + d[j] * e[i]
        if den == 0:
            continue
        ri, rj = q[i] - p[i], q[j] - p[j]
        t = (-ri * e[j] + rj * e[i]) / den
        u = (d[i] * rj - d[j] * ri) / den
        return all(p[k] + t * d[k] == q[k] + u * e[k] for k in range(3))
    return False


def read_coplanar_lines(split: Split, template: str) -> Result | None:
    w = words(template)
    relation = w & {"coplanar", "intersect", "meet"}
    if len(relation) != 1 or "lines" not in w or not words_within(template, VOCAB):
        return None
    lines, letters = [], []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        src = split.maths[i].strip()
        if m := _LINE.match(src):
            lines.append((_column(m.group(1)), sp.Symbol(m.group(2)), _column(m.group(3))))
        elif re.fullmatch(r"[a-z]", src):
            letters.append(sp.Symbol(src))
        else:
            return None
    if len(lines) != 2 or len(letters) != 1 or lines[0][1] == lines[1][1]:
        raise Decline("two lines and one letter")
    (p, _, d), (q, _, e) = lines
    k = letters[0]
    if set().union(*(x.free_symbols for x in p + d + q + e)) != {k}:
        raise Decline("the one letter asked, and no other, in the lines")
    kr = sp.Symbol(k.name, real=True)
    p, d, q, e = ([x.subs(k, kr) for x in v] for v in (p, d, q, e))
    triple = sp.expand(sp.Matrix([[b - a for a, b in zip(p, q, strict=True)], d, e]).det())
    if triple == 0:
        raise Decline("coplanar for every value")
    values = sorted({s for s in sp.solve(triple, kr) if s.is_real}, key=float)
    if relation != {"coplanar"}:
        values = [s for s in values if sp.Matrix(d).subs(kr, s).cross(sp.Matrix(e).subs(kr, s))
                  != sp.zeros(3, 1)]
    if not values or (len(values) > 1 and "all" not in w):
        raise Decline("the letter is not fixed by the condition")
    for s in values:
        if not s.is_Rational:
            raise Decline("a rational value expected")
        fp, fd, fq, fe = ([Fraction(int(x.subs(kr, s).p), int(x.subs(kr, s).q)) for x in v]
                          for v in (p, d, q, e))
        spanned = _det([[b - a for a, b in zip(fp, fq, strict=True)],
                        [b + x - a for a, b, x in zip(fp, fq, fe, strict=True)],
                        fd])
        ok = spanned == 0 if relation == {"coplanar"} else _meets(fp, fd, fq, fe)
        confirm.check(ok, "putting the value back, the lines " + (
            "span no volume" if relation == {"coplanar"} else "meet at a point") +
            " in plain fractions")
    shown = ", ".join(latex(s) for s in values)
    answer: sp.Basic | str = values[0] if len(values) == 1 else shown
    return answer, [step("the triple product", "Two lines lie in one plane when the vector "
                         "between their points and their two directions span no volume.",
                         f"$(Q - P) \\cdot (D \\times E) = {latex(triple)} = 0$, so "
                         f"${latex(k)} = {shown}$", "")]


__all__ = ["VOCAB", "read_coplanar_lines"]
