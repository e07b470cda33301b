"""Typed reader: a complex number written in polar form, r cis theta, r e^{i theta} or
r (cos theta + i sin theta).

"Express $-1 - i \\sqrt{3}$ in the form $re^{i \\theta}$ with $r > 0$ and $0 \\le \\theta <
2 \\pi$. Enter the ordered pair $(r, \\theta)$.", "The complex number $(3 \\operatorname{cis}
18^\\circ)(-2 \\operatorname{cis} 37^\\circ)$ is expressed in polar form as $r
\\operatorname{cis} \\theta,$ where $r > 0$ and $0^\\circ \\le \\theta < 360^\\circ.$ Enter the
ordered pair $(r, \\theta).$"

The number may itself be written with cis (`\\operatorname{cis} x` is read as cos x + i sin x,
its angle running to the next bracket, product sign or the end). The angle asked must be
told its range (a range in degrees answers in degrees; the argument asked alone is
`complex_arguments`'). r is SymPy's exact modulus, theta its exact argument, a rational
multiple of pi or declined. Confirmed in decimals: r e^{i theta}, taken at 50 digits, is the
number evaluated on its own (to 25 digits).
"""

from __future__ import annotations

import re

import mpmath
import sympy as sp

from tutor.reasoning.symbolic import confirm, numeric
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.trigonometry.angles import parse_trig
from tutor.reasoning.symbolic.trigonometry.root_of_unity_sums import DEGREES
from tutor.reasoning.symbolic.typed import words_within

VOCAB = frozenset(
    "express expressed write written convert converted compute complex number polar "
    "exponential trigonometric form in as where with enter ordered pair your answer argument "
    "find what when".split())
_CIS = re.compile(r"\\(?:operatorname|text|mathrm)\s*\{\s*cis\s*\}|\\cis(?![a-z])")
_THETA = "\\theta"
# the forms, spaces and \left \right taken out
_FORMS = {"r" + _CIS_FORM for _CIS_FORM in ("cis" + _THETA, "e^{i" + _THETA + "}",
                                             "e^{" + _THETA + "i}",
                                             "(\\cos" + _THETA + "+i\\sin" + _THETA + ")")}
_RANGES = {"0\\le\\theta<2\\pi": False, "0\\leq\\theta<2\\pi": False,
           "0^\\circ\\le\\theta<360^\\circ": True, "0^\\circ\\leq\\theta<360^\\circ": True,
           "0^{\\circ}\\le\\theta<360^{\\circ}": True, "0^{\\circ}\\leq\\theta<360^{\\circ}": True}
_R_POSITIVE = {"r>0"}
_ASKED = {"(r,\\theta)": "pair", "\\theta": "theta", "r": "r"}
_ASK = re.compile(r"(?:enter|find|what is|compute|give)(?: the)?(?: ordered pair| value of)? "
                  r"@(\d+)@\W*$")


def _plain(src: str) -> str:
    return re.sub(r"\s+|\\left|\\right|\\,|\\!", "", src).replace("\\operatorname{cis}", "cis") \
        .replace("\\text{cis}", "cis").replace("\\mathrm{cis}", "cis").replace("\\cdot", "")


def _with_cis(src: str) -> str:
    """`a \\operatorname{cis} x` written as `a (\\cos(x) + i \\sin(x))`; the angle x runs to
    the next closing bracket, product sign or the end, and may not hold a + or -."""
    out, last = [], 0
    for m in _CIS.finditer(src):
        depth, j = 0, m.end()
        while j < len(src):
            c = src[j]
            if c in "({[":
                depth += 1
            elif c in ")}]":
                if depth == 0:
                    break
                depth -= 1
            elif depth == 0 and (src.startswith("\\cdot", j) or src.startswith("\\times", j)
                                 or src.startswith("\\right", j) or c in "+-="):
                break
            j += 1
        angle = src[m.end():j].strip()
        if not angle or _CIS.search(angle):
            raise Decline("the angle of cis is not clear")
        out += [src[last:m.start()], f"\\left(\\cos\\left({angle}\\right) + i "
                f"\\sin\\left({angle}\\right)\\right)"]
        last = j
    return "".join(out) + src[last:]


