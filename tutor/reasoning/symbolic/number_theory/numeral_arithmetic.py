"""Exact arithmetic on a small LaTeX expression of whole numbers: + - \\times \\cdot \\div,
\\frac{..}{..}, small whole powers (negative ones too) and brackets, evaluated with Python
fractions by a recursive-descent reader.

It is the second, independent way the base and residue readers compute an expression (the first is
SymPy on the parsed LaTeX): it reads nothing but digits, these operators and brackets, and
declines anything else, so it never runs or interprets other text.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.model import Decline

_TOKEN = re.compile(r"\s*(\d+|\\frac|\\times|\\cdot|\\div|[-+*/(){}^])")
_MAX_EXPONENT = 64
_MAX_TOKENS = 400


def _tokens(src: str) -> list[str]:
    out, i = [], 0
    src = src.strip()
    while i < len(src):
        m = _TOKEN.match(src, i)
        if not m:
            if src[i:].strip() == "":
                break
            raise Decline("only whole numbers, + - \\times \\div, fractions and brackets")
        out.append(m.group(1))
        i = m.end()
    if len(out) > _MAX_TOKENS:
        raise Decline("too long an expression")
    return out


class _Reader:
    def __init__(self, tokens: list[str]) -> None:
        self.t = tokens
        self.i = 0

    def peek(self) -> str | None:
        return self.t[self.i] if self.i < len(self.t) else None

    def take(self, want: str | None = None) -> str:
        tok = self.peek()
        if tok is None or want is not None and tok != want:
            raise Decline("an expression that does not read")
        self.i += 1
        return tok

    def sum(self) -> Fraction:
        value = self.product()
        while self.peek() in ("+", "-"):
            sign = self.take()
            value = value + self.product() if sign == "+" else value - self.product()
        return value

    def product(self) -> Fraction:
        value = self.power()
        while self.peek() in ("\\times", "\\cdot", "*", "\\div", "/"):
            op = self.take()
            right = self.power()
            if op in ("\\div", "/"):
                if right == 0:
                    raise Decline("division by zero")
                value /= right
            else:
                value *= right
        return value

    def power(self) -> Fraction:
        value = self.unary()
        if self.peek() == "^":
            self.take()
            if self.peek() == "{":
                self.take()
                exponent = self.sum()
                self.take("}")
            else:
                tok = self.take()
                if not tok.isdigit():
                    raise Decline("an exponent that does not read")
                exponent = Fraction(int(tok[0]))  # TeX: ^23 is a square then a 3
                if len(tok) > 1:
                    raise Decline("an exponent without braces followed by digits")
            if exponent.denominator != 1 or abs(exponent) > _MAX_EXPONENT:
                raise Decline("a small whole exponent")
            if value == 0 and exponent < 0:
                raise Decline("division by zero")
            value = value ** int(exponent)
        return value

    def unary(self) -> Fraction:
        if self.peek() == "-":
            self.take()
            return -self.power()
        if self.peek() == "+":
            self.take()
            return self.power()
        return self.atom()

    def atom(self) -> Fraction:
        tok = self.take()
        if tok.isdigit():
            return Fraction(int(tok))
        if tok in ("(", "{"):
            value = self.sum()
            self.take(")" if tok == "(" else "}")
            return value
        if tok == "\\frac":
            self.take("{")
            top = self.sum()
            self.take("}")
            self.take("{")
            bottom = self.sum()
            self.take("}")
            if bottom == 0:
                raise Decline("division by zero")
            return top / bottom
        raise Decline("an expression that does not read")


def evaluate(src: str) -> Fraction:
    """The exact value of `src` (whole numbers, + - \\times \\div \\frac and ^ only)."""
    reader = _Reader(_tokens(src))
    value = reader.sum()
    if reader.peek() is not None:
        raise Decline("an expression that does not read")
    return value


__all__ = ["evaluate"]
