"""Reader of a trip made of legs at steady speeds: "Dana drives 120 miles at 60 mph and then 90
miles at 45 mph. What is her average speed for the whole trip?", "Leo walks to the park at 3
miles per hour and walks back home along the same path at 6 miles per hour. What is his average
speed for the round trip?", "A car travels 150 miles at 50 mph and returns on the same road. If
the average speed for the round trip is 60 mph, what is its speed on the way back?", "Ravi runs
to the store in 12 minutes and walks back in 24 minutes; his average speed is 5 miles per hour.
How many miles is it to the store?", "A 6-mile loop in 45 minutes: what is the speed?".

Each leg starts at a verb of motion (drives, rides, walks, returns ...) and holds at most one
distance, one speed (distance per time, "mph", "km/h", or a pace "8 minutes per mile") and one
time; its unknowns obey distance = speed x time. A leg going back ("back", "returns") is as long
as the leg before it. A stated average speed is total distance = average x total time. The
question asks the average speed of the trip, the one speed not told (or the way back), the
distance one way or in all, or the total time. Units are converted exactly (a mile is 1609.344
m) to the unit asked or the story's own. Every word must be read; any other ("apart", "meet",
"faster", "each", "remaining") leaves the problem unread. Solved by `story_solving` (SymPy,
unique positive answer, every relation checked again in exact fractions; an answer that does
not depend on an untold distance is checked at particular distances).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.motion_quantities import SPELLING, quantities, units
from tutor.reasoning.symbolic.prealgebra.story_solving import solve_readings
from tutor.reasoning.symbolic.prealgebra.word_grammar import Node
from tutor.reasoning.symbolic.typed import FILLER

MOVES = ("drives|drove|drive|rides|rode|ride|walks|walked|walk|runs|ran|run|jogs|jogged|jog|"
          "travels|traveled|travelled|travel|cycles|cycled|bikes|biked|flies|flew|fly|swims|"
          "swam|swim|goes|went|go|returns|returned|return|hikes|hiked|hike|skates|skated|sails|"
          "sailed|rows|rowed|paddles|paddled|completes|completed|covers|covered|crawls|crawled|"
          "going|returning|driving|riding|walking|running|cycling|jogging|flying|traveling|"
          "travelling|gets|get|got|skating|hiking|swimming|biking|sailing|rowing")
# a new leg: a verb of motion, "then", or "and" before another amount ("and 90 miles at 45 mph")
_LEG_START = re.compile(r"\b(?:and then|then|after that)\b|\band (?=(?:for |the next |the last "
                        r"|the other )?@q)|\b(?<!then )(?:" + MOVES + r")\b")
_BACK = re.compile(r"\b(?:back|returns|returned|return|returning)\b|\bthe same (?:way|road|"
                   r"route|path)\b")
MOTION_WORDS = frozenset(
    (MOVES.replace("|", " ") + " at in for to from the a an and then of on along by same road "
     "route path way trip ride journey loop course whole entire round average speed rate "
     "back home how many what is was her his its their she he they it per miles mile "
     "kilometers kilometer meters meter feet foot yards yard inches inch hours hour minutes "
     "minute seconds second far long total in all altogether whole first next then "
     "car train bus cyclist runner bike bicycle truck plane boat jogger hiker walker biker "
     "driver trip if constant steady park store school work house town city beach lake office "
     "library market station camp village friend grandmother took take takes did does do you "
     "your i my we our "
     "it will would need distance there way if pace its bug ant snail turtle using fast van "
     "ferry ship swimmer skater rider motorcycle scooter taxi").split())


_MOVERS = frozenset("car train bus cyclist runner bike bicycle truck plane boat jogger hiker "
                    "walker biker driver bug ant snail turtle van ferry ship swimmer skater "
                    "rider motorcycle scooter taxi".split())


@dataclass
class _Leg:
    length: Fraction | None = None
    speed: Fraction | None = None
    time: Fraction | None = None
    back: bool = False
    said: list[str] = field(default_factory=list)


def story_and_question(split: Split, text: str, asking: str) -> tuple[str, str] | None:
    """The story's statements and its question (words `asking` start it), numbers as `#v` and
    units spelled out; a clause before the question's comma is told ("if S, what ...")."""
    text = wording.of(split, text).text
    for pattern, repl in SPELLING:
        text = re.sub(pattern, repl, text)
    sentences = [s.strip() for s in re.split(r"(?<=[.?!])\s", text.strip()) if s.strip()]
    if not sentences or not re.search(rf"\b(?:{asking})\b", sentences[-1]):
        return None
    question, story = sentences[-1], " ".join(sentences[:-1])
    told = re.search(rf"^(?:if )?(?P<s>.*?), (?P<q>(?:{asking})\b.*)$", question)
    if told:  # "if S, what is ...?", "going at 40 km/h and back at 60 km/h, what is ...?"
        story, question = story + " " + told.group("s") + ".", told.group("q")
    return story, question


