"""A reader of the Asymptote subset MATH figures use, without eval: declarations and
assignments of points, numbers and paths (`pair A = (0,0);`, `A = dir(60);`), pair
arithmetic and the functions of `asy_functions`, and the drawing commands `draw`, `fill`,
`filldraw`, `label`, `dot` and `rightanglemark`. Settings (`size`, `unitsize`, `import`,
`defaultpen`) are ignored. Anything else (loops, user functions, 3D) makes the whole figure
unreadable: `read_figure` declines rather than guess."""

from __future__ import annotations

from typing import Any

import sympy as sp

from tutor.mathtext import FIGURE
from tutor.reasoning.symbolic.diagrams.asy_arithmetic import (
    UNREAD_MARK,
    RightMark,
    add,
    divide,
    items,
    one_path,
    pens,
    point,
    times,
    to_number,
)
from tutor.reasoning.symbolic.diagrams.asy_functions import FUNCTIONS, constant
from tutor.reasoning.symbolic.diagrams.asy_loops import run_for
from tutor.reasoning.symbolic.diagrams.asy_tokens import Token, tokens
from tutor.reasoning.symbolic.diagrams.figure import Circle, Figure, Label, Pair, Path, Pen, require
from tutor.reasoning.symbolic.model import Decline

_TYPES = {"pair", "real", "int", "path", "guide", "pen", "string", "bool"}
_SETTINGS = {"size", "unitsize", "defaultpen", "pointpen", "pathpen", "usepackage",
             "texpreamble", "settings"}
_MARKS = {"markangle", "anglemark", "pathticks", "tick", "ticks", "hatch", "markscalefactor"}


