"""Reader of inverse proportion told as a story: a product of two amounts stays the same.
"Six painters can paint a barn in 4 days. How many days would 8 painters take?", "It took
5 hours for 12 pumps to drain a pond; with 10 pumps, how many hours would it take?", "Kai
cycled at 15 miles per hour for 2 hours. At what speed must Lu cycle to cover the same
distance in 3 hours?", "Mia carries two 10-pound bags 9 times. With two 15-pound bags, how
many times must she carry them to move the same total weight?", "Ray works 30 hours per week
for 10 weeks and earns $3000. How many hours per week must he work for 12 weeks to earn
$3000 again?".

The story tells the first situation (one amount of each of two kinds, in that order of the
text or the other), then the second situation, which changes one amount and asks for the
other (and may change a total: a job of 3 houses for one of 2, $4000 to earn for $3000).
The two amounts multiply to the total, so x f2 / T2 = a f1 / T1. Read as a product only when
the maths says so:

- a number of workers (people, machines, pumps ...) and a time: the work done;
- a rate "X per Y" and an amount in Y (a speed and a time): the total X, said to be the
  same ("the same distance", "the same total", "the same number of X") or told as a total
  in both situations;
- a measure of one item ("20-pound weights", "24 feet from the center") and a count
  ("12 times", "32 revolutions"): the total ("the same total weight", "the same
  distance");
- any two amounts the story says are inversely proportional ("the number of guests is
  inversely proportional to the ticket price"), to no power.

Every number must belong to one of these amounts, and words that change the maths ("more",
"fewer", "each", "than", "left", "least", "both") leave the story unread. Counts of workers
or things must come out whole. Solved and confirmed by `Story` (the product relation
evaluated again in exact fractions).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.dollar_amounts import dollar_sign_before, keep_dollars
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.typed import FILLER

X = sp.Symbol("x")
_NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
AGENTS = frozenset(
    "person people worker man men woman women machine pump painter employee builder friend "
    "student child children team crew hose pipe robot cook chef farmer gardener printer baker "
    "carpenter plumber volunteer laborer labourer mason cleaner typist truck tractor "
    "bulldozer cow horse sheep goat".split())
_COUNTS = frozenset("time revolution turn rotation trip lap lift repetition rep spin cycle "
                    "circuit load step stride jump hop".split())
# a job shared out among workers (watching a film or walking somewhere is not shared out)
_JOBS = frozenset(
    "build built building paint painted painting dig dug digging clean cleaned cleaning fill "
    "filled filling drain drained draining empty emptied emptying harvest harvested pick picked "
    "finish finished complete completed make made mow mowed plow plowed plough "
    "type typed pave paved repair repaired assemble assembled load loaded unload unloaded pack "
    "packed eat ate eaten lay laid sew sewed knit knitted fix fixed wash washed print printed "
    "produce produced write wrote written deliver delivered construct constructed plant planted "
    "weed weeded shovel shoveled clear cleared job task".split())
_UNREAD = frozenset(
    "not no more fewer less longer shorter faster slower extra additional than left remaining "
    "remain remains each every already after before both least most minimum maximum nearest "
    "rounded percent first next later earlier ago until start started join joined leave "
    "leaves quit added add fraction part rest other others twice half counting including "
    "included plus besides excluding without".split())
_NOT_UNITS = FILLER | _UNREAD | frozenset("and or per with by at from as".split())
_QUANTITY = re.compile(
    rf"(?:(?P<n>#\d+) )?(?P<v>{_NUM})(?: ?-(?P<adj>[a-z]+)| (?P<u>[a-z]+))"
    r"(?: (?:per|an|a|each) (?P<per>second|minute|hour|day|week|month|year)\b)?")
_ASKS = [re.compile(p) for p in (
    r"\b(?:how many (?:total )?|(?:find|compute|determine|what is) the (?:total )?number of )"
    r"(?P<u>[a-z]+)(?: per (?P<per>[a-z]+))?",
    r"\bhow (?P<long>long)\b|\bhow much (?P<time>time)\b",
    r"\b(?:at )?what (?:is the |must be the |would be the |should be the )?(?:average |constant "
    r"|steady )?(?P<speed>speed|rate)\b|\bhow (?P<fast>fast)\b",
    # "what will the new pressure be, in kPa?"
    r"\bwhat (?:will|would|is) (?:be )?the new [a-z]+(?: be)?,? in (?P<u>[a-z]+)\b")]
_TOLD = re.compile(r"\binversely (?:proportional|related)\b|\bvar(?:y|ies|ied) inversely\b"
                   r"|\bin inverse proportion\b")
_MONTH_YEAR = {"month": "month", "year": "year"}
# a length on a wheel is its radius, its diameter or its rim: two of them mixed is no product
_CIRCLE_WORDS = [frozenset({"radius", "radii", "center", "centre"}), frozenset({"diameter"}),
                 frozenset({"circumference", "perimeter"})]


@dataclass(frozen=True)
class Amount:
    value: Fraction
    key: str  # "hour", "painter", "mile/hour", "pound"
    words: str


def _key(word: str) -> str:
    return units.unit(word, abbreviations=False) or _MONTH_YEAR.get(units.noun(word)) \
        or units.noun(word)


def _amounts(text: str) -> list[Amount]:
    out = []
    for m in _QUANTITY.finditer(text):
        value = wording.value(m.group("v"))
        if m.group("adj"):  # "two 20-pound weights": the measure of each, times their count
            word = m.group("adj")
            if not units.unit(word, abbreviations=False):
                raise Decline("a measure that is not a unit")
            value *= wording.value(m.group("n")) if m.group("n") else 1
            key = _key(word)
        else:
            if m.group("n"):
                raise Decline("two numbers side by side")
            word = m.group("u")
            if word in _NOT_UNITS:
                raise Decline("a number that is not an amount of something")
            key = "mile/hour" if word == "mph" else _key(word)
        if m.group("per"):
            key = f"{key}/{_key(m.group('per'))}"
        out.append(Amount(value, key, m.group(0)))
    return out


def _normal(split: Split, template: str) -> str:
    w = wording.of(split, keep_dollars(split, template))
    t = dollar_sign_before(split, w.text)
    # "three and a half hours" is read as "#3 and a #1/2 times hours"
    t = re.sub(r"(#\d+) and (?:a )?#1/2(?: times)? (?=[a-z])",
               lambda m: f"#{wording.value(m.group(1)) + Fraction(1, 2)} ", t)
    return re.sub(r"\bmiles an hour\b", "miles per hour", t)


def _kinds(a: str, b: str) -> str | None:
    """How two amounts multiply to a total: "work", "rate" or "measure"; or None."""
    for p, q in ((a, b), (b, a)):
        if p in AGENTS and units.unit(q) in units.TIME:
            return "work"
        if "/" in p and p.split("/")[1] == q:
            return "rate"
        if "/" not in p and units.unit(p) and q in _COUNTS:
            return "measure"
    return None


_IRREGULAR = {"built": "build", "dug": "dig", "ate": "eat", "eaten": "eat", "made": "make",
              "laid": "lay", "wrote": "write", "written": "write"}


def _job_root(word: str) -> str:
    """One name for a job verb in any form: "painted", "painting" -> "paint"."""
    w = _IRREGULAR.get(word, word)
    for end in ("ing", "ed"):
        if w.endswith(end) and len(w) > len(end) + 2:
            w = w[:-len(end)]
            break
    if len(w) > 2 and w[-1] == w[-2]:
        w = w[:-1]  # "knitted", "fill" -> "knit", "fil"
    return w.rstrip("e").replace("y", "i").rstrip("i") or w


def _said_same(text: str, kind: str, a: str, b: str) -> bool:
    """The story says the total stays the same."""
    if re.search(r"\bsame total\b", text):
        return True
    if kind == "work":
        jobs = set(re.findall(r"[a-z]+", text)) & _JOBS
        # "paint a fence ... to build it": two jobs, no one work shared out
        return bool(jobs) and len({_job_root(w) for w in jobs - {"job", "task"}}) <= 1
    measure = next(u for u in (a, b) if ("/" in u if kind == "rate" else u not in _COUNTS)
                   ).split("/")[0]
    if units.unit(measure) in units.DISTANCE and re.search(r"\bsame distance\b", text):
        return True
    return kind == "rate" and bool(re.search(rf"\bsame (?:number|amount) of {measure}s?\b",
                                             text.replace("miles", "mile")))


def inverse_rates(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:how|what|find|compute|determine)\b", template):
        return None
    text = _normal(split, template)
    words = set(re.findall(r"[a-z]+", text))
    if re.search(r"@\d+@", text) or words & _UNREAD or len(
            [g for g in _CIRCLE_WORDS if words & g]) > 1:
        return None
    asks = [m for p in _ASKS for m in p.finditer(text)]
    if len(asks) != 1:
        return None
    try:
        found = _amounts(text)
    except Decline:
        return None
    if len(re.findall(r"#", text)) != sum(a.words.count("#") for a in found):
        return None
    keys = [a.key for a in found]
    cut = next((k for k in range(len(keys)) if keys[k] in keys[:k]), len(keys))
    first, then = found[:cut], found[cut:]
    first_keys, then_keys = [a.key for a in first], [a.key for a in then]
    if len(then) == 0 or len(set(then_keys)) != len(then_keys) \
            or not set(then_keys) < set(first_keys) or len(first_keys) - len(then_keys) != 1:
        return None
    asked = (set(first_keys) - set(then_keys)).pop()
    if not _asks_for(asks[0], asked):
        return None
    if _TOLD.search(text) and len(then_keys) == 1:  # "sales are inversely proportional to cost"
        if re.search(r"\b(?:square|squares|cube|cubes|root|directly|direct)\b", text):
            return None
        return _solve(first, then, asked, then_keys[0], None, "told")
    total = [k for k in then_keys if _kinds(asked, k) is None]
    factor = [k for k in then_keys if k not in total]
    if len(factor) != 1 or len(total) > 1:
        return None
    kind = _kinds(asked, factor[0])
    assert kind is not None
    if not total and not _said_same(text, kind, asked, factor[0]) or total and not _total_fits(
            kind, asked, factor[0], total[0]) or not _unit_asked_fits(text, asked):
        return None
    return _solve(first, then, asked, factor[0], total[0] if total else None, kind)


def _total_fits(kind: str, a: str, b: str, total: str) -> bool:
    """A total told in both situations that grows with the product: jobs or money for work
    ("paint 2 houses", "earn $600"), money or the rate's own unit for a rate."""
    if kind == "work":
        return total in ("dollar", "cent") or not units.unit(total) and total not in AGENTS
    rate = a if "/" in a else b
    return kind == "rate" and total in ("dollar", "cent", rate.split("/")[0])


