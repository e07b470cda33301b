"""Typed reader: unknown numbers in a vector equation whose vectors are named first.

"Let $\\mathbf{u} = \\begin{pmatrix} 2 \\\\ -1 \\end{pmatrix}$ and $\\mathbf{v} = ...$. Find
scalars $p$ and $q$ such that $p \\mathbf{u} + q \\mathbf{v} = \\begin{pmatrix} 7 \\\\ 0
\\end{pmatrix}$." "The vectors $\\mathbf{a} = ...,$ $\\mathbf{b} = ...,$ and $\\mathbf{c} =
...$ are mutually orthogonal. There exist scalars $p,$ $q,$ and $r$ such that ..."

The opening sentence names the vectors (entries numbers); a told fact that they are
(mutually) orthogonal is checked on the entries and declines when it is false. Each name in
the equations is replaced by its column, and the equations are read and solved as written
with columns (`vector_equations`: solved entry by entry, each solution put back into the
written equations). A name used but not given, or any other word in the opening, declines.
"""

from __future__ import annotations

import re
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic.geometry.vector_equations import grid, read_vector_equation
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.problem_text import without_slot

_NAME = r"\\(?:mathbf|vec|boldsymbol|bold)\s*\{\s*([a-zA-Z])\s*\}"
_DEFINES = re.compile(r"\s*" + _NAME + r"\s*=\s*(\\begin\{([pb]matrix)\}(.*?)\\end\{\3\})"
                      r"\s*[.,]?\s*", re.S)
_OPENING = re.compile(r"\s*(?:let |given |if |suppose )?(?:the vectors )?"
                      r"((?:@\d+@\s*,?\s*(?:and\s+)?)+)"
                      r"(?:(are (?:mutually )?orthogonal|be vectors|are vectors)\s*[.,]?)?\s*")


def _opening(split: Split, template: str) -> tuple[dict[str, sp.Matrix], str, list[int]] | None:
    """The named columns, the rest of the template, and the pieces that named them."""
    m = _OPENING.match(template)
    if m is None:
        return None
    slots = [int(k) for k in re.findall(r"@(\d+)@", m.group(1))]
    named: dict[str, sp.Matrix] = {}
    for k in slots:
        d = _DEFINES.fullmatch(split.maths[k])
        if d is None:
            return None
        column = grid(d.group(4))
        if d.group(1) in named or column.free_symbols:
            raise Decline("each vector named once, with numbers for entries")
        named[d.group(1)] = column
    if m.group(2) and m.group(2).startswith("are") and "orthogonal" in m.group(2):
        if any(u.shape != v.shape or u.dot(v) != 0 for u, v in combinations(named.values(), 2)):
            raise Decline("the vectors told orthogonal are not")
    return named, template[m.end():], slots


def _column_tex(v: sp.Matrix) -> str:
    return "(\\begin{pmatrix} " + " \\\\ ".join(sp.latex(x) for x in v) + " \\end{pmatrix})"


def read_named_vector_equation(split: Split, template: str) -> Result | None:
    if "matrix}" not in "".join(split.maths) or not re.search(_NAME, "".join(split.maths)):
        return None
    opened = _opening(split, template)
    if opened is None:
        return None
    named, rest, slots = opened
    maths = list(split.maths)
    for i, src in enumerate(maths):
        if i in slots:
            continue
        put = re.sub(_NAME, lambda m: _column_tex(named[m.group(1)]) if m.group(1) in named
                     else m.group(0), src)
        if re.search(_NAME, put):
            raise Decline("a vector used but not given")
        maths[i] = put
    plain = Split(rest, maths)
    for k in sorted(slots, reverse=True):
        plain = without_slot(plain.template, plain.maths, k)
    if not plain.template.strip():
        return None
    return read_vector_equation(plain, plain.template)


__all__ = ["read_named_vector_equation"]