def has_cis(src: str) -> bool:
    return bool(_CIS.search(src))


def cis_number(src: str) -> sp.Expr | None:
    """The complex number of a piece (with i, cis, e^{... i}, degrees), or None."""
    text = DEGREES.sub(lambda g: f"\\frac{{{g.group(1)}\\pi}}{{180}}", _with_cis(src))
    try:
        z = parse_trig(text)
    except Decline:
        return None
    if not isinstance(z, sp.Expr) or z.free_symbols - {sp.Symbol("i")}:
        return None
    z = z.xreplace({sp.Symbol("i"): sp.I})
    return z if z.is_number and z.has(sp.I) else None


def read(split: Split, template: str) -> Result | None:
    body = re.sub(r"\s+", " ", template.lower()).strip()
    pieces = [int(i) for i in dict.fromkeys(re.findall(r"@(\d+)@", body))]
    if not any(_plain(split.maths[i]) in _FORMS for i in pieces) or not words_within(
            body, VOCAB):
        return None
    ask = _ASK.search(body)
    if ask is None:
        return None
    asked = _ASKED.get(_plain(split.maths[int(ask.group(1))]))
    numbers, forms, degrees, r_told = [], [], [], False
    for i in pieces:
        if i == int(ask.group(1)):
            continue
        plain = _plain(split.maths[i])
        if plain in _FORMS:
            forms.append(plain)
        elif plain in _RANGES:
            degrees.append(_RANGES[plain])
        elif plain in _R_POSITIVE:
            r_told = True
        elif (z := cis_number(split.maths[i])) is not None:
            numbers.append(z)
        else:
            return None
    if asked is None or len(numbers) != 1 or len(forms) != 1 or not r_told or len(degrees) > 1:
        raise Decline("one number, one polar form, r > 0 and the range of the angle")
    if not degrees and asked != "r":
        raise Decline("the range of the angle is not told")
    return _polar(numbers[0], asked, bool(degrees and degrees[0]))


def _polar_parts(z: sp.Expr) -> tuple[sp.Expr, sp.Rational]:
    """(r, theta / pi) with theta in [0, 2 pi), exact; Decline otherwise."""
    z = sp.expand(sp.expand_complex(z))
    if z == 0:
        raise Decline("zero has no angle")
    r = sp.nsimplify(sp.sqrt(sp.expand(sp.re(z) ** 2 + sp.im(z) ** 2)))
    turn = sp.nsimplify(sp.simplify(sp.arg(z) / sp.pi))
    if not turn.is_Rational or turn.q > 720 or r.has(sp.re, sp.im) or not r.is_positive:
        raise Decline("not an exact angle")
    return r, sp.Rational(turn) % 2


def _confirm(z: sp.Expr, r: sp.Expr, turn: sp.Rational) -> None:
    with mpmath.workdps(50):
        value, length = numeric.to_mp(z), numeric.to_mp(r)
        if value is None or length is None:
            raise Decline("a number that cannot be evaluated")
        back = length * mpmath.expj(mpmath.pi * mpmath.mpf(turn.p) / turn.q)
        confirm.check(abs(back - value) < mpmath.mpf(10) ** -25 * max(1, abs(value)),
                      "r e^{i theta} is the number again (to 25 digits)")


def _polar(z: sp.Expr, asked: str, in_degrees: bool) -> Result:
    r, turn = _polar_parts(z)
    _confirm(z, r, turn)
    theta = turn * 180 if in_degrees else turn * sp.pi
    shown = f"{latex(theta)}^\\circ" if in_degrees else latex(theta)
    claim = f"{latex(z)} = {latex(r)} \\operatorname{{cis}} {shown}"
    answer: sp.Basic = sp.Tuple(r, theta) if asked == "pair" else theta if asked == "theta" \
        else r
    return answer, [
        step("find the modulus", "r is the distance of the number from 0.",
             f"$r = {latex(r)}$", f"r = {latex(r)}"),
        step("find the angle", "theta is the angle from the positive real axis, in the range "
             "asked.", f"${claim}$", "")]


__all__ = ["VOCAB", "cis_number", "has_cis", "read"]
