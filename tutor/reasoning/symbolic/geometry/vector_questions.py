"""Typed reader: questions about vectors and matrices written with `pmatrix` and friends.

Named vectors (`Let $\\mathbf{a} = \\begin{pmatrix} ... \\end{pmatrix}$`) and the asked
expression (`\\mathbf{a} \\cdot \\mathbf{b}`, `A^3`, `\\det`, `\\text{proj}`), or the
question in words: dot and cross product, projection onto, determinant, inverse,
norm (magnitude, length), angle between (in degrees). Each answer is computed with
SymPy and again with plain fractions (`vectors.PLAIN`); they must agree."""

from __future__ import annotations

import math
import re
from collections.abc import Callable
from fractions import Fraction
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry import plain_matrices as pm
from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.geometry.reading import COMMON, is_label, places
from tutor.reasoning.symbolic.geometry.vector_forms import as_columns
from tutor.reasoning.symbolic.geometry.vector_spans import span_measure
from tutor.reasoning.symbolic.geometry.written_operations import operand, tex, written
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "vector vectors matrix matrices let be where compute simplify dot cross product "
    "projection onto angle between degrees determinant trace inverse norm magnitude length and "
    "we have define unit direction along parallel pointing area volume parallelogram "
    "parallelepiped triangle generated spanned determined formed defined made whose adjacent "
    "sides edges by scalar inner their two following given vector's when row rows column "
    "columns cosine".split())
_BY = (r"(?:(?:generated|spanned|determined|formed|defined|made) by|whose (?:adjacent )?"
       r"(?:sides|edges) are|with (?:adjacent )?(?:sides|edges)) ")
_ZERO_IF_SINGULAR = re.compile(r"[.,]?\s*if the inverse does not exist,? (?:then )?enter the "
                               r"zero matrix\.?")
_DEFINES = re.compile(r"^\s*(?:" + vectors.NAME + r"|([A-Z]))\s*(\^\s*\{\s*-\s*1\s*\})?"
                      r"\s*=\s*(.+)$", re.S)
_OBJ = r"(?:the )?(?:vectors? |matrix )?"
_PHRASES: list[tuple[str, str]] = [
    (r"projection of " + _OBJ + r"@(\d+)@ onto " + _OBJ + r"@(\d+)@", "proj"),
    (r"cosine of (?:the )?angle between " + _OBJ + r"@(\d+)@ and " + _OBJ + r"@(\d+)@",
     "cosine"),
    (r"angle(?:,? in degrees,?)? between " + _OBJ + r"@(\d+)@ and " + _OBJ + r"@(\d+)@", "angle"),
    (r"cross product of " + _OBJ + r"@(\d+)@ and " + _OBJ + r"@(\d+)@", "times"),
    (r"dot product of " + _OBJ + r"@(\d+)@ and " + _OBJ + r"@(\d+)@", "cdot"),
    (r"determinant of " + _OBJ + r"@(\d+)@", "det"),
    (r"trace of " + _OBJ + r"@(\d+)@", "trace"),
    (r"inverse of " + _OBJ + r"@(\d+)@", "inverse"),
    (r"unit vector (?:in the direction of|along|parallel to|pointing in the direction of) "
     + _OBJ + r"@(\d+)@", "unit"),
    (r"(?:norm|magnitude|length) of " + _OBJ + r"@(\d+)@", "norm"),
    (r"area of (?:the )?(parallelogram|triangle) " + _BY + _OBJ + r"@(\d+)@ and " + _OBJ
     + r"@(\d+)@", "area"),
    (r"volume of (?:the )?parallelepiped " + _BY + _OBJ + r"@(\d+)@,? (?:and )?" + _OBJ
     + r"@(\d+)@,? and " + _OBJ + r"@(\d+)@", "volume"),
]
_ASKED = frozenset("projection angle cross dot determinant trace inverse norm magnitude length "
                   "unit area volume scalar inner".split())
# other names of one product
_SYNONYMS = [(re.compile(r"\b(?:scalar|inner) product"), "dot product"),
             (re.compile(r"\bvector product"), "cross product")]
# the operation a question names, written as a symbol in the expression it asks for
_WRITTEN = [("dot product", "\\cdot"), ("cross product", "\\times"),
            ("determinant", "\\det"), ("determinant", "vmatrix")]
