"""Probability reader for rolls of fair dice: every roll is listed (at most 200,000) and
the favourable ones counted, then counted again another way (a statistic's distribution
die by die, a formula, or choosing which dice show a face).

Phrasings reached: "Two standard dice are rolled. What is the probability that the sum of
the numbers rolled is prime?", "Three fair 4-sided dice are thrown. What is the chance
that the product of the numbers is even?", "Jo rolls 4 fair six-sided dice. What is the
probability that at least two dice show the same number?" ...
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import product
from math import perm

from tutor.reasoning.symbolic.combinatorics import spinners
from tutor.reasoning.symbolic.combinatorics.chance import ASK, FAIR, ROLL_GLUE, answer
from tutor.reasoning.symbolic.combinatorics.dice_extremes import EXTREME, extreme_chance
from tutor.reasoning.symbolic.combinatorics.dice_faces import FACE, face_chance
from tutor.reasoning.symbolic.combinatorics.events import CMP, PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_SPACE = 200_000  # outcomes listed one by one at most
_SIDES = r"(?:#(?P<s>\d+)-(?:sided|faced) )?"
DICE = [r" #(?P<k>\d+),? " + FAIR + _SIDES + FAIR + r"dice (?:are |were )?(?:rolled|thrown|"
         r"tossed)\b",
         r" (?:rolls?|throws?|toss(?:es)?|rolling) #(?P<k>\d+) " + FAIR + _SIDES + FAIR
         + r"dice\b",
         r" (?:a|one) " + FAIR + _SIDES + FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed) "
         r"#(?P<k>\d+) times\b",
         r" (?:rolls?|throws?) (?:a|one) " + FAIR + _SIDES + FAIR + r"die #(?P<k>\d+) times\b",
         r" (?:rolls?|throws?) (?:a|one) " + FAIR + _SIDES + FAIR + r"die (?P<twice>twice)\b",
         r" (?:a|one) " + FAIR + _SIDES + FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed) "
         r"(?P<twice2>twice)\b",
         r" [a-z]+ and [a-z]+ each (?:rolls?|throws?|toss) (?:a|one) " + FAIR + _SIDES + FAIR
         + r"die(?P<pair>)\b",
         r" (?:with|using|on) #(?P<k>\d+) " + FAIR + _SIDES + FAIR + r"dice\b",
         r" a pair of " + FAIR + _SIDES + FAIR + r"dice (?:is |are )?(?:rolled|thrown|tossed)"
         r"(?P<k>)\b",
         r" (?:a|one) " + FAIR + _SIDES + FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed)"
         r"(?P<single>)(?! #\d+ times)(?: once)?\b",
         r" (?:rolls?|throws?|rolling|throwing) (?:a|one|#1) " + FAIR + _SIDES + FAIR
         + r"die(?P<single2>)(?! #\d+ times| twice)(?: once)?\b",
         r" (?:with|using|on) (?:a|one) " + FAIR + _SIDES + FAIR + r"die(?P<single3>)(?! #\d+ "
         r"times| twice)(?: once)?\b",
         r" each of #(?P<k>\d+),? " + FAIR + _SIDES + FAIR + r"dice (?:is |was )?(?:rolled|"
         r"thrown|tossed)(?: once)?\b",
         r" #(?P<k>\d+),? " + FAIR + _SIDES + FAIR + r"dice (?:that|which) (?:are|were) (?:rolled"
         r"|thrown|tossed)(?: (?:simultaneously|together|at once|at the same time))?\b",
         # "two fair dice show a sum of 7": rolled, said by what they show
         r" #(?P<k>\d+),? " + FAIR + _SIDES + FAIR + r"dice (?:show|land on|come up with)(?= a "
         r"(?:sum|product)\b)"]
_ONE = (r" (?:(?:the )?(?:number|result|outcome|roll|top face)(?: rolled| shown| that comes up|"
        r" on the top face)?|(?:of )?(?:rolling|getting|obtaining|throwing|rolls?|gets?|"
        r"(?:it|the die) (?:will )?(?:shows?|lands? on|comes? up(?: as)?))(?: a number| an "
        r"integer| an?(?= #\d))?(?: that| which)?) "
        + PROPERTY)
# "the numbers she rolls": the roller named by a pronoun in a relative clause
_SHE_ROLLS = r" (?:that |which )?(?:she|he|they|you|i|we) (?:rolls?|rolled|gets?|got|obtains?)"
# two dice: how far apart the numbers are ("differ by 2", "a positive difference of at least 3")
_DIFFER = (r" (?:(?:rolling|getting|obtaining) )?(?:the |their )?(?:#2 )?(?:numbers|integers|"
           r"results|values|rolls)(?: rolled| shown| obtained| that come up|" + _SHE_ROLLS
           + r")?(?: that)? (?:will )?"
           r"differ by (?:(?P<cmp>at least|at most|more than|less than|exactly) )?#(?P<t>\d+)\b")
# "the difference between the numbers" of two dice: the larger less the smaller
_DIFFERENCE = (r" (?:the|a) (?:positive |absolute |non-negative )?difference (?:between|of) "
               r"(?:the |their )?(?:#2 )?"
               r"(?:numbers|integers|results|values|rolls)(?: rolled| shown| obtained|"
               + _SHE_ROLLS + r")? " + PROPERTY)
_STAT = (r" (?:the|their|a) (?P<stat>sum|product)(?: of (?:all (?:the |their )?|the |their )"
         r"(?:#\d+ )?"
         r"(?:numbers|values|results|rolls|faces|dice|face up integers|face-up integers|integers)"
         r"(?: (?:rolled|shown|showing|obtained|on the dice|that come up|that are rolled|"
         r"(?:shown )?on the (?:dice|top faces|top face)|shown on the dice|on top|they roll))?"
         r"| (?:rolled|"
         r"of the rolls|"
         r"of the dice|obtained)| of "
         r"#(?P<k0>\d+) " + FAIR + r"(?:#(?P<s0>\d+)-sided )?" + FAIR + r"dice)? (?:will )?"
         + PROPERTY)
_ROLLED = (r" (?:rolling |getting |obtaining )?a (?P<stat>sum|product) (?:of )?(?:(?P<cmp>"
           r"greater than|less than|at least|at most) )?#(?P<t>\d+)(?: is (?:rolled|obtained))?\b")
_SAME = (r" (?:all|each of|all of|both of|both|the #\d+|the) ?(?:the )?(?:#\d+ )?(?:dice|numbers"
         r"|faces|rolls)? ?(?:rolled |shown |showing )?(?:show |are |come up |land on )?(?P<kind>"
         r"different numbers|different|distinct numbers|distinct|the same number|the same|equal)\b"
         r"| (?P<atl>at least #2) (?:(?:of the )?(?:dice|faces|numbers|rolls)|of them) (?:show "
         r"the same number|match|are the same)\b"
         r"| (?P<none>no #2) (?:(?:of the )?(?:dice|faces|numbers|rolls)|of them) (?:show the "
         r"same number|match|are the same)\b"
         r"| (?:getting|rolling) #(?P<all>\d+) (?P<kind2>distinct|different) numbers\b"
         r"| (?:they|the dice|both dice|all the dice|all of them|both of them) (?:will )?(?:show|"
         r"land on|come up with|are showing) (?P<kind3>the same number|different numbers)\b"
         r"| the same number (?:will be |is )?(?:facing up|showing|shown|on top|face up) on "
         r"(?:each|all|every one|both) of\b"
         r"| (?:(?:rolling|getting|throwing|obtaining) )?(?:a )?(?P<dbl>doubles?)\b")
_FACE_WORDS = ["twos", "threes", "fours", "fives", "sixes"]
# a sum said other ways: "a total of 7", "the numbers shown add up to 7"
_SUM_WORDS = [(r"\b(?:sum )?total\b", "sum"),
              (r" (?:the |their )?(?:#2 )?(?:numbers|values|results|faces|dice)(?: rolled| shown| "
               r"showing| that come up| obtained)? (?:adds?|sums?) (?:up )?to\b", " the sum is")]


# "cubes with faces numbered 1 through 6" are six-sided dice (a cube has six faces)
_CUBES = (r" cubes (?:with|whose) (?:the )?faces (?:are )?numbered (?:from )?#1 (?:through|to) "
          r"#(6)\b")


def _stat_counts(k: int, s: int, stat: str) -> Counter[int]:
    """How many rolls give each value of the statistic, die by die (a second count)."""
    dist: Counter[int] = Counter({0 if stat == "sum" else 1: 1})
    for _ in range(k):
        nxt: Counter[int] = Counter()
        for v, c in dist.items():
            for face in range(1, s + 1):
                nxt[v + face if stat == "sum" else v * face] += c
        dist = nxt
    return dist


def dice(split: Split, template: str) -> Result | None:
    if not quick(template, "dice", "die", "cubes", "spinner") or not quick(
            template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    for said, meant in _SUM_WORDS:
        w.text = re.sub(said, meant, w.text)
    w.text = re.sub(_CUBES, r" #\1-sided dice", w.text)
    w.text = spinners.as_dice(w.text, template)  # spinners of equal sections are dice
    # "exactly two sixes": the face said as a plural word after a count
    w.text = re.sub(r"(?<=#\d )(twos|threes|fours|fives|sixes)\b", lambda m: "#" + str(
        _FACE_WORDS.index(m.group(1)) + 2) + " s", w.text)
    w.take(r" and the (?:numbers|values) (?:shown )?on the top faces are added(?= ?[.;,])")
    w.take_name("rolls|throws|tosses")
    setup = [m for p in DICE for m in w.take(p)]
    faces = w.take(r",? (?:and )?each (?:of the dice )?(?:has faces |is )?numbered (?:with "
                   r"numbers )?(?:from )?#1 (?:to|through) #(?P<top>\d+)\b")
    ask = w.take(ASK)
    stat, rolled = w.take(_STAT), w.take(_ROLLED)
    differ = w.take(_DIFFER) + w.take(_DIFFERENCE)
    face, same = w.take(FACE), w.take(_SAME)
    extreme = w.take(EXTREME)
    # "... on her first two rolls" of a die rolled twice: every roll made
    all_rolls = w.take(r" (?:on|in|with|from) (?:her|his|their|my|your|our|the) (?:first )?"
                       r"#(?P<n>\d+) (?:rolls|throws)\b")
    lone = len(setup) == 1 and any(setup[0].groupdict().get(k) is not None
                                   for k in ("single", "single2", "single3"))
    one = w.take(_ONE) if lone else []
    events = stat + rolled + differ + face + same + one + extreme
    inline = [e for e in stat if e.group("k0")]  # "the sum of two dice is ..."
    if len(setup) + len(inline) != 1 or len(ask) != 1 or len(events) != 1 or not w.only_glue(
            ROLL_GLUE | {"will"}):
        return None
    g = setup[0].groupdict() if setup else {"k": inline[0].group("k0"), "s": inline[0].group("s0")}
    k = 1 if lone else rolled_dice(g)
    if any(int(m.group("n")) != k for m in all_rolls):
        raise Decline("the rolls the question names are not the rolls made")
    if any(int(f.group("top")) != int(g.get("s") or 6) for f in faces):
        raise Decline("the faces numbered do not match the sides named")
    s = int(g.get("s") or 6)
    if not 2 <= s <= 100 or not 1 <= k <= 40 or (s**k > _SPACE and not face):
        raise Decline("more rolls than I can list")
    total = s**k
    e = events[0]
    if differ:
        return _difference(e, k, s)
    if extreme:
        return extreme_chance(e, k, s)
    if stat or rolled or one:
        if rolled:
            cmp = e.group("cmp") or "equal to"
            t = int(e.group("t"))
            test, words = (lambda v: {"greater than": v > t, "less than": v < t,
                                      "at least": v >= t, "at most": v <= t,
                                      "equal to": v == t}[cmp]), f"{cmp} {t}"
        else:
            test, words = predicate(e)
        name = "sum" if one else e.group("stat")
        good = sum(1 for r in product(range(1, s + 1), repeat=k)
                   if test(sum(r) if name == "sum" else _product(r)))
        second = sum(c for v, c in _stat_counts(k, s, name).items() if test(v))
        name = "number rolled" if one else name
        return answer(good, total, f"the {name} being {words}", second,
                      f"the {name}'s distribution die by die",
                      f"List all {total} equally likely rolls; in {good} of them the {name} is "
                      f"{words}.", f"{s}^{{{k}}}")
    if same:
        kind = "different" if (e.group("kind") or e.group("kind2") or e.group("kind3")
                               or "").startswith((
            "different", "distinct")) or e.group("none") else "same"
        if e.group("all") and int(e.group("all")) != k:
            raise Decline("a count of different numbers that is not the number of dice")
        if e.group("atl"):
            kind = "repeat"
        if e.group("dbl") and k != 2:
            raise Decline("'doubles' for more than two dice reads two ways")
        if k < 2:
            raise Decline("one die cannot repeat")
        tests: dict[str, Callable[[tuple[int, ...]], bool]] = {
            "different": lambda r: len(set(r)) == k, "same": lambda r: len(set(r)) == 1,
            "repeat": lambda r: len(set(r)) < k}
        formulas = {"different": perm(s, k), "same": s, "repeat": total - perm(s, k)}
        good = sum(1 for r in product(range(1, s + 1), repeat=k) if tests[kind](r))
        words = {"different": "all different numbers", "same": "all the same number",
                 "repeat": "some number repeated"}[kind]
        return answer(good, total, words, formulas[kind], "a formula",
                      f"Of the {total} equally likely rolls, {good} show {words}.",
                      f"{s}^{{{k}}}")
    return face_chance(e, k, s, total)


def rolled_dice(g: dict[str, str | None]) -> int:
    """How many dice (or rolls of one die) a DICE match names that are more than one."""
    if g.get("twice") or g.get("twice2") or g.get("pair") is not None:
        return 2
    return int(g.get("k") or 2)


def _difference(e: re.Match[str], k: int, s: int) -> Result:
    """Two dice whose numbers are apart by a stated amount: |a - b| for every roll, and again
    by the formula (s pairs at distance 0, 2(s - d) at distance d)."""
    if k != 2:
        raise Decline("a difference of more than two numbers")
    if "even" not in e.groupdict():  # "differ by [at least] 2"
        t, cmp = int(e.group("t")), e.group("cmp") or "exactly"
        test, words = (lambda v: CMP[cmp](v, t)), f"{cmp} {t}"
    else:
        test, words = predicate(e)
    good = sum(1 for a, b in product(range(1, s + 1), repeat=2) if test(abs(a - b)))
    second = sum((s if d == 0 else 2 * (s - d)) for d in range(s) if test(d))
    return answer(good, s * s, f"the numbers being {words} apart", second,
                  "the pairs at each distance",
                  f"List all {s * s} equally likely rolls; in {good} of them the two numbers "
                  f"differ by {words}.", f"{s}^{{2}}")


def _product(r: tuple[int, ...]) -> int:
    out = 1
    for x in r:
        out *= x
    return out


__all__ = ["DICE", "dice", "rolled_dice"]
