"""Reader of amounts told as multiples or fractions of one another: "Tom has 24 marbles. Ann
has 3/4 as many marbles as Tom. How many marbles does Ann have?", "It takes Ella 40 minutes
to walk to school. It takes Max 3/5 of that time. How many minutes does it take Max?",
"Sam runs 6 miles per hour. Kim runs 2/3 as fast as Sam, and Lu runs 3 times as fast as
Kim. How fast does Lu run?", "A jug holds 3/4 of a liter of juice. Lee drinks 1/3 of the
juice. How many liters of juice does Lee drink?".

One amount is given (a person's count of things, a time it takes, a speed, an amount of a
named stuff); each other one is a number times an amount told before ("f as many ... as",
"f times as fast as", "f of that time", "f of the juice"). The amount asked must be of the
same thing (marbles, minutes, liters of juice, a speed), in the unit the story uses. Every
word must be read by one of these phrases, a person's name or glue: anything else ("more",
"fewer", "left", "each") leaves the problem unread. Confirmed by `Story` (every relation
evaluated again in exact fractions).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

_HAS = r"(?:has|had|have|owns|owned|collected|collects|picked|picks|baked|bakes|made|makes)"
_NAME = r"(?P<{0}>[a-z]+)"
_SPEED = (r"(?:runs|walks|swims|drives|rides|bikes|cycles|jogs|skates|types|reads|travels|"
          r"flies|run|walk|swim|drive|ride|bike|jog|type|read|travel|fly)")
_TO = r"(?: to (?P<to>[a-z]+(?: [a-z]+){0,3}?))?"
# a sentence naming who goes on an outing, before any number: "Ann, Ben and Cy go for a run"
_OUTING = re.compile(r"(?:[a-z]+, )*[a-z]+,? and [a-z]+ (?:(?:are|were) (?:going|out)|go|went) "
                     r"(?:on|for) a (?:run|walk|jog|swim|ride|bike ride|drive)\s*[.;]\s*")
_OUTING_WORDS = frozenset("and are were going out on for a run walk jog swim ride bike drive go "
                          "went".split())
_GIVEN = [
    ("count", re.compile(rf"{_NAME.format('who')} {_HAS} (?P<v>{NUM}) (?P<thing>[a-z]+)")),
    ("time", re.compile(rf"it takes {_NAME.format('who')} (?P<v>{NUM}) (?P<thing>minutes|hours|"
                        rf"seconds|days){_TO}")),
    ("speed", re.compile(rf"{_NAME.format('who')} {_SPEED} (?:at (?:(?:a|an average|a constant|"
                         rf"a steady) (?:rate|speed) of )?)?(?P<v>{NUM}) (?P<thing>[a-z]+ per "
                         r"[a-z]+)")),
    ("stuff", re.compile(rf"(?:an?|the|one) {_NAME.format('who')} (?:holds|contains|has|had) "
                         rf"(?P<v>{NUM}) (?:of an? )?(?P<thing>[a-z]+ of [a-z]+)")),
]
_SCALED = [
    ("count", re.compile(rf"{_NAME.format('who')} {_HAS} (?P<f>{NUM})(?: times)? as many "
                         rf"(?P<thing>[a-z]+) as {_NAME.format('base')}(?: (?:has|does|did))?")),
    ("time", re.compile(rf"it takes {_NAME.format('who')} (?P<f>{NUM}) (?:of )?(?:that|the "
                        rf"same) (?:amount of )?time{_TO}")),
    ("speed", re.compile(rf"{_NAME.format('who')} {_SPEED} (?P<f>{NUM})(?: times)? as fast as "
                         rf"{_NAME.format('base')}(?: (?:does|did))?")),
    ("stuff", re.compile(rf"{_NAME.format('who')} (?:drinks|drank|eats|ate|uses|used|pours|"
                         rf"poured|takes|took) (?P<f>{NUM}) of (?:the|that|it|this) ?"
                         rf"(?P<thing>[a-z]*)")),
]
_ASK = [
    ("count", re.compile(rf"how many (?P<thing>[a-z]+) (?:does|did) {_NAME.format('who')} "
                         rf"(?:have|has|own|collect|pick|bake|make)")),
    ("time", re.compile(rf"how (?:many (?P<thing>minutes|hours|seconds|days)|long) does it take "
                        rf"{_NAME.format('who')}{_TO}")),
    ("speed", re.compile(rf"how fast (?:does|did) {_NAME.format('who')} {_SPEED}"
                         rf"(?:,? in (?P<thing>[a-z]+ per [a-z]+))?")),
    ("stuff", re.compile(rf"how (?:many|much) (?P<thing>[a-z]+ of [a-z]+) (?:does|did) "
                         rf"{_NAME.format('who')} (?:drink|eat|use|pour|take)")),
]


def scaled_amounts(split: Split, template: str) -> Result | None:
    if not re.search(r"\bas (?:many|fast)\b|\bof (?:that|the same|the|it|this)\b", template):
        return None
    text = wording.of(split, nw.word_fractions(template)).text.strip()  # "two-thirds as fast as"
    text = re.sub(r"\bmph\b", "miles per hour", text)
    if (outing := _OUTING.match(text)) is not None:
        names = set(re.findall(r"[a-z]+", outing.group(0))) - _OUTING_WORDS
        if not names <= set(re.findall(r"[a-z]+", text[outing.end():])):
            return None
        text = text[outing.end():]  # "ann and ben go for a run.": who the story is about
    sentences = [s.strip(" .?!") for s in re.split(r"(?<=[.?!;])\s+|,\s+(?:and\s+)?(?!in\b)", text)
                 if s.strip(" .?!")]
    if len(sentences) < 3:
        return None
    asked = next(((k, m) for k, p in _ASK if (m := p.fullmatch(sentences[-1]))), None)
    if asked is None:
        return None
    kind = asked[0]
    amounts: dict[str, sp.Symbol] = {}
    doing: dict[str, str] = {}  # what each one's time is for: "walk to school"
    story_said: list[tuple[sp.Basic, sp.Basic, str]] = []
    given_thing: str | None = None
    last: str | None = None
    for s in sentences[:-1]:
        s = re.sub(r"^(?:if|and|then|so) ", "", s)
        g = next(((k, m) for k, p in _GIVEN if (m := p.fullmatch(s))), None)
        sc = next(((k, m) for k, p in _SCALED if (m := p.fullmatch(s))), None)
        if (g is None) == (sc is None):
            return None  # unread, or read two ways
        k, m = g or sc  # type: ignore[misc]
        if k != kind:
            return None
        who = m.group("who")
        if who in amounts:
            raise Decline(f"two amounts for {who}")
        amounts[who] = sp.Symbol(f"a_{who}")
        if m.groupdict().get("to"):
            doing[who] = _task(m.group("to"))
        said = m.group(0)
        if g is not None:
            if given_thing is not None:
                raise Decline("two amounts given")
            given_thing = _thing(m.group("thing"))
            story_said.append((amounts[who], sp.Rational(wording.value(m.group("v"))), said))
        else:
            base = m.groupdict().get("base") or last
            if base is None or base not in amounts or base == who:
                return None
            thing = m.groupdict().get("thing")
            if thing and given_thing and _thing(thing) not in (given_thing,
                                                                given_thing.split(" of ")[-1]):
                return None
            factor = sp.Rational(wording.value(m.group("f")))
            story_said.append((amounts[who], factor * amounts[base], said))
        last = who
    who = asked[1].group("who")
    thing = asked[1].groupdict().get("thing")
    if who not in amounts or given_thing is None or thing and _thing(thing) != given_thing:
        return None
    task = asked[1].groupdict().get("to")
    if task and doing.get(who, _task(task)) != _task(task):
        raise Decline(f"the time asked is for something else than {who}'s time told")
    story = Story(list(amounts.values()))
    for lhs, rhs, said in story_said:
        story.state(lhs, rhs, said.replace("#", ""))
    target = amounts[who]
    return story.solve(lambda _sol: target, f"the amount for {who}")


def _task(words: str) -> str:
    return re.sub(r"\b(?:his|her|their|my|your)\b", "own", words)


def _thing(words: str) -> str:
    return " ".join(units.unit(w) or units.noun(w) for w in words.split())


__all__ = ["scaled_amounts"]
