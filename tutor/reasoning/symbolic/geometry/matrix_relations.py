"""Typed reader: letters in matrices fixed by matrix equations, and what they give.

"The matrix $\\mathbf{A} = \\begin{pmatrix} 1 & 2 \\\\ 4 & d \\end{pmatrix}$ satisfies
$\\mathbf{A}^{-1} = k \\mathbf{A}$ for some constant $k.$  Enter the ordered pair $(d,k).$",
"The matrix ... is its own inverse, for some real numbers $a$ and $d.$  Find the number of
possible pairs $(a,d).$", "If $\\mathbf{A} = ...$ and $\\mathbf{A}^T = \\mathbf{A}^{-1},$
find $a^2 + b^2 + c^2 + d^2.$", "Let $\\mathbf{A} = ...$ and $\\mathbf{B} = ...$ be matrices
such that $\\mathbf{A} \\mathbf{B} = \\mathbf{B} \\mathbf{A}.$  Assuming $3b \\neq c,$ find
$\\frac{a - d}{c - 3b}.$"

Each side of a relation is a sum of terms, a term a scalar times a product of matrices
(written out, named, $\\mathbf{I}$, $\\mathbf{0}$), each with powers, $^{-1}$ or $^T$
(`matrix_expressions`). A relation `X^{-1} = R` is read as `X R = I`; other inverses are
adjugate over determinant, the determinant kept nonzero. The relations become one equation
per entry.

- A value asked (a letter, an ordered tuple, an expression) is the one value the entry
  equations give over every real solution (`algebra.system_values.target_value`: solved,
  substituted back, and every value checked against elimination).
- A count of tuples counts the solutions of the entry equations (`real_solution_counts`:
  the list is certified complete by a Groebner basis), and each solution counted is put
  back into the relations as written, inverses computed directly.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.clauses import Conditions
from tutor.reasoning.symbolic.algebra.real_solution_counts import is_real, solution_list
from tutor.reasoning.symbolic.algebra.system_values import target_value
from tutor.reasoning.symbolic.geometry.matrix_expressions import (
    DEFINED,
    ENV,
    MatrixReader,
    grid,
    holds_directly,
    relation,
)
from tutor.reasoning.symbolic.geometry.vector_line_pieces import signed
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "matrix matrices such that satisfies satisfy satisfying for some real numbers number "
    "constant constants scalar scalars let be two and with where if given then assuming "
    "enter ordered pair pairs triple triples quadruple quadruples possible of its own "
    "inverse inverses each other exist there transpose by how many".split())
_TUPLE = re.compile(r"\s*\(\s*([a-z](?:\s*,\s*[a-z])+)\s*\)\s*")
_ASKED = re.compile(r"(?:find|compute|enter|calculate|determine|how many)\b[^@.]*@(\d+)@")
_NEQ = re.compile(r"^(.+?)\\(?:neq?|not\s*=)(?![a-z])(.+)$")


def read_matrix_relations(split: Split, template: str) -> Result | None:
    w = words(template)
    if not words_within(template, VOCAB) or not any("matrix}" in m for m in split.maths):
        return None
    order = list(dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)))
    questions = list(_ASKED.finditer(template))
    if len(order) < 2 or not questions:
        return None
    order.remove(int(questions[-1].group(1)))
    order.append(int(questions[-1].group(1)))
    literals: list[sp.Matrix] = []

    def hide(src: str) -> str:
        src = re.sub(r"\\renewcommand\s*\{\\arraystretch\}\s*\{[\d.]+\}", "", src)
        src = re.sub(r"\\left|\\right", "", src)

        def put(m: re.Match[str]) -> str:
            literals.append(grid(m.group(2)))
            return f" #{len(literals) - 1}# "
        return ENV.sub(put, src.strip().rstrip(".,"))

    pieces = {i: hide(split.maths[i]) for i in order}
    asked = pieces[order[-1]]
    defined: dict[str, sp.Matrix] = {}
    relations: list[str] = []
    nonzero: list[sp.Expr] = []
    declared: set[sp.Symbol] = set()
    bare: list[int] = []
    for i in order[:-1]:
        src = pieces[i]
        if m := DEFINED.fullmatch(src):
            defined[m.group(1)] = literals[int(m.group(2))]
        elif m := re.fullmatch(r"\s*#(\d+)#\s*", src):
            bare.append(int(m.group(1)))
        elif m := _NEQ.match(src):
            nonzero.append(_scalar(m.group(1)) - _scalar(m.group(2)))
        elif src.count("=") == 1:
            relations.append(src)
        elif re.fullmatch(r"\s*[a-z]\s*", src):
            declared.add(sp.Symbol(src.strip()))
        else:
            return None
    body = re.sub(r"\s+", " ", template)
    if len(bare) == 1 and re.search(r"@\d+@ is its own inverse|is @\d+@ its own inverse", body):
        relations.append(f"#{bare[0]}#^{{-1}} = #{bare[0]}#")
    elif len(bare) == 2 and re.search(r"@\d+@ and @\d+@ are inverses", body):
        relations.append(f"#{bare[0]}#^{{-1}} = #{bare[1]}#")
    elif bare:
        raise Decline("a matrix given without a relation")
    if not relations or not literals:
        return None
    return _answer(literals, defined, relations, nonzero, declared, asked, w)


def _scalar(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or not v.is_polynomial():
        raise Decline("a condition on the letters")
    return v


def _answer(literals: list[sp.Matrix], defined: dict[str, sp.Matrix], relations: list[str],
            nonzero: list[sp.Expr], declared: set[sp.Symbol], asked: str, w: set[str]
            ) -> Result:
    reader = MatrixReader(literals, defined)
    entries: list[sp.Expr] = []
    for src in relations:
        for e in relation(reader, src):
            e = sp.factor(sp.together(e))
            if e != 0 and not any(sp.simplify(e - o) == 0 or sp.simplify(e + o) == 0
                                  for o in entries):
                entries.append(e)
    unknowns = sorted(set().union(*(e.free_symbols for e in entries))
                      | set().union(*(m.free_symbols for m in literals)), key=str)
    if not entries or not unknowns or not declared <= set(unknowns) or len(unknowns) > 4:
        raise Decline("relations that fix letters in the matrices")
    eqs = [sp.Eq(e, 0) for e in entries]
    shown = ", \\quad ".join(f"{latex(e)} = 0" for e in entries)
    first = step("match entries", "Work out each side of every relation and set the "
                 "entries equal.", f"${shown}$", "")
    if w & {"number", "many"}:
        return _count(literals, defined, relations, entries, reader.nonzero + nonzero,
                      unknowns, asked, "real" in w, first)
    tup = _TUPLE.fullmatch(asked)
    targets = [sp.Symbol(t.strip()) for t in tup.group(1).split(",")] if tup \
        else [_scalar_target(asked)]
    if not set().union(*(t.free_symbols for t in targets)) <= set(unknowns):
        raise Decline("the value asked is not about the letters in the matrices")
    conds = Conditions(equations=list(eqs), inequalities=[sp.Ne(z, 0) for z in nonzero])
    values, steps = [], [first]
    for t in targets:
        value, more = target_value(conds, t)
        values.append(value)
        steps += more
    _confirm_values(literals, defined, relations, entries, reader.nonzero, unknowns,
                    targets, values)
    if tup:
        answer = "\\left( " + ", ".join(signed(v) for v in values) + " \\right)"
        return answer, steps
    return values[0], steps


def _scalar_target(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or not v.free_symbols or not v.is_rational_function():
        raise Decline("an expression in the letters")
    return v


def _confirm_values(literals: list[sp.Matrix], defined: dict[str, sp.Matrix],
                    relations: list[str], entries: list[sp.Expr], nonzero: list[sp.Expr],
                    unknowns: list[sp.Symbol], targets: list[sp.Expr],
                    values: list[sp.Basic]) -> None:
    """With finitely many solutions: each real one, put into the relations as written,
    gives the values found."""
    nums = [sp.numer(sp.together(e)) for e in entries]
    dens = [sp.denom(sp.together(e)) for e in entries] + nonzero
    try:
        sols = solution_list(nums, dens, unknowns)
    except Decline:
        return  # infinitely many: `target_value` checked them by elimination
    real = [s for s in sols if is_real(s)]
    ok = bool(real) and all(holds_directly(literals, defined, relations, s) for s in real) and all(
        sp.simplify(t.subs(s) - v) == 0 for s in real for t, v in zip(targets, values,
                                                                      strict=True))
    confirm.check(ok, "every real solution, put into the relations as written, gives it")


def _count(literals: list[sp.Matrix], defined: dict[str, sp.Matrix], relations: list[str],
           entries: list[sp.Expr], nonzero: list[sp.Expr], unknowns: list[sp.Symbol],
           asked: str, real_only: bool, first: Step) -> Result:
    tup = _TUPLE.fullmatch(asked)
    if not tup or {sp.Symbol(t.strip()) for t in tup.group(1).split(",")} != set(unknowns):
        raise Decline("the tuple counted must list every letter")
    nums = [sp.numer(sp.together(e)) for e in entries]
    dens = [sp.denom(sp.together(e)) for e in entries] + nonzero
    sols = solution_list(nums, dens, unknowns)
    real = [s for s in sols if is_real(s)]
    if len(real) != len(sols) and not real_only:
        raise Decline("solutions that are not real, and the question does not say real")
    confirm.check(all(holds_directly(literals, defined, relations, s) for s in real),
                  "each solution counted, put into the relations as written, holds")
    listed = "; ".join("(" + ", ".join(latex(s[x]) for x in unknowns) + ")" for s in real)
    return sp.Integer(len(real)), [first, step(
        "solve and count", "Solve the equations; a Groebner basis shows no solution is "
        "missing. Keep the real ones.",
        f"The real solutions are {f'${listed}$' if real else 'none'}: "
        f"there are {len(real)}.", f"{len(real)}")]


__all__ = ["VOCAB", "read_matrix_relations"]