def _unit_asked_fits(text: str, asked: str) -> bool:
    """A unit asked for in words ("in miles per hour", "in minutes") is the asked amount's."""
    for m in re.finditer(r"\bin ([a-z]+)(?: per ([a-z]+))?", text):
        if units.unit(m.group(1), abbreviations=False) or m.group(1) == "mph":
            said = "mile/hour" if m.group(1) == "mph" else _key(m.group(1)) + (
                f"/{_key(m.group(2))}" if m.group(2) else "")
            if said != asked:
                return False
    return True


def _asks_for(ask: re.Match[str], key: str) -> bool:
    got = ask.groupdict()
    if got.get("u"):
        want = _key(got["u"]) + (f"/{_key(got['per'])}" if got.get("per") else "")
        return want == key
    if got.get("long") or got.get("time"):
        return units.unit(key) in units.TIME
    top, _, per = key.partition("/")
    return bool(per) and units.unit(per) in units.TIME and (
        got.get("speed") == "rate" or units.unit(top) in units.DISTANCE)


_TOTAL_WORDS = {"work": "the work done", "rate": "the total", "measure": "the total",
                "told": "the product, as the amounts are inversely proportional,"}


def _solve(first: list[Amount], then: list[Amount], asked: str, factor: str, total: str | None,
           kind: str) -> Result:
    old = {a.key: a for a in first}
    new = {a.key: a for a in then}
    a, f1, f2 = old[asked].value, old[factor].value, new[factor].value
    t1, t2 = (old[total].value, new[total].value) if total else (Fraction(1), Fraction(1))
    if min(a, f1, f2, t1, t2) <= 0:
        raise Decline("an amount that is not positive")
    story = Story([X], positive=True)
    what = _TOTAL_WORDS[kind]
    if total:
        story.state(X * f2 * sp.Rational(t1.numerator, t1.denominator),
                    sp.Rational(a * f1 * t2), f"{what} per {total} is the same in both cases: "
                    f"x times {f2} for {t2} {total}s, {a} times {f1} for {t1} {total}s")
    else:
        story.state(X * sp.Rational(f2), sp.Rational(a * f1),
                    f"{what} is the same in both cases: x times {f2} equals {a} times {f1}")
    answer, steps = story.solve(lambda _sol: X, f"the new amount of {asked}s")
    if not units.unit(asked.split("/")[0]) and not (isinstance(answer, sp.Integer)):
        raise Decline(f"a count of {asked}s that is not a whole number")
    return answer, steps


__all__ = ["AGENTS", "inverse_rates"]
