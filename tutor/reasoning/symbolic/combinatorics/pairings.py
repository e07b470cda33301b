"""Readers of counts of pairs: handshakes when everyone shakes hands with everyone else
once, and the games of a round robin where every team plays every other team a stated
number of times.

Phrasings reached: "12 people attend a party. If each person shakes hands exactly once
with each of the other people, how many handshakes take place?", "In a league of 8
teams, each team plays every other team twice. How many games are played?" ...
The count is n(n - 1)/2 per meeting, confirmed by listing the pairs.
"""

from __future__ import annotations

import re
from itertools import combinations
from math import comb

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.selections import FOLK
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

WHO = r"(?:" + FOLK + r"|teams|schools|clubs|players)"
# one of them: "every other cousin", "each other guest"
ONE = r"(?:" + "|".join(sorted({re.sub(r"(?:men$|s$)", lambda m: "man" if m.group(0) == "men"
                                         else "", w) for w in WHO.strip("(?:)").split("|")}
                                | {"person", "child"})) + r")"
GROUP = (r" #(?P<n>\d+) (?P<who>" + WHO + r")\b| (?:a|the) (?:[a-z-]+ )?(?:league|tournament|"
          r"group|party|room|club|class|meeting|conference|division|committee|team|panel|"
          r"family) (?:of|with|has) #(?P<n2>\d+) "
          r"(?P<who2>"
          + WHO + r")\b| (?:a|an) #(?P<n3>\d+) ?-(?:team|player|person|school|club)\b")
_EACH = (r" (?:(?:each|every) (?:person|one|player|team|school|club|student|member|guest|"
         r"of them|of the " + WHO + r")? ?|(?:everyone|everybody) )(?P<verb>shakes? hands|shook "
         r"hands|plays?|played)(?: (?:exactly )?(?P<t1>"
         r"once|twice|#\d+ times))?(?: (?:(?:with|against) )?(?:(?:each|every) (?:of the )?(?:"
         r"other|others)(?: (?:person|people|player|players|team|teams|school|schools|club|clubs|"
         r"member|members|guest|guests|" + WHO + "|" + ONE + r"))?|(?:everyone|everybody) else|"
         r"all (?:of )?the others|all (?:of )?the other " + WHO + r"))(?: (?:exactly )?(?P<t2>"
         r"once|twice|"
         r"#\d+ times))?\b"
         r"| (?P<verb2>shake hands|shook hands) with (?:each other|everyone else)"
         r"(?: (?:exactly )?once)?\b")
_ASK = (r" how many (?P<what>handshakes|games|matches)(?: (?:take place|are played|are there|"
        r"will be played|are needed|occur|in all|in total|were there|took place|were played|"
        r"occurred|were made))*\b")
_GLUE = frozenset("if there attend attended at party room in a meeting are league tournament "
                  "is held each play compete where which meet meets gather and when".split())
# where they meet changes nothing: "at a reunion", "at the end of the meeting"
PLACE = (r" (?:at|during|after) (?:a|the) (?:[a-z]+ )?(?:meeting|party|reunion|conference|"
          r"convention|gathering|banquet|dinner|event|workshop|camp|game|picnic)\b(?: ,)?")
# "each of the 10 guests shakes hands" is "10 guests ; each shakes hands";
# "every pair of them shakes hands" is "each shakes hands"
EACH_OF = (r" (?:each|every one) of (?:the )?(#\d+ (?:" + WHO + r"))(?: in (?:a|the) (?:[a-z]+ )?"
            r"(?:league|tournament|conference|club|group|room))?\b")


def _pairwise(m: re.Match[str]) -> str:
    verb = "shakes hands" if m.group(1).startswith("shake") else "plays"
    return f" each {verb}{m.group(2) or ''} with every other"


def _times(word: str | None) -> int:
    if word is None or word == "once":
        return 1
    if word == "twice":
        return 2
    return int(word.strip("# times"))


def pairings(split: Split, template: str) -> Result | None:
    if not quick(template, "handshake", "games", "matches"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(PLACE, " ", w.text)
    w.text = re.sub(EACH_OF, r" \1 ; each", w.text)
    w.text = re.sub(r" every (?:pair|two) of (?:them|the " + WHO + r") (shakes? hands|plays?)"
                    r"( (?:exactly )?(?:once|twice|#\d+ times))?\b", _pairwise, w.text)
    each, ask = w.take(_EACH), w.take(_ASK)
    group = w.take(GROUP)
    # where the group plays, once its size is told: "in a round-robin chess tournament"
    w.text = re.sub(r" (?:in|at|during)(?: a| an| the)?(?: ;)? +(?:[a-z]+(?:-[a-z]+)? ){0,2}"
                    r"(?:tournament|league|competition|meeting|committee)\b", " ", w.text)
    if len(each) != 1 or len(ask) != 1 or len(group) != 1 or not w.only_glue(_GLUE):
        return None
    e, g = each[0], group[0]
    n = int(g.group("n") or g.group("n2") or g.group("n3"))
    handshake = e.group("verb") in ("shakes hands", "shake hands", "shook hands") or \
        bool(e.group("verb2"))
    if handshake != (ask[0].group("what") == "handshakes") or (e.group("t1") and e.group("t2")):
        raise Decline("the question does not ask about what each pair does")
    times = _times(e.group("t1") or e.group("t2"))
    if handshake and times != 1 or not 2 <= n <= 10_000 or times > 20:
        raise Decline("one handshake per pair, and a modest group")
    v = comb(n, 2) * times
    listed = sum(1 for _ in combinations(range(n), 2)) * times if n <= 500 else None
    confirm.count(v, lambda: listed if listed is not None else n * (n - 1) // 2 * times,
                  "pairs (listing them)" if listed is not None else "pairs (n(n-1)/2)")
    what = "handshakes" if handshake else "games"
    claim = f"\\binom{{{n}}}{{2}} = {comb(n, 2)}" + (f", \\quad {comb(n, 2)} \\cdot {times} = {v}"
                                                    if times > 1 else "")
    return sp.Integer(v), [step("count the pairs", f"Each pair meets {times} time"
                                f"{'s' if times > 1 else ''}: count the pairs of the {n}, then "
                                f"the {what}.", f"${claim}$", claim)]


__all__ = ["EACH_OF", "GROUP", "ONE", "PLACE", "WHO", "pairings"]
