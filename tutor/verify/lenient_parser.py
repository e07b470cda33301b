"""Broad LaTeX parsing through latex2sympy2_extended, for verifying only.

latex2sympy2_extended is an ANTLR grammar that builds SymPy trees with
`evaluate=False`; it never runs Python on the text. It reads far more LaTeX
than our strict parser (derivatives, integrals, trig, logs), but some of its
readings are surprising (`2(3)` is read as 5), so what it gives is only ever
used to *verify* a claim, never to refute one.
"""

from __future__ import annotations

import re
from functools import lru_cache

import sympy
from sympy.core.function import AppliedUndef

from tutor.verify.division_fractions import division_then_slash, fractions_after_division
from tutor.verify.function_notation import as_read, letters_in_gcd
from tutor.verify.parse_limits import MAX_EXPONENT, MAX_FACTORIAL, TooBig, check_size
from tutor.verify.real_roots import real_odd_roots
from tutor.verify.unit_letters import last_letter_taken_for_unit

_MAX_CHARS = 400

# `2(3)` and `(2)(3)`: make the product explicit before parsing.
_IMPLICIT_PAREN = re.compile(r"(?<=[\d)])(?<!_\d)\s*(?=\()")  # but `\log_2(5)` is a log
# Degrees, read as such where a trigonometric function could take them.
_DEGREES = re.compile(r"(\d+(?:\.\d+)?|(?<![\\a-zA-Z])[a-zA-Z])\s*"
                      r"(?:\^\s*(?:\{\s*\\circ\s*\}|\\circ)|°)")
_TRIG = re.compile(r"\\(?:sin|cos|tan|cot|sec|csc)(?![a-zA-Z])")
_THOUSANDS_SPACE = re.compile(r"(?<=\d)\\,(?=\d{3}\b)")
_FRAC_SHORT = re.compile(r"\\[dt]?frac\s*(\d)\s*(\d)")
# a limit's side written after its point without braces, `x \to 2^-`: braced, as the reader
# takes it (`x \to 2^{-}`)
_SIDE_UNBRACED = re.compile(r"(\\to\s*[^{}^$]*?)\^\s*([+-])(?=\s*\})")
_SIDED = re.compile(r"\\to\s*[^{}^$]*?\^\s*\{?\s*[+-]\s*\}?\s*\}")


def _prepare(text: str) -> str:
    text = fractions_after_division(text, latex=True)  # `1/2 ÷ 3/8`: 3/8 is a fraction
    text = as_read(text)  # `\sin^2(x)`, `\log_2 8 \cdot 3`, `\text{lcm}[4, 6]`, ...
    text = _FRAC_SHORT.sub(r"\\frac{\1}{\2}", text)
    text = _SIDE_UNBRACED.sub(r"\1^{\2}", text)
    text = _THOUSANDS_SPACE.sub("", text)
    text = _IMPLICIT_PAREN.sub(r" \\cdot ", text)
    text = text.replace("×", "\\times ").replace("÷", "\\div ").replace("−", "-")
    return text


def too_big(expr: sympy.Basic) -> bool:
    """True when evaluating `expr` could take unbounded time or memory."""
    for node in sympy.preorder_traversal(expr):
        if isinstance(node, sympy.Pow):
            base, exp = node.args
            if base == 0 and exp == 0:
                return True  # 0^0 has no agreed value; SymPy would make it 1
            if exp.is_number and base.is_number and base not in (0, 1, -1):
                if exp.has(sympy.Pow) or abs(sympy.N(exp, 15)) > MAX_EXPONENT:
                    return True
        elif isinstance(node, sympy.factorial):
            arg = node.args[0]
            if arg.is_number and (arg.has(sympy.Pow) or abs(sympy.N(arg, 15)) > MAX_FACTORIAL):
                return True
        elif isinstance(node, sympy.Integer) and abs(node) > 10**400:
            return True
    return False


