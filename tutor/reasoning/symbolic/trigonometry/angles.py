"""What the trigonometry readers share: reading trigonometric LaTeX, checking that every
function is a trigonometric function of a whole multiple of one angle, writing it with
sin and cos of that angle, and evaluating the written tree numerically.

`\\cos 3 \\theta` is read as cos(3 theta), as a reader of TeX takes it: the bare argument
(a number times one letter) is bracketed before the shared parser sees it.
The numerical evaluator walks the SymPy tree with mpmath (no code is generated): it is
the independent method that confirms what the algebra found.
"""

from __future__ import annotations

import re
from functools import lru_cache
from math import comb

import mpmath
import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import parse_latex

TRIG = (sp.sin, sp.cos, sp.tan, sp.cot, sp.sec, sp.csc)
_GREEK = r"\\(?:alpha|beta|gamma|theta|phi|varphi|psi|omega)(?![a-zA-Z])"
# \cos^2 3\theta, \sin 2x, \tan \alpha: a function, an optional power, a bare multiple
_BARE = re.compile(r"(\\(?:sin|cos|tan|sec|csc|cot)(?![a-zA-Z]))\s*(\^\s*(?:\{[^{}]*\}|\d))?"
                   r"\s*((?:\d+\s*)?(?:" + _GREEK + r"|[a-zA-Z](?![a-zA-Z])))(?!\s*[\^_({\w\\]"
                   r"(?!(?:sin|cos|tan|sec|csc|cot|cdot|quad|qquad|right|left)\b))")
_MAX_MULTIPLE = 12


def bracket_arguments(src: str) -> str:
    """`\\cos 3 \\theta` -> `\\cos(3 \\theta)`: a bare multiple of one letter is the argument."""
    return _BARE.sub(lambda m: f"{m.group(1)}{m.group(2) or ''}({m.group(3).strip()})", src)


def parse_trig(src: str) -> sp.Basic:
    return parse_latex(bracket_arguments(src))


def trig_atoms(e: sp.Basic) -> set[sp.Basic]:
    return {a for a in e.atoms(sp.Function) if isinstance(a, TRIG)}


def multiple(arg: sp.Basic, v: sp.Symbol) -> tuple[int, sp.Basic]:
    """`arg` as k v + b with k a whole number (|k| <= 12) and b a number; else Decline."""
    arg = sp.expand(arg)
    k = arg.coeff(v, 1)
    b = sp.expand(arg - k * v)
    if b.free_symbols or not k.is_Integer or k == 0 or abs(k) > _MAX_MULTIPLE:
        raise Decline("a trigonometric function of something other than a multiple of the angle")
    return int(k), b


