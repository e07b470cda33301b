"""Reader of license plates, codes, passwords and PINs: a row of places, each filled with
a letter or a digit, in an order the problem fixes.

Phrasings reached: "A license plate consists of 3 letters followed by 2 digits. Letters
may repeat but digits may not. How many plates are possible?", "A locker code is a
sequence of 4 digits in which no digit is used twice and the first digit cannot be 0.
How many codes are there?", "Each password has a letter, then two odd digits, then a
letter; no letter may be repeated. How many passwords can be made?"

The format is read as groups in order ("followed by", "then"); groups only joined by "and"
leave the order open and are declined. Each place holds a letter (26), a digit (10) or a
named kind of digit (odd, even, nonzero). A place may repeat another's symbol unless the
problem says otherwise, since a plate's or a code's places are filled independently. The
count is the product of the choices place by place (the smaller kinds first when no
symbol repeats), confirmed by listing every plate (at most 200,000) or by counting the
digits a second way (over the sets of digits already used).
"""

from __future__ import annotations

import re
from functools import cache
from itertools import product
from math import factorial

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics.wording import Wording, quick
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_LIST = 200_000
_LETTERS = frozenset("abcdefghijklmnopqrstuvwxyz")
_DIGIT_KINDS = {"": frozenset(range(10)), "nonzero ": frozenset(range(1, 10)),
                "non-zero ": frozenset(range(1, 10)), "odd ": frozenset({1, 3, 5, 7, 9}),
                "even ": frozenset({0, 2, 4, 6, 8})}
_NOUN = (r"(?:license plates?|licence plates?|plates?|tags?|codes?|passwords?|pin codes?|pins?|"
         r"pin numbers?|(?:identification|id|serial) (?:numbers?|codes?)|combinations?)")
_ADJ = (r"(?:(?:valid|standard|new|certain|car|bicycle|bike|motorbike|motorcycle|truck|lock|"
        r"locker|computer|security|secret|garage|door|access|safe|state) )*")
_GROUP = (r"(?:#\d+|a|an|one)(?: (?:distinct|different))?(?: (?:odd|even|nonzero|non-zero))? "
          r"(?:letters?|digits?)(?: of the (?:english )?alphabet)?")
_THEN = r"(?:,? followed by|,? then|,? and then)"
_FORMAT = (r" (?:a|an|each|every|the)? ?" + _ADJ + r"(?P<noun>" + _NOUN + r")(?: in (?:a certain "
           r"state|[a-z]+))? (?:consists? of|is made up of|are made up of|is made of|has|have|"
           r"contains?|shows?|displays?|is formed (?:from|by|of)|(?:is|are) (?:an? )?(?:sequences?|"
           r"strings?|rows?) of|uses?) (?P<spec>" + _GROUP + r"(?:" + _THEN + r" " + _GROUP + r")*)"
           r"(?: in that order)?(?=[ ,.;?])")
_FAMILY = r"(?P<fam>letters?|digits?|characters?|symbols?)"
_REPEAT = [
    r"(?:the )?" + _FAMILY + r" (?:may|can|are allowed to|could) (?:be )?(?:repeat(?:ed)?|used "
    r"(?:more than once|again|twice))\b",
    r"(?:,? (?:and|with) )?repetitions? (?:of " + _FAMILY + r" )?(?:is |are )?(?:allowed|"
    r"permitted)\b",
    r"(?:the )?" + _FAMILY + r" (?:are |need )?not necessarily (?:be )?(?:distinct|different)\b",
    r",? (?:(?:which|that) are )?(?:all )?not necessarily (?:distinct|different)\b",
]
_ONCE = [
    r"(?:no|not one) (?P<fam>letter|digit|character|symbol) (?:is |may be |can be |will be )?"
    r"(?:repeated|used more than once|used twice)\b",
    r"(?:no|not one) (?P<fam>letter|digit|character|symbol) (?:repeats|appears (?:more than "
    r"once|twice))\b",
    r"(?:the )?" + _FAMILY + r" (?:cannot|can not|may not|must not|are not allowed to|can't) "
    r"(?:be )?(?:repeat(?:ed)?|used (?:more than once|again|twice))\b",
    r"(?:all )?(?:the )?" + _FAMILY + r" (?:are|must be|must all be|are all) (?:all )?"
    r"(?:distinct|different)\b",
    r"(?:each|every) (?P<fam>letter|digit|character|symbol) (?:is |may be |can be )?used at "
    r"most once\b",
    r"(?:,? (?:and|with) )?(?:no repetitions?|without repetitions?)(?: of " + _FAMILY + r")?\b",
    r"repetitions? (?:of " + _FAMILY + r" )?(?:is|are) not (?:allowed|permitted)\b",
]
# "letters may repeat but digits may not": both said at once
_BUT = (r"(?:the )?(?P<a>letters|digits) (?:may|can) (?:be )?repeat(?:ed)?,? but (?:the )?"
        r"(?P<b>letters|digits) (?:may|can) ?not(?: be repeated| repeat)?\b")
