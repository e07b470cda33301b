"""Counting loops in a figure (`for(int i=0; i<=4; ++i) { dot((i,0)); }`), as grids of dots
and ticks are drawn: whole-number bounds, steps of +1 or -1 (or += / -= a whole number), a
body of statements or one statement, at most `MAX_STEPS` passes over all loops. Anything
else in a loop's header declines."""

from __future__ import annotations

from typing import Any, Protocol

import sympy as sp

from tutor.reasoning.symbolic.diagrams.asy_tokens import Token
from tutor.reasoning.symbolic.diagrams.figure import require

MAX_STEPS = 400
_TESTS = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
          ">=": lambda a, b: a >= b}


class _Reader(Protocol):
    toks: list[Token]
    i: int
    names: dict[str, Any]
    loop_steps: int

    def peek(self, k: int = 0) -> Token: ...
    def take(self, text: str | None = None) -> Token: ...
    def expr(self) -> Any: ...
    def statement(self) -> None: ...


def _whole(v: Any) -> int:
    require(isinstance(v, sp.Integer), "a loop bound that is not a whole number")
    return int(v)


def statement_end(r: _Reader, i: int) -> int:
    """The index just past the statement that starts at token i."""
    toks = r.toks
    if toks[i].text == "{":
        depth = 0
        for j in range(i, len(toks)):
            depth += {"{": 1, "}": -1}.get(toks[j].text, 0)
            if depth == 0:
                return j + 1
        require(False, "an unclosed brace in the figure")
    if toks[i].text == "for":
        depth = 0
        for j in range(i + 1, len(toks)):
            depth += {"(": 1, ")": -1}.get(toks[j].text, 0)
            if depth == 0:
                return statement_end(r, j + 1)
        require(False, "an unclosed loop in the figure")
    depth = 0
    for j in range(i, len(toks)):
        depth += {"(": 1, ")": -1, "{": 1, "}": -1}.get(toks[j].text, 0)
        if toks[j].text == ";" and depth == 0:
            return j + 1
        require(toks[j].kind != "end", "a statement with no end in the figure")
    return len(toks)


def run_for(r: _Reader) -> None:
    r.take("for")
    r.take("(")
    if r.peek().text in ("int", "real") and r.peek(1).kind == "name":
        r.take()
    name = r.take().text
    require(r.peek().kind != "end", "a loop I cannot read")
    r.take("=")
    value = _whole(r.expr())
    r.take(";")
    require(r.take().text == name, "a loop that tests another name")
    test = r.take().text
    require(test in _TESTS, "a loop test I cannot read")
    bound = _whole(r.expr())
    r.take(";")
    step = _step(r, name)
    r.take(")")
    body = r.i
    end = statement_end(r, body)
    while _TESTS[test](value, bound):
        r.loop_steps += 1
        require(r.loop_steps <= MAX_STEPS, "a figure with too many loop passes")
        r.names[name] = sp.Integer(value)
        r.i = body
        if r.peek().text == "{":
            r.take()
            while r.i < end - 1:
                r.statement()
            r.take("}")
        else:
            r.statement()
        require(r.i == end, "a loop body I cannot read")
        value += step
    r.i = end


def _step(r: _Reader, name: str) -> int:
    first = r.take().text
    if first in ("++", "--"):
        require(r.take().text == name, "a loop step I cannot read")
        return 1 if first == "++" else -1
    require(first == name, "a loop step I cannot read")
    op = r.take().text
    if op in ("++", "--"):
        return 1 if op == "++" else -1
    require(op in ("+=", "-="), "a loop step I cannot read")
    size = _whole(r.expr())
    require(size > 0, "a loop step I cannot read")
    return size if op == "+=" else -size


__all__ = ["run_for", "statement_end"]
