"""Vectors written the ways solutions write them, turned into columns the matrix check
works out (plain text work, no SymPy):

- unit vectors `\\mathbf{i}`, `\\hat{j}`, `\\vec{k}`: the columns (1, 0, 0), (0, 1, 0),
  (0, 0, 1) (two entries when the claim's other columns have two);
- `\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} \\cdot \\begin{pmatrix} 3 \\\\ 4 \\end{pmatrix}` and
  `(1, 2) \\cdot (3, 4)`: the dot product, `(1)(3) + (2)(4)`;
- `\\begin{pmatrix} .. \\end{pmatrix} \\times \\begin{pmatrix} .. \\end{pmatrix}` of two
  columns of three: the cross product's column;
- `\\begin{vmatrix} \\mathbf{i} & \\mathbf{j} & \\mathbf{k} \\\\ a & b & c \\\\ d & e & f
  \\end{vmatrix}`: the cross product of its last two rows.

Only claims in numbers are taken (`numeric_vectors`): a named vector (`\\mathbf{v}`) or
any other letter is an unknown, and the broad reader would take it for a number.
The matrix check only verifies, so nothing read here can refute.
"""

from __future__ import annotations

import re

_UNIT = re.compile(r"\\(?:mathbf|hat|vec|boldsymbol|bm)\s*\{\s*([ijk])\s*\}|\\hat\s+([ijk])\b")
_COLUMN = r"\\begin\{[pb]matrix\}([^&{}]*?(?:\{[^{}]*\}[^&{}]*?)*)\\end\{[pb]matrix\}"
_TUPLE = r"(?:\\left)?\(([^()]*,[^()]*)(?:\\right)?\)"
_DOT = re.compile(rf"{_COLUMN}\s*\\cdot\s*{_COLUMN}")
_TUPLE_DOT = re.compile(rf"{_TUPLE}\s*\\cdot\s*{_TUPLE}")
_CROSS = re.compile(rf"{_COLUMN}\s*\\times\s*{_COLUMN}")
_UNIT_DETERMINANT = re.compile(
    r"\\begin\{vmatrix\}\s*\\mathbf\{i\}\s*&\s*\\mathbf\{j\}\s*&\s*\\mathbf\{k\}\s*\\\\"
    r"(.*?)\\end\{vmatrix\}", re.DOTALL)
_OTHER_LETTER = re.compile(r"[a-zA-Z]")
_COMMANDS = re.compile(r"\\(?:begin|end)\{[a-zA-Z]*\}|\\[a-zA-Z]+")


def has_vector_form(text: str) -> bool:
    return bool(_UNIT.search(text) or _DOT.search(text) or _TUPLE_DOT.search(text)
                or _CROSS.search(text))


def numeric_vectors(text: str) -> bool:
    """No letter in the claim but unit vectors and LaTeX commands."""
    bare = _COMMANDS.sub(" ", _UNIT.sub(" ", text))
    return not _OTHER_LETTER.search(bare)


def _entries(body: str, sep: str) -> list[str]:
    return [e.strip() for e in body.split(sep) if e.strip()]


def _column(entries: list[str]) -> str:
    return "\\begin{pmatrix} " + " \\\\ ".join(entries) + " \\end{pmatrix}"


def _dot(a: list[str], b: list[str]) -> str | None:
    if len(a) != len(b) or not a:
        return None
    return "(" + " + ".join(f"({x})({y})" for x, y in zip(a, b, strict=True)) + ")"


def _cross(a: list[str], b: list[str]) -> str | None:
    if len(a) != 3 or len(b) != 3:
        return None
    return _column([f"({a[1]})({b[2]}) - ({a[2]})({b[1]})",
                    f"({a[2]})({b[0]}) - ({a[0]})({b[2]})",
                    f"({a[0]})({b[1]}) - ({a[1]})({b[0]})"])


def _products(text: str) -> str:
    def dot(m: re.Match[str]) -> str:
        found = _dot(_entries(m.group(1), "\\\\"), _entries(m.group(2), "\\\\"))
        return found if found is not None else m.group(0)

    def tuple_dot(m: re.Match[str]) -> str:
        found = _dot(_entries(m.group(1), ","), _entries(m.group(2), ","))
        return found if found is not None else m.group(0)

    def cross(m: re.Match[str]) -> str:
        found = _cross(_entries(m.group(1), "\\\\"), _entries(m.group(2), "\\\\"))
        return found if found is not None else m.group(0)

    def determinant(m: re.Match[str]) -> str:
        rows = [_entries(row, "&") for row in _entries(m.group(1), "\\\\")]
        found = _cross(rows[0], rows[1]) if len(rows) == 2 else None
        return found if found is not None else m.group(0)

    text = _UNIT_DETERMINANT.sub(determinant, text)
    text = _CROSS.sub(cross, text)
    text = _DOT.sub(dot, text)
    return _TUPLE_DOT.sub(tuple_dot, text)


def as_columns(lhs: str, rhs: str) -> tuple[str, str]:
    """Both sides with the vector forms of the module doc written as columns and sums."""
    lhs, rhs = _products(lhs), _products(rhs)
    rows = re.findall(_COLUMN, lhs + " " + rhs)
    size = 2 if rows and all(len(_entries(r, "\\\\")) == 2 for r in rows) else 3

    def unit(m: re.Match[str]) -> str:
        at = "ijk".index(m.group(1) or m.group(2))
        if at >= size:
            return m.group(0)
        return f"({_column(['1' if n == at else '0' for n in range(size)])})"

    return _UNIT.sub(unit, lhs), _UNIT.sub(unit, rhs)
