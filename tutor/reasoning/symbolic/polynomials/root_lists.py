"""Typed reader: the roots of a polynomial, or the one root picked by a word.

"Find all roots of the polynomial $x^3 - 2x^2 - 5x + 6$", "Find the real roots of
$x^4 + x^3 - x - 1 = 0$", "Find all rational roots of ...", "Find the three roots of ...
(counting multiplicity)", "Find the greatest root of $f(x) = 4x^4 - 5x^2 + 1$", "What is the
positive root of ...". "All roots" of a polynomial with non-real roots is declined unless
"complex" is said (real or complex roots?); a list repeats a root only when multiplicity is
asked for or the number of roots said is the degree.

The roots are SymPy's (`roots`, in radicals); each is confirmed by substitution, the
number of distinct real roots by Sturm sequences, and rational roots by trying every
candidate p/q of the rational root theorem with exact arithmetic.
"""

from __future__ import annotations

import math
import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import polynomial
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "find what determine compute all the two three four five six real rational complex "
    "greatest largest smallest least positive negative roots root zeros zero of polynomial "
    "equation function counting multiplicity solutions solution to for".split())
_ENTER = re.compile(r"[.,?]?\s*\(?(?:enter|list|give|write)\b[^@.?]*?separated by commas\)?\.?\s*$")
_ASK = re.compile(
    r"^(?:find|what (?:is|are)|determine|compute)(?: all)?(?: of)?(?: the)? "
    r"(?:(?P<count>two|three|four|five|six) )?(?:(?P<kind>real|rational|complex) )?"
    r"(?:(?P<which>greatest|largest|smallest|least|positive|negative) )?(?:real )?"
    r"(?:roots?|zeros?|(?P<sol>solutions?))(?: (?P<x>@\d+@))? (?:of|to|for) "
    r"(?:the (?:polynomial|equation|function) )?"
    r"(?P<p>@\d+@)"
    r"(?P<mult>,? \(?counting multiplicity\)?)?\W*$")
_BOTH = re.compile(r",?\s*\(?\s*(?:both )?real and (?:otherwise|nonreal|non-real|complex|"
                   r"imaginary)\s*\)?,?")
# "Solve ... over the complex numbers", "Find all complex numbers $z$ such that ...": the
# same question as "Find all complex solutions $z$ to ..."
_COMPLEX_ASKS = [
    (re.compile(r"^solve (@\d+@)(?: for (@\d+@))? (?:over|in) the (?:set of )?complex "
                r"numbers(?P<end>\W*)$"), r"find all complex solutions \2 to \1\g<end>"),
    (re.compile(r"^find all complex numbers (@\d+@),? (?:such that|with|satisfying|for which|"
                r"that satisfy) (@\d+@)(?P<end>\W*)$"), r"find all complex solutions \1 to \2"
     r"\g<end>"),
]
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_PICK = {"greatest": max, "largest": max, "smallest": min, "least": min}


