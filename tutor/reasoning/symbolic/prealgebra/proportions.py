"""Reader of direct proportion and unit rates: "A car travels 150 miles in 3 hours. At
this rate, how far will it travel in 5 hours?", "If 6 lemons make 45 cups of lemonade, how
many cups can you make with 10 lemons?", "A printer prints 12 pages per minute. How many
minutes does it take to print 300 pages?", "Each 1/2 inch on a map represents 20 miles..."

The statement pairs two amounts with units (a U1 with b U2, or a rate "r U2 per U1");
the question gives c of one unit and asks for the other ("how many U2", "how far" for a
distance, "how long" for a time). The question's amount or the unit asked may be another
unit of the same kind (yards of a story in feet, hours of one in minutes): it is converted by
the exact factors of `units`. The answer c b / a is confirmed by `Story` (x / c = b / a in
fractions).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import rate_story_checks, units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_DISTANCE = frozenset("miles kilometers km meters feet yards inches centimeters".split())
_TIME = frozenset("hours minutes seconds days weeks years months".split())
_UNIT = r"(?:[a-z]+s|feet|km|inch|mile|hour|minute|day|cup|page|foot)"
_VERB = (r"(?:travels|travel|drives|drive|walks|walk|runs|run|flies|fly|rides|ride|goes|go|"
         r"crawls|crawl|jogs|jog|hikes|hike|paddles|paddle|rows|row|"
         r"covers|cover|grows|grow|makes|make|produces|produce|types|type|reads|read|prints|print|"
         r"bakes|bake|uses|use|needs|need|fills|fill|represents|represent|swims|swim|earns|earn|"
         r"is|are|moved|moves|move|crawled|walked|ran|drove|jogged|hiked|swam|rode)")
_VERBS = set(re.findall(r"[a-z]+", _VERB))
_THING = r"(?:the |a |an |her |his |their |my )?[a-z]+"
_WHO = r"(?:(?:a|an|the|one|each) [a-z]+|it|he|she|they|we|you|i|[a-z]+)"
_AMOUNT = rf"(?P<a>{NUM}) (?P<u1>{_UNIT})"
_STATE = [
    # "a car travels 150 miles in 3 hours", "she reads 40 pages in 2 hours"
    # "a snail crawled 12 inches closer to a leaf over a period of 8 minutes", after a scene
    # with no number in it ("while waiting in line, ...")
    rf"^ (?:if )?(?:while [a-z ]+, )?{_WHO} (?:can )?{_VERB} (?P<b>{NUM}) (?P<u2>{_UNIT})"
    rf"(?: long| tall)?(?: closer to {_THING})? (?:in|over(?: a period of)?) {_AMOUNT}",
    # "if 6 lemons make 45 cups", "each 1/2 inch on a map represents 20 miles"
    rf"^ (?:on (?:a|the) map,? )?(?:if )?(?:each )?{_AMOUNT}(?: of [a-z]+| on (?:a|the) map)?"
    rf" (?:can )?{_VERB} "
    rf"(?P<b>{NUM}) (?P<u2>{_UNIT})(?: of [a-z]+)?",
    # "a printer prints 12 pages per minute", "a train travels at 60 miles per hour"
    rf"^ (?:if )?{_WHO} (?:can )?{_VERB} (?:at )?(?:a (?:constant |steady )?(?:rate|speed) of )?"
    rf"(?P<b>{NUM}) (?P<u2>{_UNIT}) (?:per|an|a|each) (?P<u1>{_UNIT})",
]
_ASK = (rf"(?:,|\.) (?:at (?:this|that|the same) (?:rate|speed),? )?how (?:many (?P<many>{_UNIT})"
        rf"|(?P<far>far)|(?P<long>long)|much (?P<much>{_UNIT})?)(?: apart| long)? (?:will|would|"
        rf"can|could|does|do|did|is|are) (?:{_WHO} )?(?:(?:need to |have to |take (?:to |{_WHO} "
        rf"to )?)?{_VERB} |it take (?:{_WHO} )?to {_VERB} |take )?(?:in |for |with |out of |from "
        rf"|using )?(?:the (?:remaining|other|last) )?(?P<c>{NUM}) (?P<u3>{_UNIT})"
        rf"(?: to {_THING})?\s*[?.]? $")


# map scale: "how many inches apart on the map are two towns whose actual distance is 90 miles"
_PLACES = r"(?:towns|cities|villages|points|places|lakes|schools|houses|parks)"
_ASK_MAP = (rf"(?:,|\.) how (?:many (?P<many>{_UNIT})|(?P<far>far)) apart(?: on the map)? are "
            rf"(?:the )?#2 {_PLACES} (?:that are|which are|whose (?:actual |real )?distance "
            rf"(?:apart )?is) (?P<c>{NUM}) (?P<u3>{_UNIT})(?: apart)?(?: on the map| in reality"
            rf"| in real life)?\s*[?.]? $")


def _same(u: str, v: str) -> bool:
    forms = {u, u + "s", u + "es", re.sub(r"ches$", "ch", u), re.sub(r"^foot$", "feet", u)}
    return v in forms or u in {v, v + "s", v + "es", re.sub(r"^foot$", "feet", v)}


def proportions(split: Split, template: str) -> Result | None:
    if "how" not in template:
        return None
    w = wording.of(split, template)
    asked = w.find(_ASK) or w.find(_ASK_MAP)
    if not asked:
        return None
    head = w.text[:asked.start()] + " "
    found = [m for p in _STATE for m in [re.fullmatch(p + r"\s*", head)] if m]
    if len(found) != 1:
        return None
    m = found[0]
    if any(re.search(rf"\b{n}\b", asked.group(0)) and not re.search(rf"\b{n}\b", head)
           for n in split.names):
        raise Decline("the question asks of someone the story does not tell of")
    if rate_story_checks.another_actor(head, asked.group(0)):
        raise Decline("the question asks of another one's rate than the story's")
    if rate_story_checks.another_doing(head, asked.group(0), _VERBS):
        raise Decline("the question asks of another way of moving or doing than the story's")
    w.take(re.escape(head.rstrip()))
    w.take(re.escape(asked.group(0)))
    if not w.only_glue():
        return None
    u1, u2, u3 = m.group("u1"), m.group("u2"), asked.group("u3")
    a = sp.Rational(wording.value(m.groupdict().get("a") or "#1"))
    b, c = (sp.Rational(wording.value(g)) for g in (m.group("b"), asked.group("c")))
    got = asked.groupdict()
    want = got.get("many") or got.get("much")
    c, u3, given_first = _given(c, u3, u1, u2)
    if a <= 0 or b <= 0:
        raise Decline("which amount is given and which is asked")
    out_unit = u2 if given_first else u1
    scale = _scale(out_unit, want) if want and not _same(want, out_unit) else sp.Integer(1)
    if scale != 1 and (not _two_kinds(u1, u2) or want is not None and _scale(u3, want) is not None):
        raise Decline("a unit asked of the kind given, or a scale of one kind (a map)")
    if want and scale is None or got.get("far") and out_unit not in _DISTANCE \
            or got.get("long") and out_unit not in _TIME or not (want or got.get("far")
                                                                  or got.get("long")):
        raise Decline("the unit asked is not the other unit")
    story = Story([X])
    given, other = (a, b) if given_first else (b, a)
    story.state(X * given, c * other, f"{c} {u3} go with x {out_unit} as {given} go with {other}")
    if scale == 1:
        return story.solve(lambda _sol: X, f"the amount in {out_unit}")
    return story.solve(lambda _sol: X * scale, f"the amount in {want}, at {scale} {want} to "
                       f"one {units.unit(out_unit)}")


def _scale(have: str, want: str) -> sp.Rational | None:
    """How many `want` make one `have`, when both are units of one kind (hours and minutes,
    yards and feet); None otherwise."""
    u, v = units.unit(have, abbreviations=False), units.unit(want, abbreviations=False)
    if u and v and units.days_and_hours(u, v):
        return None
    got = units.factor(u, v) if u and v else None
    return sp.Rational(got.numerator, got.denominator) if got else None


def _two_kinds(u1: str, u2: str) -> bool:
    """The story's two amounts are not of one kind (a map's inches and miles are both lengths:
    which is which would be a guess, so no conversion is made)."""
    a, b = (units.unit(u, abbreviations=False) for u in (u1, u2))
    return not (a and b and units.kind(a) == units.kind(b))


def _given(c: sp.Rational, u3: str, u1: str, u2: str) -> tuple[sp.Rational, str, bool]:
    """The question's amount in the unit of the story's amount it goes with ("the remaining 30
    yards" of a story in feet is 90 feet), and whether that is the first amount."""
    first, second = _same(u1, u3), _same(u2, u3)
    if first != second:
        return c, u3, first
    if first:
        raise Decline("which amount is given and which is asked")
    to_first, to_second = _scale(u3, u1), _scale(u3, u2)
    if (to_first is None) == (to_second is None) or not _two_kinds(u1, u2):
        raise Decline("which amount is given and which is asked")
    k = to_first if to_first is not None else to_second
    return c * k, u1 if to_first is not None else u2, to_first is not None


__all__ = ["proportions"]