# a question that names its operation but not its operands ("find their dot product"):
# the operands are all the vectors given, when the operation is symmetric or unary
_BARE = {"dot product": ("cdot", 2), "angle between": ("angle", 2),
         "determinant": ("det", 1), "trace": ("trace", 1), "inverse": ("inverse", 1),
         "norm": ("norm", 1), "magnitude": ("norm", 1), "length": ("norm", 1)}


def _looks_like_vectors(split: Split) -> bool:
    return any("matrix}" in m or re.search(vectors.NAME, m) for m in split.maths)


def _agree(a: Any, b: Any) -> bool:
    """SymPy's value `a` against the plain-fraction value `b`."""
    def same(x: sp.Basic | int, y: Fraction) -> bool:
        return bool(sp.Rational(y.numerator, y.denominator) == x)

    if isinstance(b, tuple):  # a norm: ("sqrt", its square)
        return bool(a.is_nonnegative) and same(sp.expand(a**2), b[1])
    if isinstance(b, list):
        return isinstance(a, sp.MatrixBase) and a.shape == (len(b), len(b[0])) and all(
            same(a[i, j], b[i][j]) for i in range(a.rows) for j in range(a.cols))
    # a scalar: a SymPy number or a Python int (Rational == int compares exactly)
    return isinstance(a, sp.Basic | int) and not isinstance(a, sp.MatrixBase) and same(a, b)


def _cosine(tree_a: vectors.Tree, tree_b: vectors.Tree, names: dict) -> tuple[
        sp.Basic, float, str]:
    """cos of the angle between two vectors: exact, in floating point from plain fractions,
    and the claim a . b / (|a||b|) = cos."""
    a, b = (vectors.evaluate(t, vectors.SYMPY, [], names) for t in (tree_a, tree_b))
    if not all(isinstance(v, sp.MatrixBase) and v.cols == 1 for v in (a, b)) or a.shape != \
            b.shape or a.dot(a) == 0 or b.dot(b) == 0:
        raise Decline("two nonzero vectors of one size")
    cos = sp.radsimp(a.dot(b) / (sp.sqrt(a.dot(a)) * sp.sqrt(b.dot(b))))
    pa, pb = (vectors.evaluate(t, vectors.PLAIN, [], names) for t in (tree_a, tree_b))
    c = float(pm.dot(pa, pb)) / math.sqrt(float(pm.dot(pa, pa)) * float(pm.dot(pb, pb)))
    claim = (f"\\cos\\theta = \\frac{{{latex(a.dot(b))}}}{{{latex(sp.sqrt(a.dot(a)))} \\cdot "
             f"{latex(sp.sqrt(b.dot(b)))}}} = {latex(cos)}")
    return cos, c, claim


def _angle(tree_a: vectors.Tree, tree_b: vectors.Tree, names: dict) -> Result:
    cos, c, claim = _cosine(tree_a, tree_b, names)
    degrees = sp.nsimplify(sp.acos(cos) * 180 / sp.pi)
    if not degrees.is_Rational:
        raise Decline("the angle is not a whole number of degrees")
    confirm.check(abs(math.degrees(math.acos(max(-1.0, min(1.0, c)))) - float(degrees)) < 1e-6,
                  "the angle agrees with a floating-point arccosine")
    return degrees, [
        step("use the dot product", "$\\cos\\theta = \\frac{a \\cdot b}{|a||b|}$.",
             f"${claim}$", claim),
        step("find the angle", "Take the arccosine, in degrees.",
             f"$\\theta = {latex(degrees)}^\\circ$", f"\\cos({latex(degrees)}^\\circ) = "
             f"{latex(cos)}")]


def _unit(tree: vectors.Tree, names: dict) -> Result:
    """v / |v|, confirmed in floating point: length 1 and pointing along v."""
    v = vectors.evaluate(tree, vectors.SYMPY, [], names)
    if not isinstance(v, sp.MatrixBase) or v.cols != 1 or v.dot(v) == 0:
        raise Decline("a nonzero vector")
    length = sp.sqrt(v.dot(v))
    u = (v / length).applyfunc(sp.radsimp)
    fu, fv = [float(c) for c in u], [float(c) for c in v]
    along = sum(a * b for a, b in zip(fu, fv, strict=True)) / math.sqrt(sum(b * b for b in fv))
    confirm.check(abs(math.hypot(*fu) - 1) < 1e-12 and abs(along - 1) < 1e-12,
                  "the answer has length 1 and points along the vector (floating point)")
    claim = f"\\frac{{1}}{{{latex(length)}}} {tex(v)} = {tex(u)}"
    return tex(u), [step("divide by the length", "A unit vector in the direction of v is "
                         "v / |v|.", f"${claim}$", "")]


