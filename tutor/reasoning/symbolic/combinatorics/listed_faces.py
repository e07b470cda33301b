"""Probability for a spinner (or a die) whose equal sections (or faces) carry listed numbers,
spun (or rolled) one or more times, and an event about the numbers that come up.

Phrasings reached: "A spinner has 4 congruent sectors labeled 2, 3, 5 and 7. It is spun
twice. What is the probability that the sum is even?", "A cube has its faces labeled 1, 1,
2, 2, 2, 3. The cube is rolled twice. What is the probability that the sum of the two numbers
rolled is 4?", "A spinner has five equal sections numbered 3, 4, 5, 6 and 8. Jo and her
brother each spin it once. What is the probability that the positive difference of their
numbers is less than 2?", "A coin whose sides are labeled 10 and 20 is tossed 4 times. What
is the expected value of the sum?" The events: the sum or product of the numbers, the
difference of two, every number, or the one number, with a property (`events.PROPERTY`:
even, prime, a multiple of k, greater than t ...); or the expected value of one spin, or of
the sum or product of the spins. Sections said equal (or congruent), faces of a die and
sides of a coin are equally likely; the number of labels must be the number of sections
(six for a cube, two for a coin).

Every outcome is listed (at most 200,000) and the favourable ones counted; then counted
again from the distribution of the statistic built spin by spin over the distinct labels
and how often each is written.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import product
from math import prod

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000
_LIST = r"(?P<list>#\d+(?:,? (?:and )?#\d+)+)"
_NAMED = (r",? (?:that are |which are |each )?(?:numbered|labeled|labelled|marked) (?:with )?"
          r"(?:the numbers )?(?:from left to right )?" + _LIST)
_SETUP = [
    # "a spinner has 4 congruent sectors labeled 2, 3, 5 and 7"
    r" (?P<thing>(?:an?|the) " + FAIR + r"spinner) (?:has|is divided into|is split into|with) "
    r"(?:#(?P<n>\d+) )?(?:equal|congruent|equal-sized|equally likely) (?:sections|sectors|"
    r"regions|parts|spaces)" + _NAMED + r"\b",
    # "a cube has its faces labeled 1, 1, 2, 2, 2, 3", "a fair 8-sided die whose faces are
    # numbered 1, 1, 2, ..."
    r" (?P<thing>an? " + FAIR + r"(?:(?:#(?P<s>\d+)-sided )?die|cube|number cube|coin)) (?:has|"
    r"with|whose) (?:its )?(?:#(?P<n>\d+) )?(?:faces|sides) (?:are )?(?:numbered|labeled|"
    r"labelled|marked) (?:with )?(?:the numbers )?" + _LIST + r"\b"]
_ITSELF = (r"(?:it|the spinner|the die|the cube|the number cube|the coin|this spinner|this die|"
           r"this cube|this coin)")
_TIMES = [
    # right after the thing and its labels: "a coin whose sides are labeled 1 and 2 is tossed"
    r"(?<=;)  (?:is|was) (?:spun|rolled|tossed|thrown|flipped) (?P<times>once|twice|#\d+ "
    r"times)\b",
    r"[.,]? (?:if )?" + _ITSELF + r" is (?:spun|rolled|tossed|thrown|flipped) (?P<times>once|twice|"
    r"#\d+ times)\b",
    r"(?:^|(?<=[.;,])) (?:if )?[a-z]+ (?:spins|rolls|tosses|throws|flips) " + _ITSELF
    + r" (?P<times>once|twice|#\d+ times)\b",
    r"[.,]? (?:if )?(?P<two>[a-z]+ and (?:his |her |their )?[a-z]+) each (?:spin|roll|flip|toss) "
    + _ITSELF + r" once\b",
    # the spinning told first: "Mia and her brother each spin a spinner once. The spinner has
    # ...", "Raj spins a spinner 3 times. The spinner is divided into ..."
    r"(?:^|(?<=[.;,])) (?:if )?(?P<two>[a-z]+ and (?:his |her |their )?[a-z]+) each spin (?:a|"
    r"the) " + FAIR + r"spinner once\b",
    r"(?:^|(?<=[.;,])) (?:if )?[a-z]+ spins (?:a|the) " + FAIR + r"spinner (?P<times>once|twice|"
    r"#\d+ times)\b"]
_NUMBERS = (r"(?:numbers|results|outcomes|values|spins|rolls|flips|tosses)(?: spun| rolled| "
            r"flipped| tossed| obtained| that come up| they get| they spin)?")
_EVENTS = [
    # "the product of the results of the two spins will be even"
    r" (?:the|their) (?P<sum>sum|product)(?: of (?:the |their |all )?(?:#\d+ )?" + _NUMBERS
    + r"(?: of the (?:#\d+ )?(?:spins|rolls|flips|tosses))?)? (?:will )?" + PROPERTY,
    r" (?:the|their) (?:positive |non-negative |absolute )?(?P<diff>difference) (?:between|of) "
    r"(?:the |their )?(?:#2 )?" + _NUMBERS + r" " + PROPERTY,
    r" (?P<all>both|all(?: #\d+)?)(?: of the| the)? (?:#\d+ )?" + _NUMBERS + r" " + PROPERTY,
    r" the (?P<one>number|result|outcome)(?: spun| rolled| obtained| that comes up)? "
    + PROPERTY]
_GLUE = ROLL_GLUE | {"spun", "spins", "spin", "will", "each", "once", "this", "flipped"}


def listed_faces(split: Split, template: str) -> Result | None:
    if not quick(template, "spinner", "die", "cube", "coin") or not quick(
            template, "labeled", "labelled", "numbered", "marked") or not quick(
            template, "probability", "chance", "expected"):
        return None
    w = Wording.of(split, template)
    setup = [m for p in _SETUP for m in w.take(p)]
    if len(setup) != 1:
        return None
    times = [m for p in _TIMES for m in w.take(p)]
    mean = w.take(_MEAN)
    if len(times) > 1 or not times and not (mean and mean[0]["one"]):
        return None
    labels = [int(x) for x in re.findall(r"#(\d+)", setup[0]["list"])]
    _check_sections(setup[0], len(labels))
    said = times[0].groupdict().get("times") if times else "once"
    k = 2 if said in (None, "twice") else 1 if said == "once" else int(said.split()[0][1:])
    if mean:
        if len(mean) != 1 or not w.only_glue(_GLUE) or w.find(ASK):
            return None
        return _mean(labels, k, mean[0]["stat"] or "number")
    return spin_chance(w, [labels] * k)


# "what is the expected value of a spin", "... of the sum of the numbers rolled"
_MEAN = (r" (?:what is |find |compute )?the expected (?:value|number) of (?:(?:a|the|one|each) "
         r"(?:single )?(?P<one>spin|roll|toss|number spun|number rolled|result|outcome)|the "
         r"(?P<stat>sum|product)(?: of the (?:#\d+ )?" + _NUMBERS + r")?)\b")


def _mean(labels: list[int], k: int, stat: str) -> Result:
    """The mean of the number (the sum, the product) over every outcome listed, confirmed by
    the mean of one spin times k (to the power k for a product: the spins are independent)."""
    if stat == "number" and k != 1:
        raise Decline("'a spin' of several spins")
    if len(labels) ** k > _SPACE:
        raise Decline("more outcomes than I can list")
    outcomes = list(product(labels, repeat=k))
    v = sp.Rational(sum(prod(r) if stat == "product" else sum(r) for r in outcomes),
                    len(outcomes))
    one = sp.Rational(sum(labels), len(labels))
    confirm.check(v == (one**k if stat == "product" else k * one),
                  "the mean of one spin gives the same expected value")
    claim = f"\\frac{{{' + '.join(map(str, labels))}}}{{{len(labels)}}} = {sp.latex(one)}"
    steps = [step("average the labels", "Each section is equally likely: the expected number "
                  "is the mean of the labels.", f"${claim}$", claim)]
    if k > 1:
        total = f"{sp.latex(one)}^{{{k}}}" if stat == "product" else f"{k} \\cdot {sp.latex(one)}"
        steps.append(step(f"expected {stat}", "The spins are independent.",
                          f"${total} = {sp.latex(v)}$", f"{total} = {sp.latex(v)}"))
    return v, steps


# "If the sum is even, Jane wins. Otherwise, her brother wins. What is the probability that
# Jane wins?": the winner's condition is the event
_WINS = (r" if (?P<event>[^.;?]+?),? (?P<a>[a-z]+) wins\. otherwise,? (?:his |her |their )?"
         r"[a-z]+ wins\. (?P<ask>what is the (?:probability|chance) that) (?P<c>[a-z]+) wins\?")


def spin_chance(w: Wording, spins: list[list[int]]) -> Result | None:
    """The chance of the asked event when each spin (roll) lands on one of its equally likely
    labels; None when the rest of the wording is not one question about the numbers."""
    wins = re.search(_WINS, w.text)
    if wins:
        if wins["a"] != wins["c"]:
            raise Decline("the chance asked is of the other player")
        w.text = w.text[:wins.start()] + f" {wins['ask']} {wins['event']}?" + w.text[wins.end():]
    ask = w.take(ASK)
    events = [m for p in _EVENTS for m in w.take(p)]
    if len(ask) != 1 or len(events) != 1 or not w.only_glue(_GLUE):
        return None
    total = 1
    for labels in spins:
        total *= len(labels)
    if not 1 <= len(spins) <= 12 or total > _SPACE:
        raise Decline("more outcomes than I can list")
    return _chance(events[0], spins)


def _check_sections(m: re.Match[str], count: int) -> None:
    """The labels are one per section (face): as many as said, six on a cube (a die's faces
    listed are all its faces)."""
    said = {int(x) for x in (m["n"], m.groupdict().get("s")) if x}
    if "cube" in m["thing"] or "coin" in m["thing"]:
        said.add(6 if "cube" in m["thing"] else 2)
    if len(said) > 1 or (said and said != {count}):
        raise Decline("the labels are not one per section")


def _chance(m: re.Match[str], spins: list[list[int]]) -> Result:
    test, said = predicate(m)
    e = {key: m.groupdict().get(key) for key in ("diff", "all", "one", "sum")}
    k = len(spins)
    total = 1
    for labels in spins:
        total *= len(labels)
    same = all(labels == spins[0] for labels in spins)
    total_tex = f"{len(spins[0])}^{{{k}}}" if same and k > 1 else " \\cdot ".join(
        str(len(labels)) for labels in spins)
    if e["diff"] and k != 2:
        raise Decline("a difference of other than two numbers")
    if e["all"] and (e["all"] == "both" and k != 2 or e["all"].startswith("all #")
                     and int(e["all"][5:]) != k):
        raise Decline("the numbers said are not the spins made")
    if e["one"] and k != 1:
        raise Decline("'the number' of several spins")
    if e["all"]:
        good = sum(1 for r in product(*spins) if all(test(x) for x in r))
        second = 1
        for labels in spins:
            second *= sum(1 for x in labels if test(x))
        return answer(good, total, f"every number {said}", second, "a product of the sections "
                      "that qualify", f"Of the {total} equally likely outcomes, {good} have "
                      f"every number {said}.", total_tex)
    stat: Callable[[tuple[int, ...]], int] = (
        (lambda r: abs(r[0] - r[1])) if e["diff"] else prod
        if e["sum"] == "product" else sum)
    name = "difference" if e["diff"] else e["sum"] or "number"
    good = sum(1 for r in product(*spins) if test(stat(r)))
    second = sum(c for v, c in _distribution(spins, name).items() if test(v))
    shown = "; ".join(", ".join(map(str, labels)) for labels in (spins[:1] if same else spins))
    return answer(good, total, f"the {name} being {said}", second,
                  f"the {name}'s distribution spin by spin", f"List all {total} equally likely "
                  f"outcomes of the labels {shown}; in {good} of them the {name} is {said}.",
                  total_tex)


def _distribution(spins: list[list[int]], name: str) -> Counter[int]:
    """How many outcomes give each value of the statistic, one spin at a time over the
    distinct labels weighted by how often each is written."""
    if name == "difference":
        return _differences(Counter(spins[0]), Counter(spins[1]))
    dist: Counter[int] = Counter({0 if name != "product" else 1: 1})
    for labels in spins:
        nxt: Counter[int] = Counter()
        for v, c in dist.items():
            for face, wt in Counter(labels).items():
                nxt[v * face if name == "product" else v + face] += c * wt
        dist = nxt
    return dist


def _differences(first: Counter[int], second: Counter[int]) -> Counter[int]:
    out: Counter[int] = Counter()
    for a, wa in first.items():
        for b, wb in second.items():
            out[abs(a - b)] += wa * wb
    return out


__all__ = ["listed_faces", "spin_chance"]