class _Reader:
    def __init__(self, source: str) -> None:
        self.toks = tokens(source)
        self.i = 0
        self.names: dict[str, Any] = {}
        self.loop_steps = 0
        self.figure = Figure()

    # ---- tokens
    def peek(self, k: int = 0) -> Token:
        return self.toks[min(self.i + k, len(self.toks) - 1)]

    def take(self, text: str | None = None) -> Token:
        t = self.peek()
        if text is not None and t.text != text:
            raise Decline(f"a figure I cannot read (expected {text!r}, found {t.text!r})")
        self.i += 1
        return t

    # ---- statements
    def run(self) -> Figure:
        steps = 0
        while self.peek().kind != "end":
            steps += 1
            require(steps < 2000, "a figure too long to read")
            self.statement()
        return self.figure

    def statement(self) -> None:
        t = self.peek()
        if t.text == ";":
            self.take()
            return
        if t.text in ("import", "unitsize", "size") or t.text in _SETTINGS:
            self._skip_to_semicolon()
            return
        require(t.kind == "name", f"a figure statement I cannot read: {t.text!r}")
        if t.text == "for":
            run_for(self)
            return
        if t.text in _TYPES and self.peek(1).kind == "name":
            self.take()
            self._declare(t.text)
            return
        if self.peek(1).text == "=":
            name = self.take().text
            self.take("=")
            require(name not in FUNCTIONS, "a figure that redefines a function")
            self.names[name] = self.expr()
            self.take(";")
            return
        if self.peek(1).text == "(":
            value = self.expr()
            self.take(";")
            require(value is None or value is UNREAD_MARK, "a figure statement drawing nothing")
            return
        raise Decline(f"a figure statement I cannot read: {t.text!r}")

    def _skip_to_semicolon(self) -> None:
        while self.peek().text != ";" and self.peek().kind != "end":
            self.take()
        self.take()

    def _declare(self, kind: str) -> None:
        while True:
            name = self.take().text
            require(self.peek().text != "(", "a figure that defines its own functions")
            require(name not in FUNCTIONS and name not in _TYPES, "a figure name I cannot read")
            if self.peek().text == "=":
                self.take()
                self.names[name] = self.expr()
            else:  # Asymptote starts a declared point at (0, 0), a number at 0
                self.names[name] = Pair(sp.Integer(0), sp.Integer(0)) if kind == "pair" \
                    else sp.Integer(0) if kind in ("real", "int") else None
            if self.peek().text == ",":
                self.take()
                continue
            self.take(";")
            return

    # ---- drawing commands
    def command(self, name: str, args: list[Any]) -> Any:
        f = self.figure
        if name in _SETTINGS:
            return
        if name in _MARKS:  # an angle or tick mark: drawn by draw(), or on its own
            f.unread_marks = True
            return None if name in ("markangle", "markscalefactor") else UNREAD_MARK
        require(bool(args), f"{name}() with nothing to draw")
        if name == "draw":
            if isinstance(args[0], str):  # draw("$5$", A--B): a label on the path
                f.labels.append(Label(args[0], one_path(args[1])))
                args = args[1:]
            for item in items(args[0]):
                if item is UNREAD_MARK:
                    continue
                if isinstance(item, RightMark):
                    f.right_marks.append(item.corner)
                else:
                    f.drawn.append(item)
            pens(args[1:])
        elif name in ("fill", "filldraw", "unfill"):
            given = pens(args[1:])
            colour = "white" if name == "unfill" else given[0].colour if given else "shade"
            for item in items(args[0]):
                require(isinstance(item, Path | Circle), "a fill of a mark")
                require(isinstance(item, Circle) or item.closed, "a fill of an open path")
                f.fills.append((item, Pen(colour or "shade")))
                if name == "filldraw":
                    f.drawn.append(item)
        elif name == "label":
            require(isinstance(args[0], str) and len(args) >= 2, "a label I cannot read")
            at = args[1]
            require(isinstance(at, Pair) or (isinstance(at, Path) and not at.curved),
                    "a label placed on something other than a point or a segment")
            towards = args[2] if len(args) > 2 and isinstance(args[2], Pair) else None
            f.labels.append(Label(args[0], at, towards))
            pens(args[2:])
        elif name == "dot":
            if isinstance(args[0], str):
                require(len(args) >= 2 and isinstance(args[1], Pair), "a dot I cannot read")
                towards = args[2] if len(args) > 2 and isinstance(args[2], Pair) else None
                f.labels.append(Label(args[0], args[1], towards))
                args = args[1:]
            require(isinstance(args[0], Pair), "a dot that is not at a point")
            f.dots.append(args[0])
        else:
            raise Decline(f"a figure command I cannot read: {name}")

    # ---- expressions
    def expr(self) -> Any:
        first = self.join()
        if self.peek().text != "^^":
            return first
        parts = [first]
        while self.peek().text == "^^":
            self.take()
            parts.append(self.join())
        return [p for part in parts for p in items(part)]

    def join(self) -> Any:
        first = self.additive()
        if self.peek().text not in ("--", "..", "::"):
            return first
        nodes: list[Pair] = list(first.nodes) if isinstance(first, Path) else [point(first)]
        curved = isinstance(first, Path) and first.curved
        closed = False
        while self.peek().text in ("--", "..", "::"):
            curved |= self.take().text != "--"
            if self.peek().text == "cycle":
                self.take()
                closed = True
                break
            nxt = self.additive()
            if isinstance(nxt, Path):
                curved |= nxt.curved
                nodes.extend(nxt.nodes)
            else:
                nodes.append(point(nxt))
        return Path(tuple(nodes), closed, curved)

    def additive(self) -> Any:
        v = self.multiplicative()
        while self.peek().text in ("+", "-"):
            op = self.take().text
            w = self.multiplicative()
            v = add(v, w, op == "-")
        return v

    def multiplicative(self) -> Any:
        v = self.unary()
        while self.peek().text in ("*", "/"):
            op = self.take().text
            v = times(v, self.unary()) if op == "*" else divide(v, self.unary())
        return v

    def unary(self) -> Any:
        if self.peek().text == "-":
            self.take()
            return times(sp.Integer(-1), self.unary())
        if self.peek().text == "+":
            self.take()
            return self.unary()
        return self.power()

    def power(self) -> Any:
        base = self.primary()
        if self.peek().text == "^":
            self.take()
            e = self.unary()
            require(isinstance(base, sp.Expr) and isinstance(e, sp.Expr), "a power in the figure")
            require(abs(float(e)) <= 10, "a power too large in the figure")
            return base ** e
        return base

    def primary(self) -> Any:
        t = self.take()
        if t.kind == "number":
            if "." in t.text and len(t.text.split(".")[1]) >= 3:
                self.figure.approximate = True
            value = sp.Rational(t.text)
            if self.peek().kind == "name" or self.peek().text == "(":  # 2sqrt(3): a product
                return times(value, self.power())
            return value
        if t.kind == "string":
            return t.text
        if t.text == "(":
            first = self.expr()
            if self.peek().text == ",":
                self.take()
                second = self.expr()
                require(self.peek().text != ",", "a figure in three dimensions")
                self.take(")")
                return Pair(to_number(first), to_number(second))
            self.take(")")
            return first
        require(t.kind == "name", f"a figure expression I cannot read: {t.text!r}")
        if self.peek().text == "(":
            self.take()
            args: list[Any] = []
            while self.peek().text != ")":
                require(self.peek().kind != "end", "an unclosed bracket in the figure")
                args.append(self.expr())
                if self.peek().text == ",":
                    self.take()
                elif self.peek().text == "=":  # a named argument (n=1): a mark's option
                    raise Decline("a figure call with named arguments")
            self.take(")")
            return self.call(t.text, args)
        require(self.peek().text != "[", "a figure with arrays")
        if t.text in self.names:
            value = self.names[t.text]
            require(value is not None, f"a figure point used before it is given: {t.text}")
            return value
        return constant(t.text)

    def call(self, name: str, args: list[Any]) -> Any:
        if name == "rightanglemark":
            require(len(args) >= 3, "a right-angle mark I cannot read")
            return RightMark(point(args[0]), point(args[1]), point(args[2]))
        if name in FUNCTIONS:
            try:
                return FUNCTIONS[name](args)
            except (IndexError, TypeError, ZeroDivisionError) as exc:
                raise Decline(f"{name}() in the figure: {exc}") from exc
        return self.command(name, args)


def figure_source(text: str) -> str | None:
    """The Asymptote source of the problem's one figure, or None when it has none."""
    found = FIGURE.findall(text)
    if not found:
        return None
    require(len(found) == 1, "a problem with several figures")
    return str(found[0])


def read_figure(source: str) -> Figure:
    """The figure `source` draws, or Decline when any of it cannot be read."""
    return _Reader(source).run()


__all__ = ["figure_source", "read_figure"]