def _sin_cos_of_multiple(k: int, s: sp.Symbol, c: sp.Symbol) -> tuple[sp.Expr, sp.Expr]:
    """sin(k v) and cos(k v) as polynomials in s = sin v, c = cos v (de Moivre)."""
    n = abs(k)
    cos_k = sp.Add(*(comb(n, j) * (-1) ** (j // 2) * c ** (n - j) * s ** j
                     for j in range(0, n + 1, 2)))
    sin_k = sp.Add(*(comb(n, j) * (-1) ** (j // 2) * c ** (n - j) * s ** j
                     for j in range(1, n + 1, 2)))
    return (-sin_k if k < 0 else sin_k), cos_k


def in_sin_cos(e: sp.Basic, v: sp.Symbol, s: sp.Symbol, c: sp.Symbol) -> sp.Expr:
    """`e` with every trigonometric function of v written with s = sin v and c = cos v."""
    swap: dict[sp.Basic, sp.Basic] = {}
    for atom in trig_atoms(e):
        if v not in atom.free_symbols:
            continue  # a number, such as sin 60 degrees
        k, b = multiple(atom.args[0], v)
        sb, cb = sp.sin(b), sp.cos(b)
        if trig_atoms(sb) or trig_atoms(cb):
            raise Decline("an angle added whose sine and cosine are not known exactly")
        sk, ck = _sin_cos_of_multiple(k, s, c)
        sin_a, cos_a = sk * cb + ck * sb, ck * cb - sk * sb
        swap[atom] = {sp.sin: sin_a, sp.cos: cos_a, sp.tan: sin_a / cos_a, sp.cot: cos_a / sin_a,
                      sp.sec: 1 / cos_a, sp.csc: 1 / sin_a}[atom.func]
    out = e.xreplace(swap)
    if v in out.free_symbols:
        raise Decline("the angle appears outside a trigonometric function")
    return out


_MP_FUNCS = {sp.sin: mpmath.sin, sp.cos: mpmath.cos, sp.tan: mpmath.tan, sp.cot: mpmath.cot,
             sp.sec: mpmath.sec, sp.csc: mpmath.csc, sp.asin: mpmath.asin,
             sp.acos: mpmath.acos, sp.atan: mpmath.atan, sp.exp: mpmath.exp,
             sp.Abs: abs}


@lru_cache(maxsize=512)
def _constant(e: sp.Basic, dps: int) -> mpmath.mpc:
    got = sp.N(e, dps + 10)
    if not got.is_number or got.has(sp.zoo, sp.nan, sp.oo, -sp.oo):
        raise ZeroDivisionError
    re_, im = got.as_real_imag()
    return mpmath.mpc(mpmath.mpf(str(sp.N(re_, dps + 10))), mpmath.mpf(str(sp.N(im, dps + 10))))


def sign_changes(e: sp.Basic, v: sp.Symbol, start: mpmath.mpf, end: mpmath.mpf,
                 points: int = 1440) -> list[mpmath.mpf]:
    """The roots of the real function `e` of v in [start, end] where it changes sign,
    each refined by bisection; a change of sign across a pole is not a root."""
    roots = []
    width = (end - start) / points
    before: tuple[mpmath.mpf, mpmath.mpf] | None = None
    for k in range(points + 1):
        t = start + k * width
        try:
            now = evaluate(e, {v: t}).real
        except ZeroDivisionError:
            before = None
            continue
        if now == 0:
            roots.append(t)
        elif before is not None and before[1] * now < 0:
            lo, hi, f_lo = before[0], t, before[1]
            try:
                for _ in range(mpmath.mp.prec):
                    mid = (lo + hi) / 2
                    f_mid = evaluate(e, {v: mid}).real
                    if f_mid * f_lo > 0:
                        lo, f_lo = mid, f_mid
                    else:
                        hi = mid
                if abs(evaluate(e, {v: lo}).real) < mpmath.mpf(10) ** (-mpmath.mp.dps // 2):
                    roots.append(lo)
            except ZeroDivisionError:
                pass
        before = (t, now) if now != 0 else None
    return roots


def evaluate(e: sp.Basic, values: dict[sp.Symbol, mpmath.mpf]) -> mpmath.mpc:
    """`e` at `values`, walking the tree with mpmath; raises ZeroDivisionError at a pole
    and Decline on a node it does not know."""
    if e.is_Symbol:
        return values[e]
    if not e.free_symbols:
        return _constant(e, mpmath.mp.dps)
    args = [evaluate(a, values) for a in e.args]
    if isinstance(e, sp.Add):
        return mpmath.fsum(args)
    if isinstance(e, sp.Mul):
        return mpmath.fprod(args)
    if isinstance(e, sp.Pow):
        base, power = args
        if power.real < 0 and abs(base) < mpmath.mpf(10) ** (-mpmath.mp.dps // 2):
            raise ZeroDivisionError  # 0/0 written as a quotient is undefined, not its limit
        return mpmath.power(base, power)
    f = _MP_FUNCS.get(e.func)
    if f is None or len(args) != 1:
        raise Decline(f"cannot evaluate {e.func} numerically")
    if e.func in (sp.tan, sp.sec) and abs(mpmath.cos(args[0])) < mpmath.mpf(10) ** (
            -mpmath.mp.dps // 2):
        raise ZeroDivisionError
    if e.func in (sp.cot, sp.csc) and abs(mpmath.sin(args[0])) < mpmath.mpf(10) ** (
            -mpmath.mp.dps // 2):
        raise ZeroDivisionError
    return mpmath.mpc(f(args[0]))


__all__ = ["TRIG", "bracket_arguments", "evaluate", "in_sin_cos", "multiple", "parse_trig",
           "sign_changes", "trig_atoms"]
