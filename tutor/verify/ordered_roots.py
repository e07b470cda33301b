"""Which root a step names in words: "the bigger root is 5", "so the smaller solution is
1/2", "the larger one is 13", "the positive root is 3". The roots are those of the one
equation the problem asks to solve, a polynomial of degree 2 to 4 in one letter with at
least two different real roots (SymPy's exact real roots; the named value is read by the
strict parser, no eval).

Verified when the named value is that root. Refuted only where nothing else can be meant:
the equation is a quadratic, the step says "root", "solution" or "zero" (not "one" or
"value", which may count anything), the named value is the quadratic's other root, and
every equation of the problem and of the steps before has no letter but the equation's
own (after `u = x^2` the bigger root may be u's). Anything else is left unchecked: no
result at all."""

from __future__ import annotations

import re
from collections.abc import Iterable

import sympy as sp

from tutor.verify.exact import strict
from tutor.verify.verdict import ClaimResult, Verdict

__all__ = ["ordered_root_claims"]

_LARGER = {"bigger", "larger", "greater", "biggest", "largest", "greatest"}
_SMALLER = {"smaller", "lesser", "smallest", "least"}
_NAMED = re.compile(
    r"\bthe\s+(?P<which>bigger|larger|greater|biggest|largest|greatest|smaller|lesser|"
    r"smallest|least|positive|negative)\s+(?P<noun>roots?|solutions?|zeros?|zeroes|one|value)"
    r"(?:\s+(?:of|for)\s+\$?[a-z]\$?)?\s*(?:is|=|would\s+be|must\s+be)\s*\$?"
    r"(?P<value>[-−]?\s*\d+(?:\.\d+|\s*/\s*\d+)?)\$?"
    r"(?![\w.]*\d|\s*[-+*/×÷·^%(]|\s*\\|\s+(?:and|or|times|more|less|than|of|in)\b)",
    re.IGNORECASE)
_LETTER = re.compile(r"(?<![A-Za-z\\])[A-Za-z](?![A-Za-z])")
_METHOD = "exact real roots of the problem's equation"


def _real_roots(target: tuple[str, str]) -> tuple[sp.Symbol, int, list[sp.Expr]] | None:
    """The letter, the degree and the distinct real roots of the problem's equation."""
    lhs, rhs = strict(target[0]), strict(target[1])
    if lhs is None or rhs is None:
        return None
    expr = sp.expand(lhs.expr - rhs.expr)
    if len(expr.free_symbols) != 1:
        return None
    letter = next(iter(expr.free_symbols))
    try:
        poly = sp.Poly(expr, letter)
    except sp.PolynomialError:
        return None
    if not 2 <= poly.degree() <= 4 or not all(c.is_Rational for c in poly.all_coeffs()):
        return None
    roots = sorted(set(poly.real_roots()), key=lambda r: float(r))
    return (letter, poly.degree(), roots) if len(roots) >= 2 else None


def _chosen(which: str, roots: list[sp.Expr]) -> sp.Expr | None:
    if which in _LARGER:
        return roots[-1]
    if which in _SMALLER:
        return roots[0]
    signed = [r for r in roots if (r > 0 if which == "positive" else r < 0)]
    return signed[0] if len(signed) == 1 else None


def _only_letter(letter: sp.Symbol, written: Iterable[tuple[str, str]]) -> bool:
    """Every equation written before uses no letter but `letter` (one the strict reader
    declines, `x = (5 ± 3)/4`, by the single letters it spells)."""
    for pair in written:
        for side in pair:
            parsed = strict(side)
            letters = {str(s) for s in parsed.expr.free_symbols} if parsed is not None \
                else set(_LETTER.findall(side))
            if letters - {str(letter)}:
                return False
    return True


def ordered_root_claims(target: tuple[str, str] | None, text: str,
                        written: Iterable[tuple[str, str]] = ()) -> list[ClaimResult]:
    """Each root the step names by its order or sign, checked against the roots of the
    problem's equation `target`; `written` the problem's equations and those the steps wrote
    before."""
    if target is None:
        return []
    found = [m for m in _NAMED.finditer(text[:2000])]
    known = _real_roots(target) if found else None
    if known is None:
        return []
    letter, degree, roots = known
    results = []
    for m in found:
        which, noun = m.group("which").lower(), m.group("noun").lower()
        chosen = _chosen(which, roots)
        named = strict(re.sub(r"\s+", "", m.group("value").replace("−", "-")))
        if chosen is None or named is None or named.expr.free_symbols:
            continue
        claim = f"the {which} {noun} is {m.group('value').strip()}"
        if sp.simplify(named.expr - chosen) == 0:
            results.append(ClaimResult(claim, Verdict.VERIFIED, f"the {which} root of "
                                       f"{target[0]} = {target[1]}", "solution", _METHOD))
        elif degree == 2 and which in _LARGER | _SMALLER and noun != "one" \
                and noun != "value" and any(sp.simplify(named.expr - r) == 0 for r in roots) \
                and _only_letter(letter, written):
            results.append(ClaimResult(
                claim, Verdict.REFUTED, f"the roots of {target[0]} = {target[1]} are "
                f"{', '.join(map(str, roots))}: the {which} is {chosen}, not "
                f"{m.group('value').strip()}", "solution", _METHOD))
    return results
