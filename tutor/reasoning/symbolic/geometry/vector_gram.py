"""Typed reader: vectors known only through lengths, dot products and relations between them.

"Let $\\mathbf{u}$ and $\\mathbf{v}$ be unit vectors such that $\\mathbf{u} + 3\\mathbf{v}$
and $7\\mathbf{u} - 5\\mathbf{v}$ are orthogonal. Find the angle between $\\mathbf{u}$ and
$\\mathbf{v}$, in degrees", "If $\\|\\mathbf{p}\\| = 3$, $\\|\\mathbf{q}\\| = 4$ and
$\\mathbf{p} \\cdot \\mathbf{q} = 6$, find $\\|\\mathbf{p} + \\mathbf{q}\\|$", "Given nonzero
vectors with $\\|\\mathbf{a} + \\mathbf{b}\\| = \\|\\mathbf{a} - \\mathbf{b}\\|$, find the angle
between them". Every condition is a linear equation in the dot products of the named
vectors with each other (their Gram matrix): unit vectors, norms (squared), dot products,
orthogonality, a vector equation (dotted with each named vector) and an angle between
vectors whose lengths are known. SymPy's `linsolve` gives every solution; the asked angle,
norm or dot product must be the same at all of them.

Confirmed independently: vectors with coordinates are built from a Gram matrix that meets
the conditions (its eigen-decomposition, at 30 digits), every written condition is
evaluated on those coordinates, and the asked quantity is computed from them again."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.geometry.vector_gram_coordinates import confirm_by_coordinates
from tutor.reasoning.symbolic.geometry.vector_gram_equations import (
    VectorConditions,
    asked_value,
    dot_tex,
    linear,
    squared,
)
from tutor.reasoning.symbolic.geometry.vector_terms import Tree, gram_ops, parse, value
from tutor.reasoning.symbolic.geometry.vectors import NAME
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_NOTE = re.compile(r"\s*note: a unit vector is a vector of (?:magnitude|length) (?:1|@\d+@)\.?")
_LIST = r"@\d+@(?:,? (?:and )?@\d+@)*"
_DECL = re.compile(r"(?:the vectors )?(?P<list>" + _LIST + r") (?:be|are|denote) "
                   r"(?:two |three |four )?(?:three-dimensional )?"
                   r"(?P<orth>(?:mutually )?(?:orthogonal|perpendicular) )?"
                   r"(?P<kind>(?:unit|nonzero|non-zero) )?vectors|(?:the )?(?P<kind2>(?:unit|"
                   r"nonzero|non-zero) )?vectors (?P<named>" + _LIST + r")(?= (?:satisf|we|have|"
                   r"with|are (?!orthogonal|perpendicular)))")
_ORTH = re.compile(r"(?:the vectors )?@(?P<x>\d+)@ (?:and @(?P<y>\d+)@ are (?:orthogonal|"
                   r"perpendicular)(?: to each other)?|is (?:orthogonal|perpendicular) to "
                   r"@(?P<z>\d+)@)")
_BETWEEN = r"the angle between (?:the vectors )?(?:@(?P<x>\d+)@ and @(?P<y>\d+)@|them)"
_ANGLE_IS = re.compile(_BETWEEN + r" is @(?P<t>\d+)@")
_HAS_LENGTH = re.compile(r"@(?P<x>\d+)@ has (?:length|magnitude|norm) @(?P<n>\d+)@")
_AREA = (r"(?:the )?area of the (?P<fig>parallelogram|triangle) (?:(?:generated|spanned|"
         r"determined|formed) by|whose (?:adjacent )?sides are|(?P<diag>whose diagonals "
         r"(?:are|correspond to))) (?:the vectors )?@(?P<a1>\d+)@ and @(?P<a2>\d+)@")
_ASK = re.compile(r"(?:find|compute|what is|determine|calculate|evaluate) (?:(?P<angle>" +
                  _BETWEEN + r")(?:,? in degrees)?|(?:the )?(?P<len>length|magnitude|norm) of "
                  r"(?:the vector )?@(?P<l>\d+)@|" + _AREA + r"|@(?P<e>\d+)@)\W*$")
VOCAB = frozenset("let be are vectors vector such that with where and if given then suppose "
                  "unit nonzero non zero two three four denote satisfy satisfies "
                  "angle between them degrees in find compute what determine calculate "
                  "evaluate orthogonal perpendicular each other we know has length magnitude norm "
                  "mutually is to of how area parallelogram triangle generated spanned formed by "
                  "whose sides adjacent diagonals correspond dimensional space".split())
_DEGREES = re.compile(r"\s*(\d+)\s*\^\s*\{?\s*\\circ\s*\}?\s*")


def _names_in(t: Any) -> set[str]:
    if isinstance(t, tuple):
        if t[0] == "name":
            return {t[1]}
        return set().union(*(_names_in(x) for x in t[1:]))
    return set()


def read_vector_gram(split: Split, template: str) -> Result | None:
    joined = "".join(split.maths)
    if "vector" not in template and "\\|" not in joined and "\\cdot" not in joined:
        return None  # (the names must still be bold vectors: NAME, below)
    if not any(re.search(NAME, m) for m in split.maths):
        return None
    tmpl = _NOTE.sub("", template)
    if not words_within(tmpl, VOCAB) or "matrix" in "".join(split.maths):
        return None
    ask = _ASK.search(tmpl)
    if ask is None:
        return None
    prob, pieces = VectorConditions(), split.maths

    def tree(k: str | None, pair: str = "") -> Tree:
        if k is None:
            if len(prob.names) != 2:
                raise Decline("which two vectors 'them' means")
            return ("name", prob.names[0 if pair == "x" else 1])
        return parse(pieces[int(k)])

    rest = tmpl[:ask.start()]
    for m in _DECL.finditer(rest):
        listed = [parse(pieces[int(k)])
                  for k in re.findall(r"@(\d+)@", m.group("list") or m.group("named"))]
        if any(t[0] != "name" for t in listed):
            return None
        prob.names += [t[1] for t in listed if t[1] not in prob.names]
        kind = (m.group("kind") or m.group("kind2") or "").strip()
        (prob.unit if kind == "unit" else prob.nonzero if kind else set()).update(
            t[1] for t in listed)
        if m.group("orth"):
            prob.orthogonal += [(a, b) for i, a in enumerate(listed) for b in listed[i + 1:]]
    rest = _DECL.sub(" ", rest)
    for m in _ORTH.finditer(rest):
        prob.orthogonal.append((tree(m.group("x")), tree(m.group("y") or m.group("z"))))
    rest = _ORTH.sub(" ", rest)
    for m in _ANGLE_IS.finditer(rest):
        deg = _DEGREES.fullmatch(pieces[int(m.group("t"))])
        if deg is None:
            raise Decline("an angle in degrees")
        prob.angles.append((tree(m.group("x"), "x"), tree(m.group("y"), "y"),
                            sp.Integer(deg.group(1))))
    rest = _ANGLE_IS.sub(" ", rest)
    for m in _HAS_LENGTH.finditer(rest):
        length = parse(pieces[int(m.group("n"))])
        prob.conditions.append(("eq", ("norm", tree(m.group("x"))), length))
    rest = _HAS_LENGTH.sub(" ", rest)
    for k in re.findall(r"@(\d+)@", rest):
        t = parse(pieces[int(k)])
        if t[0] != "eq" or len(t) != 3:
            return None
        prob.conditions.append(t)
    if ask.group("angle") and "degrees" not in tmpl:
        raise Decline("the unit of the angle asked")
    if ask.group("angle"):
        target: Tree = ("angle", tree(ask.group("x"), "x"), tree(ask.group("y"), "y"))
    elif ask.group("fig"):
        if ask.group("fig") == "triangle" and ask.group("diag"):
            return None
        half = ask.group("fig") == "triangle" or bool(ask.group("diag"))
        target = ("norm", ("cross", parse(pieces[int(ask.group("a1"))]),
                           parse(pieces[int(ask.group("a2"))])))
        if half:
            target = ("scale", ("num", sp.Rational(1, 2)), target)
    elif ask.group("len"):
        target = ("norm", parse(pieces[int(ask.group("l"))]))
    else:
        target = parse(pieces[int(ask.group("e"))])
        if target[0] == "eq":
            return None
    every = [*prob.conditions, *(x for pair in prob.orthogonal for x in pair),
             *(x for a in prob.angles for x in a[:2]), target]
    for n in sorted(set().union(*(_names_in(t) for t in every)) - set(prob.names)):
        prob.names.append(n)
    if not prob.conditions and not prob.orthogonal and not prob.angles:
        return None
    if not 1 <= len(prob.names) <= 4:
        raise Decline("one to four named vectors")
    return _solve(prob, target)


def _solve(prob: VectorConditions, target: Tree) -> Result:
    ops, g = gram_ops(prob.names)
    eqs: list[sp.Expr] = [g[(n, n)] - 1 for n in prob.unit]
    for cond in prob.conditions:
        left, right = value(cond[1], ops), value(cond[2], ops)
        if ops.is_vector(left) != ops.is_vector(right):
            raise Decline("a vector equal to a number")
        if ops.is_vector(left):  # dotted with every named vector
            diff = ops.add(left, ops.scale(-1, right))
            eqs += [ops.dot(diff, {n: sp.S.One}) for n in prob.names]
        else:
            eqs.append(squared(left, right))
    eqs += [ops.dot(value(x, ops), value(y, ops)) for x, y in prob.orthogonal]
    sol = linear(eqs, g)
    for x, y, deg in prob.angles:
        u, v = value(x, ops), value(y, ops)
        lengths = sp.expand(ops.dot(u, u).subs(sol) * ops.dot(v, v).subs(sol))
        if lengths.free_symbols or not lengths.is_positive:
            raise Decline("an angle between vectors of unknown lengths")
        eqs.append(ops.dot(u, v) - sp.cos(deg * sp.pi / 180) * sp.sqrt(lengths))
        sol = linear(eqs, g)
    answer, shown = asked_value(target, ops, sol, g)
    confirm_by_coordinates(prob, target, g, sol, answer)
    known = ", ".join(f"{dot_tex(k)} = {latex(v)}" for k, v in
                      ((k, sol[s]) for k, s in g.items() if not sol[s].free_symbols))
    return answer, [
        step("write the conditions as dot products", "Unit vectors have dot product 1 with "
             "themselves; lengths are square roots of dot products; orthogonal vectors have "
             "dot product 0. Expand each condition.",
             f"The conditions fix ${known}$." if known else
             "The conditions are linear equations in the dot products.", ""),
        step("compute what is asked", "Expand the asked quantity in the same dot products.",
             f"${shown}$", "")]


__all__ = ["read_vector_gram"]
