"""Scientific notation: a number written as $a \\times 10^{n}$ with $1 \\le |a| < 10$, and
back. "Write 0.000345 in scientific notation", "Express 45,000,000 in scientific notation",
"Express $(3.2 \\times 10^4)(2 \\times 10^{-2})$ in scientific notation", "Write
$7.06 \\times 10^{5}$ in standard form (as a decimal, in decimal notation)".

The number (or the product or quotient of numbers in scientific notation) is read exactly;
the answer is its digits with the point after the first, times the power of ten that moves
the point back. Confirmed independently: the answer, read back as a fraction from its own
digits (Python's `Fraction`), equals the number, and its first factor lies in [1, 10).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_VERB = r"(?:write|express|convert|give|put|rewrite)"
_TO_SCIENTIFIC = re.compile(
    rf"(?:{_VERB} (?:the number )?@0@ (?:in|into|to|using) scientific notation"
    r"|what is @0@ (?:written )?in scientific notation)[.?]?")
_TO_STANDARD = re.compile(
    rf"(?:{_VERB} (?:the number )?@0@ (?:in|into|to|as a|as an) (?:standard form|standard "
    r"notation|decimal notation|decimal|ordinary number|ordinary notation)"
    r"|what is @0@ (?:written )?(?:in standard form|as a decimal))[.?]?")
_MAX_DIGITS = 60


def read(split: Split, template: str) -> Result | None:
    if "notation" not in template and "standard form" not in template \
            and "decimal" not in template and "ordinary" not in template:
        return None
    body = re.sub(r"\s+", " ", template).strip()
    to_scientific = bool(_TO_SCIENTIFIC.fullmatch(body))
    if not to_scientific and not _TO_STANDARD.fullmatch(body) or len(split.maths) != 1:
        return None
    src = split.maths[0]
    if not to_scientific and not re.search(r"\\times\s*10\s*\^|\\cdot\s*10\s*\^", src):
        return None  # standard form of a number not in scientific notation: another question
    value = parse_latex(src)
    if not isinstance(value, sp.Expr) or value.free_symbols:
        return None
    value = sp.nsimplify(value) if value.is_Float else sp.simplify(value)
    if not value.is_Rational or value == 0:
        raise Decline("a nonzero number written exactly")
    number = Fraction(int(value.p), int(value.q))
    if to_scientific:
        answer = _scientific(number)
        claim = f"{src} = {answer}"
        return answer, [step("move the decimal point", "Move the point to just after the "
                             "first nonzero digit; the power of ten counts the places moved "
                             "(negative when the point moved right).", f"${claim}$", claim)]
    answer = _decimal(number)
    claim = f"{src} = {answer}"
    return answer, [step("move the decimal point", "Multiplying by $10^n$ moves the point n "
                         "places right (left when n is negative).", f"${claim}$", claim)]


def _terminating(number: Fraction) -> tuple[int, int]:
    """(digits, scale) with number = digits / 10^scale; a fraction with another prime in its
    denominator has no finite decimal."""
    q, scale = number.denominator, 0
    while q % 10 == 0 or q % 2 == 0 or q % 5 == 0:
        factor = 10 if q % 10 == 0 else 2 if q % 2 == 0 else 5
        q //= factor
        scale += 1
    if q != 1:
        raise Decline("a number with no finite decimal")
    digits = number * 10**scale
    assert digits.denominator == 1
    return int(digits.numerator), scale


def _scientific(number: Fraction) -> str:
    digits, scale = _terminating(number)
    sign, text = ("-" if digits < 0 else ""), str(abs(digits)).rstrip("0") or "0"
    if len(text) > _MAX_DIGITS:
        raise Decline("too many digits")
    exponent = len(str(abs(digits))) - 1 - scale
    mantissa = text[0] + ("." + text[1:] if len(text) > 1 else "")
    answer = f"{sign}{mantissa} \\times 10^{{{exponent}}}"
    back = Fraction(f"{sign}{mantissa}") * Fraction(10) ** exponent
    confirm.check(back == number and 1 <= abs(Fraction(mantissa)) < 10,
                  "the answer read back from its digits is the number, its factor in [1, 10)")
    return answer


def _decimal(number: Fraction) -> str:
    digits, scale = _terminating(number)
    sign, text = ("-" if digits < 0 else ""), str(abs(digits))
    if len(text) + scale > _MAX_DIGITS:
        raise Decline("too many digits")
    if scale:
        text = text.rjust(scale + 1, "0")
        text = (text[:-scale] + "." + text[-scale:]).rstrip("0").rstrip(".")
    answer = sign + text
    confirm.check(Fraction(answer) == number, "the decimal read back is the number")
    return answer


__all__ = ["read"]
