"""Maths pieces that are one number written as a power, a root, a factorial or an absolute
value, read as that number inside a calculation said in words: "What is $2^3$ times $2^4$?",
"What is $\\sqrt{16}$ plus $\\sqrt{9}$?", "What is 10^3 divided by 10^{-2}?", "Find 4! minus
3!".

`number_words.tokens` reads plain numbers, fractions and decimals; any other maths piece
stays `@i@`. `valued_pieces` reads such a piece as a `Num` only when it is one of these
single operations on numbers (no letter, no sum or product inside: "$2 + 3$ times 4" is left
unread, as its bracketing is the writer's), and its value is rational and of modest size.
The value is read twice, by the engine's LaTeX parser (SymPy, evaluated) and by the
checker's own strict grammar (`verify.strict_parser`), and the piece is read only when both
give the same rational number; `\\sqrt{2}` (irrational), `2^{1000}` (too large) or a piece
either parser reads otherwise leaves the whole calculation unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.prealgebra.number_words import Num, Token
from tutor.verify.parse_limits import ParseError
from tutor.verify.strict_parser import parse_strict

_PIECE = re.compile(r"@(\d+)@")
_LIMIT = 10**15  # numerator and denominator at most this
# what a piece may be written with: digits, powers, roots, factorials, bars, brackets
_ALLOWED = re.compile(r"(?:[\d.^{}()\[\]!|\s-]|\\sqrt|\\left|\\right)+")


def _value(src: str) -> Fraction | None:
    """The rational number the piece writes as one power, root, factorial or absolute
    value, read the same by both parsers; else None."""
    if not _ALLOWED.fullmatch(src) or re.search(r"\d\s+\d", src):
        return None
    try:
        written = parse_latex(src)
    except Exception:  # the engine's parser refuses the piece: not read here
        return None
    if not isinstance(written, (sp.Pow, sp.factorial, sp.Abs)) or written.free_symbols:
        return None
    try:
        strict = parse_strict(src).expr
    except (ParseError, RecursionError, ValueError):
        return None
    try:
        first = written.doit()
    except (TypeError, ValueError, ArithmeticError):
        return None
    if not (first.is_Rational and strict.is_Rational and first == strict):
        return None
    if abs(first.p) > _LIMIT or first.q > _LIMIT:
        return None
    return Fraction(int(first.p), int(first.q))


def valued_pieces(split: Split, toks: list[Token]) -> list[Token] | None:
    """The tokens with each `@i@` piece read as its number; None when a piece is not one
    number of this kind."""
    out: list[Token] = []
    for tok in toks:
        m = _PIECE.fullmatch(tok) if isinstance(tok, str) else None
        if m is None:
            out.append(tok)
            continue
        src = split.maths[int(m.group(1))].strip()
        v = _value(src)
        if v is None:
            return None
        out.append(Num(v, src))
    return out


__all__ = ["valued_pieces"]
