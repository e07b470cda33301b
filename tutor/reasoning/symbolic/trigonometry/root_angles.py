"""Typed reader: the sum of the polar angles of all the roots of z^n = w.

"The solutions of $z^3 = 8i$ are $r_k (\\cos \\theta_k + i \\sin \\theta_k)$ with $r_k > 0$
and $0^\\circ \\le \\theta_k < 360^\\circ$. Find $\\theta_1 + \\theta_2 + \\theta_3$ in
degrees.", "The roots of $z^5 = -1$ are $\\text{cis } \\theta_1, \\dots, \\text{cis }
\\theta_5$ with $0 \\le \\theta_k < 2\\pi$. Find $\\theta_1 + \\theta_2 + \\dots + \\theta_5$."

If w has angle a (0 <= a < 360 degrees) the n roots have angles (a + 360 k) / n for
k = 0, ..., n - 1, all in [0, 360), so they add up to a + 180 (n - 1) degrees. Confirmed by
finding the n roots of z^n - w numerically (mpmath's polynomial root finder, 50 digits)
and adding their arguments.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.polar_angles import angle_range, shown, turn_fraction
from tutor.reasoning.symbolic.typed import words_within

_I = sp.Symbol("i")
_POWER = re.compile(r"^z\s*\^\s*\{?\s*(\d+)\s*\}?\s*=\s*(.+)$")
_SUB = r"_\s*\{?\s*(\d+|k)\s*\}?"
_POLAR = re.compile(r"(?:z" + _SUB + r"\s*=\s*)?(r" + _SUB + r"\s*)?(?:\(\s*\\cos\s*(\\[a-z]+)"
                    + _SUB + r"\s*\+\s*i\s*\\sin\s*\\[a-z]+" + _SUB + r"\s*\)|(?:\\text\s*\{\s*"
                    r"cis\s*\}|\\operatorname\s*\{\s*cis\s*\})\s*(\\[a-z]+)" + _SUB + r")")
_DOTS = re.compile(r"^\\(?:dotsb|dots|cdots|ldots)$")
_KNOWN = re.compile(r"^(?:r_\s*\{?\s*k\s*\}?\s*>\s*0|1\s*\\leq?\s*k\s*\\leq?\s*\d+)$")
VOCAB = frozenset("solutions roots root of to equation can be expressed written in form where "
                  "and for all k find give your answer degrees radians are with let each angle "
                  "satisfying what".split())
_MAX_DEGREE = 60


def _asked_indices(src: str, letter: str) -> list[int] | None:
    """The subscripts of `letter` in a sum theta_1 + theta_2 + ... + theta_n."""
    terms = [t.strip() for t in src.split("+")]
    out: list[int | None] = []
    for t in terms:
        if _DOTS.match(t):
            out.append(None)
            continue
        m = re.fullmatch(re.escape(letter) + r"\s*_\s*\{?\s*(\d+)\s*\}?", t)
        if m is None:
            return None
        out.append(int(m.group(1)))
    if None in out:
        at = out.index(None)
        if out.count(None) > 1 or at == 0 or at != len(out) - 2:
            return None
        head, last = [x for x in out[:at] if x is not None], out[-1]
        assert last is not None
        return [*head, *range(head[-1] + 1, last + 1)]
    return [x for x in out if x is not None]


def _forms(pieces: list[str]) -> tuple[str, bool] | None:
    """The angle letter of the stated root forms, and whether they carry a modulus r_k."""
    letters, moduli = set(), set()
    for src in pieces:
        found = list(_POLAR.finditer(src))
        if not found or _POLAR.sub("", src).strip(" ,."):
            return None
        for m in found:
            letters.add(m.group(4) or m.group(7))
            moduli.add(bool(m.group(3)))
    if len(letters) != 1 or len(moduli) != 1:
        return None
    return letters.pop(), moduli.pop()


def read(split: Split, template: str) -> Result | None:
    maths = [m.strip() for m in split.maths]
    if len(maths) < 4 or not words_within(template, VOCAB):
        return None
    equations = [i for i, m in enumerate(maths[:-1]) if _POWER.match(m)]
    if len(equations) != 1:
        return None
    power = _POWER.match(maths[equations[0]])
    assert power is not None
    form_pieces: list[str] = []
    stated: list[str] = []
    for src in maths[:equations[0]] + maths[equations[0] + 1:-1]:
        is_stated = _DOTS.match(src) or _KNOWN.match(src) or src.startswith("0")
        (stated if is_stated else form_pieces).append(src)
    found = _forms(form_pieces)
    if found is None:
        return None
    letter, with_modulus = found
    if any(s.startswith("0") and angle_range([s], letter) is None for s in stated):
        return None
    in_degrees = angle_range(stated, letter)
    indices = _asked_indices(maths[-1], letter)
    if in_degrees is None or indices is None:
        return None
    if with_modulus and not any(s.startswith("r") for s in stated):
        raise Decline("the moduli r_k must be said to be positive")
    if ("degrees" in template) != in_degrees or "radians" in template and in_degrees:
        raise Decline("the unit asked and the range given differ")
    n = int(power.group(1))
    if not 2 <= n <= _MAX_DEGREE or indices != list(range(1, n + 1)):
        raise Decline("the sum must run over all n roots")
    w = parse_latex(power.group(2))
    if not isinstance(w, sp.Expr) or w.free_symbols - {_I}:
        raise Decline("z^n equal to a complex number expected")
    w = w.xreplace({_I: sp.I})
    if sp.simplify(w) == 0:
        raise Decline("z^n = 0 has one repeated root")
    if not with_modulus and sp.simplify(sp.Abs(w) - 1) != 0:
        raise Decline("roots written as cis have modulus 1, but |w| is not 1")
    alpha = turn_fraction(sp.arg(w)) % 2
    total = alpha + (n - 1)
    answer = shown(total, in_degrees)
    wn = numeric.to_mp(w)
    if wn is None:
        raise Decline("the right side could not be evaluated")
    with mpmath.workdps(50):
        roots = mpmath.polyroots([1, *([0] * (n - 1)), -wn], maxsteps=200, extraprec=100)
        args = [mpmath.arg(r) % (2 * mpmath.pi) for r in roots]
        args = [0 if abs(a - 2 * mpmath.pi) < mpmath.mpf(10) ** -30 else a for a in args]
        got = mpmath.fsum(args) * (180 / mpmath.pi if in_degrees else 1)
    confirm.number(got, answer, "adding the arguments of the roots of z^n - w found "
                                "numerically (50 digits)")
    unit = "^\\circ" if in_degrees else ""
    a_shown = f"{latex(shown(alpha, in_degrees))}{unit}"
    full = f"{latex(shown(sp.Integer(2), in_degrees))}{unit}"
    claim = f"{maths[-1]} = {latex(answer)}{unit}"
    return answer, [
        step("angle of the right side", f"${latex(w)}$ has polar angle ${a_shown}$.",
             f"$\\arg({latex(w)}) = {a_shown}$", ""),
        step("all the roots", f"The {n} roots of $z^{{{n}}} = {latex(w)}$ have angles "
             f"$\\frac{{{a_shown} + {full} k}}{{{n}}}$ for $k = 0, \\dots, {n - 1}$, all in "
             "the asked range.", f"{n} angles", ""),
        step("add them", f"Their sum is ${a_shown} + \\frac{{{n - 1}}}{{2}} \\cdot {full}$.",
             f"${claim}$", claim)]


__all__ = ["read"]
