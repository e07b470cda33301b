"""Typed reader: unknown numbers in equations between vectors.

"There are real numbers $t$ and $s$ with $\\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} + t
\\begin{pmatrix} 3 \\\\ 1 \\end{pmatrix} = \\begin{pmatrix} 0 \\\\ 5 \\end{pmatrix} + s
\\begin{pmatrix} 1 \\\\ -2 \\end{pmatrix}$. Enter the ordered pair $(t,s)$", "For some
constants $a$ and $c$, $\\begin{pmatrix} a \\\\ 1 \\\\ c \\end{pmatrix} \\times ... = ...$",
"Find all real numbers $k$ such that $\\left\\| k \\begin{pmatrix} 1 \\\\ 2 \\end{pmatrix} -
\\begin{pmatrix} 3 \\\\ 1 \\end{pmatrix} \\right\\| = 5$".

Each side is read into a small tree (sums, numbers and letters times vectors, dot and cross
products, norms) and evaluated with SymPy; the equations entry by entry are solved for the
asked letters. Confirmed by putting each solution back into the written equations, evaluated
again from the tree with the values in place (exact numbers)."""

from __future__ import annotations

import re
from typing import Any

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.vector_line_pieces import signed
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset(
    "there exist exists real numbers number constants constant scalars scalar some such that "
    "with where for enter ordered pair triple all solutions solution separated by commas "
    "satisfy satisfies holds hold find".split())
_ENV = re.compile(r"\\begin\{([pb]matrix)\}(.*?)\\end\{\1\}", re.S)
_TOKEN = re.compile(r"\s*(@\d+|\\times|\\cdot|\\\||\\frac\s*\{[^{}]*\}\s*\{[^{}]*\}|\d+|[a-z]|"
                    r"[-+()])")
_PAIR = re.compile(r"\s*\(\s*([a-z])\s*((?:,\s*[a-z]\s*){1,2})\)\s*")


def grid(body: str) -> sp.Matrix:
    rows = [r.strip() for r in re.split(r"\\{1,2}(?=\s|$)", body.strip()) if r.strip()]
    if any("&" in r for r in rows) or not 2 <= len(rows) <= 3:
        raise Decline("column vectors of 2 or 3 entries")
    cells = [parse_latex(r) for r in rows]
    if any(not isinstance(c, sp.Expr) or not c.is_polynomial() for c in cells):
        raise Decline("entries that are numbers or letters")
    return sp.Matrix(cells)


class _Reader:
    def __init__(self, src: str) -> None:
        self.mats = [grid(m.group(2)) for m in _ENV.finditer(src)]
        count = iter(range(len(self.mats)))
        text = _ENV.sub(lambda _m: f" @{next(count)} ", src)
        text = re.sub(r"\\left|\\right", "", text).replace("\\lVert", "\\|").replace(
            "\\rVert", "\\|")
        self.tokens: list[str] = []
        pos = 0
        while pos < len(text.rstrip(" .,")):
            m = _TOKEN.match(text, pos)
            if m is None:
                raise Decline("a vector equation not understood")
            self.tokens.append(m.group(1))
            pos = m.end()
        self.i = 0
        self.in_norm = False

    def peek(self) -> str | None:
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self) -> str:
        tok = self.peek()
        if tok is None:
            raise Decline("a vector equation not understood")
        self.i += 1
        return tok

    def side(self) -> Any:
        sign = -1 if self.peek() == "-" and self.take() else 1
        value = sign * self.term() if sign == -1 else self.term()
        while self.peek() in ("+", "-"):
            op = self.take()
            nxt = self.term()
            value = value + nxt if op == "+" else value - nxt
        return value

    def term(self) -> Any:
        value = self.factor()
        while True:
            tok = self.peek()
            if tok in ("\\times", "\\cdot"):
                self.take()
                other = self.factor()
                value = _product(value, other, tok)
            elif tok is not None and tok not in ("+", "-", ")", "\\|") or (
                    tok == "\\|" and not self.in_norm):
                value = _product(value, self.factor(), "juxt")
            else:
                return value

    def factor(self) -> Any:
        tok = self.take()
        if tok.startswith("@"):
            return self.mats[int(tok[1:])]
        if tok == "(":
            value = self.side()
            if self.take() != ")":
                raise Decline("brackets that do not close")
            return value
        if tok == "\\|" and not self.in_norm:
            self.in_norm = True
            inner = self.side()
            self.in_norm = False
            if self.take() != "\\|" or not isinstance(inner, sp.MatrixBase):
                raise Decline("a norm of a vector")
            return sp.sqrt(inner.dot(inner))
        if re.fullmatch(r"\d+|[a-z]|\\frac.*", tok):
            return parse_latex(tok)
        raise Decline("a vector equation not understood")


