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

from dataclasses import dataclass

import sympy

from tutor.verify.division_fractions import (
    division_then_slash,
    fractions_after_division,
)
from tutor.verify.parse_limits import Ambiguous, ParseError, TooBig, check_size
from tutor.verify.real_roots import real_odd_roots
from tutor.verify.strict_grammar import GrammarParser, name_symbol
from tutor.verify.strict_normalize import normalize


@dataclass(frozen=True)
class Parsed:
    expr: sympy.Expr
    decimals: int  # most digits after a decimal point in any literal (rounding tolerance)
    has_operator: bool  # a computation, not a bare number or name


def parse_strict(text: str, products_with: str | None = None) -> Parsed:
    """Parse one side of a claim; raises ParseError (or Ambiguous/TooBig).

    With `products_with` (the whole equation), a letter before `(` is a product when
    the same letter also stands alone there (`2x(x + 2) = x`, not `f(x) = 2`), and a
    letter may cancel against another writing of it (`(a + d) - (b + d)`, see
    `_cancels`): the reading nearly everyone means, used to verify only."""
    if division_then_slash(text) or fractions_after_division(text, latex=True) != text:
        # `6 ÷ 2/3`: school writing means 6 ÷ (2/3), strict order (6 ÷ 2)/3; the broad
        # parser reads the school way, to verify only
        raise Ambiguous("a slash after a division sign: a fraction, or a second division")
    text = normalize(text).strip()
    if not text:
        raise ParseError("empty")
    check_size(text)
    parser = GrammarParser(text)
    if products_with is not None:
        tokens = GrammarParser(normalize(products_with)).tokens
        parser.variables = frozenset(
            tok for i, (kind, tok) in enumerate(tokens)
            if kind == "letter" and (i + 1 == len(tokens) or tokens[i + 1][1] != "("))
    try:
        expr = parser.parse()
    except RecursionError as exc:
        raise TooBig("nested too deeply") from exc
    expr = real_odd_roots(expr)  # (-8)^{1/3} is -2, as in school
    letters = {str(name_symbol(tok)) for kind, tok in parser.tokens if kind == "letter"}
    if letters - {str(s) for s in expr.free_symbols} and not (
            products_with is not None and _cancels(text, parser.variables)):
        # A name vanished (`0 \cdot x`, or `f^{-1}(0)` read as a product with 0):
        # the text is not the plain product we took it for.
        raise Ambiguous("a variable cancelled out")
    return Parsed(expr=expr, decimals=parser.decimals, has_operator=parser.operators > 0)


def _cancels(text: str, variables: frozenset[str]) -> bool:
    """Every letter that vanished did so against another writing of it (`d - d`, `x/x`):
    with each occurrence its own symbol, none vanishes (`0·x` still loses x)."""
    parser = GrammarParser(text)
    parser.variables, parser.occurrences = variables, 1
    try:
        expr = real_odd_roots(parser.parse())
    except (ParseError, RecursionError, ValueError, ZeroDivisionError, TypeError):
        return False
    return len(expr.free_symbols) == parser.occurrences - 1


__all__ = ["Parsed", "parse_strict"]
