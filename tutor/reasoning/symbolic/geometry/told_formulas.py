"""A problem that first states a solid's standard formula ("The formula for the total surface
area of a cylinder is $SA = 2\\pi r^2 + 2\\pi rh,$ where $r$ is the radius and $h$ is the
height.") says nothing the solids reader does not already know: the sentence is dropped, but
only when the formula stated is, letter for letter, the standard one (compared by SymPy after
putting the named letters for radius and height). A formula that differs (a made-up one, a
lateral area called total) keeps the sentence, and the reader then declines on its words."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split, parse_latex

_R, _H = sp.symbols("r h")
_STANDARD = {
    ("total surface area", "cylinder"): 2 * sp.pi * _R**2 + 2 * sp.pi * _R * _H,
    ("lateral surface area", "cylinder"): 2 * sp.pi * _R * _H,
    ("lateral area", "cylinder"): 2 * sp.pi * _R * _H,
    ("volume", "cylinder"): sp.pi * _R**2 * _H,
    ("volume", "cone"): sp.pi * _R**2 * _H / 3,
    ("volume", "sphere"): 4 * sp.pi * _R**3 / 3,
    ("surface area", "sphere"): 4 * sp.pi * _R**2,
}
_SENTENCE = re.compile(
    r"^the formula for the (?P<q>total surface area|lateral surface area|lateral area|volume|"
    r"surface area) of a (?:right )?(?:circular )?(?P<k>cylinder|cone|sphere) is @(?P<f>\d+)@,?"
    r" where @(?P<r>\d+)@ is the radius(?: and @(?P<h>\d+)@ is the height)?\. ")


def without_told_formula(split: Split, template: str) -> str:
    """The template without an opening sentence that states the standard formula."""
    m = _SENTENCE.match(template)
    if m is None:
        return template
    standard = _STANDARD.get((m.group("q"), m.group("k")))
    if standard is None or (m.group("h") is None) != (m.group("k") == "sphere"):
        return template
    try:
        told = parse_latex(split.maths[int(m.group("f"))])
        r = parse_latex(split.maths[int(m.group("r"))])
        h = parse_latex(split.maths[int(m.group("h"))]) if m.group("h") else None
    except Decline:
        return template
    if not isinstance(told, sp.Equality) or not isinstance(r, sp.Symbol) or \
            h is not None and (not isinstance(h, sp.Symbol) or h == r):
        return template
    named = standard.subs({_R: r, _H: h} if h is not None else {_R: r})
    # the name of the measure ("SA", "V") holds neither letter; the right side is the formula
    if not told.lhs.free_symbols or told.lhs.free_symbols & {r, h} or \
            told.rhs.free_symbols - {r, h} or sp.simplify(told.rhs - named) != 0:
        return template
    return template[m.end():]


__all__ = ["without_told_formula"]
