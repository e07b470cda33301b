"""Reader of a die rolled once a day and rolled again on some faces, counted over days:
"Kai rolls a fair six-sided die every morning. If he rolls a 1, he rolls again. What is the
expected number of times Kai rolls his die in a week?", "If he rolls an even number, he walks
to school. If he rolls a 1 or a 3, he takes the bus. If he rolls a 5, he rolls again. Over
40 school days, what is the expected number of days Ravi walks?", "... the expected value of
the difference between the number of days he walks and the number of days he takes the
bus?".

A die of s faces rolled again on r of them is rolled s / (s - r) times a day on average, and
the roll that stays is equally likely to be any of the other s - r faces, so a doing told by
a of them happens on a day with chance a / (s - r). Over D days (a week is 7, a year 365 or
366) the expectation is D times the day's. Confirmed another way: the day's figures as the
sums over how many times the die is rolled again (a geometric series summed by SymPy), and
the days' expectation by summing k times the chance of exactly k days over every k.

Every rule must be one sentence "if he rolls ..., he ..." with faces that do not overlap;
rolling again must be among them. No count of days, a limit on the rolls, or a doing not in
the rules is another question, left unread and declined.
"""

from __future__ import annotations

import re
from fractions import Fraction
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import FAIR
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_PERIOD = r"(?:morning|day|night|evening|afternoon|(?P<{}>school day|weekday))"
_START = r"(?:^ |(?<=[.?!;] )|(?<=[.?!;]  ))"
_DIE = (_START + r"(?:(?:each|every) " + _PERIOD.format("some1") + r",? )?(?P<name>[a-z]+) rolls "
        r"an? " + FAIR + r"(?:#(?P<s>\d+)[- ]sided )?" + FAIR + r"die(?: (?:each|every) "
        + _PERIOD.format("some2") + r")?\.")
_SUBJECT = r"(?P<who>he|she|it|they|[a-z]+)"
_FACES = (r"(?P<what>(?:an? )?(?:even|odd|prime|composite) number|(?:an? )?#\d+(?:(?:,| or|, "
          r"or) (?:an? )?#\d+)*)")
_RULE = (_START + r"(?:if|whenever|when) " + _SUBJECT + r" (?:rolls|lands on|shows|comes up) "
         + _FACES + r",? (?:then )?(?P<doer>he|she|they|[a-z]+) (?P<act>[a-z' ]+?)\.")
_DAYS = [r",? (?:in|over|during) an? (?P<week>week)\b",
         r",? (?:in|over|during) an? #(?P<d>\d+) ?-day (?:month|period|stretch|stay)\b",
         r",? (?:in|over|during) (?:the next )?#(?P<d>\d+) (?:days|mornings|nights|evenings|"
         r"afternoons|school days|weekdays)\b",
         r",? (?:in|over|during) an? (?P<year>non-leap|leap) year\b"]
_ASK = r" (?:what is |find |compute )?the expected "
_WHO = r"(?:he|she|they|[a-z]+)"
_END = r"(?= ?[?.,;]| $)"
_DAYS_OF = r"number of (?:days|mornings|nights|evenings|school days)(?: on which)? " + _WHO
_QUESTIONS = [
    _ASK + r"number of times " + _WHO + r" (?:will )?(?P<rolls>rolls?)(?: (?:his|her|their|"
    r"the) die)?" + _END,
    _ASK + r"number of (?P<rolls>rolls)(?: " + _WHO + r" (?:makes|will make))?" + _END,
    _ASK + r"(?:value of the )?difference between the " + _DAYS_OF + r" (?P<a1>[a-z' ]+?) and "
    r"the " + _DAYS_OF + r" (?P<a2>[a-z' ]+?)" + _END,
    _ASK + _DAYS_OF + r" (?P<act>[a-z' ]+?)" + _END]
_AGAIN = re.compile(r"(?:rolls|will roll|must roll|has to roll) (?:again|the die again)")
_GLUE = {"what", "is", "whats", "then", "in", "over"}
_MOST_DAYS = 1000


