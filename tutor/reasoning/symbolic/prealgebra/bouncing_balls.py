"""Reader of a dropped ball that rises each time to a fixed share of the height it fell:
"A ball is dropped from 81 feet and rebounds to 2/3 of the height it fell each time. How high
does it rise after the third bounce?", "... after how many bounces does it first rise less
than 30 cm?", "How many feet will the ball have travelled when it hits the ground the fourth
time?".

The story tells one drop height (a number with its unit), one share (a fraction, a percent or
"half") of the height it fell or fell from, and that the ball is dropped (or falls) and
bounces (rises, rebounds). The question asks one of three things:

- the height of the k-th rise ("after the k-th bounce", "on the k-th bounce"): H r^k;
- the first bounce whose rise is less than a height T: the least k with H r^k < T;
- the distance travelled when it hits the ground the k-th time: H + 2 (H r + ... + H r^(k-1)).

Each is found by the closed form (powers; a geometric sum) and confirmed by following the
ball bounce by bounce in exact fractions. Another number, a second ball, a height that
grows, or a word the reader does not know declines.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.number_words import tex_of
from tutor.reasoning.symbolic.spelled_maths import ORDINALS

_NUM = r"#(?P<{0}>\d+(?:/\d+|\.\d+)?)"
_UNIT = (r"(?P<{0}>feet|foot|ft|meters?|metres?|m|centimeters?|centimetres?|cm|inches|inch|in|"
         r"yards?|units?)")
_DROP = re.compile(r"\b(?:is |was )?(?:dropped|falls|released|let go) (?:straight down )?from "
                   r"(?:a height of |the top of a #?\d* ?\S* ?)?" + _NUM.format("h") + " "
                   + _UNIT.format("unit") + r"\b")
_SHARE = re.compile(
    r"\b(?:bounces?|rebounds?|rises?|returns?)(?: back)?(?: up)?(?: to)? (?:a height of )?"
    + _NUM.format("r") + r"(?P<pct> percent)?(?: times)? (?:of )?(?:the|its|what) "
    r"(?:height|distance)(?: (?:it|that it) (?:fell|falls|fell from|falls from|dropped)| from "
    r"which it (?:fell|falls|was dropped|dropped)| of (?:the|its) previous (?:fall|drop|height))?"
    r"(?: (?:each|every) time(?: it (?:bounces|hits the ground|falls))?| on each bounce| with "
    r"each bounce)?"
    # "each bounce reaches half the previous height"
    r"|\b(?:each|every) bounce (?:reaches|rises to|goes up to|is) " + _NUM.format("r2")
    + r"(?P<pct2> percent)?(?: times)? (?:of )?the (?:previous|last|one before) (?:height|bounce)")
_ORDINAL = r"(?P<k>#?\d+|" + "|".join(ORDINALS) + ")"
_HEIGHT_ASK = re.compile(r"\bhow (?:high|many \w+(?: high)?|far up)(?:, in \w+,)? (?:does|will|"
                         r"did) (?:it|the "
                         r"ball) (?:rise|bounce|go|reach)(?: up)? (?:after|on) the " + _ORDINAL
                         + r" bounce\b")
_FIRST_BELOW = re.compile(r"\bafter how many bounces (?:does|will) (?:it|the ball) first (?:rise|"
                          r"reach a (?:maximum )?height|bounce) (?:of )?less than "
                          + _NUM.format("t") + " " + _UNIT.format("unit2") + r"\b")
_TRAVELLED = re.compile(r"\bhow (?:many \w+|far) (?:will|does|did|has) (?:it|the ball)(?: have)? "
                        r"(?:traveled|travelled|gone)(?: in all| in total| altogether)? when it "
                        r"(?:hits|strikes|touches|lands on) the (?:ground|floor) (?:for )?the "
                        + _ORDINAL + r" time\b")
# the words a bouncing-ball story may hold besides the phrases read (not the counting
# readers' GLUE, which allows "different", "ways", "probability" ...)
_GLUE = frozenset("a the if it its ball super rubber and is was then each time from height "
                  "of how what after when bounces bounce ground hits dropped rises rebounds"
                  .split())
_UNITS = {"ft": "feet", "foot": "feet", "m": "meters", "meter": "meters", "metre": "meters",
          "metres": "meters", "cm": "centimeters", "centimeter": "centimeters",
          "centimetre": "centimeters", "centimetres": "centimeters", "inch": "inches",
          "in": "inches", "yard": "yards", "unit": "units"}


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:bounce|rebound)", template):
        return None
    w = wording.of(split, template)
    drop, share = w.take(_DROP.pattern), w.take(_SHARE.pattern)
    asks = [(kind, m) for kind, p in (("height", _HEIGHT_ASK), ("below", _FIRST_BELOW),
                                      ("travelled", _TRAVELLED)) for m in w.take(p.pattern)]
    if not drop or not share or not asks:
        return None
    if len(drop) != 1 or len(share) != 1 or len(asks) != 1:
        raise Decline("one drop, one share and one question")
    rest = w.text  # what is left once the three phrases are taken
    left = set(re.findall(r"[a-z]+", rest)) - _GLUE
    if "#" in rest or left:
        raise Decline(f"words or numbers the reader does not know: {sorted(left)}")
    h = Fraction(drop[0].group("h"))
    said = share[0]
    r = Fraction(said.group("r") or said.group("r2")) / (
        100 if said.group("pct") or said.group("pct2") else 1)
    unit = _UNITS.get(drop[0].group("unit"), drop[0].group("unit"))
    if not 0 < r < 1 or h <= 0:
        raise Decline("a ball that rises to less than the height it fell")
    kind, ask = asks[0]
    if kind == "below":
        if _UNITS.get(ask.group("unit2"), ask.group("unit2")) != unit:
            raise Decline("the heights in different units")
        return _first_below(h, r, Fraction(ask.group("t")), unit)
    k_word = ask.group("k")
    k = ORDINALS[k_word] if k_word in ORDINALS else int(k_word.lstrip("#"))
    if not 1 <= k <= 200:
        raise Decline("a bounce from the 1st to the 200th")
    return (_height(h, r, k, unit) if kind == "height" else _travelled(h, r, k, unit))


def _rises(h: Fraction, r: Fraction, k: int) -> list[Fraction]:
    """The heights of the first k rises, followed bounce by bounce."""
    out, fell = [], h
    for _ in range(k):
        fell = fell * r
        out.append(fell)
    return out


def _height(h: Fraction, r: Fraction, k: int, unit: str) -> Result:
    value = h * r**k
    confirm.check(_rises(h, r, k)[-1] == value, "following the ball bounce by bounce gives the "
                  "same height")
    claim = f"{tex_of(h)} \\cdot \\left({tex_of(r)}\\right)^{{{k}}} = {tex_of(value)}"
    return sp.Rational(value.numerator, value.denominator), [
        step("multiply by the share at each bounce", f"Each bounce the ball rises to "
             f"${tex_of(r)}$ of the height it fell, so after {k} bounces it rises to "
             f"${claim}$ {unit}.", f"${claim}$", claim)]


def _first_below(h: Fraction, r: Fraction, t: Fraction, unit: str) -> Result:
    if t <= 0 or t >= h:
        raise Decline("a height between 0 and the drop")
    k = 0
    while h * r ** k >= t:  # the closed form's least k (r < 1: the powers fall)
        k += 1
    rises = _rises(h, r, k)
    confirm.check(rises[-1] < t and (k == 1 or rises[-2] >= t), "the rises one by one: the "
                  f"{k}th is the first below the height")
    before = h * r ** (k - 1)
    shown = f"{tex_of(h)} \\cdot \\left({tex_of(r)}\\right)^{{{k}}} = {tex_of(rises[-1])} < " \
            f"{tex_of(t)}"
    text = f"${shown}$ {unit}"
    if k > 1:
        text = (f"After {k - 1} bounces it rises ${tex_of(h)} \\cdot \\left({tex_of(r)}"
                f"\\right)^{{{k - 1}}} = {tex_of(before)} \\ge {tex_of(t)}$ {unit}; after {k}, "
                + text)
    return sp.Integer(k), [step("compare each rise with the height", "Each rise is the "
                                "share of the one before: find the first below the height.",
                                text + ".", shown)]


def _travelled(h: Fraction, r: Fraction, k: int, unit: str) -> Result:
    ups = h * r * (1 - r ** (k - 1)) / (1 - r)  # the geometric sum of the k - 1 rises
    value = h + 2 * ups
    confirm.check(h + 2 * sum(_rises(h, r, k - 1)) == value, "adding each fall and rise in "
                  "turn gives the same distance")
    claim = (f"{tex_of(h)} + 2 \\cdot {tex_of(ups)} = {tex_of(value)}" if k > 1
             else f"{tex_of(h)}")
    return sp.Rational(value.numerator, value.denominator), [
        step("add the falls and the rises", f"Before it hits the ground the {k}th time the "
             f"ball falls ${tex_of(h)}$ {unit} and then rises and falls again after each of "
             f"{k - 1} bounces; the rises add up to ${tex_of(ups)}$ {unit}.",
             f"${claim}$ {unit}", claim)]


__all__ = ["read"]
