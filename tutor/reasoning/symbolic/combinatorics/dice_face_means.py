"""Reader of the expected number of dice (or rolls of one die) that show a face, or a
number with a property: "Twelve fair dice are rolled. What is the expected number of dice
showing a 1?", "A fair die is rolled 10 times. What is the expected number of times a 6 is
rolled?", "Six standard dice are rolled. What is the expected number of dice that show a
number greater than 2?", "... the expected number of sixes?".

Each die is a trial that succeeds with chance c/s (c of its s faces, counted by listing the
faces); the expectation is k c/s by linearity (`trial_means.mean`, which checks it against
the mean of the distribution of the number of successes), and is confirmed once more by
averaging the count over every roll listed (at most 200,000 rolls).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from fractions import Fraction
from itertools import product

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.chance import ROLL_GLUE
from tutor.reasoning.symbolic.combinatorics.dice import DICE, rolled_dice
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.trial_means import mean
from tutor.reasoning.symbolic.combinatorics.trials import Trials
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_FACE_WORDS = {"ones": 1, "twos": 2, "threes": 3, "fours": 4, "fives": 5, "sixes": 6}
_EXPECT = r" (?:what is |find |compute )?the expected (?:number|count) of"
_SHOW = r"(?:shows?|showing|lands? on|landing on|comes? up|coming up)"
# what a die shows: "a 1", "an even number", "a number greater than 2", "a prime number"
_WHAT = (r"(?:an? (?P<f>#\d+)\b|an? (?P<kind>even|odd|prime) number\b|(?:an? (?:number|value) "
         r"(?:that is |which is )?)?(?P<prop>" + PROPERTY + r"))")
_EVENTS = [
    # "dice showing a 1", "dice that show an even number", "rolls that land on a 6"
    _EXPECT + r" (?:the )?(?:dice|rolls) (?:that |which )?" + _SHOW + r" " + _WHAT,
    # "times a 6 is rolled", "times that the number 3 comes up"
    _EXPECT + r" times (?:that )?(?:a|an|the number) (?P<f2>#\d+) (?:is rolled|appears|comes up|"
    r"shows up|turns up|is obtained|is shown)\b",
    # "sixes", "6's", "sixes rolled"
    _EXPECT + r" (?:(?P<fw>" + "|".join(_FACE_WORDS) + r")|(?P<f3>#\d+) ?'?s)(?: rolled| "
    r"obtained| that (?:are rolled|are obtained|come up|appear))?(?!\w)"]


def dice_face_means(split: Split, template: str) -> Result | None:
    if "expected" not in template or not quick(template, "dice", "die"):
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses")
    events = [m for p in _EVENTS for m in w.take(p)]
    setup = [m for p in DICE for m in w.take(p)]
    if len(events) != 1 or len(setup) != 1 or not w.only_glue(ROLL_GLUE | {"will"}):
        return None
    g = setup[0].groupdict()
    if any(g.get(k) is not None for k in ("single", "single2", "single3")):
        return None  # one roll of one die: the expected value reader's
    k, s = rolled_dice(g), int(g.get("s") or 6)
    if not 2 <= k <= 100 or not 2 <= s <= 100:
        raise Decline("a modest number of dice with a modest number of faces")
    hit, words = _hit(events[0], s)
    faces = [x for x in range(1, s + 1) if hit(x)]
    if not 0 < len(faces) < s:
        raise Decline("a face every die shows, or none does")
    trials = Trials([(k, Fraction(len(faces), s))], words)
    value, steps = mean(trials, False, f"dice showing {words}")
    if s**k <= _LIST:
        total = sum(sum(1 for x in r if hit(x)) for r in product(range(1, s + 1), repeat=k))
        confirm.check(sp.Rational(total, s**k) == value,
                      f"averaging the count over all {s**k} rolls gives the same expectation")
    listed = ", ".join(map(str, faces))
    return value, [step("the chance for one die", f"Of the {s} equally likely faces, "
                        f"{len(faces)} show {words}.", f"Faces showing {words}: {listed}; "
                        f"chance ${len(faces)}/{s}$ for each die.", ""), *steps]


def _hit(e: re.Match[str], s: int) -> tuple[Callable[[int], bool], str]:
    """The test of a face the event counts, and its words."""
    g = e.groupdict()
    f = g.get("f") or g.get("f2") or g.get("f3")
    face = int(f[1:]) if f else _FACE_WORDS.get(g.get("fw") or "")
    if face is not None:
        if not 1 <= face <= s:
            raise Decline("a face the dice do not have")
        return (lambda x: x == face), f"a {face}"
    if g.get("kind"):
        test, words = predicate(re.fullmatch(PROPERTY, g["kind"]) or _no())
        return test, f"an {words} number" if words != "prime" else "a prime number"
    prop = re.fullmatch(PROPERTY, g["prop"] or "")
    test, words = predicate(prop or _no())
    return test, f"a number {words}"


def _no() -> re.Match[str]:
    raise Decline("a property I cannot read")


__all__ = ["dice_face_means"]
