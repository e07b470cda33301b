"""Reader of conversions between square units or between cubic units: "How many square feet
are in 3 square yards?", "How many cubic inches are in a cubic foot?", "Convert 2.5 square
meters to square centimeters.", "4 cubic yards is how many cubic feet?", "A rug has an area of
18 square yards. What is its area in square feet?", and a price per unit with the amount in
another ("Mulch costs $4 per cubic foot. What is the cost of 3 cubic yards of mulch?").

Both units are the same power (square: 2, cubic: 3) of units of length (`units`: feet,
yards, inches, meters ...); one square yard is (3 feet)^2 = 9 square feet, so the amount is
multiplied by the length factor to that power. Confirmed another way: the amount as a
rectangle (a box) whose one side is the amount and the other sides one unit long; each
side converted on its own and the sides multiplied again. Any other word or number, or units
of two powers ("square feet in a cubic yard") leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import relations, units, wording
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import keep_dollars
from tutor.reasoning.symbolic.prealgebra.relations import Story

X = sp.Symbol("x")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
_POWERS = {"square": 2, "sq": 2, "cubic": 3, "cu": 3, "squared": 2, "cubed": 3}
_UNIT = (r"(?:(?P<{0}p>square|sq\.?|cubic|cu\.?) (?P<{0}u>[a-z]+)"
         r"|(?P<{0}v>[a-z]+) (?P<{0}q>squared|cubed))")
# "3 yards squared" could be (3 yards)^2: an amount is said "3 square yards" only
_AMOUNT = rf"(?P<n>{_NUM}|an?|one) (?P<ap>square|sq\.?|cubic|cu\.?) (?P<au>[a-z]+)"
_ASKED = _UNIT.format("b")
_END = r"\s*[?.]?$"
_FORMS = [re.compile(p) for p in (
    rf"^how many {_ASKED} (?:(?:are|is) (?:there )?)?in {_AMOUNT}{_END}",
    rf"^how many {_ASKED} (?:make|equal|are equal to) {_AMOUNT}{_END}",
    rf"^convert {_AMOUNT} (?:in)?to {_ASKED}{_END}",
    rf"^{_AMOUNT} (?:is|are|equals|is equal to|makes?) how many {_ASKED}{_END}",
    # a thing measured, then the measure asked in other units
    rf"^(?:an?|the) [a-z]+(?: [a-z]+)? has an? (?P<m1>area|volume|floor area) of {_AMOUNT}"
    rf"\s*[.,]\s*what is (?:its|the [a-z]+(?: [a-z]+)?'s) (?P<m2>area|volume|floor area) "
    rf"in {_ASKED}{_END}",
    # "A room has an area of 45 square feet. How many square yards is that?", "... How many
    # cubic yards are in the volume of this box?", "A tank holds 3 cubic meters of water. ..."
    rf"^(?:an?|the) [a-z]+(?: [a-z]+)? (?:has an? (?P<m3>area|volume|floor area) of |holds "
    rf"|contains ){_AMOUNT}(?: of [a-z]+)?\s*[.,]\s*how many {_ASKED} (?:is that|is this|"
    rf"(?:are|is) (?:there )?in (?:the|its) (?P<m4>area|volume)(?: of (?:this|the|that|it)"
    rf"(?: [a-z]+)?)?){_END}",
)]


# "Mulch costs $4 per cubic foot. What is the cost, in dollars, of 3 cubic yards of mulch?"
_PRICED = re.compile(
    rf"^(?P<t>[a-z]+) (?:costs|sells for|is sold for|is priced at) (?P<price>{_NUM}) dollars "
    rf"(?:per|a|for each|for one) (?P<ap>square|sq\.?|cubic|cu\.?) (?P<au>[a-z]+)\s*[.,]\s*"
    rf"(?:what is the (?:total )?cost(?:,? in dollars,?)? of (?P<n>{_NUM}) {_UNIT.format('b')} "
    rf"of (?P<t2>[a-z]+)|how much (?:do|does|will|would) (?P<n2>{_NUM}) "
    rf"{_UNIT.format('c')} of (?P<t3>[a-z]+) cost){_END}")


def _priced(text: str) -> Result | None:
    m = _PRICED.match(text)
    if m is None or (m.group("t2") or m.group("t3")) != m.group("t"):
        return None
    g = "b" if m.group("n") else "c"
    per, asked = _unit(m, "a"), _unit(m, g)
    if per is None or asked is None or per[1] != asked[1]:
        return None  # a price per square foot for cubic yards: not read
    n = wording.value(m.group("n") or m.group("n2"))
    price = wording.value(m.group("price"))
    # the amount in the priced unit, found and confirmed by `_convert`, then its price
    amount, steps = _convert(n, asked, per, None, None)
    value = sp.Rational(amount) * sp.Rational(price.numerator, price.denominator)
    exact = relations.fraction(sp.Rational(amount))
    confirm.check(exact is not None and exact * price == Fraction(int(value.p), int(value.q)),
                  "the amount in the priced unit times the price, in exact fractions")
    claim = f"{latex(amount)} \\cdot {nw.tex_of(price)} = {latex(value)}"
    return value, [*steps, step("the cost", f"Each {_name(per[0], per[1])} costs "
                                f"${nw.tex_of(price)}$ dollars.", f"${claim}$", claim)]


def _unit(m: re.Match[str], g: str) -> tuple[str, int] | None:
    word = m.group(g + "u") or m.groupdict().get(g + "v") or ""
    power = _POWERS[(m.group(g + "p") or m.groupdict().get(g + "q") or "").rstrip(".")]
    u = units.unit(word, abbreviations=True)
    if u is None or u not in units.DISTANCE:
        return None
    return u, power


def area_units(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:square|cubic|squared|cubed|sq|cu)\b", template):
        return None
    text, places, form = nw.read_story(split, template)
    if "@" in text:
        return None
    text = " ".join(text.split())
    for p in _FORMS:
        m = p.match(text)
        if m:
            break
    else:
        money, _, _ = nw.read_story(split, keep_dollars(split, template))
        return _priced(" ".join(money.split())) if "@" not in money else None
    given, asked = _unit(m, "a"), _unit(m, "b")
    if given is None or asked is None:
        return None
    if given[1] != asked[1]:
        raise Decline("a square unit and a cubic unit")
    measure = m.groupdict().get("m1")
    if measure and (measure != m.group("m2") or (measure == "volume") != (given[1] == 3)):
        return None
    for said in (m.groupdict().get("m3"), m.groupdict().get("m4")):
        if said and (said == "volume") != (given[1] == 3):
            return None  # "an area of 5 cubic feet"
    n = wording.value(m.group("n")) if m.group("n").startswith("#") else Fraction(1)
    return _convert(n, given, asked, places, form)


def _name(u: str, power: int) -> str:
    return f"{'square' if power == 2 else 'cubic'} {u}"


def _convert(n: Fraction, given: tuple[str, int], asked: tuple[str, int], places: int | None,
             form: str | None) -> Result:
    (u, k), (v, _) = given, asked
    per = units.factor(u, v)
    if per is None or n <= 0:
        raise Decline("units of two kinds")
    story = Story([X])
    story.state(X, sp.Rational(n) * sp.Rational(per) ** k,
                f"one {u} is {nw.tex_of(per)} {v}s, so one {_name(u, k)} is "
                f"({nw.tex_of(per)})^{k} {_name(v, k)}s")
    answer, steps = story.solve(lambda _sol: X, f"the amount in {_name(v, k)}s")
    # the amount as a box n by 1 (by 1) of the given unit, its sides measured in centimeters,
    # and the box then filled with squares (cubes) of the asked unit
    cm_u, cm_v = units.factor(u, "centimeter"), units.factor(v, "centimeter")
    if cm_u is None or cm_v is None:
        raise Decline("units of two kinds")
    box = n * cm_u
    for _ in range(k - 1):
        box *= cm_u
    again = box / cm_v ** k
    got = relations.fraction(answer) if isinstance(answer, sp.Basic) else None
    confirm.check(got == again, "the amount as a box measured in centimeters, then filled "
                  "with squares (cubes) of the asked unit")
    if places is not None:
        return nw.rounded(again, places)[0], steps
    return (nw.shown(again, form) if form else answer), steps


__all__ = ["area_units"]
