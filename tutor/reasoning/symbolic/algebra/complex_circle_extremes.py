"""Typed reader: the greatest or least value of a modulus, a real part or an imaginary part
over complex numbers that lie on circles, $|a z + b| = r$.

"Let $z$ be a complex number such that $|z - 3 - 4i| = 2$. Find the minimum value of
$|z|$.", "... the greatest possible value of the real part of $z^2$", "the largest possible
distance between $(2 + i)z^2$ and $z^3$ when plotted in the complex plane", and with two
numbers on two circles, "the smallest possible value of $|z - w|$".

One number: z = c + r(1 - t^2 + 2ti)/(1 + t^2) runs over the circle as t runs over the real
line (t = oo is the point c - r), so the squared modulus (or the part) is a rational function
of t; its extreme is at a root of the derivative's numerator (factors of degree at most 2
are solved exactly; a root of a larger factor that does better declines) or at t = oo.
Confirmed independently: z = c + r e^{i theta} sampled at 2,000 angles with mpmath, the
best sample refined by a golden-section search, must reach the value and never beat it.
Two numbers and an expression linear in them are answered by `complex_circle_pairs`.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.algebra.complex_circle_pairs import two_numbers
from tutor.reasoning.symbolic.algebra.expressions import final_value
from tutor.reasoning.symbolic.model import Decline, Step, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.polynomials.complex_equations import CONJUGATE
from tutor.reasoning.symbolic.typed import words, words_within

_WHICH = {"minimum": "min", "least": "min", "smallest": "min", "lowest": "min",
          "maximum": "max", "greatest": "max", "largest": "max", "highest": "max"}
_ASK = re.compile(
    r"(?:the )?(?P<which>" + "|".join(_WHICH) + r")(?: possible)? (?:(?:value|distance) )?"
    r"(?:of |between )(?:(?:the )?(?P<part>real|imaginary) part of )?@(?P<e>\d+)@"
    r"(?: and @(?P<f>\d+)@)?")
VOCAB = frozenset(_WHICH) | frozenset(
    "complex number numbers such with satisfying satisfies satisfy where given possible "
    "distance between when plotted drawn plane and be are on lies lie over all".split())
_END = re.compile(r",? ?(?:(?:when |if )?(?:they are )?(?:plotted |drawn )?in the complex plane)?"
                  r"[\s.?!,]*")
_UNIT = re.compile(r"^\s*i\s*\^\s*\{?\s*2\s*\}?\s*=\s*-\s*1\s*$")
_SAMPLES = 2000
_STAND_INS = ("zeta", "eta", "kappa", "chi")
I_LETTER = sp.Symbol("i")
T = sp.Symbol("t", real=True)


def read(split: Split, template: str) -> Result | None:
    template = re.sub(r"\s+", " ", template.lower())
    w = words(template)
    plain = re.sub(r"\b(?:real|imaginary) part of\b", " ", template)  # "z is real" is not read
    if "complex" not in w or not (w & set(_WHICH)) or not words_within(plain, VOCAB):
        return None
    found = list(_ASK.finditer(template))
    if len(found) != 1:
        return None
    m = found[0]
    if not _END.fullmatch(template[m.end():]):
        return None  # the question ends the problem
    between = "between" in template[m.start():m.end()]
    if between != (m.group("f") is not None) or between and m.group("part"):
        return None
    asked = [int(m.group("e"))] + ([int(m.group("f"))] if between else [])
    got = circle_setting(split, asked)
    if got is None:
        return None
    centres, pieces = got
    target = pieces[0] - pieces[1] if between else pieces[0]
    which = _WHICH[m.group("which")]
    part = m.group("part") or ("" if between or isinstance(target, sp.Abs) else None)
    if part is None:
        raise Decline("a modulus, a real part or an imaginary part")
    if isinstance(target, sp.Abs):
        target = target.args[0]
    if target.has(sp.Abs) or not target.free_symbols:
        raise Decline("one modulus of an expression in the numbers")
    if len(centres) == 1:
        return _one_number(target, centres, part, which)
    if part:
        raise Decline("a part over two circles")
    return two_numbers(target, centres, which)


def circle_setting(split: Split, asked: list[int]) -> tuple[dict, list[sp.Expr]] | None:
    """The circles every complex number lies on ({z: (centre, radius)}) and the asked
    pieces read; None when another piece is not such a circle."""
    names: set[str] = set()
    circles: list[sp.Equality] = []
    for k, src in enumerate(split.maths):
        if k in asked or _UNIT.match(src):
            continue
        if re.fullmatch(r"\s*[a-hj-z]\s*(?:(?:,|\\text\{ and \})\s*[a-hj-z]\s*)*", src):
            names |= set(re.findall(r"[a-z]", src))
            continue
        rel = _parsed(src, names | _letters(split.maths))
        if not isinstance(rel, sp.Equality) or not isinstance(rel.lhs, sp.Abs):
            return None
        circles.append(rel)
    letters = sorted({s for c in circles for s in c.free_symbols}, key=str)
    if not circles or names and {str(s) for s in letters} != names:
        return None
    centres = {z: _circle(z, [c for c in circles if z in c.free_symbols]) for z in letters}
    if len(centres) != len(circles):
        raise Decline("one circle for each complex number")
    pieces = [_parsed(split.maths[k], set(map(str, letters))) for k in asked]
    if not all(isinstance(p, sp.Expr) and p.free_symbols <= set(centres) for p in pieces):
        raise Decline("an expression in the complex numbers on the circles")
    return centres, pieces


def _letters(maths: list[str]) -> set[str]:
    return {c for src in maths for c in re.findall(r"(?<![a-zA-Z\\])[a-hj-z](?![a-zA-Z])", src)}


def _parsed(src: str, names: set[str]) -> sp.Basic:
    """A piece with `i` as the imaginary unit and `\\overline{z}` as the conjugate of z."""
    barred = sorted(n for n in names if re.search(CONJUGATE.replace("NAME", n), src))
    if len(barred) > len(_STAND_INS):
        raise Decline("too many conjugates")
    stand_ins = dict(zip(barred, _STAND_INS[:len(barred)], strict=True))
    for n, g in stand_ins.items():
        src = re.sub(CONJUGATE.replace("NAME", n), rf" \\{g} ", src)
    e = parse_latex(src)
    subs: dict[sp.Basic, sp.Basic] = {I_LETTER: sp.I}
    subs.update({sp.Symbol(g): sp.conjugate(sp.Symbol(n)) for n, g in stand_ins.items()})
    e = e.subs(subs)
    bad = [s for s in e.free_symbols if str(s) not in names]
    if bad:
        raise Decline("a letter that is not one of the complex numbers")
    return e


def _circle(z: sp.Symbol, eqs: list[sp.Equality]) -> tuple[sp.Expr, sp.Expr]:
    """(centre, radius) of the one condition |a z + b| = r on z."""
    if len(eqs) != 1 or eqs[0].free_symbols != {z}:
        raise Decline("one circle for each complex number")
    inner, r = eqs[0].lhs.args[0], eqs[0].rhs
    if inner.has(sp.conjugate) or not inner.is_polynomial(z) or sp.degree(inner, z) != 1:
        raise Decline("a circle |a z + b| = r")
    a, b = sp.Poly(inner, z).all_coeffs()
    radius = sp.simplify(r / sp.Abs(a))
    if not (radius.is_number and radius.is_positive):
        raise Decline("a circle with a positive radius")
    return sp.simplify(-b / a), radius


def _unit(t: sp.Expr) -> tuple[sp.Expr, sp.Expr]:
    return (1 - t**2) / (1 + t**2), 2 * t / (1 + t**2)


def function_of_t(target: sp.Expr, z: sp.Symbol, c: sp.Expr, r: sp.Expr, part: str,
                   t: sp.Expr) -> sp.Expr:
    """The squared modulus (or the part) of the target at the point of parameter t."""
    ux, uy = _unit(t) if t is not sp.oo else (sp.Integer(-1), sp.Integer(0))
    re_c, im_c = sp.re(c), sp.im(c)
    zr, zi = re_c + r * ux, im_c + r * uy
    e = target.subs(sp.conjugate(z), zr - sp.I * zi).subs(z, zr + sp.I * zi)
    e = sp.together(sp.expand(e))
    ebar = e.subs(sp.I, -sp.I)
    out = {"": e * ebar, "real": (e + ebar) / 2, "imaginary": (e - ebar) / (2 * sp.I)}[part]
    out = sp.cancel(sp.expand(out))
    if out.has(sp.I):
        out = sp.cancel(sp.expand(sp.simplify(out)))
    if out.has(sp.I) or out.has(sp.zoo, sp.nan):
        raise Decline("a real function on the circle")
    return out


def _one_number(target: sp.Expr, centres: dict, part: str, which: str) -> Result:
    (z, (c, r)), = centres.items()
    f = function_of_t(target, z, c, r, part, T)
    num = sp.numer(sp.together(sp.diff(f, T)))
    sign = 1 if which == "max" else -1
    cands: dict[object, sp.Expr] = {sp.oo: function_of_t(target, z, c, r, part, sp.oo)}
    loose: list[float] = []
    for fac, _ in sp.factor_list(sp.expand(num), T)[1] if num.has(T) else []:
        if sp.degree(fac, T) <= 2:
            for root in sp.solve(fac, T):
                if root.is_real:
                    cands[root] = sp.simplify(f.subs(T, root))
        else:
            loose += [float(sp.re(x)) for x in sp.Poly(fac, T).nroots(n=30)
                      if abs(sp.im(x)) < 1e-20]
    best = max(cands, key=lambda k: sign * float(sp.N(cands[k], 30)))
    value = cands[best]
    fn = sp.lambdify(T, f, "mpmath")
    if any(sign * (fn(mpmath.mpf(x)) - sp.N(value, 30)) > 1e-12 for x in loose):
        raise Decline("the extreme is at a root that needs cubic radicals")
    answer = final_value(sp.sqrt(value) if part == "" else value)
    _confirm_one(target, z, c, r, part, answer, sign)
    ux, uy = _unit(best) if best is not sp.oo else (-1, 0)
    point = final_value(c + r * (ux + sp.I * uy))
    return answer, _one_steps(target, z, c, r, part, which, point, answer)


def around(target: sp.Expr, z: sp.Symbol, c: sp.Expr, r: sp.Expr
           ) -> Callable[[mpmath.mpf], mpmath.mpc]:
    """The target at z = c + r e^{i theta}, evaluated with mpmath at 40 digits (a conjugate
    is conj(c) + r^2 / (z - c) on the circle)."""
    g = sp.lambdify(z, target.subs(sp.conjugate(z), sp.conjugate(c) + r * r / (z - c)),
                    "mpmath")
    centre = sp.N(c, 45)
    cc = mpmath.mpc(str(sp.re(centre)), str(sp.im(centre)))
    rr = mpmath.mpf(str(sp.N(r, 45)))

    def at(th: mpmath.mpf) -> mpmath.mpc:
        with mpmath.workdps(40):
            return mpmath.mpc(g(cc + rr * mpmath.expj(th)))
    return at


def _confirm_one(target: sp.Expr, z: sp.Symbol, c: sp.Expr, r: sp.Expr, part: str,
                 answer: sp.Expr, sign: int) -> None:
    """z = c + r e^{i theta} at many angles, then a golden-section search near the best."""
    at = around(target, z, c, r)
    pick = {"": abs, "real": lambda v: mpmath.re(v), "imaginary": lambda v: mpmath.im(v)}[part]

    def f(th: mpmath.mpf) -> mpmath.mpf:
        return pick(at(th))

    want = mpmath.mpf(str(sp.N(answer, 40)))
    angles = [2 * mpmath.pi * k / _SAMPLES for k in range(_SAMPLES)]
    vals = [f(a) for a in angles]
    tol = mpmath.mpf("1e-12") * max(1, abs(want))
    confirm.check(all(sign * (v - want) <= tol for v in vals),
                  "no point of the circle sampled at 2,000 angles beats the extreme value")
    k0 = max(range(_SAMPLES), key=lambda k: sign * vals[k])
    a, b = angles[k0] - 2 * mpmath.pi / _SAMPLES, angles[k0] + 2 * mpmath.pi / _SAMPLES
    golden = (mpmath.sqrt(5) - 1) / 2
    for _ in range(100):
        p, q = b - golden * (b - a), a + golden * (b - a)
        if sign * f(p) > sign * f(q):
            b = q
        else:
            a = p
    confirm.check(abs(f((a + b) / 2) - want) <= mpmath.mpf("1e-10") * max(1, abs(want)),
                  "a search over the angle around the circle reaches the extreme value")


def _one_steps(target: sp.Expr, z: sp.Symbol, c: sp.Expr, r: sp.Expr, part: str, which: str,
               point: sp.Expr, answer: sp.Expr) -> list[Step]:
    turn = f"{latex(r)}\\left(\\cos\\theta + i \\sin\\theta\\right)"
    where = f"{latex(z)} = {latex(c) + ' + ' if c != 0 else ''}{turn}"
    at = target.subs(sp.conjugate(z), sp.conjugate(point)).subs(z, point)
    what = {"": f"\\left|{latex(at)}\\right|",
            "real": f"\\operatorname{{Re}}\\left({latex(at)}\\right)",
            "imaginary": f"\\operatorname{{Im}}\\left({latex(at)}\\right)"}[part]
    word = "largest" if which == "max" else "smallest"
    on = f"\\left|{latex(point - c)}\\right| = {latex(r)}"
    claim = f"{what} = {latex(answer)}"
    return [step("the circle", "A complex number at distance r from c is c plus r times a "
                 "number of modulus 1, so the quantity is a function of one angle.",
                 f"${where}$", ""),
            step(f"the {word} value", "Compare the quantity's values at the angles where its "
                 "derivative is zero.", f"The {word} value is reached at "
                 f"${latex(z)} = {latex(point)}$, on the circle since ${on}$: ${claim}$.",
                 claim)]


__all__ = ["around", "circle_setting", "function_of_t", "read"]
