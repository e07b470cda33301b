"""Typed reader: a quadratic's vertex, asked two ways - the input that gives its least or
greatest value, and letters named for the vertex of its parabola (the greatest height of
something thrown is `peak_values`).

"What value of $x$ will give the minimum value of $3x^2 - 12x + 1$?", "The vertex of the
parabola described by $y = 2x^2 + 8x - 1$ is $(p, q)$. What is $q$?". The vertex is at
$-b/(2a)$; a minimum needs $a > 0$, a maximum $a < 0$.
Each answer is confirmed by sampling the quadratic on both sides of the vertex (it is never
beaten there) and by the vertex form matching the quadratic.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_ARG = re.compile(r"^(?:what|which|for what) value of @(?P<x>\d+)@ (?:will give|gives|yields|"
                  r"produces|will produce|will yield) the (?P<w>minimum|maximum|least|greatest|"
                  r"smallest|largest) (?:possible )?value (?:of|for) (?:the expression )?"
                  r"@(?P<e>\d+)@[?.]?$")
# The same question in other words: "For what value of $x$ is E smallest?", "Find the value
# of $t$ at which E attains its minimum.", "What $x$ minimizes E?"
_BEST = (r"(?P<w>minimum|maximum|least|greatest|smallest|largest|minimal|maximal|minimized"
         r"|maximized|minimised|maximised|minimizes|maximizes|minimises|maximises)")
_WHICH_X = (r"(?:find |determine |compute |give |what is )?(?:(?:the )?(?:real )?value of |"
            r"what (?:real )?value of |which (?:real )?value of |(?:for|at) (?:what|which) "
            r"(?:real )?(?:value of )?|what |which |the )?"
            r"@(?P<x>\d+)@")
_ARG_SAID = re.compile(
    rf"^{_WHICH_X},? (?:(?:at which|for which|where|when|such that|so that|that|which) )?"
    rf"(?:is |does |will )?(?:the (?:expression|quadratic) )?@(?P<e>\d+)@ (?:is |will be |"
    rf"(?:attains|reaches|takes|has|achieves|attain|reach|take|have|achieve) (?:its |a |the )?)?"
    rf"(?:as )?{_BEST}(?: possible)?(?: value)?(?: as possible)?[?.]?$")
_ARG_VERB = re.compile(
    rf"^{_WHICH_X} (?:that |which |will |would )?(?P<w>minimizes|maximizes|minimises|maximises"
    rf"|minimize|maximize|minimise|maximise) (?:the (?:expression|quadratic) )?@(?P<e>\d+)@"
    rf"[?.]?$")
_MIN_WORDS = ("minimum", "least", "smallest", "minimal", "minimized", "minimised", "minimizes",
              "minimises", "minimize", "minimise")
_VERTEX = re.compile(r"^the vertex of the (?:parabola|graph)"
                     r"(?: (?:described|defined|given) by| of| with)? (?:the )?(?:equation )?"
                     r"@(?P<e>\d+)@ is @(?P<p>\d+)@\. "
                     r"(?:what is|find) (?:the value of )?@(?P<t>\d+)@[?.]?$")
_PAIR = re.compile(r"^\s*\(\s*([a-zA-Z])\s*,\s*([a-zA-Z])\s*\)\s*$")


def quadratic(src: str) -> tuple[sp.Expr, sp.Symbol, sp.Expr, sp.Expr]:
    """(expression, variable, vertex input, vertex value) of a quadratic in one letter."""
    e = parse_latex(src)
    if isinstance(e, sp.Equality) and isinstance(e.lhs, sp.Symbol):
        e = e.rhs
    if not isinstance(e, sp.Expr) or len(e.free_symbols) != 1:
        raise Decline("a quadratic in one letter")
    x = next(iter(e.free_symbols))
    if not e.is_polynomial(x) or sp.degree(e, x) != 2:
        raise Decline("a quadratic")
    p = sp.Poly(e, x)
    a, b = p.coeff_monomial(x**2), p.coeff_monomial(x)
    h = final_value(-b / (2 * a))
    return e, x, h, final_value(e.subs(x, h))


def confirm_vertex(e: sp.Expr, x: sp.Symbol, h: sp.Expr, k: sp.Expr, best: str) -> None:
    """Samples on both sides never beat the vertex, and a(x - h)^2 + k is the quadratic."""
    a = sp.Poly(e, x).LC()
    samples = [final_value(e.subs(x, h + sp.Rational(d, 8))) for d in range(-40, 41) if d]
    ok = all(s > k for s in samples) if best == "min" else all(s < k for s in samples)
    confirm.check(ok and sp.expand(a * (x - h) ** 2 + k - e) == 0,
                  "the vertex form matches, and values on both sides of the vertex are "
                  + ("larger" if best == "min" else "smaller"))


def read_vertex(split: Split, template: str) -> Result | None:
    tmpl = template.lower().strip()
    said = re.sub(r"\bas (small|large) as (?:possible|it can be)\b",
                  lambda p: "smallest" if p.group(1) == "small" else "largest", tmpl)
    if (m := _ARG.match(tmpl) or _ARG_SAID.match(said) or _ARG_VERB.match(tmpl)):
        best = "min" if m.group("w") in _MIN_WORDS else "max"
        e, x, h, k = quadratic(split.maths[int(m.group("e"))])
        if parse_latex(split.maths[int(m.group("x"))]) != x:
            raise Decline("the letter asked is not the quadratic's")
        return _arg(e, x, h, k, best)
    if (v := _VERTEX.match(tmpl)):
        return _named(split, v)
    return None


def _arg(e: sp.Expr, x: sp.Symbol, h: sp.Expr, k: sp.Expr, best: str) -> Result:
    a = sp.Poly(e, x).LC()
    if (best == "min") != bool(a > 0):
        raise Decline("this quadratic has no such extreme value")
    confirm_vertex(e, x, h, k, best)
    claim = f"{latex(x)} = -\\frac{{b}}{{2a}} = {latex(h)}"
    return h, [step("the vertex", f"A quadratic's {'least' if best == 'min' else 'greatest'} "
                    "value is at its vertex, $x = -b/(2a)$.", f"${claim}$", "")]


def _named(split: Split, v: re.Match[str]) -> Result:
    e, x, h, k = quadratic(split.maths[int(v.group("e"))])
    pair = _PAIR.match(split.maths[int(v.group("p"))])
    target = parse_latex(split.maths[int(v.group("t"))])
    if not pair or not isinstance(target, sp.Expr):
        raise Decline("the vertex named by two letters")
    names = {sp.Symbol(pair.group(1)): h, sp.Symbol(pair.group(2)): k}
    if len(names) != 2 or not target.free_symbols <= set(names):
        raise Decline("the question in the vertex's letters")
    a = sp.Poly(e, x).LC()
    confirm_vertex(e, x, h, k, "min" if a > 0 else "max")
    value = final_value(target.subs(names))
    steps: list[Step] = [step("the vertex", "The vertex is at $x = -b/(2a)$; put it in for "
                              "the other coordinate.", f"$({latex(h)}, {latex(k)})$", "")]
    return value, steps


__all__ = ["confirm_vertex", "quadratic", "read_vertex"]
