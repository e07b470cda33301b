"""Typed reader: a symmetric expression in the roots of a polynomial, by Vieta's formulas.

"Let $a, b, c$ be the roots of $x^3 - 2x + 5 = 0$. Find $a^2 + b^2 + c^2$", "Suppose the
roots of $2x^3 + x - 4$ are $p$, $q$ and $r$; compute $\\frac1p + \\frac1q + \\frac1r$",
"The equation ... has three real roots $r, s, t$. Find ...", and in words: "the product of
the roots of ...", "the sum of the squares of the zeros of ...". Named roots are all the
roots, repeated as often as they repeat; a question in words about "the roots" of a
polynomial with a repeated root is declined (does a double root count twice?), and so is
one about a polynomial with non-real roots unless it says "complex roots".

The expression is written through the elementary symmetric sums (SymPy's `symmetrize`),
which Vieta's formulas read off the coefficients; an expression that is not symmetric is
declined. The value is confirmed by computing the roots numerically (mpmath) and
evaluating the expression at them.
"""

from __future__ import annotations

import re

import sympy as sp
from sympy.polys.polyfuncs import symmetrize

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.algebra.expressions import shown
from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.reading import Letters, numeric_roots, polynomial
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "let suppose given assume if be are denote its roots zeros cubic quadratic quartic "
    "polynomial equation two three four five six distinct real complex compute value what "
    "sum product squares cubes reciprocals fourth powers all has with where".split())
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_LETTERS = r"@\d+@(?:(?:,|,? and)? @\d+@)*"
_QUALS = r"(?:(?P<count>two|three|four|five|six|@\d+@) )?(?P<quals>(?:(?:distinct|real|complex) )*)"
_OF = r"(?:roots|zeros) of (?:the )?(?:(?:cubic|quadratic|quartic|polynomial|equation) )*"
NAMED_ROOTS = [
    re.compile(rf"(?P<letters>{_LETTERS}),? (?:be|are|denote) (?:the|its) {_QUALS}"
               rf"{_OF}(?P<poly>@\d+@)"),
    # "the" may be left out where a student starts with the roots: "roots of P are r, s, t"
    re.compile(rf"(?:\bthe |^){_QUALS}{_OF}(?P<poly>@\d+@),? are (?P<letters>{_LETTERS})"),
    re.compile(rf"(?P<poly>@\d+@) has {_QUALS}(?:roots|zeros) (?P<letters>{_LETTERS})"),
]
_ASKED = re.compile(r"(?:find|compute|determine|evaluate|calculate|what is)(?: the value of)?"
                    r" (?P<target>@\d+@)\W*$")
# the question first: "Compute $E$, where $a, b, c$ are the roots of $P$."
_ASKED_FIRST = re.compile(
    r"^(?:find|compute|determine|evaluate|calculate|what is)(?: the value of)? (?P<target>@\d+@)"
    rf",? (?:where|if|given that) (?P<letters>{_LETTERS}) (?:are|denote) (?:the|its) {_QUALS}"
    rf"{_OF}(?P<poly>@\d+@)\W*$")
_WORDED = re.compile(
    r"the (?P<how>sum|product) of (?:all )?(?:the )?(?:(?P<power>squares|cubes|reciprocals|"
    rf"fourth powers) of (?:all )?(?:the )?)?{_QUALS}{_OF}(?P<poly>@\d+@)\W*$")
_POWERS = {None: 1, "squares": 2, "cubes": 3, "reciprocals": -1, "fourth powers": 4}


def read(split: Split, template: str) -> Result | None:
    if "roots" not in template and "zeros" not in template \
            or not words_within(template, VOCAB):
        return None
    found = _named(split, template) or _worded(split, template)
    if found is None:
        return None
    target, names, p, quals, count, letters = found
    if count is not None and count != p.degree():
        raise Decline("the number of roots named is not the degree")
    if len(names) != p.degree() or len(set(names)) != len(names) or p.gen in names:
        raise Decline("one letter for each root")
    if not target.free_symbols <= set(names):
        raise Decline("an expression in the roots")
    if "real" in quals and not _all_real(p):
        raise Decline("the roots are not all real")
    if "distinct" in quals and sp.degree(sp.gcd(p, p.diff()), p.gen) > 0:
        raise Decline("the roots are not distinct")
    return _solve(target, names, p, letters)


def _all_real(p: sp.Poly) -> bool:
    """Every root of `p` is real: Sturm's count over the rationals, the sign of the
    discriminant of a real quadratic or cubic otherwise."""
    if p.domain.is_QQ or p.domain.is_ZZ:
        return bool(p.count_roots() == p.degree())
    if p.degree() in (2, 3) and all(c.is_real for c in p.all_coeffs()):
        return bool(sp.discriminant(p).is_nonnegative)
    raise Decline("cannot tell whether the roots are real")


