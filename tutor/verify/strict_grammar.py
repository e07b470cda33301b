"""The strict grammar (see `strict_parser`): the tokens and a recursive-descent parser that
builds SymPy objects directly, raising `Ambiguous` wherever the text reads two ways and
`TooBig` before any huge work."""

from __future__ import annotations

import re

import sympy

from tutor.verify.parse_limits import (
    MAX_DIGITS,
    MAX_FACTORIAL,
    MAX_TOKENS,
    Ambiguous,
    ParseError,
    TooBig,
    safe_pow,
)

_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<cmd>\\(?:frac|dfrac|tfrac|binom|sqrt|cdot|times|div|pi|left|right))(?![a-zA-Z])"
    # `a_1`, `h_a`, `a_{12}`: one subscript token, as in TeX (`a_12` reads two ways: declined)
    # `AB`, `ABC`: capitals written together name a segment or a figure (one unknown)
    # `a_{mother}`, `d_{train}`: a word in braces is one subscript too
    r"|(?P<letter>[A-Z]{2,3}(?![a-zA-Z0-9_])"
    r"|[a-zA-Z](?:_(?:\{[a-zA-Z0-9]{1,16}\}|[a-zA-Z0-9](?![0-9])))?)"
    r"|(?P<op>\*\*|[-+*/^()!{}\[\]%|])"
    r")"
)