def motion(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:speed|rate|mph|per hour|km/h|how far|how fast|miles|kilometers|km)\b",
                     template) or not re.search(r"\b(?:" + MOVES + r")\b", template):
        return None
    if any(not re.fullmatch(r"\s*(?:\\\$)?\d[\d.,]*\s*|\s*\\frac\{\d+\}\{\d+\}\s*|\s*[A-Z]\s*",
                            m) for m in split.maths):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    parts = story_and_question(split, text, "how|what|find")
    if parts is None:
        return None
    story, question = parts
    told_units = units(story, question)
    if told_units is None:
        return None
    l_unit, t_unit = told_units
    found: list[tuple[str, Fraction, str]] = []
    story = re.sub(r"\s+", " ", quantities(story, l_unit, t_unit, found))
    if re.search(r"#\d", story) or quantities(question, l_unit, t_unit, []) != question:
        return None  # a number not read as a distance, speed or time; or one in the question
    legs, average = _legs(story, found)
    if legs is None or not _read(story + " " + question):
        return None
    if set(re.findall(r"[a-z]+", question)) & _MOVERS - set(re.findall(r"[a-z]+", story)):
        return None  # "A train travels ... How far does the car go?": another mover asked
    got = _solve(legs, average, question)
    if got is None:
        return None
    value, steps = got
    if isinstance(value, sp.Rational):
        v = Fraction(int(value.p), int(value.q))
        extra = nw.in_form_asked(v, nw.tex_of(v), places, form) if (
            form or places is not None) else None
        if extra is not None:
            return extra[0], steps + extra[1]
        if form is None and not nw.terminates(v):
            return value, steps
    return value, steps


def _legs(story: str, found: list[tuple[str, Fraction, str]]
          ) -> tuple[list[_Leg] | None, Fraction | None]:
    """The legs in order (None: a leg with two speeds, a quantity before any leg ...), and a
    stated average speed."""
    average: Fraction | None = None
    m = re.search(r"\baverage (?:[a-z]+ing )?(?:speed|rate)(?: (?:for|of|on) the (?:whole |"
                  r"entire |round )?(?:trip|ride|journey|walk|run|round trip))? (?:is|was) @q",
                  story)
    values = list(found)
    if m:
        k = story[:m.end()].count("@q") - 1
        if values[k][0] != "speed":
            return None, None
        average = values[k][1]
        values.pop(k)
        story = story[:m.start()] + " " + story[m.end():]
    if re.search(r"\baverage\b", story):
        return None, None  # an average not read as the trip's average speed
    legs: list[_Leg] = []
    queue = list(values)
    for sentence in re.split(r"(?<=[.!;])\s", story):
        starts = [s.start() for s in re.finditer(_LEG_START, sentence)]
        if not re.search(r"\b(?:" + MOVES + r")\b", sentence):
            if "@q" in sentence:
                return None, None
            continue
        pieces = [sentence[a:b] for a, b in zip(starts, starts[1:] + [len(sentence)],
                                                strict=True)]
        pieces[0] = sentence[:starts[0]] + " " + pieces[0]  # "at 60 mph, Ann drives ..."
        for piece in pieces:
            leg = _Leg(back=_BACK.search(piece) is not None)
            for _ in range(piece.count("@q")):
                kind, value, said = queue.pop(0)
                if getattr(leg, kind) is not None:
                    return None, None
                setattr(leg, kind, value)
                leg.said.append(said)
            legs.append(leg)
    legs = [leg for leg in legs if leg.said or leg.back]
    return (legs if 1 <= len(legs) <= 4 else None), average


