"""Typed reader: the matrix of crossing with a fixed vector, M v = a x v for every v.

"Find the matrix $\\mathbf{M}$ such that $\\mathbf{M} \\mathbf{v} = \\begin{pmatrix} 1 \\\\ 4 \\\\
-2 \\end{pmatrix} \\times \\mathbf{v}$ for all vectors $\\mathbf{v}$."

Writing out a x v for v = (x, y, z) gives the rows (0, -a3, a2), (a3, 0, -a1), (-a2, a1, 0).
Confirmed in plain fractions (`plain_matrices`): M times each basis vector, and times one
other vector, equals the cross product computed directly.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NAME = r"\\(?:mathbf|bold|vec)\s*\{\s*([A-Za-z])\s*\}"
_EQUATION = re.compile(r"^" + _NAME + r"\s*" + _NAME + r"\s*=\s*\\begin\{pmatrix\}(.*?)"
                       r"\\end\{pmatrix\}\s*\\times\s*" + _NAME + r"$", re.S)
_ASK = re.compile(r"(?:find the matrix|which matrix|what matrix) @(\d+)@ (?:such that|satisfies) "
                  r"@(\d+)@ for (?:all|every|each) (?:three-dimensional )?vectors? @(\d+)@[.?]?")
VOCAB = frozenset("find the matrix such that for all vectors three dimensional which what "
                  "satisfies every each vector".split())


def read(split: Split, template: str) -> Result | None:
    ask = _ASK.fullmatch(template.strip())
    if ask is None or not words_within(template, VOCAB):
        return None
    maths = [m.strip() for m in split.maths]
    eq = _EQUATION.match(maths[int(ask.group(2))])
    if eq is None:
        return None
    matrix, vector, body, crossed = eq.group(1), eq.group(2), eq.group(3), eq.group(4)
    if vector != crossed or matrix == vector or not re.fullmatch(
            _NAME, maths[int(ask.group(1))]) or not re.fullmatch(_NAME, maths[int(ask.group(3))]):
        return None
    cells = [parse_latex(c) for c in re.split(r"\\{1,2}", body) if c.strip()]
    if len(cells) != 3 or not all(isinstance(c, sp.Expr) and c.is_Rational for c in cells):
        raise Decline("a vector of three rational numbers")
    a1, a2, a3 = cells
    answer = sp.Matrix([[0, -a3, a2], [a3, 0, -a1], [-a2, a1, 0]])
    plain = [[Fraction(int(c.p), int(c.q)) for c in answer.row(i)] for i in range(3)]
    a = pm.grid([[Fraction(int(c.p), int(c.q))] for c in cells])
    for v in ([1, 0, 0], [0, 1, 0], [0, 0, 1], [2, -3, 5]):
        col = pm.grid([[x] for x in v])
        confirm.check(pm.mul(plain, col) == pm.cross(a, col),
                      f"M times {tuple(v)} equals the cross product computed directly")
    return answer, [
        step("write out the cross product", "For $\\mathbf{v} = (x, y, z)$, $\\mathbf{a} "
             "\\times \\mathbf{v} = (a_2 z - a_3 y, a_3 x - a_1 z, a_1 y - a_2 x)$.",
             "rows $(0, -a_3, a_2), (a_3, 0, -a_1), (-a_2, a_1, 0)$", ""),
        step("the matrix", "Put in the entries of the fixed vector.",
             f"$\\mathbf{{{matrix}}} = {latex(answer)}$", latex(answer))]


__all__ = ["read"]
