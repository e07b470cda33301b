"""Probability readers for coins and dice: the sample space is built from the words and
counted exactly, then counted again another way.

Phrasings reached: "A fair coin is tossed 6 times. What is the probability of getting
at least 4 heads?", "If I flip 5 fair coins, what is the probability that all of them
come up tails?", "Two standard dice are rolled. What is the probability that the sum of
the numbers rolled is prime?", "Three fair 4-sided dice are thrown. What is the chance
that the product of the numbers is even?", "Jo rolls 4 fair six-sided dice. What is
the probability that at least two dice show the same number?" ...
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from itertools import product
from math import comb, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.events import PROPERTY, predicate
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, latex, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

ASK = (r" (?:what is |find |compute )?the (?:probability|chance) (?:that|of|(?=(?:at least|at "
       r"most|exactly) #))\b")
_SPACE = 200_000  # outcomes listed one by one at most
_FAIR = r"(?:(?:fair|standard|ordinary|regular|unbiased|normal),? )*"
_GLUE = frozenset("if i you we he she they it rolls roll rolled throws throw thrown tosses "
                  "toss tossed flips flip flipped when are is at random".split())


def answer(good: int, total: int, what: str, second: int, how: str, hint: str,
           total_tex: str = "") -> Result:
    """good/total reduced, confirmed by `second` favourable outcomes counted another way;
    `total_tex` writes the number of outcomes as it was counted ("6^{2}")."""
    v = sp.Rational(good, total)
    confirm.probability(v, second, total, f"{what} ({how})")
    steps = []
    if total_tex and total_tex != str(total):
        space = f"{total_tex} = {total}"
        steps.append(step("count the outcomes", "Every outcome is equally likely.",
                          f"There are ${space}$ equally likely outcomes; {good} of them are "
                          f"favourable ({what}).", space))
    reduced = v.q == total  # 5/36: write the count's form, 5/6^2 = 5/36, not 5/36 = 5/36
    claim = f"\\frac{{{good}}}{{{total_tex if reduced and total_tex else total}}} = {latex(v)}"
    steps.append(step("favourable over possible", hint, f"${claim}$", claim))
    return v, steps


# coins -------------------------------------------------------------------------------

COINS = [r" (?:a|one) " + _FAIR + r"coin (?:is |was )?(?:flipped|tossed) #(?P<n>\d+) times\b",
          r" (?:flips?|toss(?:es)?) (?:a|one) " + _FAIR + r"coin #(?P<n>\d+) times\b",
          r" #(?P<n>\d+) " + _FAIR + r"coins (?:are |were )?(?:simultaneously |all )?(?:flipped|"
          r"tossed)\b",
          r" (?:flips?|toss(?:es)?) #(?P<n>\d+) " + _FAIR + r"coins\b"]
_HEADS = (r" (?:(?:we|you|i|it|they|he|she) )?(?:gets? |obtains? |sees? |lands? |comes? up |"
          r"shows? |getting |of getting |obtaining |)(?:(?P<cmp>exactly|at least|at most|more "
          r"than|fewer than|less than) )?#(?P<j>\d+) (?P<side>heads?|tails?)\b"
          r"| (?P<cmp2>exactly|at least|at most) #(?P<j2>\d+) (?:of them |of the coins |coins? )?"
          r"(?:comes? up|lands?(?: on)?|shows?|is|are) (?P<side2>heads|tails)\b"
          r"| (?:(?:we|you|i|he|she|they) (?:will )?)?(?:gets? |getting |of getting )?"
          r"(?P<side3>heads|tails) (?:in|on) (?P<cmp3>exactly|at least|"
          r"at most) #(?P<j3>\d+) of the #(?P<of>\d+) (?:flips|tosses)\b"
          r"| (?:shows?|lands? on|comes? up) (?P<side4>heads|tails) (?P<cmp4>exactly|at least|at "
          r"most) (?P<times>once|twice|#\d+ times)\b"
          r"| (?P<side5>heads|tails) (?:are |is )?(?:showing|shown|showing up|coming up) on "
          r"(?P<cmp5>exactly|at least|at most) #(?P<j5>\d+) of them\b")
_ALL = (r" (?:all|each|every one) (?:of )?(?:the |them |the #\d+ )?(?:coins |flips |tosses )?"
        r"(?:lands? |comes? up |shows? |are |is |)(?:on )?(?P<side>heads|tails)\b"
        r"| (?:it )?(?:lands? on|comes? up|shows?) (?P<side2>heads|tails) (?:all|every) (?:#"
        r"(?P<all>\d+) )?times?\b")
_MORE = r" (?:(?:we|you|i) (?:get|see) )?more (?P<side>heads|tails) than (?:heads|tails)\b"
_SPLIT = (r" (?:(?:we|you|i) (?:get|see) |getting |of getting )?(?:exactly )?#(?P<a>\d+) (?P<s1>"
          r"heads?|tails?) and (?:exactly )?#(?P<b>\d+) (?P<s2>heads?|tails?)\b")
_EVEN = (r" (?:(?:we|you|i) (?:get|see) )?(?:the same number of heads and tails|as many heads "
         r"as tails|an equal number of heads and tails)\b")


_COMPARE: dict[str, Callable[[int], Callable[[int], bool]]] = {
    "exactly": lambda j: lambda h: h == j, "at least": lambda j: lambda h: h >= j,
    "at most": lambda j: lambda h: h <= j, "more than": lambda j: lambda h: h > j,
    "fewer than": lambda j: lambda h: h < j, "less than": lambda j: lambda h: h < j}


def coins(split: Split, template: str) -> Result | None:
    if "coin" not in template or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("flips|tosses")
    setup = [m for p in COINS for m in w.take(p)]
    ask = w.take(ASK)
    w.take(r" (?:at the same time|simultaneously|at once)\b")
    split_ = w.take(_SPLIT)
    heads, every, more, even = w.take(_HEADS), w.take(_ALL), w.take(_MORE), w.take(_EVEN)
    if len(setup) != 1 or len(ask) != 1 or len(split_) + len(heads) + len(every) + len(more) \
            + len(even) != 1 or not w.only_glue(_GLUE | {"will"}):
        return None
    n = int(setup[0].group("n"))
    if not 1 <= n <= 40:
        raise Decline("a modest number of coins")
    # h counts the side the event names (a fair coin: heads and tails are symmetric)
    j, cmp = n, "exactly"
    if split_:  # "2 tails and 1 head" of 3 coins: exactly 2 tails
        s = split_[0]
        if s.group("s1").rstrip("s") == s.group("s2").rstrip("s") or \
                int(s.group("a")) + int(s.group("b")) != n:
            raise Decline("heads and tails that do not add up to the coins")
        j, side = int(s.group("a")), s.group("s1")
        what = f"{j} {side} and {s.group('b')} {s.group('s2')}"
    elif heads:
        h = heads[0]
        if h.group("of") and int(h.group("of")) != n:
            raise Decline("the flips counted are not the flips made")
        times = {"once": "1", "twice": "2"}.get(h.group("times") or "", h.group("times") or "")
        j = int(h.group("j") or h.group("j2") or h.group("j3") or h.group("j5")
                or times.strip("# times"))
        cmp = h.group("cmp") or h.group("cmp2") or h.group("cmp3") or h.group("cmp4") or \
            h.group("cmp5") or "exactly"
        side = h.group("side") or h.group("side2") or h.group("side3") or h.group("side4") or \
            h.group("side5")
        what = f"{cmp} {j} {side}"
    elif every:
        if every[0].group("all") and int(every[0].group("all")) != n:
            raise Decline("'all' counts other flips than were made")
        side = every[0].group("side") or every[0].group("side2")
        what = f"all {side}"
    elif more:
        side, what = more[0].group("side"), f"more {more[0].group('side')} than the other"
        cmp, j = "more than", n // 2
    else:
        side, what = "heads", "as many heads as tails"
        if n % 2:
            raise Decline("an odd number of flips cannot split evenly")
        j = n // 2
    if j > n:
        raise Decline("more heads or tails than flips")
    test = _COMPARE[cmp](j)
    good = sum(comb(n, h) for h in range(n + 1) if test(h))
    total = 2**n
    if n <= 16:
        second = sum(1 for f in product((0, 1), repeat=n) if test(sum(f)))
        how = "listing every sequence of flips"
    else:
        second = total - sum(comb(n, h) for h in range(n + 1) if not test(h))
        how = "counting the complement"
    counted = " + ".join(f"\\binom{{{n}}}{{{h}}}" for h in range(n + 1) if test(h)) or "0"
    hint = (f"Each of the $2^{{{n}}}$ sequences is equally likely; count those with {what} "
            f"by choosing which flips are {side.rstrip('s')}s: ${counted} = {good}$.")
    return answer(good, total, what, second, how, hint, f"2^{{{n}}}")


# dice --------------------------------------------------------------------------------

_SIDES = r"(?:#(?P<s>\d+)-(?:sided|faced) )?"
DICE = [r" #(?P<k>\d+),? " + _FAIR + _SIDES + _FAIR + r"dice (?:are |were )?(?:rolled|thrown|"
         r"tossed)\b",
         r" (?:rolls?|throws?|toss(?:es)?|rolling) #(?P<k>\d+) " + _FAIR + _SIDES + _FAIR
         + r"dice\b",
         r" (?:a|one) " + _FAIR + _SIDES + _FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed) "
         r"#(?P<k>\d+) times\b",
         r" (?:rolls?|throws?) (?:a|one) " + _FAIR + _SIDES + _FAIR + r"die #(?P<k>\d+) times\b",
         r" (?:rolls?|throws?) (?:a|one) " + _FAIR + _SIDES + _FAIR + r"die (?P<twice>twice)\b",
         r" (?:a|one) " + _FAIR + _SIDES + _FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed) "
         r"(?P<twice2>twice)\b",
         r" [a-z]+ and [a-z]+ each (?:rolls?|throws?|toss) (?:a|one) " + _FAIR + _SIDES + _FAIR
         + r"die(?P<pair>)\b",
         r" (?:with|using|on) #(?P<k>\d+) " + _FAIR + _SIDES + _FAIR + r"dice\b",
         r" a pair of " + _FAIR + _SIDES + _FAIR + r"dice (?:is |are )?(?:rolled|thrown|tossed)"
         r"(?P<k>)\b",
         r" (?:a|one) " + _FAIR + _SIDES + _FAIR + r"die (?:is |was )?(?:rolled|thrown|tossed)"
         r"(?P<single>)(?! #\d+ times)(?: once)?\b"]
_ONE = (r" (?:the )?(?:number|result|outcome|roll|top face)(?: rolled| shown| that comes up| on "
        r"the top face)? " + PROPERTY)
_STAT = (r" (?:the|their|a) (?P<stat>sum|product)(?: of (?:all (?:the |their )?|the |their )"
         r"(?:#\d+ )?"
         r"(?:numbers|values|results|rolls|faces|dice|face up integers|face-up integers|integers)"
         r"(?: (?:rolled|shown|showing|obtained|on the dice|that come up|that are rolled|"
         r"(?:shown )?on the (?:dice|top faces|top face)|shown on the dice|on top|they roll))?"
         r"| (?:rolled|"
         r"of the rolls|"
         r"of the dice|obtained)| of "
         r"#(?P<k0>\d+) " + _FAIR + r"(?:#(?P<s0>\d+)-sided )?" + _FAIR + r"dice)? (?:will )?"
         + PROPERTY)
_ROLLED = (r" (?:rolling |getting |obtaining )?a (?P<stat>sum|product) (?:of )?(?:(?P<cmp>"
           r"greater than|less than|at least|at most) )?#(?P<t>\d+)(?: is (?:rolled|obtained))?\b")
_SAME = (r" (?:all|each of|all of|both of|both|the #\d+|the) ?(?:the )?(?:#\d+ )?(?:dice|numbers"
         r"|faces|rolls)? ?(?:rolled |shown |showing )?(?:show |are |come up |land on )?(?P<kind>"
         r"different numbers|different|distinct numbers|distinct|the same number|the same|equal)\b"
         r"| (?P<atl>at least #2) (?:of the )?(?:dice|faces|numbers|rolls) (?:show the same "
         r"number|match|are the same)\b"
         r"| (?P<none>no #2) (?:of the )?(?:dice|faces|numbers|rolls) (?:show the same number|"
         r"match|are the same)\b"
         r"| (?:getting|rolling) #(?P<all>\d+) (?P<kind2>distinct|different) numbers\b")
_FACE = (r" (?P<cmp>exactly|at least|at most) #(?P<j>\d+) (?:of the )?(?:dice|rolls|numbers) "
         r"(?:shows?|lands? on|comes? up|are|is) (?:an? )?(?:(?P<f>#\d+)|(?P<cls>even|odd|prime)"
         r"(?: numbers?)?)\b"
         r"| (?:an? |at least #1 )(?P<f2>#\d+) is rolled on at least #1 (?:of the )?(?:#\d+ )?"
         r"(?:dice|rolls)"
         r"\b| (?:rolling |getting )?at least #1 (?P<f3>#\d+)\b"
         r"| (?:of )?(?:rolling |getting )?(?P<cmp4>exactly|at least|at most) #(?P<j4>\d+) "
         r"(?P<f4>#\d+)(?: ?'?s)?(?!\w)"
         r"| (?:(?:i|you|we|he|she|they) (?:will )?)?(?:roll|get|rolling|getting) (?:the number "
         r"|a )(?P<f5>#\d+) (?P<cmp5>exactly|at least|at most) (?P<j5>#\d+ times|once|twice)\b"
         r"| (?:(?:we|you|i|he|she|they) (?:will )?)?(?:get|roll|gets|rolls|getting|rolling) an? "
         r"(?P<cls6>even|odd|prime) number (?:in|on) (?P<cmp6>exactly|at least|at most) "
         r"#(?P<j6>\d+) of the #(?P<of6>\d+) rolls\b")


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
    if not quick(template, "dice", "die") or not quick(template, "probability", "chance"):
        return None
    w = Wording.of(split, template)
    w.take_name("rolls|throws|tosses")
    setup = [m for p in DICE for m in w.take(p)]
    faces = w.take(r",? (?:and )?each (?:of the dice )?(?:has faces |is )?numbered (?:with "
                   r"numbers )?(?:from )?#1 (?:to|through) #(?P<top>\d+)\b")
    ask = w.take(ASK)
    stat, rolled = w.take(_STAT), w.take(_ROLLED)
    face, same = w.take(_FACE), w.take(_SAME)
    one = w.take(_ONE) if len(setup) == 1 and setup[0].groupdict().get("single") is not None \
        else []
    events = stat + rolled + face + same + one
    inline = [e for e in stat if e.group("k0")]  # "the sum of two dice is ..."
    if len(setup) + len(inline) != 1 or len(ask) != 1 or len(events) != 1 or not w.only_glue(
            _GLUE | {"will"}):
        return None
    g = setup[0].groupdict() if setup else {"k": inline[0].group("k0"), "s": inline[0].group("s0")}
    k = 1 if g.get("single") is not None else 2 if g.get("twice") or g.get("twice2") or \
        g.get("pair") is not None else int(g.get("k") or 2)
    if any(int(f.group("top")) != int(g.get("s") or 6) for f in faces):
        raise Decline("the faces numbered do not match the sides named")
    s = int(g.get("s") or 6)
    if not 2 <= s <= 100 or not 1 <= k <= 12 or s**k > _SPACE:
        raise Decline("more rolls than I can list")
    total = s**k
    e = events[0]
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
        kind = "different" if (e.group("kind") or e.group("kind2") or "").startswith((
            "different", "distinct")) or e.group("none") else "same"
        if e.group("all") and int(e.group("all")) != k:
            raise Decline("a count of different numbers that is not the number of dice")
        if e.group("atl"):
            kind = "repeat"
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
    return _faces(e, k, s, total)


def _product(r: tuple[int, ...]) -> int:
    out = 1
    for x in r:
        out *= x
    return out


def _faces(e: re.Match[str], k: int, s: int, total: int) -> Result:
    """Exactly / at least / at most j dice showing a face (or an even, odd, prime one)."""
    f = e.group("f") or e.group("f2") or e.group("f3") or e.group("f4") or e.group("f5")
    cmp, j = (e.group("cmp"), int(e.group("j"))) if e.group("cmp") else (
        e.group("cmp4"), int(e.group("j4"))) if e.group("cmp4") else ("at least", 1)
    if e.group("cmp6"):
        if int(e.group("of6")) != k:
            raise Decline("the rolls counted are not the rolls made")
        cmp, j = e.group("cmp6"), int(e.group("j6"))
    if e.group("cmp5"):
        times = e.group("j5")
        cmp, j = e.group("cmp5"), {"once": 1, "twice": 2}.get(times) or int(times[1:].split()[0])
    if f:
        face = int(f[1:])
        if not 1 <= face <= s:
            raise Decline("a face the dice do not have")
        hit, words = (lambda x: x == face), f"a {face}"
    else:
        cls = e.group("cls") or e.group("cls6")
        hit = {"even": lambda x: x % 2 == 0, "odd": lambda x: x % 2 == 1,
               "prime": lambda x: bool(sp.isprime(x))}[cls]
        words = f"an {cls} number" if cls != "prime" else "a prime number"
    count = {"exactly": lambda h: h == j, "at least": lambda h: h >= j,
             "at most": lambda h: h <= j}[cmp]
    good = sum(1 for r in product(range(1, s + 1), repeat=k) if count(sum(map(hit, r))))
    c = sum(1 for x in range(1, s + 1) if hit(x))
    second = sum(comb(k, h) * c**h * (s - c) ** (k - h) for h in range(k + 1) if count(h))
    return answer(good, total, f"{cmp} {j} dice showing {words}", second,
                  "choosing which dice show it", f"Of the {total} equally likely rolls, {good} "
                  f"have {cmp} {j} showing {words}.", f"{s}^{{{k}}}")


__all__ = ["ASK", "COINS", "DICE", "answer", "coins", "dice"]
