"""Typed reader: projections onto a vector that is not given, known by one projection.

"The projection of $\\begin{pmatrix} 2 \\\\ 4 \\end{pmatrix}$ onto a certain vector
$\\mathbf{w}$ is ... . Find the projection of ... onto $\\mathbf{w}$": a nonzero projection
onto w is a multiple of w, so w points along it. "Let $\\mathbf{a}$ and $\\mathbf{b}$ be
orthogonal vectors. If $\\operatorname{proj}_{\\mathbf{a}} \\mathbf{v} = \\mathbf{p}$, find
$\\operatorname{proj}_{\\mathbf{b}} \\mathbf{v}$" (in the plane b points across p). "The set
of vectors $\\mathbf{v}$ with $\\operatorname{proj}_{\\mathbf{u}} \\mathbf{v} = \\mathbf{p}$
lies on a line: enter it as $y = mx + b$" (v . u = p . u).

A told projection must be possible (v - p is orthogonal to p, or p is along u), else the
problem declines. Confirmed independently by the defining properties in plain fractions:
the answer q lies along the direction found, v - q is orthogonal to it, and the told
projection has the same properties for that direction; for a line, two of its points
project to p and a point off it does not."""

from __future__ import annotations

import re
from fractions import Fraction
from typing import TypeAlias

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.geometry.vector_questions import tex
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = COMMON | frozenset(
    "projection projections projected onto certain some vector vectors let be orthogonal "
    "perpendicular nonzero if then find set such lie lies line equation this form".split())
_PROJ = re.compile(r"^\s*\\(?:operatorname|text|mathrm)\s*\{\s*proj\s*\}\s*_\s*")
_NAMED = re.compile(r"^\s*" + vectors.NAME + r"\s*$")
_TOLD = re.compile(r"projection of @(\d+)@ onto (?:a certain |some |an unknown |the )?"
                   r"(?:nonzero )?(?:vector )?@(\d+)@ is @(\d+)@")
_ASKED = re.compile(r"projection of @(\d+)@ onto (?:the )?(?:vector )?@(\d+)@")
_ORTHOGONAL = re.compile(r"@(\d+)@ and @(\d+)@ (?:be|are) (?:nonzero )?(?:orthogonal|"
                         r"perpendicular)(?: vectors)?")
_LINE = re.compile(r"^the set of (?:all )?vectors @(\d+)@ such that @(\d+)@ (?:lie|lies) on a "
                   r"line\.? enter the equation of (?:this|the) line in the form \"? ?@(\d+)@ ?"
                   r"\"?\.?$")
Vec: TypeAlias = sp.Matrix
Told: TypeAlias = tuple[str, Vec, Vec]  # onto (a name), of, the projection


def _braced(src: str, i: int) -> tuple[str, int]:
    """The text inside the braces opening at src[i], and the index after them."""
    depth = 0
    for j in range(i, len(src)):
        depth += {"{": 1, "}": -1}.get(src[j], 0)
        if depth == 0:
            return src[i + 1:j], j + 1
    raise Decline("unbalanced braces")


def _vector(src: str) -> Vec:
    got = vectors.evaluate(vectors.parse(src.strip().rstrip(".,")), vectors.SYMPY, [], {})
    if not isinstance(got, sp.MatrixBase) or got.shape[1] != 1 or got.shape[0] not in (2, 3) \
            or not all(c.is_Rational for c in got):
        raise Decline("a column vector of rational numbers")
    return sp.Matrix(got)


def _name(src: str) -> str | None:
    m = _NAMED.match(src.strip().rstrip(".,"))
    return m.group(1) if m else None


def _proj_piece(src: str) -> tuple[str, str, str | None] | None:
    """`\\operatorname{proj}_{onto} of = result` as its three sources (result may be None)."""
    m = _PROJ.match(src)
    if m is None:
        return None
    rest = src[m.end():]
    if rest.startswith("{"):
        onto, k = _braced(rest, 0)
    else:
        named = re.match(vectors.NAME, rest)
        if named is None:
            raise Decline("the vector projected onto")
        onto, k = named.group(0), named.end()
    parts = rest[k:].split("=")
    if len(parts) > 2:
        raise Decline("one projection at a time")
    return onto, parts[0], parts[1] if len(parts) == 2 else None


def _along(v: Vec, d: Vec) -> Vec:
    return (v.dot(d) / d.dot(d)) * d


def _properties_hold(v: Vec, q: Vec, d: Vec) -> bool:
    """In plain fractions: q is a multiple of d and v - q is orthogonal to d."""
    fr = [Fraction(int(c.p), int(c.q)) for c in (*v, *q, *d)]
    n = len(v)
    vv, qq, dd = fr[:n], fr[n:2 * n], fr[2 * n:]
    parallel = all(qq[i] * dd[j] == qq[j] * dd[i] for i in range(n) for j in range(n))
    return parallel and sum((a - b) * c for a, b, c in zip(vv, qq, dd, strict=True)) == 0