def _read(text: str) -> bool:
    text = re.sub(r"@q|@\d+@|'s\b", " ", text)
    text = re.sub(r"\bto (?:the|her|his|their|a|its) [a-z]+(?:'s [a-z]+)?\b", " ", text)
    words = set(re.findall(r"[a-z]+(?:'[a-z]+)?", text))
    names = set(re.findall(r"(?:^|[.?!,] |\bthen |\band |\bif )([a-z]+)(?='s\b| (?:" + MOVES
                           + r")\b)", text.strip()))
    names -= MOTION_WORDS | FILLER
    if len(names - {"he", "she", "it", "they", "i", "we", "you"}) > 1:
        return False  # two people: their legs are not one trip
    return not (words - MOTION_WORDS - FILLER - names)


def _solve(legs: list[_Leg], average: Fraction | None, question: str) -> Result | None:
    syms = [sp.symbols(f"d_{i + 1} v_{i + 1} t_{i + 1}", positive=True) for i in range(len(legs))]
    reading: list[tuple[Node, Node, str]] = []

    def rel(a: sp.Expr, b: sp.Expr, said: str) -> None:
        reading.append((Node(None, a, sp.latex(a), 1), Node(None, b, sp.latex(b), 1), said))

    for i, (leg, (d, v, t)) in enumerate(zip(legs, syms, strict=True)):
        rel(d, v * t, f"leg {i + 1}: distance = speed x time")
        for kind, s in (("length", d), ("speed", v), ("time", t)):
            value = getattr(leg, kind)
            if value is not None:
                rel(s, sp.Rational(value.numerator, value.denominator),
                    f"leg {i + 1}: {kind} told")
        if leg.back:
            if i == 0:
                return None
            if leg.length is None:
                rel(d, syms[i - 1][0], f"leg {i + 1} goes back the same way")
    total_d = sum((s[0] for s in syms), sp.Integer(0))
    total_t = sum((s[2] for s in syms), sp.Integer(0))
    if average is not None:
        rel(total_d, sp.Rational(average.numerator, average.denominator) * total_t,
            "the average speed: total distance = average x total time")
    asked = _asked(legs, syms, question, total_d, total_t, average)
    if asked is None:
        return None
    return solve_readings([reading], asked, "motion")


def _asked(legs: list[_Leg], syms: list, question: str, total_d: sp.Expr, total_t: sp.Expr,
           average: Fraction | None) -> sp.Expr | None:
    whole = re.search(r"\b(?:total|in all|altogether|whole|entire|round trip|both ways)\b",
                      question) is not None
    if re.search(r"\baverage (?:[a-z]+ing )?(?:speed|rate)\b", question):
        return total_d / total_t if average is None else None
    if re.search(r"\b(?:speed|rate|how fast|per)\b", question):
        if re.search(r"\baverage\b", question):
            return None
        untold = [i for i, leg in enumerate(legs) if leg.speed is None]
        back = [i for i, leg in enumerate(legs) if leg.back]
        if re.search(r"\b(?:back|return|returning|way back)\b", question):
            return syms[back[0]][1] if len(back) == 1 else None
        return syms[untold[0]][1] if len(untold) == 1 and len(legs) == 1 or len(
            untold) == 1 and average is not None else None
    if re.search(r"\b(?:how far|how many (?:total )?(?:miles|kilometers|meters|feet|yards|"
                 r"inches)|what (?:is|was) the (?:total )?distance(?: (?:traveled|travelled|"
                 r"covered))?)\b", question):
        if whole:
            return total_d
        if len(legs) == 1 or len(legs) == 2 and legs[1].back:
            return syms[0][0]
        return None
    if re.search(r"\b(?:how long|how many (?:total )?(?:hours|minutes|seconds))\b", question):
        if whole or len(legs) == 1:
            return total_t
        return None
    return None


__all__ = ["MOTION_WORDS", "MOVES", "motion", "story_and_question"]