def _steps(tree: vectors.Tree, value: Any, names: dict, srcs: list[str]) -> list[Step]:
    inner = tree[1] if tree[0] == "piece" else tree
    if inner[0] == "norm" and inner[1][0] in ("proj", "times"):  # the length of a result
        got = vectors.evaluate(inner[1], vectors.SYMPY, [], names)
        what = "projection" if inner[1][0] == "proj" else "cross product"
        first = f"\\text{{{what}}} = {tex(got)}"
        second = f"\\sqrt{{{' + '.join(f'({latex(x)})^2' for x in got)}}} = {latex(value)}"
        return [step(f"the {what}", f"Work out the {what} first.", f"${first}$", first),
                step("its length", "The length is the square root of the sum of the squares "
                     "of the entries.", f"${second}$", second)]
    if inner[0] == "trace":
        a = vectors.evaluate(inner[1], vectors.SYMPY, tree[2] if tree[0] == "piece" else [],
                             names)
        claim = " + ".join(f"\\left({latex(a[i, i])}\\right)" for i in range(a.rows)) + \
            f" = {latex(value)}"
        return [step("add the diagonal", "The trace is the sum of the entries on the main "
                     "diagonal.", f"${claim}$", claim)]
    if inner[0] == "cdot":
        a, b = (vectors.evaluate(t, vectors.SYMPY, tree[2] if tree[0] == "piece" else [],
                                 names) for t in inner[1:])
        if isinstance(a, sp.MatrixBase) and isinstance(b, sp.MatrixBase):
            claim = " + ".join(f"\\left({latex(x)}\\right)\\left({latex(y)}\\right)"
                               for x, y in zip(a, b, strict=True)) + f" = {latex(value)}"
            return [step("multiply matching entries and add", "The dot product adds the "
                         "products of corresponding entries.", f"${claim}$", claim)]
    shown = " ".join(srcs)
    claim = f"{shown} = {tex(value)}"
    return [step("compute entry by entry", "Work out each entry with the rules of vector and "
                 "matrix arithmetic.", f"${claim}$", claim)]


def _question(template: str, targets: list[int], maths: list[str]) -> tuple[str, list[int]] | None:
    w = words(template)
    if not w & _ASKED:
        return None
    if len(targets) == 1 and targets[0] >= 0 and any(
            phrase in template for phrase, symbol in _WRITTEN if symbol in maths[targets[0]]):
        return None  # "the dot product $\mathbf{u} \cdot \mathbf{v}$": evaluate it as written
    for pattern, kind in _PHRASES:
        m = re.search(pattern, template)
        if m and all(g is not None for g in m.groups()):
            shape = [g for g in m.groups() if not g.isdigit()]
            got = [int(g) for g in m.groups() if g.isdigit()]
            if sorted(got) == sorted(targets):
                return _outer(template[:m.start()], kind) + (
                    f"{kind} {shape[0]}" if shape else kind), got
    # "find their dot product": a phrase with no object; "the determinant of the square of
    # ..." has one the phrases above do not read, so it is not this
    named = [(kind, size) for phrase, (kind, size) in _BARE.items() if phrase in template
             and not re.search(re.escape(phrase) + r" of (?:the )?(?!vectors?\b|matrix\b)[a-z]+ "
                               r"of\b", template)]
    said = {p for p in _BARE if p in template}  # nothing else asked: "magnitude and direction"
    if len({kind for kind, _ in named}) == 1 and named[0][1] == len(targets) and not (
            w & (_ASKED | {"direction"})) - {x for p in said for x in p.split()}:
        return named[0][0], targets
    raise Decline("what is asked about the vectors is not clear")


def _outer(before: str, kind: str) -> str:
    """What is asked of the named result when the phrase is itself the object of another
    noun: "the length of the projection of ..." asks the projection's norm ("norm-of ");
    any other such chain ("the determinant of the inverse of ...") is declined."""
    m = re.search(r"([a-z]+) of (?:the )?$", before)
    if m is None or m.group(1) in ("value", "measure"):
        return ""
    if m.group(1) in ("norm", "magnitude", "length") and kind in ("proj", "times"):
        return "norm-of "
    raise Decline(f"the {m.group(1)} of a {kind} result: a chained question")


