"""Probability for a spinner (or a die) whose equal sections (or faces) carry listed numbers,
spun (or rolled) one or more times, and an event about the numbers that come up.

Phrasings reached: "A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. It is spun
twice. What is the probability that the sum is even?", "A cube has its faces labeled 1, 1,
2, 2, 2, 3. The cube is rolled twice. What is the probability that the sum of the two numbers
rolled is 4?", "A spinner has five equal sections numbered 3, 4, 5, 6 and 8. Jo and her
brother each spin it once. What is the probability that the positive difference of their
numbers is less than 2?" The events: the sum or product of the numbers, the difference of
two, every number, or the one number, with a property (`events.PROPERTY`: even, prime, a
multiple of k, greater than t ...). Sections said equal (or congruent) and faces of a die
are equally likely; the number of labels must be the number of sections (six for a cube).

Every outcome is listed (at most 200,000) and the favourable ones counted; then counted
again from the distribution of the statistic built spin by spin over the distinct labels
and how often each is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import product

from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000
_LIST = r"(?P<list>#\d+(?:,? (?:and )?#\d+)+)"
_NAMED = (r",? (?:that are |which are |each )?(?:numbered|labeled|labelled|marked) (?:with )?"
          r"(?:the numbers )?(?:from left to right )?" + _LIST)
_SETUP = [
    # "a spinner has 4 congruent sectors labeled 2, 3, 5 and 7"
    r" (?P<thing>an? " + FAIR + r"spinner) (?:has|is divided into|is split into|with) "
    r"(?:#(?P<n>\d+) )?(?:equal|congruent|equal-sized|equally likely) (?:sections|sectors|"
    r"regions|parts|spaces)" + _NAMED + r"\b",
    # "a cube has its faces labeled 1, 1, 2, 2, 2, 3", "a fair 8-sided die whose faces are
    # numbered 1, 1, 2, ..."
    r" (?P<thing>an? " + FAIR + r"(?:(?:#(?P<s>\d+)-sided )?die|cube|number cube)) (?:has|with|"
    r"whose) (?:its )?(?:#(?P<n>\d+) )?(?:faces|sides) (?:are )?(?:numbered|labeled|labelled|"
    r"marked) (?:with )?(?:the numbers )?" + _LIST + r"\b"]
_ITSELF = r"(?:it|the spinner|the die|the cube|the number cube|this spinner|this die|this cube)"
_TIMES = [
    r"[.,]? (?:if )?" + _ITSELF + r" is (?:spun|rolled|tossed|thrown) (?P<times>once|twice|"
    r"#\d+ times)\b",
    r"(?:^|(?<=[.;,])) (?:if )?[a-z]+ (?:spins|rolls|tosses|throws) " + _ITSELF
    + r" (?P<times>once|twice|#\d+ times)\b",
    r"[.,]? (?:if )?(?P<two>[a-z]+ and (?:his |her |their )?[a-z]+) each (?:spin|roll) "
    + _ITSELF + r" once\b"]
_NUMBERS = (r"(?:numbers|results|outcomes|values|spins|rolls)(?: spun| rolled| obtained| that "
            r"come up| they get| they spin)?")
_EVENTS = [
    r" (?:the|their) (?P<sum>sum|product)(?: of (?:the |their |all )?(?:#\d+ )?" + _NUMBERS
    + r")? " + PROPERTY,
    r" (?:the|their) (?:positive |non-negative |absolute )?(?P<diff>difference) (?:between|of) "
    r"(?:the |their )?(?:#2 )?" + _NUMBERS + r" " + PROPERTY,
    r" (?P<all>both|all(?: #\d+)?)(?: of the| the)? (?:#\d+ )?" + _NUMBERS + r" " + PROPERTY,
    r" the (?P<one>number|result|outcome)(?: spun| rolled| obtained| that comes up)? "
    + PROPERTY]
_GLUE = ROLL_GLUE | {"spun", "spins", "spin", "will", "each", "once", "this"}


def listed_faces(split: Split, template: str) -> Result | None:
    if not quick(template, "spinner", "die", "cube") or not quick(
            template, "labeled", "labelled", "numbered", "marked") or not quick(
            template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    setup = [m for p in _SETUP for m in w.take(p)]
    if len(setup) != 1:
        return None
    times = [m for p in _TIMES for m in w.take(p)]
    ask = w.take(ASK)
    events = [m for p in _EVENTS for m in w.take(p)]
    if len(times) != 1 or len(ask) != 1 or len(events) != 1 or not w.only_glue(_GLUE):
        return None
    labels = [int(x) for x in re.findall(r"#(\d+)", setup[0]["list"])]
    _check_sections(setup[0], len(labels))
    said = times[0].groupdict().get("times")
    k = 2 if said in (None, "twice") else 1 if said == "once" else int(said.split()[0][1:])
    if not 1 <= k <= 12 or len(labels) ** k > _SPACE:
        raise Decline("more outcomes than I can list")
    return _chance(events[0], labels, k)


def _check_sections(m: re.Match[str], count: int) -> None:
    """The labels are one per section (face): as many as said, six on a cube."""
    said = {int(x) for x in (m["n"], m.groupdict().get("s")) if x}
    if "cube" in m["thing"]:
        said.add(6)
    if len(said) > 1 or (said and said != {count}):
        raise Decline("the labels are not one per section")
    if not said and "spinner" not in m["thing"]:
        raise Decline("a die whose number of faces is not said")


def _chance(m: re.Match[str], labels: list[int], k: int) -> Result:
    test, said = predicate(m)
    e = {key: m.groupdict().get(key) for key in ("diff", "all", "one", "sum")}
    n = len(labels)
    total = n**k
    if e["diff"] and k != 2:
        raise Decline("a difference of other than two numbers")
    if e["all"] and (e["all"] == "both" and k != 2 or e["all"].startswith("all #")
                     and int(e["all"][5:]) != k):
        raise Decline("the numbers said are not the spins made")
    if e["one"] and k != 1:
        raise Decline("'the number' of several spins")
    if e["all"]:
        good = sum(1 for r in product(labels, repeat=k) if all(test(x) for x in r))
        hits = sum(1 for x in labels if test(x))
        return answer(good, total, f"every number {said}", hits**k, "a power of the sections "
                      "that qualify", f"Of the {total} equally likely outcomes, {good} have "
                      f"every number {said}.", f"{n}^{{{k}}}")
    stat: Callable[[tuple[int, ...]], int] = (
        (lambda r: abs(r[0] - r[1])) if e["diff"] else (lambda r: _product(r))
        if e["sum"] == "product" else sum)
    name = "difference" if e["diff"] else e["sum"] or "number"
    good = sum(1 for r in product(labels, repeat=k) if test(stat(r)))
    second = sum(c for v, c in _distribution(labels, k, name).items() if test(v))
    return answer(good, total, f"the {name} being {said}", second,
                  f"the {name}'s distribution spin by spin", f"List all {total} equally likely "
                  f"outcomes of the labels {', '.join(map(str, labels))}; in {good} of them the "
                  f"{name} is {said}.", f"{n}^{{{k}}}" if k > 1 else str(n))


def _product(r: tuple[int, ...]) -> int:
    out = 1
    for x in r:
        out *= x
    return out


def _distribution(labels: list[int], k: int, name: str) -> Counter[int]:
    """How many outcomes give each value of the statistic, one spin at a time over the
    distinct labels weighted by how often each is written."""
    weights = Counter(labels)
    if name == "difference":
        return _differences(weights)
    dist: Counter[int] = Counter({0 if name != "product" else 1: 1})
    for _ in range(k):
        nxt: Counter[int] = Counter()
        for v, c in dist.items():
            for face, wt in weights.items():
                nxt[v * face if name == "product" else v + face] += c * wt
        dist = nxt
    return dist


def _differences(weights: Counter[int]) -> Counter[int]:
    out: Counter[int] = Counter()
    for a, wa in weights.items():
        for b, wb in weights.items():
            out[abs(a - b)] += wa * wb
    return out


__all__ = ["listed_faces"]