def read(split: Split, template: str) -> Result | None:
    mult = "counting multiplicity" in template
    template = _ENTER.sub("", template)
    # "all solutions $x$ (real and otherwise) to ...": the complex ones are asked for
    both = _BOTH.search(template)
    if both:
        template = re.sub(r"\b(all(?: the)?) (solutions|roots)\b", r"\1 complex \2",
                          template[:both.start()] + " " + template[both.end():])
        template = re.sub(r"\s+", " ", template)
        if "complex" not in template:
            return None
    for said, meant in _COMPLEX_ASKS:
        template = re.sub(r"\s+", " ", said.sub(meant, template))
    if not words_within(template, VOCAB):
        return None
    m = _ASK.match(template)
    if m is None:
        return None
    p, _ = polynomial(split.maths[int(m.group("p")[1:-1])])
    if m.group("x") and split.maths[int(m.group("x")[1:-1])].strip() != str(p.gen):
        raise Decline("the letter named is not the polynomial's")
    kind = m.group("kind")
    if m.group("sol") and not kind and str(p.gen) == "z":
        kind = "complex"  # z names a complex number (the usual convention)
    if m.group("sol") and kind not in ("real", "complex"):
        return None  # "solutions" alone: real ones, or complex ones too?
    if not all(c.is_rational for c in p.all_coeffs()):
        raise Decline("rational coefficients")
    found = sp.roots(p, multiple=False)
    if sum(found.values()) != p.degree() or any(r.is_real is None for r in found):
        raise Decline("the roots in radicals")
    count = _COUNTS.get(m.group("count") or "")
    which = m.group("which")
    if which:
        roots = _picked(found, which)
    elif kind == "rational":
        roots = sorted((r for r in found if r.is_rational), key=float)
        _rational_roots_check(p, roots)
    elif kind == "real" or all(r.is_real for r in found):
        roots = sorted((r for r in found if r.is_real), key=lambda r: float(r))
    elif kind == "complex" or count == p.degree():
        roots = list(found)
    else:
        raise Decline("'roots' of a polynomial with non-real roots: real or complex?")
    if not roots:
        raise Decline("no such root")
    if not which and not mult and count is None and any(found[r] > 1 for r in roots):
        raise Decline("a repeated root: listed once, or as often as it repeats?")
    if mult or count == p.degree():
        roots = [r for r in roots for _ in range(found[r])]
    if count is not None and count != len(roots):
        raise Decline("the number of roots said is not the number found")
    _substituted(p, roots)
    if kind != "rational" and not which and any(r.is_real for r in found):
        _real_count_check(p, found)
    steps: list[Step] = []
    factored = sp.factor(p.as_expr())
    if factored != p.as_expr():
        claim = f"{latex(p.as_expr())} = {latex(factored)}"
        steps.append(step("factor", "Look for rational roots and factor them out.",
                          f"${claim}$", claim))
    # "2 i" reads as two items to some graders in a list: "2i"
    listed = re.sub(r"(\d) i\b", r"\1i", ", ".join(latex(r) for r in roots))
    steps.append(step("list the roots", "Set each factor to zero and solve.",
                      f"The roots asked for are ${listed}$.", listed))
    return listed, steps


def _picked(found: dict, which: str) -> list[sp.Expr]:
    real = [r for r in found if r.is_real]
    if which in ("positive", "negative"):
        sign = [r for r in real if (r.is_positive if which == "positive" else r.is_negative)]
        if len(sign) != 1:
            raise Decline(f"not exactly one {which} root")
        return sign
    if not real:
        raise Decline("no real root")
    return [_PICK[which](real, key=lambda r: float(r))]


def _substituted(p: sp.Poly, roots: list[sp.Expr]) -> None:
    """Each root makes the polynomial zero, evaluated numerically."""
    for r in roots:
        got = numeric.at(p.as_expr(), p.gen, r)
        if got is None or abs(got) > 1e-20 * max(1, abs(numeric.to_mp(p.LC()) or 1)):
            raise Decline(f"{DISAGREES}: ${latex(r)}$ is not a root")
    confirm.check(True, "each root makes the polynomial zero when substituted")


def _real_count_check(p: sp.Poly, found: dict) -> None:
    """Sturm's count of the distinct real roots equals the number listed as real."""
    real = sum(1 for r in found if r.is_real)
    confirm.check(p.count_roots() == real,
                  f"Sturm's theorem counts {real} distinct real root" + "s" * (real != 1))


def _rational_roots_check(p: sp.Poly, roots: list[sp.Expr]) -> None:
    """Every candidate p/q of the rational root theorem tried exactly: the roots found."""
    coeffs = [Fraction(int(c.p), int(c.q)) for c in p.all_coeffs()]
    scale = 1
    for c in coeffs:
        scale = scale * c.denominator // math.gcd(scale, c.denominator)
    ints = [int(c * scale) for c in coeffs]
    while ints and ints[-1] == 0:
        ints.pop()
    lead, const = abs(ints[0]), abs(ints[-1])
    if const > 10**5 or lead > 10**5:
        raise Decline("coefficients too large to try every candidate")
    divs = [d for d in range(1, const + 1) if const % d == 0]
    leads = [d for d in range(1, lead + 1) if lead % d == 0]
    cands = {Fraction(s * a, b) for a in divs for b in leads for s in (1, -1)}
    hits = {r for r in cands if sum(c * r**k for k, c in enumerate(reversed(ints))) == 0}
    if len(ints) < len(coeffs):
        hits.add(Fraction(0))
    confirm.check(hits == {Fraction(int(r.p), int(r.q)) for r in roots},
                  "trying every candidate of the rational root theorem finds these roots")


__all__ = ["read"]
