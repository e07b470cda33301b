"""Typed reader: the parameter value at which a point p + t d of a line is closest to a
given point a.

"For which value of $s$ is $\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} + s \\begin{pmatrix} 3 \\\\
-1 \\end{pmatrix}$ closest to $\\begin{pmatrix} 4 \\\\ 6 \\end{pmatrix}$?", "Find the value of $t$
for which the vector $\\mathbf{v} = ... + t ...$ is closest to $\\mathbf{a} = ...$."

The closest point makes p + t d - a perpendicular to d: t = (a - p) . d / (d . d), computed
in plain fractions. Confirmed another way: the squared distance |p + t d - a|^2 is expanded
as a quadratic in t with SymPy and its vertex -B / (2A) is compared.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_COL = r"\\begin\{pmatrix\}(.*?)\\end\{pmatrix\}"
_NAMED = re.compile(r"^(?:\\(?:mathbf|bold|vec)\s*\{\s*[a-z]\s*\}\s*=\s*)?")
_LINE = re.compile(r"^" + _COL + r"\s*\+\s*([a-z])\s*" + _COL + r"$", re.S)
_POINT = re.compile(r"^" + _COL + r"$", re.S)
_ASK = re.compile(r"(?:the distance between two vectors is the magnitude of their difference\. )?"
                  r"(?:find the value of @(\d+)@ for which (?:the vector )?@(\d+)@ is closest "
                  r"to (?:the vector )?@(\d+)@|for (?:which|what) value of @(\d+)@ is @(\d+)@ "
                  r"closest to @(\d+)@)[.?]?")
VOCAB = frozenset("distance between two vectors is the magnitude of their difference find "
                  "value for which what vector closest to".split())


def _cells(body: str) -> list[Fraction]:
    out = []
    for c in (c for c in re.split(r"\\{1,2}", body) if c.strip()):
        v = parse_latex(c)
        if not isinstance(v, sp.Expr) or not v.is_Rational:
            raise Decline("rational entries expected")
        out.append(Fraction(int(v.p), int(v.q)))
    return out


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.fullmatch(template.strip())
    if ask is None or not words_within(template, VOCAB):
        return None
    groups = ask.groups()
    letter_at, line_at, point_at = (int(g) for g in (groups[:3] if groups[0] else groups[3:]))
    maths = split.maths
    line = _LINE.match(_NAMED.sub("", maths[line_at].strip()))
    point = _POINT.match(_NAMED.sub("", maths[point_at].strip()))
    if line is None or point is None or line.group(2) != maths[letter_at].strip():
        return None
    p, d, a = _cells(line.group(1)), _cells(line.group(3)), _cells(point.group(1))
    if not len(p) == len(d) == len(a) or not any(d):
        raise Decline("vectors of one size and a nonzero direction")
    t_value = sum(((x - y) * z for x, y, z in zip(a, p, d, strict=True)), Fraction(0)) / sum(
        (z * z for z in d), Fraction(0))
    answer = sp.Rational(t_value.numerator, t_value.denominator)
    t = sp.Symbol(line.group(2))
    squared = sp.expand(sum((sp.Rational(str(x)) + t * sp.Rational(str(z)) - sp.Rational(str(y)))
                            ** 2 for x, z, y in zip(p, d, a, strict=True)))
    quad = sp.Poly(squared, t)
    big_a, big_b = quad.coeff_monomial(t**2), quad.coeff_monomial(t)
    confirm.check(-big_b / (2 * big_a) == answer, "the vertex of the squared distance, a "
                  "quadratic in the parameter, is at the same value")
    claim = f"{t} = {latex(answer)}"
    return answer, [
        step("perpendicular at the closest point", "The segment from the closest point to "
             "the given point is perpendicular to the direction: "
             "$(\\mathbf{p} + t\\mathbf{d} - \\mathbf{a}) \\cdot \\mathbf{d} = 0$.",
             f"$|\\mathbf{{v}} - \\mathbf{{a}}|^2 = {latex(squared)}$", ""),
        step("solve for the parameter", "$t = \\frac{(\\mathbf{a} - \\mathbf{p}) \\cdot "
             "\\mathbf{d}}{\\mathbf{d} \\cdot \\mathbf{d}}$.", f"${claim}$", claim)]


__all__ = ["read"]
