"""Typed reader: a formula or an equation in several letters solved for one of them.

"Solve for y: 2x + 3y = 6", "solve $2x + 3y = 6$ for $y$", "Solve $A = \\frac{1}{2}bh$ for
$h$", "Express $y$ in terms of $x$ if $4x - 2y = 10$", "Make $t$ the subject of $v = u +
at$", "Rearrange $\\frac{1}{f} = \\frac{1}{u} + \\frac{1}{v}$ for $v$". The equation,
cleared of fractions, must be of the first degree in the letter asked (a*y + b = 0 with a
and b free of it); the answer is y = -b/a, with the condition a != 0 said when a holds
letters. An equation of higher degree in the letter (A = pi r^2 for r) declines: its
branches need a condition the problem does not give.

Confirmed independently: the answer put back into the equation makes both sides equal,
exactly (SymPy's `cancel`) and at random rational values of the other letters, where no
denominator vanishes (`confirm.identity`).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, implication_step, latex
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_E, _V = r"@(?P<e>\d+)@", r"@(?P<v>\d+)@"
_OTHERS = r"(?: in terms of (?P<w>@\d+@(?:(?:,| and|, and) @\d+@)*))?"
_IN_TERMS = _OTHERS.removesuffix(")?") + ")"
_ASKS = [re.compile(p) for p in (
    rf"solve (?:the (?:equation|formula) )?{_E},? for {_V}{_OTHERS}",
    rf"solve for {_V}{_OTHERS}(?::|,| in| if| given)? (?:the (?:equation|formula) )?{_E}",
    # "find a if ax = 6" asks for a constant, not a formula: "in terms of" must be said
    rf"(?:express|write|find) {_V}{_IN_TERMS} (?:if|given|when|where|from)(?: that)? {_E}",
    rf"(?:if|given(?: that)?) {_E},? (?:express|write|find|what is) {_V}{_IN_TERMS}",
    rf"make {_V} the subject of (?:the (?:formula|equation) )?{_E}",
    rf"(?:rearrange|rewrite) (?:the (?:formula|equation) )?{_E},? to make {_V} the subject",
    rf"(?:rearrange|rewrite) (?:the (?:formula|equation) )?{_E},? (?:to solve )?for {_V}")]


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip().removeprefix("please ").rstrip(" .?")
    for pattern in _ASKS:
        if (m := pattern.fullmatch(body)) is not None:
            break
    else:
        return None
    if pattern is _ASKS[0] and int(m["e"]) > int(m["v"]):
        return None  # "find a if ax = 6" said over by the phrase rules: a constant is asked
    equation = parse_latex(split.maths[int(m["e"])])
    letter = parse_latex(split.maths[int(m["v"])])
    if not isinstance(equation, sp.Equality) or not isinstance(letter, sp.Symbol):
        return None
    others = equation.free_symbols - {letter}
    if letter not in equation.free_symbols or not others:
        return None  # one letter: the equation solvers answer it
    if (told := m.groupdict().get("w")) is not None:
        named = {parse_latex(split.maths[int(i)]) for i in re.findall(r"@(\d+)@", told)}
        if named != others:
            raise Decline("the letters to write the answer in are the equation's other letters")
    return _solved(equation, letter, split.maths[int(m["e"])])


def _solved(equation: sp.Equality, letter: sp.Symbol, shown: str) -> Result:
    if any(not (isinstance(s, sp.Symbol) and s.is_commutative) for s in equation.free_symbols):
        raise Decline("an equation in plain letters")
    top, bottom = sp.together(equation.lhs - equation.rhs).as_numer_denom()
    try:
        poly = sp.Poly(sp.expand(top), letter)
    except sp.PolynomialError:
        raise Decline("an equation that is a polynomial in the letter asked") from None
    if poly.degree() != 1:
        raise Decline(f"an equation of the first degree in ${latex(letter)}$")
    a, b = poly.all_coeffs()
    if any(not c.is_polynomial(*c.free_symbols) for c in (a, b) if c.free_symbols):
        raise Decline("coefficients that are polynomials in the other letters")
    answer = sp.cancel(-b / a)
    if sp.cancel(bottom.subs(letter, answer)) == 0:
        raise Decline("an answer that makes a denominator zero")
    put_back = equation.lhs.subs(letter, answer) - equation.rhs.subs(letter, answer)
    confirm.check(sp.cancel(put_back) == 0, "the answer put back satisfies the equation")
    confirm.identity(equation.lhs.subs(letter, answer), equation.rhs.subs(letter, answer),
                     "equation with the answer put back")
    shown_answer = f"{latex(letter)} = {latex(answer)}"
    times = "" if a == 1 else f"\\left({latex(a)}\\right) " if isinstance(a, sp.Add) \
        else f"{latex(a)} "
    gathered = f"{times}{latex(letter)} = {latex(-b)}"
    steps = []
    cleared = " (after multiplying through by the denominators)" if bottom.free_symbols else ""
    steps.append(implication_step(shown, gathered, "gather the terms with the letter",
                                  f"Move every term with ${latex(letter)}$ to one side and "
                                  f"the rest to the other{cleared}."))
    if a != 1:
        condition = (f" (this needs ${latex(a)} \\ne 0$)" if a.free_symbols else "")
        steps.append(implication_step(gathered, shown_answer, "divide by the coefficient",
                                      f"Divide both sides by ${latex(a)}${condition}."))
    return shown_answer, steps


__all__ = ["read"]
