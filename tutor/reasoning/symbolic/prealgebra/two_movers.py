"""Reader of two movers that start together (or a distance apart) at the same time and keep
steady speeds: "Two cars leave the same town at the same time and drive in opposite directions,
one at 50 mph and the other at 60 mph. After how many hours will they be 330 miles apart?",
"Two cyclists 90 km apart ride toward each other at 20 km/h and 25 km/h. In how many hours do
they meet?", "Ida and Ned walk in opposite directions; Ida walks 3 miles every hour and Ned 2
miles every 30 minutes. How far apart are they after 90 minutes?".

The gap between them changes by the sum of the speeds (opposite directions, toward each other)
or their difference (the same direction, from the same place). The question asks the gap after
a time, or the time when the gap is a distance (or zero: they meet). Units as in `motion`. Every
word must be read; any other ("later", "faster", "each", "stops") leaves the problem unread.
Solved with SymPy from the gap's equation; confirmed by placing each mover on a line at the
answer's time in exact fractions and measuring the distance between them.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra.motion import MOTION_WORDS, MOVES, story_and_question
from tutor.reasoning.symbolic.prealgebra.motion_quantities import quantities, units
from tutor.reasoning.symbolic.typed import FILLER

_WAYS = [(r"\bin opposite directions\b", "away"), (r"\btowards? each other\b", "toward"),
         (r"\bin the same direction\b", "same")]
_PAIR_WORDS = frozenset(
    "leave leaves left start starts started set out sets begin begins time same place point "
    "spot town city station airport apart meet meeting first second simultaneously both cars "
    "trains buses cyclists runners heading headed moving towns cities stations villages "
    "bikes trucks planes boats joggers hikers walkers bikers friends ships after apart until "
    "they".split())


def two_movers(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:opposite directions|towards? each other|same direction)\b",
                     template):
        return None
    if any(not re.fullmatch(r"\s*\d[\d.,]*\s*|\s*\\frac\{\d+\}\{\d+\}\s*", m)
           for m in split.maths):
        return None
    text, places = nw.take_rounding(split, template)
    text, form = nw.take_form(text)
    text = re.sub(r"\bone (?=(?:at|going|traveling|travelling|moving|heading|travels|drives|goes|"
                  r"moves|flies|walks|runs|rides|sails)\b)", "the first ", text)
    text = re.sub(r"\bthe other\b(?! (?:direction|way))", "the second", text)
    text = re.sub(r"^\s*two (?=[a-z]+s\b)|(?<=[.,] )two (?=[a-z]+s\b)", "", text)
    parts = story_and_question(split, text, "how|what|when|find|after|in")
    if parts is None:
        return None
    story, question = parts
    ways = {w for pattern, w in _WAYS if re.search(pattern, story)}
    if len(ways) != 1:
        return None
    way = ways.pop()
    told_units = units(story, question)
    if told_units is None:
        return None
    found: list[tuple[str, Fraction, str]] = []
    story = re.sub(r"\s+", " ", quantities(story, *told_units, found))
    asked_found: list[tuple[str, Fraction, str]] = []
    question = re.sub(r"\s+", " ", quantities(question, *told_units, asked_found))
    if re.search(r"#\d", story + question) or not _read(story + " " + question):
        return None
    speeds = [v for k, v, _ in found if k == "speed"]
    lengths = [v for k, v, _ in found + asked_found if k == "length"]
    times = [v for k, v, _ in found + asked_found if k == "time"]
    if len(speeds) != 2 or len(lengths) > 1 or len(times) > 1:
        return None
    start = Fraction(0)
    if re.search(r"@q apart (?:from each other )?(?:and )?(?:ride|drive|walk|run|move|travel|"
                 r"start|head|fly|set)", story) or re.search(r"\bstart @q apart\b", story):
        if way != "toward" or not lengths:
            return None
        start = lengths.pop()
    return _answer(way, speeds, start, lengths, times, question, places, form)


def _read(text: str) -> bool:
    text = re.sub(r"@q|@\d+@|'s\b", " ", text)
    for pattern, _ in _WAYS:
        text = re.sub(pattern, " ", text)
    verbs = r"(?:" + MOVES + r"|start|starts|leave|leaves|set|sets)\b"
    names = set(re.findall(r"(?:^|[.?!,;] |\band |\bif )([a-z]+) " + verbs, text.strip()))
    pair = re.search(r"(?:^|[.?!,;] )([a-z]+) and ([a-z]+) " + verbs, text.strip())
    names |= set(pair.groups()) if pair else set()
    names -= MOTION_WORDS | FILLER | _PAIR_WORDS
    words = set(re.findall(r"[a-z]+", text))
    return len(names) <= 2 and not (words - MOTION_WORDS - _PAIR_WORDS - FILLER - names)


def _answer(way: str, speeds: list[Fraction], start: Fraction, lengths: list[Fraction],
            times: list[Fraction], question: str, places: int | None, form: str | None
            ) -> Result | None:
    v1, v2 = speeds
    closing = v1 + v2 if way != "same" else abs(v1 - v2)
    if closing == 0:
        raise Decline("the gap between them never changes")
    t = sp.Symbol("t", positive=True)
    sign = -1 if way == "toward" else 1
    gap = sp.Rational(start) + sign * sp.Rational(closing) * t
    what = "apart" if way != "toward" else "between them"
    if re.search(r"\bhow far apart\b|\bhow many [a-z]+ apart\b|\bwhat is the distance "
                 r"between them\b", question) and times and not lengths:
        when = times[0]
        answer = gap.subs(t, sp.Rational(when))
        if answer < 0:
            raise Decline("they have passed each other by then")
    elif re.search(r"\b(?:how long|how many (?:hours|minutes|seconds)|when)\b", question) and (
            lengths and re.search(r"\bapart\b", question) or
            way == "toward" and re.search(r"\bmeet\b", question) and not lengths) and not times:
        target = sp.Rational(lengths[0]) if lengths else sp.Integer(0)
        found = sp.solve(sp.Eq(gap, target), t)
        if len(found) != 1 or not isinstance(found[0], sp.Rational):
            raise Decline("no time at which the gap is that")
        answer = found[0]
        when = Fraction(int(answer.p), int(answer.q))
    else:
        return None
    x1 = v1 * when * (-1 if way == "away" else 1)  # positions on a line, the first from 0
    x2 = (start - v2 * when) if way == "toward" else v2 * when
    distance = abs(x2 - x1)
    expected = Fraction(int(gap.subs(t, sp.Rational(when)).p),
                        int(gap.subs(t, sp.Rational(when)).q))
    confirm.check(distance == expected, "both movers placed on a line at that time: the "
                  "distance between them (exact fractions)")
    claim = f"{sp.latex(gap)}"
    steps = [step("the gap", "The gap changes by the sum of the speeds when they move apart "
                  "or toward each other, by the difference when they go the same way.",
                  f"The distance {what} after time $t$ is ${claim}$", claim),
             step("answer", "Put in what is known.", f"${sp.latex(answer)}$",
                  sp.latex(answer))]
    if not isinstance(answer, sp.Rational):
        return None
    v = Fraction(int(answer.p), int(answer.q))
    extra = nw.in_form_asked(v, nw.tex_of(v), places, form) if (
        form or places is not None) else None
    return (extra[0], steps + extra[1]) if extra else (answer, steps)


__all__ = ["two_movers"]
