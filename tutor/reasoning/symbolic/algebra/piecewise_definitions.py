"""A function defined piece by piece: `f(x) = \\begin{cases} ... \\end{cases}` (or an
`array`), read into `Pieces`, the rows (expression, conditions).

Every condition must be an inequality in the function's variable, or "otherwise" (last,
meaning none of the conditions above). `Pieces.value` uses the one piece whose condition
holds at a point, declines when none or two do, and confirms the value by SymPy's own
`Piecewise` evaluated at the same point. The readers are in `piecewise`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra import clauses
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import parse_latex

_DEF = re.compile(r"^\s*([a-zA-Z])\s*\(\s*([a-z])\s*\)\s*=\s*(?:\\\{\s*)?\\begin\{(cases|array)\}"
                  r"(?:\{[a-z]+\})?(.*?)\\end\{\3\}\s*$", re.S)
_IF = re.compile(r"\\(?:text|mbox|textrm)\s*\{\s*(?:if|for|when)?\s*\}|\\q?quad|\\(?:text|mbox)"
                 r"\s*\{\s*(?:if|for|when)\s+|\bif\b")
_OTHERWISE = re.compile(r"^\\(?:text|mbox)\s*\{\s*(?:otherwise|else)\s*\}$")


class Pieces:
    """The rows `(expression, conditions)` of a piecewise definition of `name`."""

    def __init__(self, name: str, x: sp.Symbol, rows: list[tuple[sp.Expr, list[sp.Basic]]],
                 params: set[sp.Symbol]) -> None:
        self.name, self.x, self.rows, self.params = name, x, rows, params

    def as_sympy(self) -> sp.Piecewise:
        return sp.Piecewise(*[(e, sp.And(*conds)) for e, conds in self.rows])

    def piece_at(self, t: sp.Basic) -> int:
        holds = []
        for _, conds in self.rows:
            truth = [c.subs(self.x, t) for c in conds]
            if any(v not in (sp.true, sp.false) for v in truth):
                raise Decline("a condition that cannot be decided at that point")
            holds.append(all(v is sp.true for v in truth))
        if sum(holds) != 1:
            raise Decline("no piece, or more than one, applies at that point")
        return holds.index(True)

    def value(self, t: sp.Basic, steps: list[Step]) -> sp.Basic:
        k = self.piece_at(t)
        e, conds = self.rows[k]
        v = final_value(e.subs(self.x, t))
        if v.has(sp.zoo, sp.nan) or not v.is_finite:
            raise Decline("undefined value")
        check = final_value(self.as_sympy().subs(self.x, t))
        confirm.check(sp.simplify(check - v) == 0,
                      "SymPy's Piecewise gives the same value at each point")
        claim = f"{self.name}({latex(t)}) = {latex(e.subs(self.x, t))} = {latex(v)}"
        holds = f"condition ${conditions_text(conds, self.x)}$ holds."
        steps.append(step("use the piece that applies", f"At ${latex(self.x)} = {latex(t)}$ the "
                          + holds, f"${claim}$", claim))
        return v


def conditions_text(conds: list[sp.Basic], x: sp.Symbol) -> str:
    return ", ".join(latex(c) for c in conds) if conds else "otherwise"


def _rows(body: str, x: sp.Symbol) -> list[tuple[str, list[sp.Basic] | None]]:
    rows: list[tuple[str, list[sp.Basic] | None]] = []
    for raw in re.split(r"\\\\|\\(?=\s)", body):  # `\\ ` may arrive as `\ `
        raw = raw.strip().rstrip(".,").strip()
        if not raw:
            continue
        parts = [p.strip() for p in raw.split("&") if p.strip()]
        if len(parts) != 2:
            raise Decline("a piece that is not a formula and a condition")
        expr_src, cond_src = parts
        cond_src = re.sub(r"\\q?quad", " ", cond_src).rstrip(".,; ").strip()
        if _OTHERWISE.match(cond_src):
            rows.append((expr_src, None))
            continue
        cond_src = _IF.sub(" ", cond_src).strip().rstrip(".,; ").strip()
        if "\\text" in cond_src or "\\mbox" in cond_src:
            raise Decline("a condition in words")
        rels = clauses.relations(cond_src)
        if not rels or any(isinstance(r, sp.Equality) or r.free_symbols != {x} for r in rels):
            raise Decline("a condition that is not an inequality in the variable")
        rows.append((expr_src, rels))
    return rows


def definition(src: str) -> Pieces | None:
    m = _DEF.match(src.strip().replace("\\right.", ""))
    if not m:
        return None
    name, x = m.group(1), sp.Symbol(m.group(2))
    raw = _rows(m.group(4), x)
    if len(raw) < 2 or sum(conds is None for _, conds in raw) > 1 or raw[0][1] is None:
        raise Decline("pieces not understood")
    rows: list[tuple[sp.Expr, list[sp.Basic]]] = []
    others: list[sp.Basic] = []
    for expr_src, conds in raw:
        e = parse_latex(expr_src)
        if not isinstance(e, sp.Expr):
            raise Decline("a piece that is not an expression")
        if conds is None:  # "otherwise": none of the conditions above
            if (expr_src, conds) != raw[-1]:
                raise Decline("'otherwise' before the last piece")
            conds = [sp.Not(sp.And(*others))]
        else:
            others.append(sp.And(*conds))
        rows.append((e, conds))
    params = set().union(*(e.free_symbols for e, _ in rows)) - {x}
    return Pieces(name, x, rows, params)


__all__ = ["Pieces", "conditions_text", "definition"]
