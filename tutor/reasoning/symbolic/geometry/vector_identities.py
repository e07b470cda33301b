"""Typed reader: the constant that makes an equation in vectors hold for all vectors.

"There exists a scalar $k$ such that $(\\mathbf{a} + \\mathbf{b}) \\times (\\mathbf{a} -
\\mathbf{b}) = k (\\mathbf{a} \\times \\mathbf{b})$ for all vectors $\\mathbf{a}$ and
$\\mathbf{b}$. Find $k$." "Find the constant $m$ so that for any vectors $\\mathbf{u},$
$\\mathbf{v},$ $\\mathbf{w}$ with $\\mathbf{u} + \\mathbf{v} + \\mathbf{w} = \\mathbf{0},$ the
equation ... holds."

Each vector the text names is a column of letters (in space when a cross product or
\\mathbf{i}, \\mathbf{j}, \\mathbf{k} appears; otherwise in the plane and in space, which must
agree); a condition without the constant is solved for one vector's entries and put in.
Both sides are worked out with SymPy (`vectors.evaluate`), and every coefficient of the
difference, as a polynomial in the entries, must vanish: the constant is the one solution
of those equations (none, or any number, declines). Confirmed by substitution: with the
constant in place, the equation holds exactly for several vectors of whole numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from itertools import islice

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vectors import NAME, SYMPY, Tree, evaluate, parse
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "there exists exist scalar constant real so such that for all any every vectors vector "
    "and with where the equation holds hold find three dimensional".split())
_FOR_ALL = re.compile(r"\bfor (?:all|any|every)\b(?: (?:three-? ?dimensional )?vectors?)?")
_UNIT = {"i": (1, 0, 0), "j": (0, 1, 0), "k": (0, 0, 1)}
_ZERO = re.compile(r"\\(?:mathbf|bold|vec|boldsymbol)\s*\{\s*0\s*\}")
_SAMPLES = [(2, -1, 3), (1, 4, -2), (-3, 2, 5), (5, 1, 1), (0, -2, 7), (4, 3, -1)]


def _pieces(split: Split, template: str) -> tuple[str, list[str], list[str], str] | None:
    """The constant's letter, the vectors named, the equations, and the identity."""
    letters, named, equations = set(), [], []
    for i in dict.fromkeys(int(k) for k in re.findall(r"@(\d+)@", template)):
        src = split.maths[i].strip().rstrip(".,").strip()
        if re.fullmatch(r"[a-z]", src):
            letters.add(src)
        elif m := re.fullmatch(NAME, src):
            named.append(m.group(1))
        elif src.count("=") == 1 and re.search(NAME, src):
            equations.append(src)
        else:
            return None
    if len(letters) != 1 or not named or not equations:
        return None
    (k,) = letters
    bare = re.compile(rf"(?<![A-Za-z\\{{]){k}(?![A-Za-z}}])")
    identity = [e for e in equations if bare.search(e)]
    if len(identity) != 1:
        raise Decline("one equation with the constant")
    return k, named, equations, identity[0]


def _tree(side: str, k: str) -> Tree:
    side = re.sub(rf"(?<![A-Za-z\\{{]){k}(?![A-Za-z}}])", r" \\mathbf{Z} ", side)
    return parse(_ZERO.sub(r" 0 \\mathbf{i} ", side))


def _sides(equation: str, k: str) -> tuple[Tree, Tree]:
    left, right = equation.split("=")
    return _tree(left, k), _tree(right, k)


def _columns(named: list[str], dim: int) -> dict[str, sp.Matrix]:
    return {v: sp.Matrix([sp.Symbol(f"{v}_{n}") for n in range(1, dim + 1)]) for v in named}


def _values(trees: list[tuple[Tree, Tree]], columns: dict[str, sp.Matrix],
            constant: sp.Basic, dim: int) -> list[sp.Expr]:
    """The entries of left minus right of each equation, the vectors' columns put in."""
    names: dict[str, Tree] = {"Z": ("num", constant)}
    for v, col in columns.items():
        names[v] = ("piece", ("mat", "0"), [col])
    for u, e in _UNIT.items():
        names.setdefault(u, ("piece", ("mat", "0"), [sp.Matrix(e[:dim])]))
    out = []
    for left, right in trees:
        a, b = evaluate(left, SYMPY, [], names), evaluate(right, SYMPY, [], names)
        if isinstance(a, sp.MatrixBase) != isinstance(b, sp.MatrixBase):
            raise Decline("a vector said equal to a number")
        out += list(a - b) if isinstance(a, sp.MatrixBase) else [a - b]
    return [sp.expand(x) for x in out]