def _possible(v: Vec, p: Vec) -> None:
    if p.dot(p) == 0 or (v - p).dot(p) != 0:
        raise Decline("no nonzero vector has that projection (or it is zero)")


def read_projection_facts(split: Split, template: str) -> Result | None:
    if "proj" not in template and "proj" not in "".join(split.maths):
        return None
    if not words_within(template, VOCAB):
        return None
    line = _LINE.match(template.strip().rstrip("."))
    if line:
        return _line(split, [int(g) for g in line.groups()])
    told: list[Told] = []
    asked: list[tuple[str, Vec]] = []
    rest = template
    for m in _TOLD.finditer(template):
        onto = _name(split.maths[int(m.group(2))])
        if onto is None:
            return None
        told.append((onto, _vector(split.maths[int(m.group(1))]),
                     _vector(split.maths[int(m.group(3))])))
        rest = rest.replace(m.group(0), " ")
    for m in _ASKED.finditer(rest):
        onto = _name(split.maths[int(m.group(2))])
        if onto is None:
            return None
        asked.append((onto, _vector(split.maths[int(m.group(1))])))
        rest = rest.replace(m.group(0), " ")
    pair: set[str] = set()
    if (orth := _ORTHOGONAL.search(rest)) is not None:
        pair = {_name(split.maths[int(g)]) or "" for g in orth.groups()}
        rest = rest.replace(orth.group(0), " ")
    for i in (int(g) for g in re.findall(r"@(\d+)@", rest)):
        piece = _proj_piece(split.maths[i])
        if piece is None:
            return None
        onto = _name(piece[0])
        if onto is None:
            return None
        if piece[2] is None:
            asked.append((onto, _vector(piece[1])))
        else:
            told.append((onto, _vector(piece[1]), _vector(piece[2])))
    if len(told) != 1 or len(asked) != 1 or "" in pair:
        return None
    return _answer(told[0], asked[0], pair)


def _answer(told: Told, asked: tuple[str, Vec], pair: set[str]) -> Result:
    onto, v, p = told
    _possible(v, p)
    if asked[0] == onto:
        direction, why = p, f"$\\mathbf{{{onto}}}$ points along the told projection"
    elif pair == {onto, asked[0]} and len(p) == 2:
        direction, why = sp.Matrix([-p[1], p[0]]), (
            f"$\\mathbf{{{asked[0]}}}$ is orthogonal to $\\mathbf{{{onto}}}$, which points "
            "along the told projection, so in the plane it points across it")
    else:
        raise Decline("the vector projected onto is not fixed by what is told")
    if len(asked[1]) != len(p):
        raise Decline("vectors of different sizes")
    q = _along(asked[1], direction)
    confirm.check(_properties_hold(v, p, p) and _properties_hold(asked[1], q, direction)
                  and direction.dot(direction) != 0,
                  "plain fractions: each projection lies along its direction and the rest is "
                  "orthogonal to it")
    return tex(q), [
        step("direction of the projection", "A projection onto a vector is a multiple of "
             "that vector.", f"So {why}: ${tex(direction)}$.", ""),
        step("project", "proj_d u = (u·d / d·d) d.", f"The projection of ${tex(asked[1])}$ is "
             f"$\\frac{{{latex(asked[1].dot(direction))}}}{{{latex(direction.dot(direction))}}}"
             f" {tex(direction)} = {tex(q)}$.", "")]


def _line(split: Split, places: list[int]) -> Result:
    name, piece, form = (split.maths[i] for i in places)
    got = _proj_piece(piece)
    if got is None or got[2] is None or _name(name) is None or _name(got[1]) != _name(name):
        raise Decline("a projection of the set's vector")
    if parse_latex(form.strip()) != parse_latex("y = mx + b"):
        raise Decline("the line asked as y = mx + b")
    u, p = _vector(got[0]), _vector(got[2])
    if len(u) != 2 or len(p) != 2 or u.dot(u) == 0 or u[1] == 0:
        raise Decline("a nonzero vector in the plane, not vertical to the line")
    if u[0] * p[1] != u[1] * p[0]:
        raise Decline("the projection is not along the vector: no vector has it")
    x, y = sp.symbols("x y")
    slope, cut = -u[0] / u[1], p.dot(u) / u[1]
    on = [sp.Matrix([t, slope * t + cut]) for t in (0, 1, 5)]
    off = sp.Matrix([0, cut + 1])
    confirm.check(all(_properties_hold(w, p, u) for w in on) and not _properties_hold(off, p, u),
                  "points of the line project to the told vector and a point off it does not")
    return f"y = {latex(slope * x + cut)}", [
        step("the condition", "proj_u v = (v·u / u·u) u, so it equals p exactly when "
             "v·u = p·u (p lies along u).", f"${latex(u[0])} x + {latex(u[1])} y = "
             f"{latex(p.dot(u))}$.", ""),
        step("solve for y", "Rearrange the linear equation.",
             f"$y = {latex(slope * x + cut)}$.", "")]


__all__ = ["read_projection_facts"]
