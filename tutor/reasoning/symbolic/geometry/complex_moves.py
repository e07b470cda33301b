"""Typed reader: complex numbers moved by dilations, rotations and translations, one after
another in the order the text gives them.

"The dilation, centered at $1 + i$, with scale factor 3, takes $2 - i$ to which complex
number?", "A $90^\\circ$ rotation around $2 + i$ in the clockwise direction is applied to
$5 + i$. What is the resulting complex number?", "Two transformations are applied to
$3 + 2i$: a $45^\\circ$ rotation around the origin in the counter-clockwise direction, and
a dilation, centered at the origin, with scale factor $\\sqrt{2}$. What is the resulting
complex number?".

Computed exactly: a dilation is c + k (z - c), a rotation c + e^{i theta} (z - c) (theta
negative when clockwise; counter-clockwise unless said). Confirmed in floating point by
what each move keeps: a rotation keeps the distance to its centre and turns z - c by the
angle; a dilation multiplies z - c by the factor."""

from __future__ import annotations

import cmath
import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.geometry.reading import COMMON
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.typed import words, words_within

VOCAB = COMMON | frozenset(
    "dilation rotation translation centered centred center centre at about around scale "
    "factor takes take sends send maps map to which complex number numbers resulting result "
    "image applied direction clockwise counterclockwise counter origin by two three "
    "transformations transformation following performed in order then first second followed "
    "what with undergoes undergo its find give image under does go goes move moved "
    "performed done".split())
_NUM = r"@(\d+)@"
_CENTRE = (r"(?:(?:centered|centred) (?:at|about|around)|with (?:its )?cent(?:er|re)(?: at)?|"
           r"about|around|at) (?:the origin|" + _NUM + r")")
_DILATION = re.compile(r"dilation,? " + _CENTRE + r",? (?:and |with |of )?(?:a )?scale factor "
                       + _NUM)
_ROTATION = re.compile(r"(?:" + _NUM + r" rotation|rotation (?:by|of|through) " + _NUM + r"),? "
                       r"(?:about|around) (?:the origin|" + _NUM + r")(?:,? in the "
                       r"(counter-clockwise|counterclockwise|clockwise) direction)?")
_I = sp.Symbol("i")


def _complex(src: str) -> sp.Expr:
    v = parse_latex(src)
    if not isinstance(v, sp.Expr) or v.free_symbols - {_I}:
        raise Decline("a complex number expected")
    return v.xreplace({_I: sp.I})


def _angle(src: str) -> sp.Expr:
    v = parse_latex(src)  # 90^\circ reads as pi/2
    if not isinstance(v, sp.Expr) or v.free_symbols or not v.is_real or "circ" not in src and \
            "pi" not in src:
        raise Decline("a rotation angle in degrees or radians")
    return v


def _float(v: sp.Expr) -> complex:
    re_, im = (float(sp.N(p, 30)) for p in v.as_real_imag())
    return complex(re_, im)


def read_complex_moves(split: Split, template: str) -> Result | None:
    w = words(template)
    if not w & {"dilation", "rotation", "translation"} or "complex" not in w or \
            not words_within(template, VOCAB):
        return None
    if "translation" in w:
        raise Decline("a translation of complex numbers is not read yet")
    moves: list[tuple[int, str, sp.Expr, sp.Expr]] = []  # (position, kind, centre, factor)
    for m in _DILATION.finditer(template):
        centre = _complex(split.maths[int(m.group(1))]) if m.group(1) else sp.Integer(0)
        k = parse_latex(split.maths[int(m.group(2))])
        if not isinstance(k, sp.Expr) or k.free_symbols or not k.is_real or k == 0:
            raise Decline("a real nonzero scale factor")
        moves.append((m.start(), "dilation", centre, k))
    for m in _ROTATION.finditer(template):
        theta = _angle(split.maths[int(m.group(1) or m.group(2))])
        centre = _complex(split.maths[int(m.group(3))]) if m.group(3) else sp.Integer(0)
        if m.group(4) == "clockwise":
            theta = -theta
        moves.append((m.start(), "rotation", centre, theta))
    used = {int(g) for r in (_DILATION, _ROTATION) for m in r.finditer(template)
            for g in m.groups() if g and g.isdigit()}
    rest = [i for i in dict.fromkeys(int(g) for g in re.findall(_NUM, template)) if i not in used]
    if len(rest) != 1:
        raise Decline("one complex number moved")
    z0 = _complex(split.maths[rest[0]])
    found = len(re.findall(r"\b(?:dilation|rotation)\b", template))
    if not moves or len(moves) != found:
        raise Decline("every move read: a dilation with centre and factor, a rotation with "
                      "angle and centre")
    said = len(re.findall(r"\bclockwise\b", template))
    if said != sum(1 for m in _ROTATION.finditer(template) if m.group(4)):
        raise Decline("a direction of rotation not read with its rotation")
    if len(moves) > 1 and not re.search(r"\b(?:two|three) transformations\b", template):
        raise Decline("several moves without their order said")
    moves.sort()
    z = z0
    steps = []
    for _pos, kind, centre, factor in moves:
        before = z
        mult = factor if kind == "dilation" else sp.exp(sp.I * factor)
        z = sp.expand(centre + mult * (z - centre))
        z = sp.nsimplify(sp.radsimp(z)) if z.has(sp.Float) else sp.radsimp(z)
        _confirm(kind, centre, factor, before, z)
        how = (f"scale $z - ({latex(centre)})$ by ${latex(factor)}$" if kind == "dilation"
               else f"multiply $z - ({latex(centre)})$ by $e^{{i ({latex(factor)})}}$")
        steps.append(step(f"apply the {kind}", f"About a centre c: {how}, then add c back.",
                          f"${latex(before)} \\mapsto {latex(z)}$", ""))
    re_, im = z.as_real_imag()
    return sp.expand(re_ + sp.I * im), steps


def _confirm(kind: str, centre: sp.Expr, factor: sp.Expr, before: sp.Expr, after: sp.Expr
             ) -> None:
    c, a, b = (_float(v) for v in (centre, before, after))
    if kind == "dilation":
        ok = abs((b - c) - float(factor) * (a - c)) < 1e-9 * max(1.0, abs(a - c))
        confirm.check(ok, "the image minus the centre is the factor times the point minus the "
                      "centre (floating point)")
        return
    same_length = abs(abs(b - c) - abs(a - c)) < 1e-9 * max(1.0, abs(a - c))
    turned = abs(a - c) < 1e-12 or abs((b - c) / (a - c) - cmath.exp(1j * float(factor))) < 1e-9
    confirm.check(same_length and turned, "the rotation keeps the distance to the centre and "
                  "turns by the angle (floating point)")


__all__ = ["VOCAB", "read_complex_moves"]