def _constant(k: sp.Symbol, trees: list[tuple[Tree, Tree]], conditions: list[tuple[Tree, Tree]],
              named: list[str], dim: int) -> tuple[sp.Basic, dict]:
    cols = _columns(named, dim)
    fixed: dict[sp.Symbol, sp.Expr] = {}
    if conditions:
        entries = _values(conditions, cols, k, dim)
        last = next(v for v in reversed(named) if any(e.has(*cols[v]) for e in entries))
        sols = sp.solve(entries, list(cols[last]), dict=True)
        if len(sols) != 1 or set(sols[0]) != set(cols[last]):
            raise Decline("a condition that fixes one vector")
        fixed = sols[0]
    diff = [sp.expand(e.xreplace(fixed)) for e in _values(trees, cols, k, dim)]
    entries = [s for c in cols.values() for s in c if s not in fixed]
    eqs: list[sp.Expr] = []
    for e in diff:
        if not e.is_polynomial(*entries):
            raise Decline("an equation that is not polynomial in the entries")
        eqs += sp.Poly(e, *entries).coeffs() if entries else [e]
    eqs = [q for q in eqs if q != 0]
    if not eqs:
        raise Decline("the equation holds for every value of the constant")
    sols = sp.solve(eqs, k, dict=True)
    if len(sols) != 1 or sols[0][k].free_symbols:
        raise Decline("no one constant makes the equation hold for all vectors")
    return sols[0][k], fixed


def read_vector_identity(split: Split, template: str) -> Result | None:
    if not _FOR_ALL.search(template) or "\\mathbf" not in "".join(split.maths):
        return None
    if not words_within(template, VOCAB):
        return None
    got = _pieces(split, template)
    if got is None:
        return None
    letter, named, equations, identity = got
    if "Z" in named or len(set(named)) != len(named):
        raise Decline("each vector named once")
    k = sp.Symbol(letter)
    split_eq = [_sides(e, letter) for e in equations]
    trees = [t for t, e in zip(split_eq, equations, strict=True) if e == identity]
    conditions = [t for t, e in zip(split_eq, equations, strict=True) if e != identity]
    used = set(re.findall(NAME, " ".join(equations))) - set(named)
    if used - set(_UNIT):
        raise Decline("a vector used but not named")
    space = "\\times" in " ".join(equations) or bool(used)
    found = {dim: _constant(k, trees, conditions, named, dim) for dim in ((3,) if space
                                                                        else (2, 3))}
    values = {v for v, _ in found.values()}
    if len(values) != 1:
        raise Decline("the constant differs between the plane and space")
    (value,) = values
    for dim, (_v, fixed) in found.items():
        for sample in islice(_samples(named, dim), 3):
            entries = [sp.expand(e.xreplace(fixed).xreplace(sample)) for e in
                       _values(trees + conditions, _columns(named, dim), value, dim)]
            confirm.check(all(e == 0 for e in entries), "the equation holds with the constant "
                          "for vectors of whole numbers")
    shown = latex(value)
    return shown, [
        step("write the vectors with letters", "Give each vector letters for its entries and "
             "work out both sides.", "Every coefficient of left minus right must be $0$.", ""),
        step("match the coefficients", "The equation holds for all vectors only when every "
             "coefficient vanishes; solve for the constant.", f"${letter} = {shown}$.",
             f"{letter} = {shown}")]


def _samples(named: list[str], dim: int) -> Iterator[dict[sp.Symbol, int]]:
    """Vectors of whole numbers for the names (the last one of a condition is recomputed
    from the condition's solution)."""
    for shift in range(len(_SAMPLES)):
        yield {sp.Symbol(f"{v}_{n + 1}"): _SAMPLES[(shift + j) % len(_SAMPLES)][n]
               for j, v in enumerate(named) for n in range(dim)}


__all__ = ["read_vector_identity"]