@lru_cache(maxsize=1024)
def parse_lenient_expr(text: str) -> sympy.Expr | None:
    """One side of a claim, or None when it does not parse to a bounded expression."""
    expr = read_lenient(text)
    if not isinstance(expr, sympy.Expr) or isinstance(expr, sympy.MatrixExpr) \
            or expr.has(sympy.MatrixBase, sympy.MatrixExpr):
        return None  # a matrix is no number: `A - B` of two earlier sides would raise
    return expr


def read_lenient(text: str) -> sympy.Basic | None:
    """One side of a claim as the reader gives it (a matrix too), or None when it does
    not parse to something bounded."""
    if len(text) > _MAX_CHARS or letters_in_gcd(text) or "!!" in text.replace(" ", "") \
            or multiplies_vectors(text) or division_then_slash(text):
        return None  # SymPy's gcd of two letters is 1; `7!!` would be read as (7!)!
    try:
        check_size(text)
    except TooBig:
        return None
    from latex2sympy2_extended.latex2sympy2 import ConversionConfig
    from latex2sympy2_extended.math_normalization import NormalizationConfig

    from tutor.verify.latex_reader import latex_to_sympy

    prepared = _prepare(text)
    try:
        expr = latex_to_sympy(
            prepared,
            NormalizationConfig(
                basic_latex=True,
                units=not last_letter_taken_for_unit(prepared),
                malformed_operators=True,
                nits=False,
                boxed="all",
                equations=False,
            ),
            ConversionConfig(
                interpret_as_mixed_fractions=False,
                lowercase_symbols=False,
            ),
        )
    except Exception:  # noqa: BLE001 - the parser raises bare Exception on bad input
        return None
    if isinstance(expr, sympy.MatrixBase):
        expr = sympy.ImmutableMatrix(expr)
    if not isinstance(expr, sympy.Basic) or too_big(expr):
        return None
    if _unit_letter_dropped(text, expr) or _font_letter_dropped(text, expr):
        return None
    if expr.has(sympy.Limit):
        expr = _sides_as_written(text, expr)
        if expr is None:
            return None
    if expr.has(sympy.Mod):
        return _whole_side_mod(expr)
    if not isinstance(expr, sympy.Expr):
        return expr
    return real_odd_roots(expr)  # (-8)^{1/3} is -2, as in school


def _sides_as_written(text: str, expr: sympy.Basic) -> sympy.Basic | None:
    """The reader gives a limit written without a side the side "+"; at a finite point such
    a limit is two-sided ("+-"). Some limits of a side written with a side and others without
    cannot be told apart: None."""
    sided, limits = len(_SIDED.findall(text)), text.count("\\lim")
    if sided == limits:
        return expr
    if sided:
        return None
    return expr.replace(
        lambda e: isinstance(e, sympy.Limit) and str(e.args[3]) == "+" and e.args[2].is_finite,
        lambda e: sympy.Limit(*e.args[:3], dir="+-"))


def _whole_side_mod(expr: sympy.Basic) -> sympy.Expr | None:
    """`2310 \\mod 42` as the remainder 0 when the whole side is one whole number mod
    another; None otherwise: in `a + b \\mod m` the writer means (a + b) mod m, not the
    reader's a + (b mod m), and SymPy leaves a Mod of numbers unevaluated."""
    if not isinstance(expr, sympy.Mod):
        return None
    number, modulus = (arg.doit() for arg in expr.args)
    if not (number.is_Integer and modulus.is_Integer and modulus > 0):
        return None
    return sympy.Integer(int(number) % int(modulus))


# A single letter right after a number or a group ("2m", "3 t", "\frac{2}{3}s"): the reader's
# unit list takes it for metres, tonnes, seconds and drops it: "x + 2m" read as "x + 2".
_LETTER_AFTER_NUMBER = re.compile(r"(?:(?<![\\a-zA-Z_^])\d+(?:\.\d+)?|\})\s*([a-zA-Z])"
                                  r"(?![a-zA-Z])")