def _product(a: Any, b: Any, op: str) -> Any:
    ma, mb = isinstance(a, sp.MatrixBase), isinstance(b, sp.MatrixBase)
    if op == "\\times":
        if not (ma and mb and a.shape == b.shape == (3, 1)):
            raise Decline("a cross product of two vectors in space")
        return a.cross(b)
    if op == "\\cdot" and ma and mb:
        if a.shape != b.shape:
            raise Decline("a dot product of vectors of one size")
        return a.dot(b)
    if ma and mb:
        raise Decline("a product of two vectors written side by side")
    return a * b


def _sides(src: str) -> tuple[Any, Any]:
    if src.count("=") != 1:
        raise Decline("one equation")
    left, right = src.split("=")
    values = []
    for part in (left, right):
        r = _Reader(part)
        values.append(r.side())
        if r.peek() is not None:
            raise Decline("a vector equation not understood")
    return values[0], values[1]


def read_vector_equation(split: Split, template: str) -> Result | None:
    if "matrix}" not in "".join(split.maths) or not words_within(template, VOCAB):
        return None
    asked: list[sp.Symbol] | None = None
    letters_named: set[sp.Symbol] = set()
    eqs = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        src = split.maths[i]
        if m := _PAIR.fullmatch(src):
            asked = [sp.Symbol(m.group(1))] + [sp.Symbol(x.strip()) for x in
                                                m.group(2).split(",") if x.strip()]
        elif re.fullmatch(r"\s*[a-z]\s*", src):
            letters_named.add(sp.Symbol(src.strip()))
        elif "=" in src and "matrix}" in src:
            eqs.append((src, *_sides(src)))
        else:
            return None
    if not eqs:
        return None
    w = words(template)
    if asked is None:
        if len(letters_named) != 1 or not w & {"all", "find"}:
            raise Decline("the letters asked for")
        asked = sorted(letters_named, key=str)
    conditions = []
    for _src, left, right in eqs:
        diff = left - right
        if isinstance(diff, sp.MatrixBase):
            conditions += list(diff)
        else:
            conditions.append(diff)
    free = set().union(*(getattr(c, "free_symbols", set()) for c in conditions))
    if free != set(asked) or not letters_named <= free:
        raise Decline("the equations in exactly the letters asked")
    sols = sp.solve(conditions, asked, dict=True)
    sols = [s for s in sols if set(s) == set(asked) and all(v.is_real for v in s.values())]
    if not sols:
        raise Decline("no real solution")
    for s in sols:
        for src, _l, _r in eqs:
            left, right = _sides(_substituted(src, s))
            confirm.check(sp.simplify(sp.Matrix([left - right]) if not isinstance(
                left, sp.MatrixBase) else left - right).is_zero_matrix,
                "the values put back into the written equation make it hold")
    if len(asked) > 1:
        if len(sols) != 1:
            raise Decline("more than one ordered pair")
        shown = "\\left( " + ", ".join(signed(sols[0][a]) for a in asked) + " \\right)"
    else:
        if len(sols) > 1 and "all" not in w:
            raise Decline("several values but one asked")
        shown = ", ".join(latex(v) for v in sorted((s[asked[0]] for s in sols),
                                                     key=lambda v: sp.N(v, 30)))
    return shown, [step("match the entries", "Work out each side and set corresponding "
                        "entries equal; solve the equations for the unknown numbers.",
                        f"The solution: ${shown}$.", "")]


def _substituted(src: str, values: dict[sp.Symbol, sp.Expr]) -> str:
    """The written equation with each letter replaced by its value in brackets."""
    def put(m: re.Match[str]) -> str:
        v = values.get(sp.Symbol(m.group(0)))
        return m.group(0) if v is None else f"({latex(v)})"
    parts = re.split(r"(\\[a-zA-Z]+)", src)  # keep commands such as \begin, \times intact
    letter = r"(?<![a-zA-Z{])[a-z](?![a-zA-Z])"
    return "".join(p if re.fullmatch(r"\\[a-zA-Z]+", p) else re.sub(letter, put, p)
                   for p in parts)


__all__ = ["VOCAB", "grid", "read_vector_equation"]
