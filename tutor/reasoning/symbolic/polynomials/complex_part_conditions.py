"""Typed reader: the real values of a letter that make a complex expression real, or purely
imaginary.

"For what real value of $a$ is $(a + 2i)(1 - i)$ a real number?", "For what value of $b$ is
$\\frac{3 + bi}{1 + i}$ real?", "Find all real numbers $x$ such that the product
$(x + i)(x + 2i)$ is pure imaginary." With the letter real, the expression splits into its
real and imaginary parts (SymPy's `as_real_imag`); real means the imaginary part is zero,
purely imaginary means the real part is zero (and the value is not 0 itself, which would be
real too: then the problem is declined). The zeros are the real roots of the part's
numerator, found exactly; a value that makes a denominator zero is dropped. Each value is
confirmed by putting it into the expression and simplifying: the part must be exactly 0.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words_within

_KIND = (r"(?:a |an )?(?P<kind>real(?: number)?|(?:purely|pure) imaginary(?: number)?|"
         r"imaginary number)")
_THE = r"(?:the (?:product|quotient|sum|expression|number|complex number) )?"
_ASK = [
    re.compile(r"^(?:for )?(?:what|which) (?:real )?(?P<many>values?|numbers?) of @(?P<x>\d+)@ "
               r"(?:is|will) " + _THE + r"@(?P<e>\d+)@ (?:be )?" + _KIND + r"\W*$"),
    re.compile(r"^(?:find|determine) (?:all |the )?(?:real )?(?P<many>values?|numbers?) "
               r"(?:of )?@(?P<x>\d+)@,? (?:such that|so that|for which) " + _THE +
               r"@(?P<e>\d+)@ is " + _KIND + r"\W*$"),
]
VOCAB = frozenset("for what which real value values number numbers of is will the product "
                  "quotient sum expression complex be a an purely pure imaginary find "
                  "determine all such that so".split())


def read(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    if "real" not in tmpl and "imaginary" not in tmpl or not words_within(tmpl, VOCAB):
        return None
    found = [m for pat in _ASK if (m := pat.match(tmpl))]
    if len(found) != 1:
        return None
    m = found[0]
    x = parse_latex(split.maths[int(m.group("x"))])
    e = parse_latex(split.maths[int(m.group("e"))])
    i = sp.Symbol("i")
    if not isinstance(x, sp.Symbol) or not isinstance(e, sp.Expr) or x == i \
            or e.free_symbols != {x, i}:
        raise Decline("an expression in one real letter and i")
    real_x = sp.Symbol(str(x), real=True)
    z = e.xreplace({i: sp.I, x: real_x})
    if not z.is_rational_function(real_x):
        raise Decline("a rational expression in the letter")
    re_part, im_part = (sp.cancel(sp.together(part)) for part in z.as_real_imag())
    real = m.group("kind").startswith("real")
    part = im_part if real else re_part
    num, den = sp.fraction(part)
    if not num.has(real_x):
        raise Decline("the part asked about does not depend on the letter")
    written_den = sp.fraction(sp.together(z))[1]
    values = [r for r in dict.fromkeys(sp.Poly(num, real_x).real_roots())
              if den.subs(real_x, r) != 0 and sp.simplify(written_den.subs(real_x, r)) != 0]
    if not values:
        raise Decline("no real value of the letter works")
    if not real and any(sp.simplify(im_part.subs(real_x, r)) == 0 for r in values):
        raise Decline("the value would be 0: real as well as imaginary")
    if m.group("many").rstrip("s") == m.group("many") and len(values) != 1:
        raise Decline("more than one value")
    for r in values:
        at = sp.expand_complex(sp.simplify(z.subs(real_x, r)))
        got = sp.im(at) if real else sp.re(at)
        confirm.check(sp.simplify(got) == 0, "put back, the value has zero "
                      + ("imaginary" if real else "real") + " part")
    return (values[0] if len(values) == 1 else ", ".join(latex(v) for v in values)), _steps(
        z, real_x, re_part, im_part, real, values)


def _steps(z: sp.Expr, x: sp.Symbol, re_part: sp.Expr, im_part: sp.Expr, real: bool,
           values: list[sp.Basic]) -> list[Step]:
    which = "imaginary" if real else "real"
    zero = im_part if real else re_part
    listed = ", ".join(latex(v) for v in values)
    return [step("split into real and imaginary parts", "Multiply out (by the conjugate of a "
                 "denominator) and collect the terms with i.",
                 f"${latex(z)} = {latex(re_part)} + \\left({latex(im_part)}\\right) i$", ""),
            step(f"set the {which} part to zero", f"A {'real' if real else 'purely imaginary'} "
                 f"number has {which} part 0.", f"${latex(zero)} = 0$ at ${latex(x)} = "
                 f"{listed}$", "")]


__all__ = ["read"]
