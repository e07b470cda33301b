"""Reader of placings: k named places (first, second and third; gold, silver and bronze)
given out among n racers or contestants, where no two share a place.

Phrasings reached: "In how many ways can 6 runners finish first, second and third in a
race with no ties?", "Nine horses run a race. If there are no ties, in how many ways can
the first, second and third places be awarded?", "A contest has 12 entrants. Assuming
there are no ties, how many ways can the gold, silver and bronze medals be given out?"
One racer holds one place, but two could share a place unless ties are ruled out: the
problem must say so, else it is declined. The count n(n - 1)...(n - k + 1) is confirmed
by listing the placings (or as n!/(n - k)!).
"""

from __future__ import annotations

import re
from itertools import permutations
from math import factorial, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.selections import ASK, POOLS
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 100_000
_RACERS = (r"(?:runners|horses|swimmers|cars|contestants|athletes|teams|players|students|dogs|"
           r"racers|cyclists|skaters|drivers|sprinters|competitors|entrants|finalists|boats|"
           r"people|snails|frogs)")
_POOL = (r" #(?P<n>\d+) (?P<who>" + _RACERS + r")\b| (?:a|the) (?:race|contest|competition|"
         r"tournament|final) (?:with|of|has) #(?P<n2>\d+) (?P<who2>" + _RACERS + r")\b")
_ORDINAL = r"(?:first|second|third|fourth|fifth|sixth|1st|2nd|3rd|4th|5th|6th)"
_MEDAL = r"(?:gold|silver|bronze)"
_PLACES = (r" (?:the )?(?P<list>" + _ORDINAL + r"(?:,? (?:and )?(?:the )?" + _ORDINAL
           + r")+)(?: places?| positions?| prizes?)?\b"
           r"| (?:the )?(?P<medals>" + _MEDAL + r"(?:,? (?:and )?(?:the )?" + _MEDAL + r")+)"
           r"(?: medals?| prizes?)?\b")
_NO_TIES = (r",? (?:if |assuming (?:that )?|given that |and |where |with |when )?(?:there (?:are|"
            r"can be|will be) )?no ties\b|,? (?:if |assuming (?:that )?|given that )?ties are not "
            r"(?:possible|allowed)\b")
_ASK = ASK + r"| how many (?:different |possible |distinct )*(?:outcomes|orders|results)\b"
_GLUE = frozenset("finish run race in a the can be awarded given out handed won win compete "
                  "enter entered there are contest competition of with if for take places "
                  "place filled taken assigned decided this done among".split())


def placings(split: Split, template: str) -> Result | None:
    if not quick(template, "first", "second", "gold", "silver") or not quick(template, "how many",
                                                                         "number of"):
        return None
    w = Wording.of(split, template)
    w.take_name("runs|run|races|enters|enter")
    ties = w.take(_NO_TIES)
    places, pool, ask = w.take(_PLACES), w.take(_POOL), w.take(_ASK)
    if len(places) != 1 or len(pool) != 1 or len(ask) != 1 or not w.only_glue(_GLUE):
        return None
    if len(ties) != 1:
        raise Decline("it is not said that no two share a place")
    listed = places[0].group("list") or places[0].group("medals")
    names = re.findall(_ORDINAL + "|" + _MEDAL, listed)
    n, k = int(pool[0].group("n") or pool[0].group("n2")), len(names)
    if len(set(names)) != k or not 2 <= k <= n <= 200:
        raise Decline("different places, no more than the racers")
    return _in_turn(n, k, "placings", "fill the places in turn",
                    f"The {names[0]} place can go to any of the {n}; with no ties, each next "
                    "place has one fewer to choose from.")


# the whole order of finish: "in how many orders can 5 runners finish (the race)"
_FINISH = (r" (?:can|could|might|may) (?:the #(?P<n>\d+) (?P<who>" + _RACERS + r")|they|the "
           + _RACERS + r"|#(?P<n2>\d+) (?P<who2>" + _RACERS + r")) (?:finish|cross the finish "
           r"line)(?: (?:a|the) race)?\b")
