"""The form the problem asks the answer in: "as a decimal" turns a fraction into its decimal.

The solvers answer exactly (8/15); a student who asked for a decimal expects 0.5\\overline{3}.
A terminating fraction is written out, a repeating one with its repeating block over-lined.
A long block (more than 12 digits), an irrational value or an asked rounding keeps the exact
answer: rounding is a different question, and the readers that take it apply it themselves.

`answer_latex` writes any answer value as the answer line shows it: intervals with each end as
one fraction, lines in falling powers, vectors and matrices as problems write them.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.problems.step import Step
from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.number_theory.decimals import expansion
from tutor.reasoning.symbolic.parsing import parse_latex

_AS_DECIMAL = re.compile(r"\b(?:as|in|into|to) (?:an? )?(?:(?:repeating|recurring|terminating) )?"
                         r"decimal(?: form| number)?\b(?! place)", re.IGNORECASE)
_ROUNDING = re.compile(r"nearest|round|places?\b|significant", re.IGNORECASE)
_PERCENT = re.compile(r"percent|%", re.IGNORECASE)  # a percent asked, unless money is
_LONGEST_BLOCK = 12
# "Express your answer as a whole number." may mean "round it" (boxes needed, people per
# bus): an answer that is not a whole number is declined, never shown as it is.
_AS_WHOLE = re.compile(r"\b(?:answer|it|result) as (?:a whole number|an integer)\b", re.IGNORECASE)


def decimal_latex(x: sp.Rational) -> str | None:
    """3/8 -> "0.375", 8/15 -> "0.5\\overline{3}"; None when the block is too long to show."""
    sign, v = ("-" if x < 0 else ""), abs(x)
    try:  # the long division stops once more digits than a showable decimal has pass
        digits, start, period = expansion(v, 0, longest=2 * _LONGEST_BLOCK)
    except Decline:
        return None
    if period > _LONGEST_BLOCK:
        return None
    block = f"\\overline{{{digits[start:start + period]}}}" if period else ""
    return f"{sign}{v.p // v.q}.{digits[:start]}{block}"


def as_asked(text: str, value: sp.Basic | str,
             steps: list[Step]) -> tuple[sp.Basic | str, list[Step]]:
    """The answer in the form the problem asks for, with the step that converts it."""
    if _AS_WHOLE.search(text) and not (isinstance(value, sp.Basic) and value.is_integer):
        raise Decline("a whole number asked and the answer is not one")
    if re.search(r"\bscientific notation\b", text, re.IGNORECASE):
        return value, steps  # asked as a times a power of ten: never as a decimal
    asked = _AS_DECIMAL.search(text) is not None
    in_kind = not asked and _told_in_decimals(text)  # "What is 0.5 + 0.25?": 0.75, not 3/4
    number = _one_number(value) if isinstance(value, str) and "," not in value \
        and (asked or in_kind) else value
    # (a solver that answers in LaTeX, "\\frac{35}{4}", is read back; unchanged otherwise)
    if (not isinstance(number, sp.Rational) or number.is_Integer
            or not (asked or in_kind) or _ROUNDING.search(text)
            or _PERCENT.search(text) and not (in_kind and _asks_money(text))):
        return value, steps
    shown = decimal_latex(number)
    if shown is None or in_kind and "overline" in shown:  # a repeating one only when asked
        return value, steps
    value = number
    # the decimal read back by the parser's own rule for repeating decimals, not by the division
    confirm.check(parse_latex(shown) == value, "the decimal read back equals the fraction")
    claim = f"{latex(value)} = {shown}"
    how = ("Divide the numerator by the denominator until the remainder repeats."
           if "overline" in shown else "Divide the numerator by the denominator.")
    kept = [s for s in steps if not _restates(s)]  # "7/12 = 7/12" says nothing here
    if kept and any(said.replace(" ", "").rstrip("$.").endswith("=" + shown)
                    for said in (kept[-1].latex or "", kept[-1].text)):
        return shown, kept  # "2.4 \\times 0.15 = 0.36" says it already
    return shown, [*kept, step("write it as a decimal", how, f"${claim}$", claim)]


# a number written with a decimal point ("0.25", "$\\$4.50$"), not a repeating decimal
_DECIMAL = re.compile(r"(?<![\d.])\d*\.\d+(?![\d.]|\s*\\overline|\.\.)")
_FRACTIONS = re.compile(r"\\[dt]?frac|\d\s*/\s*\d|fraction|\\overline|\bratio|\\div|:\s*\d",
                        re.IGNORECASE)


# an amount of money told ("$25", "\\$4", "30 dollars"), and a question that asks for one
_MONEY = re.compile(r"\\?\$\s?\d|\b\d+(?:\.\d+)? (?:dollars?|cents?)\b", re.IGNORECASE)
_ASKS_MONEY = re.compile(r"\b(?:how much|price|cost|how many dollars|pay|paid|earn|earned|spend"
                         r"|spent|save|saved|worth|change)\b[^.?!]*[.?!]?\s*$", re.IGNORECASE)


# a question that asks a chance, a share or a count, whatever money its story tells
_ASKS_OTHER = re.compile(r"\b(?:probability|chance|likely|fraction|ratio|percent|how many)\b",
                         re.IGNORECASE)


def _asks_money(text: str) -> bool:
    asked = re.split(r"(?<=[.?!])\s+", text.strip())[-1]
    return _MONEY.search(text) is not None and _ASKS_MONEY.search(text) is not None \
        and _ASKS_OTHER.search(asked) is None


def _told_in_decimals(text: str) -> bool:
    """The problem's numbers are written as decimals and none as a fraction, or money is told
    and asked for: a student expects the answer as a decimal too (when it ends)."""
    return (_DECIMAL.search(text) is not None or _asks_money(text)) \
        and _FRACTIONS.search(text) is None


def _one_number(shown: str) -> sp.Rational | None:
    """The rational number a solver's LaTeX answer is, or None."""
    try:
        v = parse_latex(shown)
    except (Decline, ValueError, TypeError):
        return None
    return v if isinstance(v, sp.Rational) else None