def rerolled_die(split: Split, template: str) -> Result | None:
    if not quick(template, "again") or not quick(template, "expected"):
        return None
    w = Wording.of(split, template)
    die, rules = w.take(_DIE), w.take(_RULE)
    days = [m for p in _DAYS for m in w.take(p)]
    asked = [m for p in _QUESTIONS for m in w.take(p)]
    if len(die) != 1 or not rules or len(days) != 1 or len(asked) != 1 or not w.only_glue(
            _GLUE):
        return None
    name = die[0].group("name")
    if any(m.group("who") not in (name, "he", "she", "they", "it") or m.group("doer") not in (
            name, "he", "she", "they") for m in rules):
        raise Decline("one person rolling")
    s = int(die[0].group("s") or 6)
    if not 2 <= s <= 1000:
        raise Decline("a die of a modest number of faces")
    again, acts = _rules(rules, s)
    d = days[0].groupdict()
    n_days = 7 if d.get("week") else (366 if d.get("year") == "leap" else 365) if d.get(
        "year") else int(d["d"])
    if not 1 <= n_days <= _MOST_DAYS:
        raise Decline("a modest number of days")
    if (d.get("week") or d.get("year")) and (die[0].group("some1") or die[0].group("some2")):
        raise Decline("school days or weekdays in a week or a year")
    kept = s - again
    q = asked[0].groupdict()
    if q.get("rolls"):
        per_day, what = Fraction(s, kept), "rolls"
        series = sp.summation(sp.Rational(again, s) ** sp.Symbol("k"), (sp.Symbol("k"), 0,
                                                                           sp.oo))
    else:
        faces = [_acted(acts, q[k]) for k in (("a1", "a2") if q.get("a1") else ("act",))]
        good = faces[0] - (faces[1] if len(faces) > 1 else 0)
        if good < 0:
            raise Decline("which difference is meant")
        per_day, what = Fraction(good, kept), "days"
        series = sp.summation(sp.Rational(good, s) * sp.Rational(again, s) ** sp.Symbol("k"),
                              (sp.Symbol("k"), 0, sp.oo))
    confirm.check(series == sp.Rational(per_day.numerator, per_day.denominator),
                  "the day's expectation summed over the number of rolls again")
    value = per_day * n_days
    if what == "days" and len(faces) == 1:
        p = per_day
        by_k = sum(k * comb(n_days, k) * p ** k * (1 - p) ** (n_days - k)
                   for k in range(n_days + 1))
        confirm.check(by_k == value, "summing k times the chance of exactly k days")
    answer = sp.Rational(value.numerator, value.denominator)
    day = sp.Rational(per_day.numerator, per_day.denominator)
    claim = f"{n_days} \\cdot {latex(day)} = {latex(answer)}"
    hint = (f"Each day the die is rolled {s}/{kept} times on average ({again} of its {s} faces "
            "mean rolling again)" if what == "rolls" else
            f"The roll that stays is equally likely to be any of the {kept} faces that do not "
            "mean rolling again, so each day adds that share")
    return answer, [step("expectation over days", f"{hint}; over {n_days} days the "
                         "expectation is that many times the day's.", f"${claim}$", claim)]


def _rules(rules: list[re.Match[str]], s: int) -> tuple[int, dict[str, set[int]]]:
    """How many faces mean rolling again, and the faces of each other doing."""
    seen: set[int] = set()
    again: set[int] | None = None
    acts: dict[str, set[int]] = {}
    for m in rules:
        faces = _faces(m.group("what"), s)
        if faces & seen or not faces:
            raise Decline("rules whose faces do not overlap")
        seen |= faces
        act = m.group("act").strip()
        if _AGAIN.fullmatch(act):
            if again is not None:
                raise Decline("rolling again said once")
            again = faces
        elif act in acts or "again" in act.split():
            raise Decline("each doing said once")
        else:
            acts[act] = faces
    if again is None or len(again) >= s:
        raise Decline("some faces, not all, mean rolling again")
    return len(again), acts


def _faces(what: str, s: int) -> set[int]:
    """The faces a rule names: listed numbers, or even, odd, prime or composite ones."""
    kind = re.search(r"(even|odd|prime|composite) number", what)
    faces = range(1, s + 1)
    if kind:
        test = {"even": lambda f: f % 2 == 0, "odd": lambda f: f % 2 == 1,
                "prime": sp.isprime, "composite": lambda f: f > 1 and not sp.isprime(f)}
        return {f for f in faces if test[kind.group(1)](f)}
    listed = [int(x) for x in re.findall(r"#(\d+)", what)]
    if len(set(listed)) != len(listed) or any(not 1 <= x <= s for x in listed):
        raise Decline("faces the die has, each said once")
    return set(listed)


def _acted(acts: dict[str, set[int]], said: str) -> int:
    """The number of faces of the one doing whose words start with `said`."""
    words = said.split()
    found = [faces for act, faces in acts.items() if act.split()[:len(words)] == words]
    if len(found) != 1:
        raise Decline("a doing the rules tell")
    return len(found[0])


__all__ = ["rerolled_die"]
