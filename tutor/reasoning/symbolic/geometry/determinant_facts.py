"""Typed reader: matrices known only by their determinants, and the area a matrix scales.

"If $\\det \\mathbf{M} = 3,$ find $\\det (\\mathbf{M}^5)$", "Given $\\det \\mathbf{A} = 2$ and
$\\det \\mathbf{B} = -7$, compute $\\det (\\mathbf{A}^{-1} \\mathbf{B}^T)$", "For $3 \\times 3$
matrices ... $\\det (2 \\mathbf{A})$"; and "a region of area 4 is mapped by the matrix
... : find the area of its image".

The rules: the determinant of a product is the product of the determinants, of a power
the power (-1 for the inverse), of a transpose the same, of k M (n by n) k^n det M. A
number in a product needs the size said (n by n) and is declined otherwise. A sum of
matrices is declined. A region's area is scaled by |det M|.

Confirmed independently on actual matrices: each named matrix is made a concrete
integer matrix with its determinant (a unit triangular mix), the expression is multiplied
out entry by entry and its determinant taken, in both sizes 2 and 3 when the size is not
said (they must agree); an image's area by mapping the unit square's corners and the
shoelace formula in plain fractions.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.shoelace import shoelace_area
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "if then find compute given that let be and what is matrices matrix square determinant "
    "where are with real entries suppose we know satisfy satisfies say".split())
_BOLD = r"\\(?:mathbf|bold|boldsymbol)\s*\{\s*([A-Z])\s*\}"
_GIVEN = re.compile(r"\s*\\det\s*(?:\(\s*" + _BOLD + r"\s*\)|" + _BOLD + r")\s*=\s*(.+)$")
_SIZE = re.compile(r"\s*(\d)\s*\\times\s*(\d)\s*")
_TOKEN = re.compile(r"\s*(?:" + _BOLD + r"|(\\left\s*\(|\()|(\\right\s*\)|\))|\^\s*(?:\{\s*"
                    r"(-?\s*\d+|T)\s*\}|(\d|T))|(\d+)|(\\cdot|\\times)|(-))")
Node = tuple  # ("name", X) | ("num", k) | ("T", node) | ("pow", node, k) | ("mul", [nodes])


def _parse(src: str) -> Node:
    """A product of named matrices, numbers, brackets, powers and transposes."""
    pos = 0
    stack: list[list[Node]] = []
    items: list[Node] = []  # the factors of the open product
    src = src.strip()
    while pos < len(src):
        m = _TOKEN.match(src, pos)
        if m is None:
            raise Decline("a matrix expression not read")
        pos = m.end()
        name, opened, closed, braced, bare, number, _times, minus = m.groups()
        if name:
            items.append(("name", name))
        elif opened:
            stack.append(items)
            items = []
        elif closed:
            if not stack or not items:
                raise Decline("unbalanced brackets")
            group, items = ("mul", items), stack.pop()
            items.append(group)
        elif braced or bare:
            power = (braced or bare).replace(" ", "")
            if not items:
                raise Decline("a power of nothing")
            items[-1] = ("T", items[-1]) if power == "T" else ("pow", items[-1], int(power))
        elif number:
            items.append(("num", int(number)))
        elif minus:
            if items:
                raise Decline("a difference of matrices")
            items.append(("num", -1))
    if stack or not items:
        raise Decline("unbalanced brackets")
    return ("mul", items)


def _det_rule(node: Node, dets: dict[str, sp.Expr], n: int | None) -> sp.Expr:
    kind = node[0]
    if kind == "name":
        if node[1] not in dets:
            raise Decline("a matrix whose determinant is not told")
        return dets[node[1]]
    if kind == "num":
        if n is None and node[1] != 1:
            raise Decline("a number times a matrix whose size is not said")
        return sp.Integer(node[1]) ** (n or 1)
    if kind == "T":
        return _det_rule(node[1], dets, n)
    if kind == "pow":
        base = _det_rule(node[1], dets, n)
        if node[2] < 0 and base == 0:
            raise Decline("the inverse of a singular matrix")
        return base ** node[2]
    return sp.Mul(*(_det_rule(f, dets, n) for f in node[1]))


def _concrete(d: sp.Expr, n: int, seed: int) -> sp.Matrix:
    """An n by n matrix with determinant d: upper unit-triangular times diag times lower."""
    up = sp.Matrix(n, n, lambda i, j: 1 if i == j else (seed + i + 2 * j) % 3 if j > i else 0)
    low = sp.Matrix(n, n, lambda i, j: 1 if i == j else (seed + 2 * i + j) % 4 if i > j else 0)
    return up * sp.diag(d, *([1] * (n - 1))) * low


def _value(node: Node, mats: dict[str, sp.Matrix], n: int) -> sp.Matrix:
    kind = node[0]
    if kind == "name":
        return mats[node[1]]
    if kind == "num":
        return sp.Integer(node[1]) * sp.eye(n)
    if kind == "T":
        return _value(node[1], mats, n).T
    if kind == "pow":
        base = _value(node[1], mats, n)
        return base.inv() ** (-node[2]) if node[2] < 0 else base ** node[2]
    out = sp.eye(n)
    for f in node[1]:
        out = out * _value(f, mats, n)
    return out


def read_determinant_facts(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB) or not any("\\det" in m for m in split.maths):
        return None
    order = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    dets: dict[str, sp.Expr] = {}
    n: int | None = None
    for i in order[:-1]:
        size = _SIZE.fullmatch(split.maths[i])
        if size:
            if size.group(1) != size.group(2) or n not in (None, int(size.group(1))):
                raise Decline("square matrices of one size")
            n = int(size.group(1))
            continue
        if re.fullmatch(r"\s*" + _BOLD + r"\s*", split.maths[i]):
            continue  # "Let A be a 3 x 3 matrix": the name alone
        m = _GIVEN.match(split.maths[i])
        if m is None:
            return None
        value = parse_latex(m.group(3))
        if not isinstance(value, sp.Expr) or not value.is_Rational:
            return None
        dets[m.group(1) or m.group(2)] = value
    asked = split.maths[order[-1]].strip()
    if not dets or not asked.startswith("\\det"):
        return None
    tree = _parse(asked[len("\\det"):])
    answer = sp.nsimplify(_det_rule(tree, dets, n))
    with sp.evaluate(True):
        for k in ([n] if n else [2, 3]):
            mats = {x: _concrete(v, k, len(x) + ord(x)) for x, v in dets.items()}
            got = _value(tree, mats, k).det()
            confirm.check(sp.simplify(got - answer) == 0, f"multiplying out {k} by {k} "
                          "matrices with the told determinants gives the same determinant")
    claim = f"{asked} = {latex(answer)}"
    return answer, [step("the rules of determinants", "The determinant of a product is the "
                         "product of the determinants; of a power, the power; of an inverse, "
                         "the reciprocal; of a transpose, the same; $\\det(k\\mathbf{M}) = "
                         "k^n \\det \\mathbf{M}$ for an $n \\times n$ matrix.",
                         f"${claim}$")]


_REGION_WORDS = frozenset(
    "let be a region in the plane with of area has when we apply applying applied the matrix to "
    "obtain get is transformed mapped by maps transforms its image find what compute region's "
    "resulting new and into".split())
_APPLY = [re.compile(r"\bappl(?:y|ying|ied) (?:the matrix )?@(?P<m>\d+)@ to @(?P<x>\d+)@"),
          re.compile(r"@(?P<x>\d+)@ is (?:transformed|mapped) by (?:the matrix )?@(?P<m>\d+)@"),
          re.compile(r"\bthe matrix @(?P<m>\d+)@ (?:maps|transforms) @(?P<x>\d+)@")]
_HAS_AREA = re.compile(r"@(?P<x>\d+)@,? (?:be |is )?(?:a region (?:in the plane )?)?(?:with|of|has)"
                       r" area @(?P<a>\d+)@|the area of @(?P<y>\d+)@ is @(?P<b>\d+)@")
_ASK_AREA = re.compile(r"(?:find|what is|compute) the area of (?:the region )?@(\d+)@\W*$")


def read_region_image(split: Split, template: str) -> Result | None:
    """The area of a region's image under a 2 by 2 matrix: |det M| times the area."""
    template = template.replace("\\n", " ").replace("\n", " ")
    if "area" not in template or not words_within(template, _REGION_WORDS):
        return None
    apply = [m for rx in _APPLY for m in rx.finditer(template)]
    told = list(_HAS_AREA.finditer(template))
    asked_m = _ASK_AREA.search(template)
    if len(apply) != 1 or len(told) != 1 or asked_m is None:
        return None
    name = {i: split.maths[i].strip() for i in range(len(split.maths))}
    original = name[int(apply[0].group("x"))]
    t = told[0]
    if name[int(t.group("x") or t.group("y"))] != original:
        raise Decline("the area told is not of the region the matrix is applied to")
    asked = name[int(asked_m.group(1))]
    regions = {name[int(g)] for g in re.findall(r"@(\d+)@", template)} - {
        name[int(apply[0].group("m"))], name[int(t.group("a") or t.group("b"))]}
    if asked == original or len(regions) != 2 or not re.fullmatch(r"[A-Z]'?", asked):
        raise Decline("which region is the image")
    area_i, mat_i = name[int(t.group("a") or t.group("b"))], name[int(apply[0].group("m"))]
    area = parse_latex(area_i)
    rows = re.fullmatch(r"\\begin\{([pb])matrix\}(.*)\\end\{\1matrix\}", mat_i, re.S)
    if rows is None or not isinstance(area, sp.Expr) or not area.is_Rational or area <= 0:
        return None
    grid = [[parse_latex(x) for x in r.split("&")] for r in re.split(r"\\{1,2}(?=\s)",
                                                                       rows.group(2)) if r.strip()]
    if [len(r) for r in grid] != [2, 2] or not all(x.is_Rational for r in grid for x in r):
        raise Decline("a 2 by 2 matrix of numbers")
    matrix = sp.Matrix(grid)
    answer = abs(matrix.det()) * area
    plain = [[Fraction(int(x.p), int(x.q)) for x in r] for r in grid]
    corners = [(Fraction(0), Fraction(0)), (Fraction(1), Fraction(0)), (Fraction(1), Fraction(1)),
               (Fraction(0), Fraction(1))]
    moved = [(plain[0][0] * x + plain[0][1] * y, plain[1][0] * x + plain[1][1] * y)
             for x, y in corners]
    image = shoelace_area(moved)
    confirm.check(sp.Rational(image.numerator, image.denominator) * area == answer,
                  "the unit square's image, by the shoelace formula, scales the area the same")
    claim = f"|{latex(matrix.det())}| \\cdot {latex(area)} = {latex(answer)}"
    return answer, [
        step("the determinant", "A matrix scales every area by the absolute value of its "
             "determinant.", f"$\\det = {latex(matrix.det())}$", f"\\det {latex(matrix)} = "
             f"{latex(matrix.det())}"),
        step("scale the area", "Multiply the area by it.", f"${claim}$", claim)]


__all__ = ["VOCAB", "read_determinant_facts", "read_region_image"]
