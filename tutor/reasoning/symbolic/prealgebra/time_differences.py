"""Reader of how much longer one trip takes than another at steady rates: "A bus keeps to 40
miles per hour. How many minutes longer does a 130-mile trip take than a 110-mile trip?"
(one rate, two distances), "Ann runs at 7 minutes per mile and Bea at 9 minutes per mile. In
a 5-mile race, how many minutes after Ann finishes does Bea finish, if they start together?"
(two rates, one distance).

A rate is a speed ("50 miles per hour", "12 km per hour") or a pace ("6 minutes per mile");
a distance is "a 450-mile trip" or "450 miles". With one rate the question compares the two
distances in its own order ("how many minutes less would a 450-mile trip take than a 475-mile
trip"); with two, each rate belongs to the one name that starts its clause, and the question
says which finishes later ("how many minutes after A ... will B", "how many minutes sooner
does A finish than B"). The difference must have the sign the question says; any other
number, or a word that changes the maths ("not", "stops", "rest", "back", "head start")
leaves it unread.

Each time is the distance over the speed (or the distance times the pace): found by `Story`
(t · speed = distance, solved and checked in exact fractions) and again in Fractions, in
seconds, by another route; the two differences must agree.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story

_N = r"#\d+(?:\.\d+|/\d+)?"
_RATE = re.compile(rf"(?P<v>{_N}) (?P<a>[a-z]+) (?:per|an|a|each|every) (?P<b>[a-z]+)\b")
_DIST = re.compile(rf"(?P<v>{_N}) ?-?(?P<u>[a-z]+)(?: (?:trip|race|run|drive|ride|walk|route|"
                   r"journey|course|swim|flight))?\b")
_ASK = re.compile(r"\bhow many (?P<u>[a-z]+) (?P<dir>less|more|longer|shorter|sooner|earlier|"
                  r"later|faster|slower|after|before)\b")
_UNREAD = re.compile(r"\b(?:not|stops?|stopped|rests?|break|breaks|back|head start|round|"
                     r"twice|half|times|each way|return|returns|wait|waits|late|delay)\b")
_DETERMINERS = frozenset("a an the if in on at while and but when".split())


def _rate(m: re.Match[str]) -> tuple[str, Fraction] | None:
    """("speed", distance units per hour... in base units) as metres-free Fractions: the
    rate in centimetres per second ("speed") or seconds per centimetre ("pace")."""
    a, b = units.unit(m.group("a")), units.unit(m.group("b"))
    if a is None or b is None:
        return None
    v = wording.value(m.group("v"))
    if units.kind(a) == "length" and units.kind(b) == "time":
        per_cm = units.factor(a, "centimeter")
        per_s = units.factor(b, "second")
        assert per_cm is not None and per_s is not None
        return "speed", v * per_cm / per_s
    if units.kind(a) == "time" and units.kind(b) == "length":
        s, cm = units.factor(a, "second"), units.factor(b, "centimeter")
        assert s is not None and cm is not None
        return "pace", v * s / cm
    return None


def time_differences(split: Split, template: str) -> Result | None:
    if not re.search(r"\bhow many\b", template) or not re.search(r"\bper\b", template):
        return None
    text, places, form = nw.read_story(split, template)
    text = re.sub(r"\s+", " ", text).strip()
    if places is not None or form is not None or "@" in text or _UNREAD.search(text):
        return None
    asks = list(_ASK.finditer(text))
    if len(asks) != 1:
        return None
    ask = asks[0]
    unit = units.unit(ask.group("u"))
    if unit is None or units.kind(unit) != "time":
        return None
    rates = [(m, _rate(m)) for m in _RATE.finditer(text)]
    if any(r is None for _, r in rates) or not 1 <= len(rates) <= 2:
        return None
    taken = [range(m.start(), m.end()) for m, _ in rates]
    dists = [m for m in _DIST.finditer(text) if not any(m.start() in t for t in taken)
             and units.unit(m.group("u")) is not None
             and units.kind(units.unit(m.group("u")) or "") == "length"]
    if len(rates) + len(dists) != text.count("#"):
        return None
    if len(rates) == 1 and len(dists) == 2:
        return _two_distances(text, ask, unit, rates[0][1], dists)  # type: ignore[arg-type]
    if len(rates) == 2 and len(dists) == 1:
        return _two_rates(text, ask, unit, rates, dists[0])  # type: ignore[arg-type]
    return None


def _seconds(rate: tuple[str, Fraction], cm: Fraction) -> Fraction:
    how, v = rate
    return cm / v if how == "speed" else cm * v


def _cm(m: re.Match[str]) -> Fraction:
    u = units.unit(m.group("u"))
    assert u is not None
    f = units.factor(u, "centimeter")
    assert f is not None
    return wording.value(m.group("v")) * f


def _two_distances(text: str, ask: re.Match[str], unit: str, rate: tuple[str, Fraction],
                   dists: list[re.Match[str]]) -> Result | None:
    if not all(d.start() > ask.end() for d in dists) or " than " not in \
            text[dists[0].end():dists[1].start()]:
        return None  # "how many minutes less would a 450-mile trip take than a 475-mile trip"
    if ask.group("dir") not in ("less", "more", "longer", "shorter", "sooner"):
        return None
    longer = ask.group("dir") in ("more", "longer")
    return _answer((rate, _cm(dists[0])), (rate, _cm(dists[1])), longer, unit,
                   "the first trip", "the second trip")


def _two_rates(text: str, ask: re.Match[str], unit: str,
               rates: list[tuple[re.Match[str], tuple[str, Fraction]]],
               dist: re.Match[str]) -> Result | None:
    names: list[str] = []
    for m, _ in rates:
        cuts = [(text.rfind(sep, 0, m.start()), sep) for sep in (". ", ", ", " and ", " while ")]
        start = max((at + len(sep) for at, sep in cuts if at >= 0), default=0)
        words = text[start:m.start()].split()
        while words and words[0] in _DETERMINERS:
            words.pop(0)
        if not words or not re.fullmatch(r"[a-z]+", words[0]):
            return None
        names.append(words[0])
    if len(set(names)) != 2:
        return None
    q = text[ask.start():]
    found = [(re.search(rf"\b{n}\b", q), n) for n in names]
    if any(f is None for f, _ in found):
        return None
    order = [(f.start() if f else -1, n) for f, n in found]
    x, y = (n for _, n in sorted(order))  # x said first in the question
    d = ask.group("dir")
    if d == "after" and re.search(rf"\bafter {x}\b.*\bwill {y}\b|\bafter {x}\b.*\bdoes {y}\b",
                                  q):
        later, earlier = y, x
    elif d in ("sooner", "earlier", "before") and re.search(rf"\b{x}\b.*\bthan {y}\b", q):
        later, earlier = y, x
    elif d in ("later", "longer", "more") and re.search(rf"\b{x}\b.*\bthan {y}\b", q):
        later, earlier = x, y
    else:
        return None
    cm = _cm(dist)
    rate_of = {n: r for n, (_, r) in zip(names, rates, strict=True)}
    return _answer((rate_of[later], cm), (rate_of[earlier], cm), True, unit, later, earlier)


def _answer(a: tuple[tuple[str, Fraction], Fraction], b: tuple[tuple[str, Fraction], Fraction],
            a_longer: bool, unit: str, name_a: str, name_b: str) -> Result | None:
    """The time of trip a (a rate and a distance in cm) less that of b (a is the longer), or
    b less a, in `unit`; None when the story says the other."""
    diff = _seconds(*a) - _seconds(*b) if a_longer else _seconds(*b) - _seconds(*a)
    if diff <= 0:
        return None
    per = units.factor(unit, "second")
    assert per is not None
    ts = sp.symbols("t_1 t_2", positive=True)
    story = Story(list(ts))
    for t, ((how, v), cm), name in zip(ts, (a, b), (name_a, name_b), strict=True):
        v_, cm_, per_ = (sp.Rational(x.numerator, x.denominator) for x in (v, cm, per))
        if how == "speed":  # time x speed = distance
            story.state(t * per_ * v_, cm_, f"{name}: time in {unit}s times speed = distance")
        else:  # time = distance x pace
            story.state(t * per_, cm_ * v_, f"{name}: time in {unit}s = distance times pace")
    t1, t2 = ts
    answer, steps = story.solve(lambda _s: (t1 - t2) if a_longer else (t2 - t1),
                                f"the difference in {unit}s")
    confirm.check(answer == sp.Rational(diff.numerator, diff.denominator) / sp.Rational(
        per.numerator, per.denominator), "the difference again, in seconds, converted")
    return answer, steps


__all__ = ["time_differences"]