_WORDS = re.compile(r"\\(?:text|mathrm|mbox|textbf|operatorname)\s*\{[^{}]*\}")


def _unit_letter_dropped(text: str, expr: sympy.Basic) -> bool:
    """A letter written right after a number is missing from the reading (`e` and `i` may
    be the constants; words in `\\text{}` are units as the writer meant them)."""
    written = set(_LETTER_AFTER_NUMBER.findall(_WORDS.sub(" ", text))) - {"e", "i"}
    if not written:
        return False
    names = {str(s) for s in expr.atoms(sympy.Symbol)} | {
        type(f).__name__ for f in expr.atoms(AppliedUndef)}  # `3k(5)`: k a function
    return bool(written - names)


# A letter in a bold or vector font (`\mathbf{u}`, `\boldsymbol{v}`, `\vec{w}`).
_FONT_LETTER = re.compile(
    r"\\(?:mathbf|boldsymbol|bm|bf|vec|mathbb|mathcal)\s*\{\s*([A-Za-z])\s*\}")


_FONT = r"\\(?:mathbf|boldsymbol|bm|vec|overrightarrow)\s*\{\s*"
_POWER = r"\}(?:\s*\^\s*(?:\{[^{}]*\}|\w))?"
_BOLD = rf"{_FONT}[A-Za-z]{{1,3}}\s*{_POWER}"
# A named vector or matrix, not a unit vector i, j, k (`\mathbf{i}(2 - 3)` is a scalar multiple).
_NAMED = rf"{_FONT}(?![ijk]\s*\}})[A-Za-z]{{1,3}}\s*{_POWER}"
# Two vectors or matrices multiplied (`\mathbf{a} \times \mathbf{b}`, `\mathbf{A}\mathbf{B}`,
# `(\mathbf{a} \cdot \mathbf{b})\mathbf{c}`): read as numbers, the product would commute.
_BOLD_PRODUCT = re.compile(rf"{_BOLD}\s*(?:\\times\s*)?{_BOLD}|{_NAMED}\s*(?:\\times\s*)?"
                           rf"\\?[(\[]|[)\]]\s*(?:\\times\s*)?{_NAMED}|\\times\s*{_BOLD}"
                           rf"|{_BOLD}\s*\\times")


def multiplies_vectors(text: str) -> bool:
    """The text multiplies vectors or matrices in bold or arrow notation other than by a
    dot product of two (which commutes, as numbers do)."""
    return bool(_BOLD_PRODUCT.search(text))


def _font_letter_dropped(text: str, expr: sympy.Basic) -> bool:
    r"""A letter written in a bold or vector font is missing from the reading: the reader
    stops at `2\mathbf{u} + \mathbf{v}` and gives 2, so `= 2` would hold."""
    written = set(_FONT_LETTER.findall(text))
    if not written:
        return False
    names = {str(s) for s in expr.atoms(sympy.Symbol)} | {
        type(f).__name__ for f in expr.atoms(AppliedUndef)}
    return any(not any(name == letter or name.endswith("{" + letter + "}") for name in names)
               for letter in written)


def in_radians(lhs: str, rhs: str) -> tuple[str, str]:
    """`\\tan 30^\\circ = \\frac{\\sqrt3}{3}`: both sides with degrees as radians, where
    a trigonometric function could take them."""
    if _TRIG.search(lhs + rhs) and _DEGREES.search(lhs + rhs):
        lhs, rhs = (_DEGREES.sub(r"(\\frac{\1\\pi}{180})", side) for side in (lhs, rhs))
    return lhs, rhs


def parse_lenient(lhs: str, rhs: str) -> tuple[sympy.Expr, sympy.Expr] | None:
    lhs, rhs = in_radians(lhs, rhs)
    a = parse_lenient_expr(lhs)
    if a is None:
        return None
    b = parse_lenient_expr(rhs)
    return None if b is None else (a, b)
