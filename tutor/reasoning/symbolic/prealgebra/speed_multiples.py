"""Reader of the time one task takes when one doer is told as a multiple of another's speed:
"My friend reads three times as fast as I do. If it takes me 3 hours to read a book, how many
minutes will it take my friend to read the same book?", "Ann paints twice as fast as Ben. It
takes Ann 4 hours to paint a fence. How long does it take Ben to paint the fence?", "Kim types
25% faster than Lee. It takes Lee 50 minutes to type the report. How many minutes does it take
Kim to type the report?", "Jo can mow the lawn in 30 minutes. Max mows two-thirds as fast as Jo.
How many minutes does it take Max to mow the lawn?", "Pipe A fills the tank twice as fast as
pipe B ..." (the object told with the speed must be the task's).

One sentence relates the two speeds (a "k times as fast as" b, "k as fast as", "p% faster
than"); one tells the time one of them takes for a task; the question asks the other's time for
the same task (the words after "to" agree up to "the same", articles and pronouns), in the unit
asked or the unit told. A speed k times as large takes 1/k of the time: T_b = k T_a. "k times
faster" (read two ways), "slower", a third doer, a second task or any other word leaves the
problem unread. Solved by `Story` in exact fractions; confirmed by rates: each doer's share of
the task per second, from the told time and the speed ratio, times the time found, is the
whole task.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_NOT_WHO = r"(?!(?:it|if|and|then|so|how|what|the|a|an)\b)"
_WHO = (rf"(?:(?:(?:my|his|her|their|your|our) )?{_NOT_WHO}[a-z]+|(?:pipe|pump|machine|"
        r"printer|robot|hose|faucet|tap|copier|crew|team) [a-z])")  # "pipe a": a letter
_UNIT = r"(?:seconds?|minutes?|hours?|days?|weeks?)"
_TASK = r"(?P<task>[a-z]+(?: [a-z']+){0,5})"
_DOES = r"(?: (?:does|do|did|can|is|am|are))?"
_RELATIONS = [
    rf"(?P<a>{_WHO}) (?:can )?(?P<verb>[a-z]+)(?: (?P<obj>(?:a|an|the) [a-z]+))? (?P<f>{NUM})"
    rf"(?: times)? as (?:fast|quickly) as (?P<b>{_WHO}){_DOES}",
    rf"(?P<a>{_WHO}) (?:can )?(?P<verb>[a-z]+)(?: (?P<obj>(?:a|an|the) [a-z]+))? (?P<p>{NUM}) "
    rf"percent faster than (?P<b>{_WHO}){_DOES}",
]
_TIMES = [
    rf"(?:if )?it takes (?P<w>{_WHO}) (?P<t>{NUM}) (?P<u>{_UNIT}) to {_TASK}",
    rf"(?:if )?(?P<w>{_WHO}) (?:takes|needs) (?P<t>{NUM}) (?P<u>{_UNIT}) to {_TASK}",
    rf"(?:if )?(?P<w>{_WHO}) can {_TASK} in (?P<t>{NUM}) (?P<u>{_UNIT})",
]
_ASKS = [
    rf"how (?:many (?P<u>{_UNIT})|long) (?:will|would|does|did|should) it take (?P<w>{_WHO}) to "
    rf"{_TASK}",
    rf"how (?:many (?P<u>{_UNIT})|long) (?:will|would|does|did) (?P<w>{_WHO}) (?:take|need) to "
    rf"{_TASK}",
    rf"in how many (?P<u>{_UNIT}) (?:can|will|would|does) (?P<w>{_WHO}) {_TASK}",
]
_SELF = {"i": "me", "myself": "me"}
_DROP = frozenset("a an the same that this one entire whole".split())


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:as fast|as quickly|faster)\b", template) \
            or not re.search(r"\btakes?\b|\bin how many\b|\bcan\b", template):
        return None
    text = wording.of(split, nw.word_fractions(template)).text
    if "@" in text or re.search(r"\btimes (?:faster|slower)\b|\bslower\b", text):
        return None
    sentences = [s.strip(" .?!") for s in re.split(r"(?<=[.?!;])\s+|,\s+", text)
                 if s.strip(" .?!")]
    if len(sentences) != 3:
        return None
    rel = _one(sentences[:2], _RELATIONS)
    told = _one(sentences[:2], _TIMES)
    ask = next((m for p in _ASKS if (m := re.fullmatch(p, sentences[2]))), None)
    if rel is None or told is None or ask is None or rel.string == told.string:
        return None
    fast, slow = _who(rel.group("a")), _who(rel.group("b"))
    given, asked = _who(told.group("w")), _who(ask.group("w"))
    if fast == slow or {given, asked} != {fast, slow}:
        return None
    if _task(told.group("task")) != _task(ask.group("task")):
        raise Decline("the time asked is for another task than the time told")
    stem = re.sub(r"(?:es|s)$", "", rel.group("verb"))
    if rel.group("verb") not in ("works", "work") and not _task(ask.group("task")).startswith(
            (stem, rel.group("verb"))):
        return None  # "types twice as fast" and a time "to read a book"
    if rel.group("obj") and rel.group("obj").split()[-1] not in _task(ask.group("task")).split():
        raise Decline("the speeds compared are for another task than the time asked")
    if rel.groupdict().get("p"):
        k = 1 + wording.value(rel.group("p")) / 100
    else:
        k = wording.value(rel.group("f"))
    if k <= 0:
        return None
    u_told = units.unit(told.group("u"))
    u_ask = units.unit(ask.group("u") or told.group("u"))
    assert u_told is not None and u_ask is not None
    per = units.factor(u_told, u_ask)
    if per is None:
        return None
    t = wording.value(told.group("t"))
    tf, ts = sp.symbols("T_fast T_slow", positive=True)
    story = Story([tf, ts])
    story.state(ts, _q(k) * tf, f"{fast} works {k} times as fast as {slow}, so {slow} takes "
                                f"{k} times as long")
    story.state(ts if given == slow else tf, _q(t * per),
                f"{given} takes {t} {told.group('u')} = {t * per} {u_ask}s")
    target = tf if asked == fast else ts
    answer, steps = story.solve(lambda _sol: target, f"{asked}'s time in {u_ask}s")
    if not isinstance(answer, sp.Rational):
        raise Decline("an exact time")
    _confirm(k, t * (units.factor(u_told, "second") or 0), given == fast,
             Fraction(int(answer.p), int(answer.q)) * (units.factor(u_ask, "second") or 0))
    return answer, steps


def _confirm(k: Fraction, told_s: Fraction, told_fast: bool, found_s: Fraction) -> None:
    """Rates in tasks per second: the told doer's rate is 1 / told time, the other's is k times
    it (or 1/k); that rate over the time found must do exactly one task."""
    rate = 1 / told_s
    other = rate / k if told_fast else rate * k
    confirm.check(other * found_s == 1, "the other doer's rate times the time found is one task")


def _one(sentences: list[str], patterns: list[str]) -> re.Match[str] | None:
    found = [m for s in sentences for p in patterns if (m := re.fullmatch(p, s))]
    if len(found) > 1:
        raise Decline("a fact read twice")
    return found[0] if found else None


def _who(words: str) -> str:
    return _SELF.get(words, words)


def _task(words: str) -> str:
    words = re.sub(r"\b(?:his|her|their|my|your|our|its)\b", "own", words)
    return " ".join(w for w in words.split() if w not in _DROP)


def _q(v: Fraction) -> sp.Rational:
    return sp.Rational(v.numerator, v.denominator)


__all__ = ["read"]
