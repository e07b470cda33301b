"""Reader of work done together at constant rates: "Ana can paint a fence in 6 hours and
Ben can paint it in 3 hours. How long would it take them to paint the fence together?",
"One pipe can fill a tank in 12 minutes and a second pipe can fill it in 4 minutes. How
many minutes does it take both pipes together to fill the tank?", "One hose fills a pool in 10
hours and another fills it in 15 hours. Working together, how many hours do they take?" (the
job may go unsaid in the question; a verb without "can" is the same verb: "fills", "fill"),
"Ann can paint a room in 4 hours and Ben in 6 hours. How long working together?" (the verb
said once, the question briefly).

One worker's time alone from the time together and the other's: "Al and Bo can paint a
fence together in 4 hours. Al alone takes 6 hours. How many hours would Bo take alone?"
(1/6 + 1/b = 1/4; together must be quicker than the one told).

Each worker does 1/t of the job per unit of time, so together the job takes T with
T/t1 + T/t2 (+ ...) = 1; the times must be in the same unit. Solved and confirmed by
`Story`.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

T = sp.Symbol("T")
_UNITS = r"(?:hours|minutes|days|seconds|weeks)"
_WORKER = (r"(?:(?:#1|another|a second|a third|the first|the second|the third|a|the) "
           r"(?:pipe|machine|worker|pump|printer|painter|hose|robot|tap)|"
           r"(?:pipe|machine|pump|printer|hose|robot|tap) [a-z](?![a-z])|[a-z]+)")
_JOB = (r"(?:it|the job|the same job|(?:a|the|#1|this|that) [a-z]+"
        r"(?: (?!(?:together|alone|working|in|if|by|of)\b)[a-z]+)?(?: of [a-z]+)?)")
_DOES = (rf" (?:if )?(?P<who>{_WORKER}) (?:alone )?(?:can (?P<verb>[a-z]+)|(?P<does>[a-z]+s))"
         rf" (?P<job>{_JOB})"
         rf"(?: alone| by (?:himself|herself|itself))? in (?P<t>{NUM}) (?P<u>{_UNITS})(?= |,|\.)")
_ASK = (rf" (?:(?:if they work|working) together, )?how (?:long|many (?P<u>{_UNITS})) "
        rf"(?:(?:will|would|does|do) it take(?: (?:them|both(?: of them)?|both [a-z]+s|(?:the )?"
        rf"#\d+ [a-z]+s|(?P<x>[a-z]+) and (?P<y>[a-z]+)))?|(?:will|would|do) (?:they|both|both of "
        rf"them) take)(?: working)?(?: together)?(?: to (?P<verb>[a-z]+) (?P<job>{_JOB}))?"
        rf"(?: together| if they work together| working together| (?:if|when) both "
        rf"(?:[a-z]+s )?(?:are )?(?:open|opened|used|on|working|work together))?\s*[?.]? $")
# "Working alone, Ana can paint ...": how each time is meant, said once before the workers
_ALONE_FIRST = r"^ ?(?:working alone|working separately|working individually|alone),"


# one worker's time alone from the time together: "Al and Bo can paint a fence together in 4
# hours. Al alone takes 6 hours. How many hours would Bo take alone?"
_TOGETHER = (rf" (?:(?:working together|together), )?(?P<x>{_WORKER}) and (?P<y>{_WORKER}) "
             rf"(?:together )?(?:can (?P<verb>[a-z]+)|(?P<does>[a-z]+)) (?P<job>{_JOB})"
             rf"(?: together)?(?: working together)? in (?P<t>{NUM}) (?P<u>{_UNITS})(?= |,|\.)")
_TAKES = (rf" (?P<who>{_WORKER}) (?:alone|working alone|by (?:himself|herself|itself)) "
          rf"(?:takes|needs|would take) (?P<t>{NUM}) (?P<u>{_UNITS})(?= |,|\.)")
_ASK_ALONE = (rf" how (?:long|many (?P<u>{_UNITS})) (?:would|will|does|do) (?:it take "
              rf"(?P<who>{_WORKER})|(?P<who2>{_WORKER}) take|(?P<who3>{_WORKER}) need)"
              rf"(?: to (?P<verb>[a-z]+) (?P<job>{_JOB}))? (?:alone|working alone|by "
              rf"(?:himself|herself|itself))(?: to (?P<verb2>[a-z]+) (?P<job2>{_JOB}))?"
              rf"\s*[?.]? $")


# the question said briefly: "How long working together?", "How long with both pipes open?"
_ASK_BRIEF = (rf" how (long|many {_UNITS}) (?:working together|together|with both(?: [a-z]+s)?"
              rf"(?: open| on| working)?)(?=\s*[?.]? $)")


def work(split: Split, template: str) -> Result | None:
    if "together" not in template and "both" not in template or "take" not in template and \
            not re.search(r"\bhow (?:long|many [a-z]+) (?:working together|together|with both)",
                          template):
        return None
    w = wording.of(split, template)
    w.text = re.sub(_ASK_BRIEF, r" how \1 will it take them together", w.text)
    # "Ann can paint a room in 4 hours and Ben in 6 hours": the verb and the job said once
    first = re.search(_DOES, w.text)
    if first:
        verb = f"can {first.group('verb')}" if first.group("verb") else first.group("does")
        w.text = re.sub(rf"(?<=[a-z]) and (?P<who>{_WORKER}) in (?P<t>{NUM}) (?P<u>{_UNITS})"
                        rf"(?= |,|\.)", lambda m: f" and {m.group('who')} {verb} it in "
                        f"{m.group('t')} {m.group('u')}", w.text)
    ask = w.find(_ASK)
    if not ask and w.find(_ASK_ALONE):
        return _alone(w)
    if not ask or "together" not in ask.group(0) and not re.search(r" both\b", ask.group(0)):
        return None
    w.take(re.escape(ask.group(0)))
    w.take(_ALONE_FIRST)
    does = w.take(_DOES)
    if len(does) < 2 or not w.only_glue(frozenset({"and", "while"})):
        return None
    who = [d.group("who") for d in does]
    units = {d.group("u") for d in does} | ({ask.group("u")} if ask.group("u") else set())
    verbs = {_verb(d.group("verb") or d.group("does")) for d in does} | (
        {ask.group("verb")} if ask.group("verb") else set())
    jobs = {d.group("job").split()[-1] for d in does[:1]} | (
        {ask.group("job").split()[-1]} if ask.group("job") else set()) - {"it", "job"}
    if ask.group("x") and {ask.group("x"), ask.group("y")} != set(who):
        raise Decline("who works together")
    if len(set(who)) != len(who) or len(units) != 1 or len(verbs) != 1 or len(jobs) > 1:
        raise Decline("the workers, the job or the units differ")
    if any(d.group("job").split()[-1] not in ("it", "job", *jobs) and d is not does[0]
           for d in does):
        raise Decline("which job each worker does")
    times = [sp.Rational(wording.value(d.group("t"))) for d in does]
    if any(t <= 0 for t in times):
        raise Decline("a job done in no time")
    story = Story([T], positive=True)
    story.state(sp.Add(*(T / t for t in times), evaluate=False), sp.Integer(1),
                "together they finish one job")
    return story.solve(lambda _sol: T, f"the time together, in {units.pop()}")


def _alone(w: Wording) -> Result | None:
    """The time one worker takes alone: 1/a + 1/b = 1/T, T and a told, b asked."""
    ask, together = w.take_one(_ASK_ALONE), w.take_one(_TOGETHER)
    alone = w.take(_DOES) + w.take(_TAKES)
    if ask is None or together is None or len(alone) != 1 or not w.only_glue(
            frozenset({"and", "while"})):
        return None
    pair = {together.group("x"), together.group("y")}
    known = alone[0].group("who")
    asked = ask.group("who") or ask.group("who2") or ask.group("who3")
    if len(pair) != 2 or {known, asked} != pair:
        raise Decline("who works alone")
    units = {together.group("u"), alone[0].group("u")} | (
        {ask.group("u")} if ask.group("u") else set())
    verbs = {_verb(v) for v in (together.group("verb") or together.group("does"),
                                alone[0].groupdict().get("verb") or alone[0].groupdict().get(
                                    "does"), ask.group("verb") or ask.group("verb2")) if v}
    jobs = {j.split()[-1] for j in (together.group("job"), alone[0].groupdict().get("job"),
                                     ask.group("job") or ask.group("job2")) if j} - {"it", "job"}
    if len(units) != 1 or len(verbs) > 1 or len(jobs) > 1:
        raise Decline("the job or the units differ")
    both = sp.Rational(wording.value(together.group("t")))
    one = sp.Rational(wording.value(alone[0].group("t")))
    if not 0 < both < one:
        raise Decline("together they must be quicker than one alone")
    story = Story([T], positive=True)
    story.state(sp.Add(both / one, both / T, evaluate=False), sp.Integer(1),
                f"in {both} {units.copy().pop()} together they finish one job")
    return story.solve(lambda _sol: T, f"{asked}'s time alone, in {units.pop()}")


def _verb(word: str) -> str:
    """"fills" -> "fill", "washes" -> "wash": the verb as the question says it."""
    for end, rep in (("shes", "sh"), ("ches", "ch"), ("sses", "ss"), ("xes", "x"), ("s", "")):
        if word.endswith(end) and not word.endswith("ss"):
            return word[: -len(end)] + rep
    return word


__all__ = ["work"]