def _named(split: Split, template: str
           ) -> tuple[sp.Expr, list[sp.Symbol], sp.Poly, str, int | None, Letters] | None:
    asked = _ASKED.search(template)
    found = next((m for pat in NAMED_ROOTS if (m := pat.search(template))), None)
    if asked is None or found is None:
        asked = found = _ASKED_FIRST.search(template)
    if asked is None or found is None:
        return None
    used = {asked.group("target"), found.group("poly"), *re.findall(r"@\d+@", found.group(0))}
    if set(re.findall(r"@\d+@", template)) != used:
        return None
    letters = Letters()
    names: list[sp.Symbol] = []
    for piece in re.findall(r"@(\d+)@", found.group("letters")):
        for part in split.maths[int(piece)].split(","):
            name = letters.parse(part)
            if not isinstance(name, sp.Symbol):
                raise Decline("a letter for each root")
            names.append(name)
    p, _ = polynomial(split.maths[int(found.group("poly")[1:-1])], letters)
    target = letters.parse(split.maths[int(asked.group("target")[1:-1])])
    if not isinstance(target, sp.Expr):
        raise Decline("an expression in the roots")
    return target, names, p, found.group("quals"), _count(split, found.group("count")), letters


def _worded(split: Split, template: str
            ) -> tuple[sp.Expr, list[sp.Symbol], sp.Poly, str, int | None, Letters] | None:
    found = _WORDED.search(template)
    if found is None or len(re.findall(r"@\d+@", template)) != 1 + bool(found.group("count")):
        return None
    if re.search(r"\b(?:sum|product|squares|cubes|reciprocals|powers)\b", template[:found.start()]):
        return None  # "the product of the sum and (the product of the roots)": more asked
    p, _ = polynomial(split.maths[int(found.group("poly")[1:-1])])
    if sp.degree(sp.gcd(p, p.diff()), p.gen) > 0:
        raise Decline("a repeated root: would it count twice?")
    if "complex" not in found.group("quals") and not _all_real(p):
        raise Decline("'the roots' of a polynomial with non-real roots: real or complex?")
    names = [sp.Symbol(f"r_{k + 1}") for k in range(p.degree())]
    power = _POWERS[found.group("power")]
    terms = [r ** power for r in names]
    target = sp.Add(*terms) if found.group("how") == "sum" else sp.Mul(*terms)
    return target, names, p, found.group("quals"), _count(split, found.group("count")), Letters()


def _count(split: Split, said: str | None) -> int | None:
    if not said:
        return None
    if said.strip() in _COUNTS:
        return _COUNTS[said.strip()]
    piece = split.maths[int(said.strip()[1:-1])]
    if not piece.isdigit():
        raise Decline("a number of roots")
    return int(piece)


def _solve(target: sp.Expr, names: list[sp.Symbol], p: sp.Poly, letters: Letters) -> Result:
    coeffs = p.all_coeffs()
    n = p.degree()
    elem = {k: sp.radsimp((-1) ** k * coeffs[k] / coeffs[0]) for k in range(1, n + 1)}
    num, den = sp.fraction(sp.together(target))
    forms, values, e_names = [], {}, {}
    for part in (num, den):
        sym, rest, defs = symmetrize(sp.expand(part), *names, formal=True)
        if rest != 0:
            raise Decline("the expression is not symmetric in the roots")
        for s_sym, s_expr in defs:
            k = sp.Poly(s_expr, *names).total_degree()
            values[s_sym], e_names[s_sym] = elem[k], f"e_{{{k}}}"
        forms.append(sym)
    if sp.simplify(forms[1].subs(values)) == 0:
        raise Decline("division by zero")
    whole = forms[0] / forms[1]
    value = sp.radsimp(sp.simplify(whole.subs(values)))
    _confirm(target, names, p, value)
    names_shown = letters.shown()
    roots = ", ".join(latex(r, symbol_names=names_shown) for r in names)
    listed = "; ".join(f"\\left({latex((-1) ** k)}\\right) \\cdot \\frac{{{latex(coeffs[k])}}}"
                       f"{{{latex(coeffs[0])}}} = {latex(v)}" for k, v in elem.items())
    sums = ", ".join(f"$e_{k} = {latex(v)}$" for k, v in elem.items())
    steps: list[Step] = [step(
        "use Vieta's formulas", "The sum of the roots, the sum of their products in pairs, "
        "... come from the coefficients.",
        f"For the roots ${roots}$ of ${latex(p.as_expr())} = 0$, the elementary symmetric "
        f"sums are {sums}: ${listed}$", listed)]
    formula = latex(whole, symbol_names=e_names)
    claim = f"{shown(whole, values)} = {latex(value)}"
    steps.append(step("write the expression through these sums", "Rewrite it using only the "
                      "sums from Vieta's formulas, then substitute their values.",
                      f"${latex(target, symbol_names=names_shown)} = {formula}$, so it is "
                      f"${claim}$", claim))
    return value, steps


def _confirm(target: sp.Expr, names: list[sp.Symbol], p: sp.Poly, value: sp.Expr) -> None:
    """The expression evaluated at the numerically computed roots equals `value`."""
    roots = numeric_roots(p)
    point = dict(zip(names, roots, strict=True))
    got, want = numeric.to_mp(target.evalf(40, subs=point)), numeric.to_mp(value)
    if got is None or want is None or not numeric.near(got, want):
        raise Decline(f"{DISAGREES}: the expression at the numerically computed roots")
    confirm.check(True, "the expression evaluated at the roots, computed numerically, agrees")


__all__ = ["NAMED_ROOTS", "read"]
