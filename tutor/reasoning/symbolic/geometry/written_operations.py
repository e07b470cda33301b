"""The operation a question names in words, written in symbols for the step that works it out.

"Find the determinant of $M$", "the inverse of ...", "the length of ...", "the cross product
of ... and ...": the step's claim says what was computed, `\\det M = 5`, never `M = 5` (a
matrix said to equal a number). An operand that is more than one matrix or one name is
bracketed."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic.geometry import vectors
from tutor.reasoning.symbolic.model import latex
from tutor.reasoning.symbolic.parsing import Split

_ONE_MATRIX = re.compile(r"\s*\\begin\{([pbv]?matrix)\}(?:(?!\\begin\{).)*\\end\{\1\}\s*", re.S)
_ONE_NAME = re.compile(r"\s*(?:" + vectors.NAME + r"|[A-Za-z])\s*")  # a vector or a matrix


def name_latex(name: str) -> str:
    """A vector (lower case) in bold, a matrix (a capital) as written."""
    return f"\\mathbf{{{name}}}" if name.islower() else name


def tex(v: Any) -> str:
    """A matrix as a `pmatrix`, anything else as LaTeX."""
    if isinstance(v, sp.MatrixBase):
        rows = " \\\\ ".join(" & ".join(latex(c) for c in v.row(i)) for i in range(v.rows))
        return f"\\begin{{pmatrix}} {rows} \\end{{pmatrix}}"
    return latex(v)


def operand(split: Split, i: int, names: dict[str, vectors.Tree]) -> str:
    """An operand for the step's claim: a name (`i` < 0 counts the named ones from the
    last), a matrix written out again (rows split by `\\\\`), or the source as written."""
    if i < 0:
        return name_latex(list(names)[-1 - i])
    src = split.maths[i]
    return tex(vectors.evaluate(vectors.parse(src), vectors.SYMPY, [], names)) \
        if one_matrix(src) else src


def one_matrix(src: str) -> bool:
    return bool(_ONE_MATRIX.fullmatch(src))


def _alone(src: str) -> str:
    if one_matrix(src) or _ONE_NAME.fullmatch(src):
        return src.strip()
    return f"\\left({src.strip()}\\right)"


def written(kind: str, operands: list[str]) -> str | None:
    """`kind` (as `vector_questions` names it) applied to the operands, in LaTeX; None for
    an operation with no written form here."""
    if kind == "det" and len(operands) == 1:
        return f"\\det {_alone(operands[0])}"
    if kind == "inverse" and len(operands) == 1:
        return f"{_alone(operands[0])}^{{-1}}"
    if kind == "norm" and len(operands) == 1:
        return f"\\left\\| {operands[0].strip()} \\right\\|"
    if kind in ("times", "cdot") and len(operands) == 2:
        sign = "\\times" if kind == "times" else "\\cdot"
        return f"{_alone(operands[0])} {sign} {_alone(operands[1])}"
    if kind == "proj" and len(operands) == 2:
        return f"\\operatorname{{proj}}_{{{operands[1].strip()}}} {_alone(operands[0])}"
    return None


__all__ = ["name_latex", "one_matrix", "operand", "tex", "written"]