def _restates(s: Step) -> bool:
    sides = (s.latex or "").split("=")
    return len(sides) == 2 and sides[0].strip() == sides[1].strip()


def answer_latex(value: sp.Basic | str) -> str:
    if isinstance(value, str):
        return value
    if isinstance(value, sp.Interval | sp.Union) and all(
            isinstance(p, sp.Interval) for p in sp.Union.make_args(value)):
        pieces = sorted(sp.Union.make_args(value), key=lambda p: (
            p.start != -sp.oo, float(p.start) if p.start.is_finite else 0.0))
        return " \\cup ".join(_interval(p) for p in pieces)
    if isinstance(value, sp.Tuple):
        return "\\left(" + ", ".join(latex(v) for v in value) + "\\right)"
    if isinstance(value, sp.MatrixBase):  # as problems write vectors and matrices
        return latex(value, mat_str="pmatrix", mat_delim="")
    if isinstance(value, sp.Equality) and _one_letter_polynomial(value.rhs):
        # y = -2x + 7, as slope-intercept and standard forms write it (not y = 7 - 2x)
        return f"{latex(value.lhs)} = " + re.sub(r"^- ", "-", sp.latex(value.rhs, order="lex"))
    out = latex(value)
    if value.has(sp.I):  # "9 i" reads as 9 times a variable i to some graders
        out = re.sub(r"(?<=[\d}]) i\b", "i", out)
    return out


def _one_letter_polynomial(e: sp.Basic) -> bool:
    """A polynomial in one letter with rational coefficients (printed in falling powers)."""
    letters = e.free_symbols
    return len(letters) == 1 and e.is_polynomial(*letters) and all(
        c.is_Rational for c in sp.Poly(e, *letters).coeffs())


def _interval(piece: sp.Interval) -> str:
    """An interval with each endpoint as one fraction, (1 - \\sqrt{5})/2 rather than
    1/2 - \\sqrt{5}/2, as people write it (and as answer checkers read it)."""
    ends = []
    for e in (piece.start, piece.end):
        terms = sp.Add.make_args(e)
        q = sp.ilcm(*(sp.fraction(t.as_coeff_Mul()[0])[1] for t in terms)) \
            if len(terms) > 1 and e.is_finite else 1
        ends.append(latex(e) if q == 1 else f"\\frac{{{latex(sp.expand(e * q))}}}{{{q}}}")
    return (f"\\left{'(' if piece.left_open else '['}{ends[0]}, {ends[1]}"
            f"\\right{')' if piece.right_open else ']'}")