_ORDERS = r" (?:in )?how many (?:different |possible |distinct )*(?:orders|ways|outcomes)\b"


def finishing_orders(split: Split, template: str) -> Result | None:
    """Every racer's place: the whole order of finish of n racers with no ties, n!."""
    if "finish" not in template or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    w.take_name("runs|run|races|enters|enter")
    ties = w.take(_NO_TIES)
    finish, ask = w.take(_FINISH), w.take(_ORDERS)
    pool = [] if finish and (finish[0].group("n") or finish[0].group("n2")) else w.take(_POOL)
    if len(finish) != 1 or len(ask) != 1 or len(pool) > 1 or not w.only_glue(_GLUE):
        return None
    said = [int(x) for x in (finish[0].group("n"), finish[0].group("n2")) if x] + [
        int(m.group("n") or m.group("n2")) for m in pool]
    if len(said) != 1:
        return None
    if len(ties) != 1:
        raise Decline("it is not said that no two share a place")
    n = said[0]
    if not 2 <= n <= 12:
        raise Decline("a modest number of racers")
    return _in_turn(n, n, "orders of finish", "fill the places in turn", f"First place can "
                    f"go to any of the {n}; with no ties, each next place has one fewer to "
                    "choose from.")


def _in_turn(n: int, k: int, what: str, rule: str, hint: str) -> Result:
    """k different places filled from n: n (n - 1) ... (n - k + 1), confirmed by listing
    the choices (or as n!/(n - k)! when there are too many)."""
    v = perm(n, k)
    if v <= _LIST:
        confirm.count(v, lambda: sum(1 for _ in permutations(range(n), k)),
                      f"{what} (listing them)")
    else:
        confirm.count(v, lambda: factorial(n) // factorial(n - k), f"{what} (n!/(n - k)!)")
    claim = " \\cdot ".join(str(n - i) for i in range(k)) + f" = {v}"
    return sp.Integer(v), [step(rule, hint, f"${claim}$", claim)]


_POSITION = r"(?:a|an|one) (?!(?:and|or)\b)[a-z]+(?: (?!(?:and|or|a|an)\b)[a-z]+)?"
_LINEUP = (r" (?:a |the |our |their )?(?:starting )?(?:lineup|line-up) (?:consisting of|made up "
           r"of|of|with) (?P<roles>" + _POSITION + r"(?:, " + _POSITION + r")*,? and " + _POSITION
           + r")(?=[ ,.?;]|$)")
_ANY = (r",? (?:each of whom|all of whom|and each|and any of them|any of whom) can play any "
        r"(?:position|of the positions)\b")
_LINEUP_GLUE = frozenset("can we choose select pick form make name set there are from if "
                         "they you i our coach manager".split())
# the sport of the team changes nothing: "our basketball team has 12 members"
_SPORT = r" (a|an|the|our|my|their|his|her) [a-z]+ (team|club|squad)(?= (?:has|of|with) #)"


def lineups(split: Split, template: str) -> Result | None:
    """A lineup of named positions (a centre, a point guard, ...) filled from n players:
    in a lineup one player holds one position, so n(n - 1)...(n - r + 1)."""
    if not quick(template, "lineup", "line-up") or not quick(template, "how many", "number of"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(_SPORT, r" \1 \2", w.text)
    w.take(_ANY)
    lineup, ask = w.take(_LINEUP), w.take(ASK)
    pools = [m for p in POOLS for m in w.take(p)]
    if len(lineup) != 1 or len(ask) != 1 or len(pools) != 1 or not w.only_glue(_LINEUP_GLUE):
        return None
    names = [re.sub(r"^(?:a|an|one) ", "", r) for r in re.findall(_POSITION,
                                                                   lineup[0].group("roles"))]
    n, k = int(pools[0].group("n")), len(names)
    if len(set(names)) != k or not 2 <= k <= n <= 200:
        raise Decline("different positions, no more than the players")
    return _in_turn(n, k, "lineups", "fill the positions in turn",
                    f"The {names[0]} can be any of the {n}; each next position has one player "
                    "fewer to choose from.")


__all__ = ["finishing_orders", "lineups", "placings"]
