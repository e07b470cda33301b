"""Typed reader: the period, amplitude or vertical shift of a trigonometric graph (a phase
shift is declined: books, and MATH's own answers, differ on its sign).

"What is the period of $y = \\tan \\frac{x}{3}$?", "Find the period of the graph of
$y = \\sin^2 x$", "What is the amplitude of $y = -5 \\sin 2x + 1$?", "Determine the vertical
shift of $y = 2 \\cos(3x + \\pi) - 4$".

The period: every function of a multiple k x + b has period 2 pi / |k| (pi / |k| for tangent
and cotangent); their least common multiple P is a period, so the smallest one is P / n
for the largest n (up to 24) for which f(x + P/n) = f(x) at sample points (60 digits).
Confirmed: SymPy's `periodicity` (another method) finds a period that is a whole multiple of
it. The amplitude is read off y = A f(Bx + C) + D (|A| for a sine or cosine) and
confirmed by evaluating the rebuilt graph against its formula at sample points. The
vertical shift is D, confirmed by averaging the graph's values half a period apart.
"""

from __future__ import annotations

import re
from math import gcd

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import evaluate, parse_trig, trig_atoms
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset("period phase shift amplitude graph function smallest positive of vertical "
                  "what is find determine compute give state the".split())
_ASK = re.compile(r"(?:what is|find|determine|compute|give|state) the (period|phase shift|"
                  r"amplitude|vertical shift) of (?:the graph of )?(?:the function )?@(\d+)@[.?]?$")
_NAMED = re.compile(r"\s*[a-zA-Z]\s*\(\s*([a-z])\s*\)\s*=(.+)", re.S)
_SAMPLES = [sp.Rational(3, 7), sp.Rational(-11, 13), sp.Rational(17, 5), sp.Rational(2, 9)]


def _function(src: str) -> tuple[sp.Expr, sp.Symbol]:
    named = _NAMED.fullmatch(src)  # "f(x) = \\cos 3x": the graph of the right side
    e = parse_trig(named.group(2) if named else src)
    if named and e.free_symbols != {sp.Symbol(named.group(1))}:
        raise Decline("a function of its own variable")
    if isinstance(e, sp.Eq):
        if not e.lhs.is_Symbol or e.lhs in e.rhs.free_symbols:
            raise Decline("a graph y = f(x)")
        e = e.rhs
    names = e.free_symbols
    if len(names) != 1 or not trig_atoms(e):
        raise Decline("a trigonometric function of one variable")
    return e, names.pop()


def _same_at(f: sp.Expr, g: sp.Expr, x: sp.Symbol) -> bool:
    with mpmath.workdps(60):
        for t in _SAMPLES:
            try:
                a = evaluate(f, {x: mpmath.mpf(t.p) / t.q})
                b = evaluate(g, {x: mpmath.mpf(t.p) / t.q})
            except ZeroDivisionError:
                continue
            if abs(a - b) > mpmath.mpf(10) ** -40 * max(1, abs(a)):
                return False
    return True


def _period(f: sp.Expr, x: sp.Symbol) -> sp.Expr:
    """The smallest period; the multiples k of x all rational (a period in multiples of pi)
    or all rational multiples of pi ("\\sin(\\pi x)": a period in whole numbers)."""
    atoms = list(trig_atoms(f))
    ks = [sp.expand(atom.args[0]).coeff(x, 1) for atom in atoms]
    unit = sp.pi if all(k.is_Rational for k in ks) else sp.S.One
    parts = []
    for atom, k in zip(atoms, ks, strict=True):
        q = k if unit == sp.pi else sp.nsimplify(k / sp.pi)
        rest = sp.expand(atom.args[0] - k * x)
        if not q.is_Rational or q == 0 or rest.free_symbols:
            raise Decline("a function of a rational multiple of the variable")
        parts.append((1 if isinstance(atom, sp.tan | sp.cot) else 2) / abs(q))
    if f.atoms(sp.Function) - trig_atoms(f) - f.atoms(sp.Abs):
        raise Decline("a function other than a trigonometric one")
    num = 1
    den = 0
    for p in parts:
        num = num * p.p // gcd(num, p.p)
        den = gcd(den, p.q)
    whole = sp.Rational(num, den)  # multiples of the unit: lcm of the parts
    for n in range(24, 0, -1):
        if _same_at(f.subs(x, x + whole * unit / n), f, x):
            return whole * unit / n
    raise Decline("no period found")


