"""Reader of handshakes told by how many others each person greets: "12 people attend a
party. Each person shakes hands with at least 3 other people. What is the minimum possible
number of handshakes?", "... with at most 4 others. What is the greatest possible number
of handshakes?", "At a meeting of 10 delegates, every delegate shakes hands with exactly 3
of the others. How many handshakes take place?".

Each handshake is counted once by each of its two people, so the handshakes are half the
sum of what each person counts (n people, each at least / at most / exactly k others):
at least ceil(nk/2), at most floor(nk/2), exactly nk/2 (an odd nk is impossible). The
bound is confirmed by building a party that reaches it (people around a circle, each
greeting the nearest on both sides, and one partner across when k is odd) and checking
every person's count and the number of handshakes in it.
"""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.pairings import EACH_OF, GROUP, ONE, PLACE, WHO
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_BOUND = (r"(?P<bound>at least|no fewer than|not fewer than|at most|no more than|not more than"
          r"|exactly)")
_FOLK = WHO.strip("(?:)")
# whom each greets: "others", "other people", or others of the group's own noun
_OTHERS = (r"(?:(?:of the )?other (?P<noun>" + _FOLK + r")|(?:of the )?others|"
           r"people|persons|other person)")
_EACH = (r" (?:each|every) (?:one|" + ONE.strip("(?:)") + r"|of them|of the " + WHO + r")? ?"
         r"(?:shakes|shook|will shake) hands with " + _BOUND + r" #(?P<k>\d+) " + _OTHERS
         + r"(?= |[.?,;])")
_ASK = (r" (?:what is |find |determine )?the (?P<ext>minimum|maximum|least|greatest|smallest|"
        r"largest|fewest|most) (?:possible )?number of handshakes(?: (?:possible|that (?:can|"
        r"could|might) (?:take place|occur|happen)))?\b| how many handshakes(?: (?:take place|"
        r"are there|occur|took place|were there|happen|in all|in total))*\b")
# "any two people shake hands at most once": the usual rule, said out loud
_ONCE = (r",? (?:assuming(?: that)?|if|given that|where) (?:any|each|every) (?:two|#2|pair of) "
         r"(?:" + _FOLK + r")? ?(?:can |may |will )?shakes? hands at most once\b"
         r"| no (?:two|#2|pair of) (?:" + _FOLK + r") (?:shake|shakes) hands more than once\b")
_GLUE = frozenset("if there attend attended at party room in a meeting are is held where "
                  "gather gathered meet met and what".split())
_LOW = ("minimum", "least", "smallest", "fewest")


def handshake_bounds(split: Split, template: str) -> Result | None:
    if not quick(template, "handshake") or not quick(template, "shake"):
        return None
    w = Wording.of(split, template)
    w.text = re.sub(PLACE, " ", w.text)
    w.text = re.sub(EACH_OF, r" \1 ; each", w.text)
    w.take(_ONCE)
    each, ask, group = w.take(_EACH), w.take(_ASK), w.take(GROUP)
    if len(each) != 1 or len(ask) != 1 or len(group) != 1 or not w.only_glue(_GLUE):
        return None
    g = group[0]
    noun = each[0].group("noun")
    if noun not in (None, "people", "persons", g.group("who") or g.group("who2")):
        raise Decline("each greets others of a part of the group only")
    n, k = int(g.group("n") or g.group("n2")), int(each[0].group("k"))
    bound = {"no fewer than": "at least", "not fewer than": "at least", "no more than":
             "at most", "not more than": "at most"}.get(each[0].group("bound"),
                                                        each[0].group("bound"))
    ext = ask[0].group("ext")
    want = None if ext is None else ("least" if ext in _LOW else "most")
    if (bound == "exactly") != (want is None) or bound == "at least" and want == "most" \
            or bound == "at most" and want == "least":
        raise Decline("the bound each person has does not bound the number asked")
    if not 2 <= n <= 2000 or not 1 <= k:
        raise Decline("a modest group, each shaking at least one hand")
    if bound == "at most":
        k = min(k, n - 1)  # nobody can greet more than everyone else
    if k > n - 1:
        raise Decline("nobody can shake hands with more people than there are others")
    if bound == "exactly" and n * k % 2:
        raise Decline("an odd total of handshake ends cannot be split into pairs")
    v = (n * k + 1) // 2 if bound == "at least" else n * k // 2
    confirm.count(v, lambda: _reached(n, k, bound), "handshakes in a party built to reach it")
    half = {"at least": "\\left\\lceil", "at most": "\\left\\lfloor", "exactly": ""}[bound]
    close = {"at least": "\\right\\rceil", "at most": "\\right\\rfloor", "exactly": ""}[bound]
    claim = f"{half}\\frac{{{n} \\cdot {k}}}{{2}}{close} = {v}"
    word = {"at least": "at least", "at most": "at most", "exactly": ""}[bound]
    steps = [step("count the handshake ends",
                  "Every handshake has two people, so the handshakes are half of what the "
                  "people count together.",
                  f"{n} people each count {word} {k} handshakes, so the handshakes number "
                  f"{word} ${claim}$.".replace("  ", " "), claim)]
    if bound != "exactly":
        how, sum_claim = _party(n, k, bound, v)
        steps.append(step("reach the bound",
                          "Seat the people in a circle; each shakes hands with the nearest "
                          "on both sides, and one across the circle when the count is odd.",
                          f"Seat the {n} people in a circle, {how}: that is ${sum_claim}$ "
                          f"handshakes, and nobody breaks the rule, so ${v}$ is the "
                          f"{'minimum' if bound == 'at least' else 'maximum'}.", sum_claim))
    return sp.Integer(v), steps


def _party(n: int, k: int, bound: str, total: int) -> tuple[str, str]:
    """The party `_reached` builds, in words, and its `total` handshakes (already confirmed
    by `_reached`) as a sum to check."""
    near, parts, words = k // 2, [], []
    if near:
        who = "person" if near == 1 else f"{near} people"
        words.append(f"and let each shake hands with the nearest {who} on each side")
        parts.append(f"\\frac{{{n} \\cdot {2 * near}}}{{2}}")
    if k % 2 and n % 2 == 0:
        words.append("and with the person straight across")
        parts.append(f"\\frac{{{n}}}{{2}}")
    elif k % 2:
        words.append("and pair each person on one half with the one across from them")
        parts.append(f"\\frac{{{n - 1}}}{{2}}")
        if bound == "at least":
            words.append("and the one left over with anyone")
            parts.append("1")
    how = ", ".join(words).replace("and ", "", 1) if words else ""
    return how, " + ".join(parts) + f" = {total}"


def _reached(n: int, k: int, bound: str) -> int:
    """Handshakes in a party built on a circle of n people that meets the bound; -1 when
    the party built breaks it (then the answer is not confirmed)."""
    edges = {frozenset((i, (i + d) % n)) for i in range(n) for d in range(1, k // 2 + 1)}
    if k % 2 and n % 2 == 0:
        edges |= {frozenset((i, i + n // 2)) for i in range(n // 2)}
    elif k % 2:
        half = (n - 1) // 2
        edges |= {frozenset((i, i + half)) for i in range(half)}
        if bound == "at least":  # the last person still needs one more
            edges.add(frozenset((n - 1, half)))
    degree = [0] * n
    for e in edges:
        for p in e:
            degree[p] += 1
    if any(len(e) != 2 for e in edges):
        return -1
    ok = {"at least": all(d >= k for d in degree), "at most": all(d <= k for d in degree),
          "exactly": all(d == k for d in degree)}[bound]
    return len(edges) if ok else -1


__all__ = ["handshake_bounds"]
