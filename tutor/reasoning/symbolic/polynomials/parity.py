"""Typed reader: is a function even, odd, or neither?

"Is $f(x) = \\frac{x^3}{x^2 + 1}$ an even function, odd function, or neither?", "Is the
function $g(t) = 3^{t} + 3^{-t}$ even, odd, or neither?". Even: f(-x) = f(x) as an
identity (SymPy's `simplify`), confirmed numerically at several points; odd likewise with
f(-x) = -f(x). Neither needs two witnesses computed at exact points: one where
f(-t) differs from f(t) and one where it differs from -f(t) (or a point where f is defined
and f(-t) is not: the domain is not symmetric). Anything else is declined.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

# "even, odd, or neither" in either order, and "even or odd" (whose answer may be neither)
_ASK = re.compile(r"^(?:is|(?:determine|decide|state|say) (?:whether|if)) (?:the function )?"
                  r"(?P<f>@\d+@) (?:is )?(?:an? )?(?P<a>even|odd)(?: function)?,? (?:or )?(?:an? )?"
                  r"(?P<b>even|odd)(?: function)?(?:,? or neither)?[?.]?"
                  r"(?: enter \"odd\", \"even\", or \"neither\"\.?)?$")
_BARE_LOG = re.compile(r"\\log(?![a-zA-Z])(?!\s*_)")
_NAMED = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*=(?!.*=)")
_POINTS = [sp.Rational(1, 3), sp.Rational(7, 5), sp.Rational(5, 2), sp.Rational(19, 7),
           sp.Rational(4, 1), sp.Rational(1, 7), sp.Rational(3, 4)]


def read(split: Split, template: str) -> Result | None:
    m = _ASK.match(template.strip())
    if m is None or m.group("a") == m.group("b"):
        return None
    src = split.maths[int(m.group("f")[1:-1])]
    named = _NAMED.match(src)
    if not named:
        raise Decline("a function written as f(x) = ...")
    # log_b u = ln u / ln b: a base not written scales the function by a constant, which
    # keeps it even, odd or neither, so a bare \log is worked with as \ln
    f = parse_latex(_BARE_LOG.sub(r"\\ln", src[named.end():]))
    x = sp.Symbol(named.group(2))
    if not isinstance(f, sp.Expr) or f.free_symbols != {x}:
        raise Decline("a function of one letter")
    mirrored = f.subs(x, -x)
    values = [(t, numeric.at(f, x, t), numeric.at(f, x, -t)) for t in _POINTS]
    name = named.group(1)
    for t, here, there in values:
        if (here is None) != (there is None) or here is not None and there is not None \
                and (abs(here.imag) > 1e-20) != (abs(there.imag) > 1e-20):
            confirm.check(True, f"{name} is defined at {t} but not at {-t}")
            return "neither", [_step(f"${name}({latex(t)})$ is defined but "
                                             f"${name}({latex(-t)})$ is not: the domain is "
                                             "not symmetric.", "")]
    # only points where both values are real: outside the domain a logarithm or a root has
    # a complex value, which is no witness ("neither" was given for the odd
    # ln((1 - x)/(1 + x)), whose values at 7/5 and -7/5 are both complex)
    defined = [(t, a, b) for t, a, b in values if a is not None and b is not None
               and abs(a.imag) <= 1e-20 and abs(b.imag) <= 1e-20]
    if len(defined) < 3:
        raise Decline("too few points where the function is defined")
    for answer, sign in (("even", 1), ("odd", -1)):
        if sp.simplify(mirrored - sign * f) == 0:
            confirm.check(all(numeric.near(b, sign * a, 1e-12) for _, a, b in defined),
                          f"{name}(-t) = {'' if sign == 1 else '-'}{name}(t) at "
                          f"{len(defined)} points")
            claim = f"{latex(mirrored)} = {'' if sign == 1 else '-'}\\left({latex(f)}\\right)"
            return answer, [_step(
                f"${name}(-{latex(x)}) = {claim}$ for every ${latex(x)}$, so ${name}$ is "
                f"{answer}.", claim)]
    not_even = next((t for t, a, b in defined if not numeric.near(a, b, 1e-6)), None)
    not_odd = next((t for t, a, b in defined if not numeric.near(b, -a, 1e-6)), None)
    if not_even is None or not_odd is None:
        raise Decline("cannot show the function is neither even nor odd")
    confirm.check(True, "two points show the function is neither even nor odd")
    claims = (f"{name}({latex(-not_even)}) \\neq {name}({latex(not_even)})",
              f"{name}({latex(-not_odd)}) \\neq -{name}({latex(not_odd)})")
    return "neither", [_step(f"${claims[0]}$ and ${claims[1]}$, so ${name}$ is "
                                     "neither even nor odd.", "")]


def _step(text: str, claim: str) -> Step:
    return step("compare f(-x) with f(x)", "A function is even when f(-x) = f(x) and odd when "
                "f(-x) = -f(x), for every x in its domain.", text, claim)


__all__ = ["read"]