def read_graph_feature(split: Split, template: str) -> Result | None:
    if not words(template) & {"period", "phase", "amplitude", "vertical"} or not words_within(
            template, VOCAB):
        return None
    m = _ASK.search(template)
    if m is None:
        raise Decline("the period, phase shift or amplitude of one graph")
    f, x = _function(split.maths[int(m.group(2))])
    if m.group(1) == "period":
        t = _period(f, x)
        other = sp.periodicity(f, x)
        confirm.check(other is not None and (other / t).is_Integer,
                      "SymPy's periodicity finds a period that is a whole multiple of it")
        claim = f"{latex(f)} = {latex(f.subs(x, x + t))}"
        return t, [step("find the period", "Each part repeats after $2\\pi / |k|$ "
                        "($\\pi / |k|$ for tangent); the smallest shift that repeats the "
                        "whole graph is the period.", f"${claim}$ for every ${latex(x)}$, and "
                        f"no smaller shift works: the period is ${latex(t)}$.", claim)]
    if m.group(1) == "phase shift":  # MATH itself uses both signs: -C/B and C/B
        raise Decline("a phase shift: its sign convention is not fixed")
    (atom,) = trig_atoms(f) if len(trig_atoms(f)) == 1 else (None,)
    if atom is None:
        raise Decline("one sine, cosine or tangent in the graph")
    u = sp.Dummy("u")
    shape = sp.expand(f.xreplace({atom: u}))
    a, d = shape.coeff(u, 1), shape.coeff(u, 0)
    k = sp.expand(atom.args[0]).coeff(x, 1)
    c = sp.expand(atom.args[0] - k * x)
    if (a * u + d - shape).expand() != 0 or (a.free_symbols | d.free_symbols | k.free_symbols
                                           | c.free_symbols) or a == 0 or k == 0:
        raise Decline("a graph y = A f(Bx + C) + D")
    if m.group(1) == "vertical shift":
        return _vertical_shift(f, x, (atom.func, a, k, c, d))
    if not isinstance(atom, sp.sin | sp.cos):
        raise Decline("an amplitude of a sine or cosine")
    value = sp.Abs(a)
    rebuilt = a * atom.func(k * x + c) + d
    confirm.check(_same_at(rebuilt, f, x), "the graph rebuilt from the answer is the same")
    claim = f"{latex(f)} = {latex(rebuilt)}"
    return value, [step("read the amplitude", "Write the graph as $A f(Bx + C) + D$: the "
                        "amplitude is $|A|$.", f"${claim}$", claim)]


def _vertical_shift(f: sp.Expr, x: sp.Symbol, parts: tuple) -> Result:
    """D in y = A f(Bx + C) + D, for a sine or cosine."""
    func, a, k, c, d = parts
    if func not in (sp.sin, sp.cos):
        raise Decline("a vertical shift of a sine or cosine")
    # a sinusoid's values half a period apart average to its midline
    confirm.check(_same_at((f + f.subs(x, x + sp.pi / abs(k))) / 2, d + 0 * x, x),
                  "values half a period apart average to the shift")
    tail = f"{'-' if d < 0 else '+'} {latex(sp.Abs(d))}"
    claim = f"{latex(f)} = \\left({latex(a * func(k * x + c))}\\right) {tail}"
    return d, [step("read the vertical shift", "Write the graph as $A f(Bx + C) + D$: "
                    "the graph is moved up by $D$.", f"${claim}$", claim)]


__all__ = ["VOCAB", "read_graph_feature"]
