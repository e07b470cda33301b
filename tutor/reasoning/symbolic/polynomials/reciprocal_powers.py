"""Typed reader: z^n + 1/z^n for a number z told only by z + 1/z.

"If $z + \\frac{1}{z} = 2\\cos 3^\\circ$, find $z^{2000} + \\frac{1}{z^{2000}}$", "If $z$ is
a complex number such that $z + z^{-1} = \\sqrt{3}$, what is $z^{2010} + z^{-2010}$?",
"if x + 1/x = 3 what is x^10 + 1/x^10".

z + 1/z = c makes z a root of z^2 - c z + 1 = 0; the two roots are z and 1/z, so
s_n = z^n + z^{-n} is the same for both and depends on c alone. When c = 2 cos t with t a
rational multiple of pi, z = e^{+-it} and s_n = 2 cos(n t), which SymPy reduces exactly.
Otherwise s_n is found exactly by doubling: s_{2k} = s_k^2 - 2 and
s_{2k+1} = s_k s_{k+1} - c (Chebyshev's recurrence, log n steps), expanded at each step.
Confirmed independently: z is computed numerically (50 digits, mpmath) as a root of
z^2 - c z + 1, checked against z + 1/z = c, and z^n + z^{-n} is raised numerically.
"The real number x" with |c| < 2 has no such x and declines.
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = frozenset("what is the value of find compute evaluate determine calculate given that "
                  "if suppose let be a an complex real number nonzero such then".split())
_LETTER = re.compile(r"\s*([a-z])\s*[.,?]?\s*")
_MAX_POWER = 100_000


def _told_sum(e: sp.Basic) -> tuple[sp.Symbol, sp.Expr] | None:
    """(z, c) when `e` is the equation z + 1/z = c (either way round), else None."""
    if not isinstance(e, sp.Equality):
        return None
    letters = e.free_symbols
    if len(letters) != 1:
        return None
    z = next(iter(letters))
    if not isinstance(z, sp.Symbol):
        return None
    for side, other in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if other.free_symbols or sp.expand(side - z - 1 / z) != 0:
            continue
        return z, sp.expand(other)  # the parser may leave Mul(-1, 2 cos t) unevaluated
    return None


def _asked_power(e: sp.Basic, z: sp.Symbol) -> int | None:
    """n when `e` is z^n + z^{-n} (n a whole number above 1), else None."""
    if not isinstance(e, sp.Expr) or isinstance(e, sp.Equality) or e.free_symbols != {z}:
        return None
    e = sp.expand(e)  # a written 1/z^n is Pow(Pow(z, n), -1) until evaluated
    exps = {p.exp for p in e.atoms(sp.Pow) if p.base == z}
    if not exps or not all(x.is_Integer for x in exps):
        return None
    n = int(max(abs(x) for x in exps))
    if n < 2 or n > _MAX_POWER or sp.expand(e - z**n - z**(-n)) != 0:
        return None
    return n


def _angle(c: sp.Expr) -> sp.Expr | None:
    """t with c = 2 cos t and t / pi rational, else None."""
    half = c / 2
    if isinstance(half, sp.cos):
        t = half.args[0]
    elif isinstance(-half, sp.cos):  # -cos u = cos(pi - u)
        t = sp.pi - (-half).args[0]
    elif half.is_number and not half.has(sp.cos, sp.sin, sp.tan) and half.is_real \
            and abs(float(half)) <= 1:
        t = sp.acos(half)
    else:
        return None
    return t if (t / sp.pi).is_rational else None


def _doubled(c: sp.Expr, n: int) -> sp.Expr:
    """z^n + z^{-n} from c = z + 1/z by doubling (exact, expanded each step)."""
    low, high = sp.Integer(2), c  # s_k, s_{k+1} with k = 0
    for bit in bin(n)[2:]:
        if bit == "1":
            low, high = sp.expand(low * high - c), sp.expand(high**2 - 2)
        else:
            low, high = sp.expand(low**2 - 2), sp.expand(low * high - c)
    return sp.radsimp(low)


def _numeric(c: sp.Expr, n: int) -> mpmath.mpc:
    """z^n + z^{-n} with z a root of z^2 - c z + 1 found numerically (50 digits)."""
    with mpmath.workdps(60):
        cn = mpmath.mpc(complex(sp.N(c, 60))) if not c.is_real else mpmath.mpf(str(sp.N(c, 60)))
        z = (cn + mpmath.sqrt(mpmath.mpc(cn * cn - 4))) / 2
        if abs(z + 1 / z - cn) > mpmath.mpf(10) ** -40:
            raise Decline("the number told by z + 1/z could not be found numerically")
        return mpmath.power(z, n) + mpmath.power(z, -n)


def read(split: Split, template: str) -> Result | None:
    if not words_within(template, VOCAB):
        return None
    told: tuple[sp.Symbol, sp.Expr] | None = None
    asked: list[sp.Basic] = []
    for i in dict.fromkeys(int(g) for g in re.findall(r"@(\d+)@", template)):
        src = split.maths[i]
        if _LETTER.fullmatch(src):
            continue
        try:
            e = parse_latex(src.strip().rstrip(".,?"))
        except Decline:  # maths this reader cannot read is not its problem
            return None
        got = _told_sum(e) if e is not None else None
        if got is not None and told is None:
            told = got
        elif e is not None:
            asked.append(e)
    if told is None or len(asked) != 1:
        return None
    z, c = told
    n = _asked_power(asked[0], z)
    if n is None:
        return None
    if "real" in words(template) and not (c.is_real and abs(float(c)) >= 2):
        raise Decline(f"no real {z} has {z} + 1/{z} = {latex(c)}")
    t = _angle(c)
    if t is not None:
        value = sp.simplify(2 * sp.cos(n * t))
        told_angle = "" if isinstance(c / 2, sp.cos) else f"${latex(c)} = 2\\cos {latex(t)}$, so "
        how = (told_angle + f"${latex(z)} = e^{{\\pm i {latex(t)}}}$ and "
               f"${latex(z)}^{{{n}}} + {latex(z)}^{{-{n}}} = 2\\cos {latex(n * t)}$")
    elif c.has(sp.cos, sp.sin, sp.tan, sp.acos, sp.asin, sp.atan, sp.pi, sp.E):
        raise Decline(f"{latex(c)} is not twice the cosine of a rational multiple of pi")
    else:
        value = _doubled(c, n)
        how = (f"with $s_k = {latex(z)}^k + {latex(z)}^{{-k}}$: $s_0 = 2$, $s_1 = {latex(c)}$, "
               f"$s_{{2k}} = s_k^2 - 2$ and $s_{{2k+1}} = s_k s_{{k+1}} - {latex(c)}$")
    if value.has(sp.cos, sp.sin, sp.acos):
        raise Decline("the value has no closed form without a cosine")
    confirm.number(_numeric(c, n), value,
                   f"z found numerically as a root of z^2 - ({sp.sstr(c)}) z + 1, raised to "
                   f"the powers {n} and -{n}")
    return value, [
        step("the told sum", f"${latex(z)} + 1/{latex(z)} = {latex(c)}$ makes ${latex(z)}$ a "
             f"root of ${latex(z**2 - c * z + 1)} = 0$, whose roots are "
             f"${latex(z)}$ and $1/{latex(z)}$.", how + ".", ""),
        step("the value", "Both roots give the same value.",
             f"${latex(z)}^{{{n}}} + {latex(z)}^{{-{n}}} = {latex(value)}$.", "")]


__all__ = ["read"]