_FIRST_NONZERO = (r"(?:the )?first digit (?:cannot|can not|may not|must not|can't|is not) be #0"
                  r"|(?:the )?first digit (?:is|must be) (?:nonzero|non-zero|not #0)")
_ASK = (r" (?:how many|the number of) (?:different |distinct |possible |valid |such |new )*"
        + _ADJ + r"(?:" + _NOUN + r")\b")
# the question names the format: "how many license plates consist of 3 letters followed by 3
# digits?", "how many codes can be made using 2 letters then 2 digits?"
_ASKED_FORMAT = (r" (?:how many|the number of) (?:different |distinct |possible |valid )*" + _ADJ
                 + r"(?P<noun>" + _NOUN + r") (?:(?:that |which )?(?:consist of|are made up of|"
                 r"have|contain|use)|(?:can|could) be (?:made|formed|created) (?:using|with|"
                 r"from)) (?P<spec>" + _GROUP + r"(?:" + _THEN + r" " + _GROUP + r")*)"
                 r"(?: in that order)?(?=[ ,.;?])")
_GLUE = frozenset("are is be can could possible there made formed created issued make issue "
                  "form create exist state town city country the if we you they altogether in "
                  "all total".split())


@cache
def _distinct_digit_fills(kinds: tuple[frozenset[int], ...]) -> int:
    """Ways to give each place a digit of its kind, no digit used twice: counted over the
    set of digits used so far (a second way, independent of the order of filling)."""
    ways: dict[frozenset[int], int] = {frozenset(): 1}
    for kind in kinds:
        nxt: dict[frozenset[int], int] = {}
        for used, n in ways.items():
            for d in kind - used:
                key = used | {d}
                nxt[key] = nxt.get(key, 0) + n
        ways = nxt
    return sum(ways.values())


def _groups(spec: str) -> list[tuple[int, str, bool]]:
    """(how many places, kind, said distinct) for each group of the format, in order."""
    out = []
    for g in re.split(_THEN + " ", spec):
        m = re.fullmatch(r"(#\d+|a|an|one)( (?:distinct|different))?( (?:odd|even|nonzero|"
                         r"non-zero))? (letters?|digits?)(?: of the (?:english )?alphabet)?",
                         g.strip())
        if m is None:
            raise Decline("a group of places not understood")
        k = int(m.group(1)[1:]) if m.group(1).startswith("#") else 1
        kind = (m.group(3) or "").strip()
        if m.group(4).startswith("letter"):
            if kind:
                raise Decline("letters of a named kind")
            kind = "letter"
        out.append((k, kind or "digit", bool(m.group(2))))
    return out


def _alphabet(kind: str) -> frozenset[str] | frozenset[int]:
    return _LETTERS if kind == "letter" else _DIGIT_KINDS[kind + " " if kind != "digit" else ""]