def read_vectors(split: Split, template: str) -> Result | None:
    for pattern, said in _SYNONYMS:
        template = pattern.sub(said, template)
    if re.search(r"\bscalar (?:projection|component)", template):
        raise Decline("a scalar projection (a number, not the projected vector)")
    rewritten = as_columns(split, template)
    if rewritten is not None:
        split, template = rewritten
    if not _looks_like_vectors(split):
        return None
    zero_if_singular = bool(_ZERO_IF_SINGULAR.search(template))
    template = _ZERO_IF_SINGULAR.sub(".", template)
    if not words_within(template, VOCAB):
        return None
    names: dict[str, vectors.Tree] = {}
    targets: list[int] = []
    for i in dict.fromkeys(places(template)):
        src = split.maths[i]
        d = _DEFINES.match(src)
        if d and "matrix}" in d.group(4):
            name = d.group(1) or d.group(2)
            tree = vectors.parse(d.group(4))
            if d.group(3):  # the matrix given by its inverse
                tree = ("pow", tree, -1)
            if name in names or "'name'" in repr(tree):
                raise Decline("a vector defined twice or by another")
            names[name] = tree
        elif not is_label(src):
            targets.append(i)
    # no vector written in the question itself: it asks about the named ones (-1, -2, ...)
    asked = _question(template, targets or [-1 - k for k in range(len(names))], split.maths)
    computed = [split.maths[i] for i in targets]  # what the step's claim says was computed
    if asked is None:
        if len(targets) != 1:
            raise Decline("one expression to evaluate expected")
        tree = vectors.parse(split.maths[targets[0]])
    else:
        kind, order = asked
        trees = [vectors.parse(split.maths[i]) if i >= 0 else ("name", list(names)[-1 - i])
                 for i in order]
        computed = [written(kind, [operand(split, i, names) for i in order])
                    or " ".join(computed)]
        if kind == "unit":
            return _unit(trees[0], names)
        if kind.startswith(("area", "volume")):
            return span_measure(kind, trees, names)
        if kind == "cosine":
            cos, c, claim = _cosine(trees[0], trees[1], names)
            confirm.check(abs(float(cos) - c) < 1e-9, "the cosine agrees with one computed "
                          "in floating point from plain fractions")
            return cos, [step("use the dot product", "$\\cos\\theta = \\frac{a \\cdot b}"
                              "{|a||b|}$.", f"${claim}$", claim)]
        if kind == "angle":  # with no unit asked, the answer carries its degree sign
            angle, steps = _angle(trees[0], trees[1], names)
            return (angle if "degrees" in words(template) else f"{latex(angle)}^\\circ"), steps
        build: dict[str, Callable[[], vectors.Tree]] = {
            "proj": lambda: ("proj", trees[0], trees[1]),
            "times": lambda: ("times", trees[0], trees[1]),
            "cdot": lambda: ("cdot", trees[0], trees[1]), "det": lambda: ("det", trees[0]),
            "trace": lambda: ("trace", trees[0]),
            "inverse": lambda: ("pow", trees[0], -1),
            "norm": lambda: ("norm", trees[0])}
        tree = (("norm", build[kind[8:]]()) if kind.startswith("norm-of ")
                else build[kind]())
    try:
        value = vectors.evaluate(tree, vectors.SYMPY, [], names)
    except Decline as exc:
        if zero_if_singular and "not invertible" in str(exc) and tree[0] == "pow":
            size = vectors.evaluate(tree[1], vectors.SYMPY, [], names).shape
            confirm.check(pm.det(vectors.evaluate(tree[1], vectors.PLAIN, [], names)) == 0,
                          "elimination with plain fractions also finds determinant 0")
            return tex(sp.zeros(*size)), [step("check the determinant", "A matrix with "
                                               "determinant 0 has no inverse.",
                                               "The determinant is $0$, so there is no "
                                               "inverse.", "")]
        raise
    try:
        plain = vectors.evaluate(tree, vectors.PLAIN, [], names)
    except (ValueError, ZeroDivisionError) as exc:
        raise Decline(f"{confirm.DISAGREES}: {exc}") from exc
    confirm.check(_agree(value, plain), "recomputing every entry with plain fractions gives "
                  "the same result")
    steps = _steps(tree, value, names, computed)
    return (tex(value) if isinstance(value, sp.MatrixBase) else value), steps


__all__ = ["VOCAB", "read_vectors", "tex"]