class GrammarParser:
    """The tokens of one normalised text, read by the grammar one rule a method."""

    def __init__(self, text: str) -> None:
        self.tokens: list[tuple[str, str]] = []
        pos = 0
        text = text.rstrip()
        while pos < len(text):
            m = _TOKEN.match(text, pos)
            if not m or m.end() == pos:
                raise ParseError(f"unexpected {text[pos : pos + 10]!r}")
            kind = m.lastgroup or ""
            self.tokens.append((kind, m.group(kind)))
            pos = m.end()
            if len(self.tokens) > MAX_TOKENS:
                raise TooBig("expression too long")
        self.i = 0
        self.decimals = 0
        self.last_decimals = 0  # of the last number read (a percent sign after it)
        self.operators = 0
        self.inside_bars = False  # reading the inside of |...|
        # Letters read as a product before `(` (`x(x + 2)`): see parse_strict.
        self.variables: frozenset[str] = frozenset()
        # Each occurrence of a letter its own symbol (`x__1`, `x__2`): see parse_strict.
        self.occurrences = 0

    def symbol(self, tok: str) -> sympy.Symbol:
        if not self.occurrences:
            return name_symbol(tok)
        self.occurrences += 1
        return sympy.Symbol(f"{name_symbol(tok)}__{self.occurrences}")

    def peek(self) -> tuple[str, str]:
        return self.tokens[self.i] if self.i < len(self.tokens) else ("end", "")

    def take(self, value: str | None = None) -> tuple[str, str]:
        tok = self.peek()
        if value is not None and tok[1] != value:
            raise ParseError(f"expected {value!r}, found {tok[1]!r}")
        if tok[0] == "end":
            raise ParseError("unexpected end")
        self.i += 1
        return tok

    def parse(self) -> sympy.Expr:
        expr = self.expr()
        if self.peek()[0] != "end":
            raise ParseError(f"unexpected {self.peek()[1]!r}")
        return expr

    def expr(self) -> sympy.Expr:
        value = self.term()
        while self.peek()[1] in ("+", "-"):
            op = self.take()[1]
            self.operators += 1
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self) -> sympy.Expr:
        value = self.unary()
        while True:
            kind, tok = self.peek()
            if tok in ("*", "/"):
                self.take()
                self.operators += 1
                rhs = self.unary()
                if tok == "/":
                    if rhs == 0:
                        raise ParseError("division by zero")
                    value = value / rhs
                else:
                    value = value * rhs
            elif kind in ("letter",) or tok in ("(", "\\sqrt", "\\pi", "\\frac", "\\binom"):
                prev_kind = self.tokens[self.i - 1][0]
                if tok == "\\frac" and prev_kind == "num":
                    raise Ambiguous("a number before a fraction may be a mixed number")
                self.operators += 1
                value = value * self.power()
            elif kind == "num":
                raise Ambiguous("two numbers side by side")
            else:
                return value

    def unary(self) -> sympy.Expr:
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            self.operators += 1
            inner = self.unary()
            return -inner if op == "-" else inner
        return self.power()

    def power(self) -> sympy.Expr:
        base = self.postfix()
        if self.peek()[1] != "^":
            return base
        self.take()
        self.operators += 1
        exponent = self.unary_for_exponent()
        if self.peek()[1] == "^":
            raise Ambiguous("a^b^c without braces")
        return safe_pow(base, exponent)

    def unary_for_exponent(self) -> sympy.Expr:
        if self.peek()[1] in ("-", "+"):
            op = self.take()[1]
            inner = self.postfix()
            return -inner if op == "-" else inner
        return self.postfix()

    def postfix(self) -> sympy.Expr:
        value = self.atom()
        while self.peek()[1] in ("!", "%"):
            op = self.take()[1]
            self.operators += 1
            if op == "!":
                if self.peek()[1] == "!":  # `7!!` = 7·5·3·1 to most readers, not (7!)!
                    raise Ambiguous("a double factorial or a factorial of a factorial")
                if not (value.is_Integer and 0 <= int(value) <= MAX_FACTORIAL):
                    raise TooBig("factorial too large or not of a whole number")
                value = sympy.factorial(value)
            else:  # `30.6%` is 0.306: its places count two more
                value = value / 100
                self.decimals = max(self.decimals, self.last_decimals + 2)
        return value

    def group(self) -> sympy.Expr:
        kind, tok = self.peek()
        if tok == "{":
            self.take()
            value = self.expr()
            self.take("}")
            return value
        if kind == "num" and len(tok) == 1 or kind == "letter":  # \frac12, \sqrt2
            self.take()
            return self.number(tok) if kind == "num" else self.symbol(tok)
        raise ParseError("expected a {group}")

    def number(self, tok: str) -> sympy.Expr:
        if len(tok) > MAX_DIGITS:
            raise TooBig("number too long")
        self.last_decimals = len(tok.split(".")[1]) if "." in tok else 0
        self.decimals = max(self.decimals, self.last_decimals)
        return sympy.Rational(tok)

    def atom(self) -> sympy.Expr:
        kind, tok = self.take()
        if kind == "num":
            return self.number(tok)
        if kind == "letter":
            if self.peek()[1] == "(" and tok not in self.variables:
                raise Ambiguous("a letter before a parenthesis may be a function")
            return self.symbol(tok)
        if tok == "\\pi":
            return sympy.pi
        if tok in ("(", "{", "["):
            close = {"(": ")", "{": "}", "[": "]"}[tok]
            value = self.expr()
            self.take(close)
            return value
        if tok == "\\frac":
            kind, nxt = self.peek()
            if kind == "num" and len(nxt) == 2:  # \frac12 is one half
                self.take()
                num, den = sympy.Integer(nxt[0]), sympy.Integer(nxt[1])
            else:
                num = self.group()
                den = self.group()
            if den == 0:
                raise ParseError("division by zero")
            self.operators += 1
            return num / den
        if tok == "\\binom":
            return self.binomial()
        if tok == "|":
            return self.absolute_value()
        if tok == "\\sqrt":
            index: sympy.Expr = sympy.Integer(2)
            if self.peek()[1] == "[":
                self.take()
                index = self.expr()
                self.take("]")
            radicand = self.group()
            self.operators += 1
            if not (index.is_Integer and 2 <= int(index) <= 100):
                raise ParseError("unsupported root index")
            return safe_pow(radicand, sympy.Rational(1, int(index)))
        raise ParseError(f"unexpected {tok!r}")

    def absolute_value(self) -> sympy.Expr:
        """`|3 - 8|` after its opening bar: the absolute value of a number."""
        if self.inside_bars:
            raise Ambiguous("bars inside bars: which bar closes which")
        self.inside_bars = True
        value = self.expr()
        self.take("|")
        self.inside_bars = False
        if value.free_symbols:
            raise ParseError("the absolute value of an unknown")
        kind, nxt = self.peek()
        if kind in ("num", "letter") or nxt in ("(", "|", "\\sqrt", "\\pi", "\\frac",
                                                "\\binom"):
            raise Ambiguous("a product right after a closing bar")
        self.operators += 1
        return sympy.Abs(value)

    def binomial(self) -> sympy.Expr:
        """`\\binom{n}{k}` of whole numbers 0 <= k <= n (anything else: the broad reader)."""
        n, k = self.group(), self.group()
        if not (n.is_Integer and k.is_Integer and 0 <= int(k) <= int(n) <= MAX_FACTORIAL):
            raise ParseError("a binomial coefficient of letters or out of range")
        self.operators += 1
        return sympy.binomial(n, k)


def name_symbol(token: str) -> sympy.Symbol:
    """The symbol a name token stands for: `a_{12}` and `a_{1 2}` alike are `a_12`."""
    return sympy.Symbol(re.sub(r"[{}\s]", "", token))


__all__ = ["GrammarParser", "name_symbol"]
