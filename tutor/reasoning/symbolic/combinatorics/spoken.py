"""Reader of factorials and binomial coefficients said in words: "What is 7 factorial?",
"Compute 8 factorial divided by 6 factorial.", "What is 10 choose 3 plus 10 choose 4?",
"Find the value of 6 factorial minus 5 factorial."

Terms are "n factorial", "n choose k" and plain numbers, joined by plus, minus, times
and divided by (times and divided by first, then left to right). Evaluated exactly with
SymPy and again with Python's integer `math.factorial` and `math.comb`.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import comb, factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_TERM = r"#\d+(?: factorial| choose #\d+)?"
_OP = r"(?:plus|minus|times|multiplied by|divided by)"
_ASK = (r" (?:what is|what's|compute|find|evaluate|calculate|simplify)(?: the value of)? (?P<expr>"
        + _TERM + r"(?: " + _OP + r" " + _TERM + r")*)(?: equal to)?[.?!]? ")
_LIMIT = 500


def _term(text: str) -> tuple[sp.Integer, Fraction, str]:
    """A term's value by SymPy, by Python's integers, and its LaTeX."""
    m = re.fullmatch(r"#(\d+)(?: (factorial)| choose #(\d+))?", text)
    if not m:
        raise Decline("a term I cannot read")
    n = int(m.group(1))
    if n > _LIMIT:
        raise Decline("too large a factorial")
    if m.group(2):
        return sp.factorial(n), Fraction(factorial(n)), f"{n}!"
    if m.group(3):
        k = int(m.group(3))
        if k > n:
            raise Decline("cannot choose more than there are")
        return sp.binomial(n, k), Fraction(comb(n, k)), f"\\binom{{{n}}}{{{k}}}"
    return sp.Integer(n), Fraction(n), str(n)


def spoken(split: Split, template: str) -> Result | None:
    if "factorial" not in template and "choose" not in template:
        return None
    w = Wording.of(split, template)
    found = w.take(_ASK)
    if len(found) != 1 or not w.only_glue() or not re.search(r"factorial|choose",
                                                              found[0].group("expr")):
        return None
    parts = re.split(r" (" + _OP + r") ", found[0].group("expr"))
    terms = [_term(t) for t in parts[::2]]
    ops = parts[1::2]
    # times and divided by first: fold each product, then add and subtract the products
    sums: list[tuple[str, sp.Basic, Fraction, str]] = []
    sign, value, check, tex = "plus", terms[0][0], terms[0][1], terms[0][2]
    for op, (v, c, t) in zip(ops, terms[1:], strict=True):
        if op in ("times", "multiplied by"):
            value, check, tex = value * v, check * c, f"{tex} \\cdot {t}"
        elif op == "divided by":
            if c == 0:
                raise Decline("division by zero")
            value, check, tex = value / v, check / c, f"\\frac{{{tex}}}{{{t}}}"
        else:
            sums.append((sign, value, check, tex))
            sign, value, check, tex = op, v, c, t
    sums.append((sign, value, check, tex))
    total = sum((v if s == "plus" else -v for s, v, _, _ in sums), sp.S.Zero)
    again = sum((c if s == "plus" else -c for s, _, c, _ in sums), Fraction(0))
    confirm.check(sp.Rational(again.numerator, again.denominator) == total,
                  "the value agrees with exact integer arithmetic")
    claim = "".join(("" if i == 0 and s == "plus" else " + " if s == "plus" else " - ") + t
                    for i, (s, _, _, t) in enumerate(sums)) + f" = {latex(total)}"
    return total, [step("evaluate", "Write the words as a formula and work it out.",
                        f"${claim}$", claim)]


__all__ = ["spoken"]
