"""A small, strict parser for the arithmetic and algebra that steps write.

Why our own parser next to latex2sympy: a claim may only be *refuted* when we
are certain what it says. This parser accepts a narrow grammar (numbers,
one-letter variables, + - × ÷ / ^, fractions, roots, factorials, binomial
coefficients of whole numbers, percentages, parentheses, absolute values of
numbers) and raises `Ambiguous` wherever a reader could take the text two ways
(`2\\frac{1}{2}` as a mixed number, `2^3^2`, `2 3`, `|1 - |x||`). It builds SymPy
objects directly: no `eval`, no `sympify`. Huge powers and factorials raise
`TooBig` before any work is done.

Grammar (LaTeX and plain text alike, after `normalize`):
    expr    := term (('+'|'-') term)*
    term    := unary (('*'|'/') unary | implicit_factor)*
    unary   := ('-'|'+') unary | power
    power   := postfix ('^' unary)?
    postfix := atom ('!' | '%')*
    atom    := number | letter | 'pi' | '(' expr ')' | '{' expr '}'
             | '\\frac' group group | '\\sqrt' ('[' expr ']')? group
             | '\\binom' group group  (0 <= k <= n <= MAX_FACTORIAL, whole numbers)
             | '|' expr '|'  (a number; bars never nest, and no product follows the
                              closing bar: `|1 - |x||`, `|a|b|c|` read two ways)
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import sympy

from tutor.verify.real_roots import real_odd_roots

MAX_EXPONENT = 2000
MAX_FACTORIAL = 500
MAX_DIGITS = 400
MAX_TOKENS = 400
MAX_DEPTH = 40


class ParseError(ValueError):
    """The text is outside the grammar."""


class Ambiguous(ParseError):
    """The text can be read two ways; never refute on it."""


class TooBig(ParseError):
    """Evaluating would take too long or too much memory."""


@dataclass(frozen=True)
class Parsed:
    expr: sympy.Expr
    decimals: int  # most digits after a decimal point in any literal (rounding tolerance)
    has_operator: bool  # a computation, not a bare number or name


_TOKEN = re.compile(
    r"\s*(?:(?P<num>\d+(?:\.\d+)?|\.\d+)"
    r"|(?P<cmd>\\(?:frac|dfrac|tfrac|binom|sqrt|cdot|times|div|pi|left|right))(?![a-zA-Z])"
    # `a_1`, `h_a`, `a_{12}`: one subscript token, as in TeX (`a_12` reads two ways: declined)
    # `AB`, `ABC`: capitals written together name a segment or a figure (one unknown)
    r"|(?P<letter>[A-Z]{2,3}(?![a-zA-Z0-9_])|[a-zA-Z](?:_(?:\{[a-zA-Z0-9]{1,3}\}|[a-zA-Z0-9](?![0-9])))?)"
    r"|(?P<op>\*\*|[-+*/^()!{}\[\]%|])"
    r")"
)

_UNICODE = {
    "×": "*",
    "·": "*",
    "⋅": "*",
    "÷": "/",
    "−": "-",
    "–": "-",
    "π": "\\pi ",
    "\\cdot": "*",
    "\\times": "*",
    "\\div": "/",
    "\\ast": "*",
    "\\%": "%",
    "\\lvert": "|",
    "\\rvert": "|",
    "\\vert": "|",
    "\\left": "",
    "\\right": "",
    "\\!": "",
    "\\,": "",
    "\\;": "",
    "\\:": "",
    "\\ ": "",
    "\\dfrac": "\\frac",
    "\\tfrac": "\\frac",
    "\\dbinom": "\\binom",
    "\\tbinom": "\\binom",
    "**": "^",
    "²": "^2",
    "³": "^3",
}
_UNICODE_RE = re.compile("|".join(re.escape(k) for k in sorted(_UNICODE, key=len, reverse=True)))
_THOUSANDS = re.compile(r"(?<![\d.])(\d{1,3})((?:(?:,|\{,\})\d{3})+)(?![\d])")
_PLAIN_TIMES = re.compile(r"(?<=\d)\s+x\s+(?=\d)")
_SQRT_UNICODE = re.compile(r"√\s*(\d+(?:\.\d+)?|[a-zA-Z])")
_SQRT_PAREN = re.compile(r"√\s*\(")


def _parenthesised_roots(text: str) -> str:
    """`√(2 + 7)` -> `\\sqrt{2 + 7}`: the root of the whole parenthesis (plain text
    has no braces). Left as it is when the parenthesis never closes."""
    for _ in range(20):
        m = _SQRT_PAREN.search(text)
        if not m:
            return text
        depth, end = 0, -1
        for i in range(m.end() - 1, len(text)):
            depth += {"(": 1, ")": -1}.get(text[i], 0)
            if depth == 0:
                end = i
                break
        if end < 0:
            return text
        text = f"{text[:m.start()]}\\sqrt{{{text[m.end():end]}}}{text[end + 1:]}"
    return text


def normalize(text: str) -> str:
    """Turn unicode and LaTeX spellings of the same operators into one form."""
    text = _PLAIN_TIMES.sub(" * ", text)
    text = _parenthesised_roots(text)
    text = _SQRT_UNICODE.sub(r"\\sqrt{\1}", text)
    text = _THOUSANDS.sub(lambda m: m.group(1) + re.sub(r"\{,\}|,", "", m.group(2)), text)
    return _UNICODE_RE.sub(lambda m: _UNICODE[m.group(0)], text)


class _Parser:
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
        self.operators = 0
        self.inside_bars = False  # reading the inside of |...|
        # Letters read as a product before `(` (`x(x + 2)`): see parse_strict.
        self.variables: frozenset[str] = frozenset()

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
        return _safe_pow(base, exponent)

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
            else:
                value = value / 100
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
            return self.number(tok) if kind == "num" else name_symbol(tok)
        raise ParseError("expected a {group}")

    def number(self, tok: str) -> sympy.Expr:
        if len(tok) > MAX_DIGITS:
            raise TooBig("number too long")
        if "." in tok:
            self.decimals = max(self.decimals, len(tok.split(".")[1]))
        return sympy.Rational(tok)

    def atom(self) -> sympy.Expr:
        kind, tok = self.take()
        if kind == "num":
            return self.number(tok)
        if kind == "letter":
            if self.peek()[1] == "(" and tok not in self.variables:
                raise Ambiguous("a letter before a parenthesis may be a function")
            return name_symbol(tok)
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
            return _safe_pow(radicand, sympy.Rational(1, int(index)))
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


def _safe_pow(base: sympy.Expr, exponent: sympy.Expr) -> sympy.Expr:
    if base == 0 and exponent == 0:
        raise ParseError("0^0 has no agreed value")  # SymPy would make it 1
    if exponent.is_number and base.is_number:
        if abs(exponent) > MAX_EXPONENT and base not in (0, 1, -1):
            raise TooBig("power too large")
        if base.is_Rational and abs(base.p) > 10**12 and abs(exponent) > 50:
            raise TooBig("power too large")
    if exponent.free_symbols and base.is_number and abs(base) > 10**6:
        raise TooBig("power too large")
    return sympy.Pow(base, exponent)


def check_size(text: str) -> None:
    """Raise TooBig for text too long or too deeply nested for any parser to try."""
    if len(text) > 4 * MAX_TOKENS:
        raise TooBig("expression too long")
    depth = 0
    for ch in text:
        depth += ch in "({["
        depth -= ch in ")}]"
        if depth > MAX_DEPTH:
            raise TooBig("nested too deeply")


def parse_strict(text: str, products_with: str | None = None) -> Parsed:
    """Parse one side of a claim; raises ParseError (or Ambiguous/TooBig).

    With `products_with` (the whole equation), a letter before `(` is a product when
    the same letter also stands alone there (`2x(x + 2) = x`, not `f(x) = 2`): the
    reading nearly everyone means, used to verify only."""
    text = normalize(text).strip()
    if not text:
        raise ParseError("empty")
    check_size(text)
    parser = _Parser(text)
    if products_with is not None:
        tokens = _Parser(normalize(products_with)).tokens
        parser.variables = frozenset(
            tok for i, (kind, tok) in enumerate(tokens)
            if kind == "letter" and (i + 1 == len(tokens) or tokens[i + 1][1] != "("))
    try:
        expr = parser.parse()
    except RecursionError as exc:
        raise TooBig("nested too deeply") from exc
    expr = real_odd_roots(expr)  # (-8)^{1/3} is -2, as in school
    letters = {str(name_symbol(tok)) for kind, tok in parser.tokens if kind == "letter"}
    if letters - {str(s) for s in expr.free_symbols}:
        # A name vanished (`0 \cdot x`, or `f^{-1}(0)` read as a product with 0):
        # the text is not the plain product we took it for.
        raise Ambiguous("a variable cancelled out")
    return Parsed(expr=expr, decimals=parser.decimals, has_operator=parser.operators > 0)
