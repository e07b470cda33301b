"""Reader of a percent of a group and the rest of it: "In a class of 30 students, 40% are
girls. How many boys are in the class?", "A team played 25 games and won 60% of them,
with no ties. How many games did it lose?", "70% of the 40 students passed the test. How
many students failed?"

A share of the whole is p n / 100; the rest is asked by its own word, and only for pairs
that leave nothing out (girls/boys, passed/failed, present/absent; won/lost only when
the problem says there were no ties). Counts of things are whole (else decline).
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_PAIRS = {"girls": "boys", "boys": "girls", "passed": "failed", "failed": "passed",
          "present": "absent", "absent": "present", "won": "lost", "lost": "won",
          "win": "lose", "lose": "win"}
_SAME = {"win": "won", "lose": "lost", "pass": "passed", "fail": "failed"}
_GROUP = r"(?:students|people|children|kids|pupils|members|players|games|workers|employees)"
_PLACE = r"(?: in (?:a|the|her|his|my|our) (?:class|school|club|group|team|choir))?"
_WHOLE = [
    # "in a class of 30 students, 40% are girls", "of the 30 students, 40% are girls"
    rf" (?:in a (?:class|group|school|club|team) of|of the) (?P<n>{NUM}) (?P<g>{_GROUP}),? "
    rf"(?P<p>{NUM}) percent (?:are|were) (?P<x>[a-z]+)",
    # "70% of the 40 students passed the test", "40% of the 30 students in a class are girls"
    rf" (?P<p>{NUM}) percent of (?:the )?(?P<n>{NUM}) (?P<g>{_GROUP}){_PLACE} (?:are |were )?"
    rf"(?P<x>passed|failed|girls|boys|present|absent)(?: the (?:test|exam|quiz))?",
    # "a class has 25 students, and 40% of them are boys"
    rf" (?:a|the|our|her|his) (?:class|group|school|club|team|choir) (?:has|had) (?P<n>{NUM}) "
    rf"(?P<g>{_GROUP}),? and (?P<p>{NUM}) percent of them (?:are|were) (?P<x>[a-z]+)",
    # "a team played 25 games and won 60% of them"
    rf" (?:a|the) (?:team|club|player) played (?P<n>{NUM}) (?P<g>games)(?: this season)?,? and "
    rf"(?P<x>won|lost) (?P<p>{NUM}) percent of them",
]
_NO_TIES = r",? (?:with no ties|and there were no ties|there were no ties|no game ended in a tie)"
_ASK = (rf" how many (?:(?P<g>{_GROUP}) )?(?:(?:are|were) (?P<y>[a-z]+)(?: the (?:test|exam|"
        rf"quiz))?{_PLACE}|did (?:it|they|the team) (?P<v>win|lose)|(?P<y2>passed|failed)"
        rf"(?: the (?:test|exam|quiz))?)\s*[?.]? $"
        rf"| how many (?P<y3>girls|boys) (?:are|were)(?: there)?(?: in the (?:class|school|club|"
        rf"group|team|choir))?\s*[?.]? $")


def shares(split: Split, template: str) -> Result | None:
    if "how many" not in template or not re.search(r"%|percent", template + "".join(split.maths)):
        return None
    w = wording.of(split, template)
    found = [m for p in _WHOLE for m in [w.find(p)] if m]
    ask = w.find(_ASK)
    if len(found) != 1 or not ask:
        return None
    whole = found[0]
    w.take(re.escape(whole.group(0)))
    w.take(re.escape(ask.group(0)))
    no_ties = bool(w.take(_NO_TIES))
    if not w.only_glue(frozenset({"and"})):
        return None
    said = whole.group("x")
    asked = ask.group("y") or ask.group("y2") or ask.group("y3") or _SAME[ask.group("v")]
    if ask.group("g") and ask.group("g") != whole.group("g") or \
            asked not in (said, _PAIRS.get(said)) or said not in _PAIRS:
        raise Decline("which part of the group is asked")
    if said in ("won", "lost") and asked != said and not no_ties:
        raise Decline("games may end in a tie")
    n, p = (sp.Rational(wording.value(whole.group(k))) for k in ("n", "p"))
    if p > 100:
        raise Decline("more than the whole group")
    share = sp.Mul(p / 100, n, evaluate=False) if asked == said else \
        sp.Mul(1 - p / 100, n, evaluate=False)
    story = Story([X], whole=True)
    story.state(X, share, f"{asked}: {'' if asked == said else '100 - '}{p} percent of {n}")
    return story.solve(lambda _sol: X, f"how many {asked}")


__all__ = ["shares"]