def plates(split: Split, template: str) -> Result | None:
    if not quick(template, "letter", "digit") or not quick(template, "how many", "number of") \
            or not re.search(_NOUN, template):
        return None
    w = Wording.of(split, template)
    asked = w.take(_ASKED_FORMAT)  # "how many plates consist of 3 letters then 3 digits?"
    fmt, ask = asked + w.take(_FORMAT), asked + w.take(_ASK)
    but = w.take(_BUT)
    once = [m for p in _ONCE for m in w.take(p)]  # first: "no digit may be used twice"
    repeat = [m for p in _REPEAT for m in w.take(p)]
    nonzero = w.take(_FIRST_NONZERO)
    if len(fmt) != 1 or len(ask) != 1 or not w.only_glue(_GLUE):
        return None
    groups = _groups(fmt[0].group("spec"))
    places = [(kind, distinct) for k, kind, distinct in groups for _ in range(k)]
    if not 1 <= len(places) <= 12 or len(places) == 1:
        raise Decline("a modest number of places")
    allowed, unique = _families(repeat, "fam"), _families(once, "fam")
    for m in but:
        allowed.add(m.group("a").rstrip("s"))
        unique.add(m.group("b").rstrip("s"))
    if allowed & unique or "character" in allowed and unique or "character" in unique and allowed:
        raise Decline("whether a symbol may repeat is said two ways")
    if "character" in unique:
        unique = {"letter", "digit"}
    for fam in ("letter", "digit"):
        said = [g for g in groups if g[2] and (g[1] == "letter") == (fam == "letter")]
        if said and (fam in allowed or len([g for g in groups if (g[1] == "letter") ==
                                            (fam == "letter")]) > 1):
            raise Decline("distinct within one group, among several groups")
        if said:
            unique.add(fam)
    kinds = [_alphabet(kind) for kind, _ in places]
    if nonzero:
        digit_at = next((i for i, (kind, _) in enumerate(places) if kind != "letter"), None)
        if digit_at is None or len(nonzero) > 1:
            raise Decline("a first digit that is not there")
        kinds[digit_at] = kinds[digit_at] - {0}  # type: ignore[operator]
    return _count(kinds, unique, fmt[0].group("noun"))


def _families(found: list[re.Match[str]], group: str) -> set[str]:
    out = set()
    for m in found:
        fam = (m.groupdict().get(group) or "character").rstrip("s")
        out.add("character" if fam == "symbol" else fam)
    return out


def _count(kinds: list[frozenset], unique: set[str], noun: str) -> Result:
    """The product of the choices place by place, confirmed a second way."""
    letters = [k for k in kinds if k == _LETTERS]
    digits = [k for k in kinds if k != _LETTERS]
    choices: list[int] = []
    if "letter" in unique:
        choices += [26 - i for i in range(len(letters))]
    else:
        choices += [26] * len(letters)
    if "digit" in unique:
        ordered = sorted(digits, key=len)  # the smaller kinds first
        if any(a & b and not (a <= b or b <= a) for a in ordered for b in ordered):
            raise Decline("kinds of digits that overlap without one inside the other")
        # each earlier place's kind lies inside this one or apart from it
        choices += [len(k) - sum(1 for j in ordered[:i] if j <= k) for i, k in enumerate(ordered)]
    else:
        choices += [len(k) for k in digits]
    if any(c <= 0 for c in choices):
        raise Decline("more places than symbols to fill them")
    total = 1
    for c in choices:
        total *= c
    what = f"{noun.rstrip('s')}s"
    if sp.Mul(*[len(k) for k in kinds]) <= _LIST:
        pools = [sorted(map(str, k)) for k in kinds]
        listed = sum(1 for row in product(*pools) if _valid(row, kinds, unique))
        confirm.count(total, lambda: listed, f"{what} (listing them)")
    else:
        letter_ways = factorial(26) // factorial(26 - len(letters)) if "letter" in unique \
            else int(sp.Integer(26) ** len(letters))
        digit_ways = _distinct_digit_fills(tuple(digits)) if "digit" in unique else \
            int(sp.Mul(*[len(k) for k in digits]))
        confirm.count(total, lambda: letter_ways * digit_ways,
                      f"{what} (the letters and the digits counted apart)")
    claim = " \\cdot ".join(map(str, choices)) + f" = {total}"
    hint = ("Fill the places one at a time: each place has as many choices as symbols it may "
            "hold" + (", less those already used." if unique else "."))
    return sp.Integer(total), [step("fill the places in turn", hint, f"${claim}$", claim)]


def _valid(row: tuple[str, ...], kinds: list[frozenset], unique: set[str]) -> bool:
    for fam in unique:
        used = [s for s, k in zip(row, kinds, strict=True) if (k == _LETTERS) == (fam == "letter")]
        if len(used) != len(set(used)):
            return False
    return True


__all__ = ["plates"]
