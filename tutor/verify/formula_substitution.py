"""A formula in letters set equal to the same formula with the problem's numbers put in:
`d = rt = 30 \\cdot 2.5 = 75`, `P = 2(l + w) = 2(14 + 9)`, `A = \\pi r^2 = \\pi (5)^2`.

Model solutions cite a formula and substitute in the same chain. The link between the
letters and the numbers (`rt = 30 \\cdot 2.5`) is no equation to solve: it says which
numbers the letters stand for. It is read as that (a definition, not counted as a claim,
never refuted) only when it is certain to be one:

* the letters have no value yet (with values, `with_known_values` checks the link);
* the numbered side has no letters and at most a few numbers; each letter takes one of them
  that is written in the problem (others may be worked from those: the 51 of
  `\\frac{n(n+1)}{2} = \\frac{50 \\cdot 51}{2}`);
* the numbered side is worked out, not a bare number (`6 = \\frac{6 + x}{2}` is solved);
* some choice of those numbers for the letters makes the formula equal the numbered side
  exactly (`rt = 30 \\cdot 3.5` when the problem says 2.5 stays an unchecked equation).
"""

from __future__ import annotations

import itertools
import re

import sympy

from tutor.verify.extract.claim import RawClaim
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["substitutes_given_numbers", "written_numbers"]

# "height 7." gives 7, `\\frac{50}{2}` gives 50 and 2; not `x^{2}`, `a_{10}`, `10^6`
_NUMBER = re.compile(r"(?<![\w.^_])(?<![\^_]\{)(?<![\^_]\{\s)\d+(?:\.\d+)?(?!\w|\.\d)")
_BARE = re.compile(r"\s*-?\d+(?:\.\d+)?\s*")
_MAX_LETTERS = 3
_MAX_NUMBERS = 5


def written_numbers(text: str) -> tuple[str, ...]:
    """The numbers written in `text` (`2.5`, `30`), not exponents, subscripts or parts of
    names; thousands separators are not read (such a number is left out)."""
    return tuple(dict.fromkeys(m.group(0) for m in _NUMBER.finditer(text)))


def substitutes_given_numbers(claim: RawClaim, lhs: sympy.Expr, rhs: sympy.Expr,
                              given: tuple[str, ...], values: tuple[tuple[str, str], ...],
                              previous: list[tuple[sympy.Expr, sympy.Expr]],
                              ) -> ClaimResult | None:
    """A definition when `lhs = rhs` puts the problem's numbers (`given`) into a formula
    whose letters have no value yet and no earlier equation ties (only a name's formula,
    `d = rt`, may hold them); otherwise None (see module doc)."""
    if claim.relation != "=" or not given:
        return None
    sides = ((lhs, rhs, claim.lhs, claim.rhs), (rhs, lhs, claim.rhs, claim.lhs))
    for formula, numbered, formula_text, text in sides:
        known = _known_numbers(formula.free_symbols, values)  # "height 7": h = 7
        if known is None or _BARE.fullmatch(text):
            continue  # `6 = \\frac{6 + x}{2}`: an equation to solve, no numbers put in
        letters = sorted(formula.free_symbols - set(known), key=str)
        if not letters or numbered.free_symbols or len(letters) > _MAX_LETTERS \
                or _tied_earlier(set(letters), previous):
            continue
        formula = formula.xreplace(known)
        constants = written_numbers(formula_text)  # the 2 of `2(l + w)`
        numbers = tuple(n for n in written_numbers(text) if n not in constants)
        # the letters take the problem's numbers; others worked from them may stand beside
        # (`\\frac{n(n+1)}{2} = \\frac{50 \\cdot 51}{2}`: 51 is n + 1)
        choices = tuple(number for number in numbers if number in given)
        if not len(letters) <= len(choices) or len(numbers) > _MAX_NUMBERS:
            continue
        if _some_choice_holds(formula, numbered, letters, choices):
            return ClaimResult(claim.source, Verdict.UNCHECKED, "a definition", "equation")
    return None


def _known_numbers(letters: set[sympy.Symbol], values: tuple[tuple[str, str], ...],
                   ) -> dict[sympy.Symbol, sympy.Rational] | None:
    """The plain numbers earlier steps or the problem gave some of the letters; None when
    one was given anything else (an expression: `with_known_values` reads it)."""
    given = dict(values)
    known: dict[sympy.Symbol, sympy.Rational] = {}
    for letter in letters:
        value = given.get(str(letter))
        if value is None:
            continue
        if not re.fullmatch(r"-?\d+(?:\.\d+)?", value.strip()):
            return None
        known[letter] = sympy.Rational(value.strip())
    return known


def _tied_earlier(letters: set[sympy.Symbol],
                  previous: list[tuple[sympy.Expr, sympy.Expr]]) -> bool:
    """An earlier equation holds one of the letters other than as a name's formula."""
    return any(letters & (left.free_symbols | right.free_symbols)
               and not (isinstance(left, sympy.Symbol) and left not in letters)
               for left, right in previous)


def _some_choice_holds(formula: sympy.Expr, numbered: sympy.Expr, letters: list[sympy.Symbol],
                       numbers: tuple[str, ...]) -> bool:
    target = sympy.nsimplify(numbered, rational=True)
    for choice in itertools.product(numbers, repeat=len(letters)):
        put = {letter: sympy.Rational(number)
               for letter, number in zip(letters, choice, strict=True)}
        try:
            diff = formula.xreplace(put) - target
            # a quick 30-digit look first; only a choice that comes out 0 is simplified
            if diff == 0 or abs(complex(diff.evalf(30))) < 1e-20 and sympy.simplify(diff) == 0:
                return True
        except (TypeError, ValueError, ZeroDivisionError):
            continue
    return False
