"""Typed reader: cross products from one known cross product.

"If $\\mathbf{a} \\times \\mathbf{b} = \\begin{pmatrix} 2 \\\\ -1 \\\\ 3 \\end{pmatrix}$, compute
$\\mathbf{a} \\times (4 \\mathbf{b})$", "... find $(\\mathbf{a} + 2\\mathbf{b}) \\times
(3\\mathbf{a} - \\mathbf{b})$", "... what is $\\mathbf{b} \\times \\mathbf{a}$?".

The cross product is bilinear, u × u = 0 and v × u = −(u × v), so every cross product of
combinations of the two vectors is a multiple of the known one: the multiple is read off by
expanding (`vector_terms` gives each side as coefficients on the named vectors).
Confirmed independently: two vectors in coordinates whose cross product is the known one are
built (a random a orthogonal to it, and b = (c × a) / |a|²), the asked expression is computed
on those coordinates with SymPy's own cross product, and must give the same vector.
"""

from __future__ import annotations

import random
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.matrices import matrices
from tutor.reasoning.symbolic.geometry.vector_terms import Tree, parse
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_ASKED = re.compile(r"(?:^|[.,;] |,? then |\bthen )(?:find|compute|what is|determine|calculate|"
                    r"evaluate|give) (?:the vector )?@(?P<t>\d+)@\W*$")
VOCAB = frozenset("if given that suppose let find compute what is determine calculate evaluate "
                  "give the vector then and we know".split())


def _combination(t: Tree) -> dict[str, sp.Expr]:
    """A linear combination of named vectors as its coefficients, or Decline."""
    kind = t[0]
    if kind == "name":
        return {t[1]: sp.S.One}
    if kind == "neg":
        return {k: -v for k, v in _combination(t[1]).items()}
    if kind in ("add", "sub"):
        left, right = _combination(t[1]), _combination(t[2])
        sign = 1 if kind == "add" else -1
        return {k: left.get(k, 0) + sign * right.get(k, 0) for k in {*left, *right}}
    if kind == "scale" and t[1][0] == "num":
        return {k: t[1][1] * v for k, v in _combination(t[2]).items()}
    raise Decline("a combination of named vectors")


def _multiple(t: Tree, pair: tuple[str, str]) -> sp.Expr:
    """The asked expression (sums and multiples of cross products of combinations) as a
    multiple of pair[0] × pair[1]."""
    kind = t[0]
    if kind == "cross":
        u, v = _combination(t[1]), _combination(t[2])
        if (set(u) | set(v)) - set(pair):
            raise Decline("a vector the known cross product does not name")
        a, b = pair
        return sp.expand(u.get(a, 0) * v.get(b, 0) - u.get(b, 0) * v.get(a, 0))
    if kind == "neg":
        return -_multiple(t[1], pair)
    if kind in ("add", "sub"):
        return _multiple(t[1], pair) + (1 if kind == "add" else -1) * _multiple(t[2], pair)
    if kind == "scale" and t[1][0] == "num":
        return t[1][1] * _multiple(t[2], pair)
    raise Decline("an expression in cross products")


def _on_coordinates(t: Tree, coords: dict[str, sp.Matrix]) -> sp.Matrix:
    kind = t[0]
    if kind == "name":
        return coords[t[1]]
    if kind == "cross":
        return _on_coordinates(t[1], coords).cross(_on_coordinates(t[2], coords))
    if kind == "neg":
        return -_on_coordinates(t[1], coords)
    if kind in ("add", "sub"):
        left, right = _on_coordinates(t[1], coords), _on_coordinates(t[2], coords)
        return left + right if kind == "add" else left - right
    if kind == "scale" and t[1][0] == "num":
        return t[1][1] * _on_coordinates(t[2], coords)
    raise Decline("an expression in cross products")


def read_known_cross(split: Split, template: str) -> Result | None:
    if "\\times" not in "".join(split.maths) or not words_within(template, VOCAB):
        return None
    asked = _ASKED.search(template)
    places = [int(k) for k in re.findall(r"@(\d+)@", template)]
    if asked is None or len(places) != 2:
        return None
    given = next(i for i in places if i != int(asked.group("t")))
    found, rest = matrices(split.maths[given])
    side = re.fullmatch(r"\s*(.*?)\s*=\s*M\s*", rest)
    if len(found) != 1 or side is None:
        return None
    known = found[0][1]
    left = parse(side.group(1))
    if known.shape != (3, 1) or left[0] != "cross" or left[1][0] != "name" \
            or left[2][0] != "name" or left[1][1] == left[2][1]:
        return None
    if any(not c.is_Rational for c in known):
        raise Decline("a known cross product with whole or fractional entries")
    pair = (left[1][1], left[2][1])
    target = parse(split.maths[int(asked.group("t"))])
    k = _multiple(target, pair)
    answer = sp.Matrix(k * known)
    _confirm(target, pair, known, answer)
    a, b = (f"\\mathbf{{{n}}}" for n in pair)
    times = "" if k == 1 else "-" if k == -1 else f"{latex(k)} "
    claim = f"{_tex_of(split.maths[int(asked.group('t'))])} = {times}\\left({a} \\times {b}" \
        f"\\right)"
    value = f"{latex(k)} {_column(known)} = {_column(answer)}"
    return answer, [
        step("expand the cross product", "The cross product is linear in each factor, "
             "$\\mathbf{u} \\times \\mathbf{u} = \\mathbf{0}$ and "
             "$\\mathbf{v} \\times \\mathbf{u} = -\\mathbf{u} \\times \\mathbf{v}$.",
             f"${claim}$", ""),
        step("put in the known cross product", f"Use the given ${a} \\times {b}$.",
             f"${value}$", value)]


def _column(v: sp.Matrix) -> str:
    return latex(v, mat_str="pmatrix", mat_delim="")


def _tex_of(src: str) -> str:
    return src.strip().rstrip(".,;")


def _confirm(target: Tree, pair: tuple[str, str], known: sp.Matrix, answer: sp.Matrix) -> None:
    rng = random.Random(7)
    while True:  # a random a orthogonal to the known c, then b = (c x a) / |a|^2
        guess = sp.Matrix([rng.randint(-9, 9) for _ in range(3)])
        a = guess.cross(known) if known != sp.zeros(3, 1) else guess
        if a != sp.zeros(3, 1):
            break
    b = known.cross(a) / a.dot(a)
    confirm.check(a.cross(b) == known, "the coordinates built have the known cross product")
    again = _on_coordinates(target, {pair[0]: a, pair[1]: b})
    confirm.check(sp.simplify(again - answer) == sp.zeros(3, 1),
                  "the asked product computed on those coordinates is the same vector")


__all__ = ["VOCAB", "read_known_cross"]
