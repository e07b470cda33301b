"""Reader of a list with one unknown member fixed by its median or mean: "Tom's first five quiz
scores were 80, 92, 75, 88 and 90. After his sixth quiz, the median of his six scores was 87.
What was his score on the sixth quiz?", "The median of the set {5, 9, 14, x, 20} is three less
than the mean. If x is a negative integer, what is x?", "The numbers 4, 9, 11 and x have a mean
of 10. What is x?".

The known members are one list of numbers (in words or a set in maths); the unknown is a
letter in it, or the next one told by an ordinal ("the sixth quiz": one more than the list
has). Each fact is the median or the mean equal to a number, the median some number less or
more than the mean (or equal to it), or a bound on the unknown ("x is greater than 15", "x is
a negative integer"). The question asks the unknown. Any other number, or a word that changes
the maths ("mode", "range", "largest", "possible", "not" ...) leaves the problem unread.

The median is piecewise linear in the unknown, with its corners at the known members, so each
fact is solved as a linear equation between consecutive known members (and beyond them); a
fact that holds on a whole stretch, or two answers, decline. Every answer is confirmed by
putting it into the list and computing the median and the mean again with Python's
`statistics` module in exact fractions, and, for an integer, by trying every integer from
-10000 to 10000.
"""

from __future__ import annotations

import re
import statistics
from collections.abc import Callable
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import wording

_NUM = r"-?#\d+(?:\.\d+)?"
_ORDINALS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7,
             "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12}
_ITEM = rf"(?:{_NUM}|x)"
_LIST = re.compile(rf"(?P<items>{_ITEM}(?:, {_ITEM})+,? and {_ITEM}|{_ITEM}(?:, {_ITEM}){{2,}})"
                   r"(?![\d/]|\.\d)")
_NEXT = re.compile(r"\b(?:the |his |her |their |a |my )?(?P<o>" + "|".join(_ORDINALS)
                   + r") (?P<what>[a-z]+)\b")
_STAT = r"(?P<s>median|mean|average)"
_IS = r"(?:[a-z'#\d ]+? )?(?:is|was|became|becomes|will be|would be|equals?|of|down to|up to|to)"
_FACTS = [
    ("diff", re.compile(rf"\b{_STAT} {_IS} (?P<d>#\d+(?:\.\d+)?) (?P<w>less|more|greater|"
                        rf"smaller|lower|higher) than (?:the |its )?(?P<t>median|mean|average)\b")),
    ("same", re.compile(rf"\b{_STAT} {_IS} (?:equal to )?(?:the |its |their )?(?P<t>median|mean|"
                        r"average)\b")),
    ("value", re.compile(rf"\b{_STAT} {_IS} (?P<v>{_NUM})(?![\d/]|\.\d)")),
    ("value", re.compile(rf"\b(?:has|have|had) an? {_STAT} of (?P<v>{_NUM})(?![\d/]|\.\d)")),
]
_BOUND = re.compile(rf"\bx is (?P<w>greater|more|less|smaller) than (?P<v>{_NUM})(?![\d/]|\.\d)")
_KIND = re.compile(r"\bx is an? (?P<sign>negative |positive )?(?P<k>integer|whole number)\b")
_ASK = re.compile(r"(?:what|find) (?:is|was|must be|should be|)\s*(?:the value of )?x\s*\??$"
                  r"|what (?:is|was) (?:the |his |her |their |my )?(?:[a-z]+ ){0,3}(?:on|for|of|"
                  r"in) (?:the |his |her |their |my )?(?P<o>" + "|".join(_ORDINALS)
                  + r") [a-z]+\s*\??$|what is the (?P<o2>" + "|".join(_ORDINALS)
                  + r") (?:number|score|value)\s*\??$")
_UNREAD = re.compile(r"\b(?:mode|range|largest|smallest|greatest|least|possible|not|no|each|"
                     r"every|other|another|twice|times as|#\d+ times|half|percent|sum|total|"
                     r"product|difference|new|removed|added|median of the median|increase|decrease|"
                     r"one more|drop|dropped)\b|%")

Fn = Callable[[Fraction], Fraction]


def median_unknowns(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:median|mean|average)\b", template):
        return None
    story, places, form = nw.read_story(split, template)
    plain = _sets(split, re.sub(r"\s+", " ", story).strip())
    if plain is None or places is not None or form is not None or _UNREAD.search(plain):
        return None
    text = plain
    lists = list(_LIST.finditer(text))
    if len(lists) != 1:
        return None
    items = re.findall(rf"{_NUM}|x", lists[0].group("items"))
    known = [_value(t) for t in items if t != "x"]
    ask = _ASK.search(text)
    if ask is None or len(known) < 2:
        return None
    said = {_ORDINALS[m.group("o")] for m in _NEXT.finditer(text)}
    if items.count("x") == 1:
        if said or ask.group("o") or ask.group("o2"):
            return None
    elif items.count("x") != 0 or said != {len(known) + 1} or \
            _ORDINALS.get(ask.group("o") or ask.group("o2") or "") != len(known) + 1:
        return None
    facts: list[tuple[str, Fn]] = []
    rest = text.replace(lists[0].group(0), " ")
    # the next member told by an ordinal: a fact told before it is about the list without it
    after = next(_NEXT.finditer(rest)).start() if said else 0
    for kind, pattern in _FACTS:
        for m in pattern.finditer(rest):
            if m.start() < after:
                return None
            facts.append((m.group(0), _fact(kind, m, known)))
        rest = pattern.sub(" ", rest)
    bounds = [(m.group("w"), _value(m.group("v"))) for m in _BOUND.finditer(rest)]
    rest = _BOUND.sub(" ", rest)
    kinds = list(_KIND.finditer(rest))
    # counts of the list itself ("the first #5 scores", "his #6 scores")
    rest = re.sub(r"#(\d+)(?= [a-z])", lambda t: " " if int(t.group(1)) in (
        len(known), len(known) + 1) else t.group(0), rest)
    if not facts or len(kinds) > 1 or re.search(r"\d", rest):
        return None
    sign = kinds[0].group("sign").strip() if kinds and kinds[0].group("sign") else ""
    whole = bool(kinds)
    return _solve(known, facts, bounds, sign, whole)


def _sets(split: Split, text: str) -> str | None:
    """Maths pieces: a set of numbers and one letter as a list, the letter alone as x."""
    letters: set[str] = set()

    def piece(m: re.Match[str]) -> str:
        src = split.maths[int(m.group(1))].strip()
        inner = re.fullmatch(r"\\\{(.*)\\\}", src)
        parts = [p.strip() for p in (inner.group(1) if inner else src).split(",")]
        out = []
        for p in parts:
            if re.fullmatch(r"[a-z]", p):
                letters.add(p)
                out.append("x")
            elif re.fullmatch(r"-?\d+(?:\.\d+)?", p):
                out.append(("-#" + p[1:]) if p.startswith("-") else "#" + p)
            else:
                return "@"
        return ", ".join(out[:-1]) + ", and " + out[-1] if len(out) > 2 else " and ".join(out)

    text = re.sub(r"@(\d+)@", piece, text)
    text = re.sub(r"\{ ?|\\?\} ?", "", text)
    return None if "@" in text or len(letters) > 1 else text


def _value(token: str) -> Fraction:
    return -wording.value(token[1:]) if token.startswith("-") else wording.value(token)


def _stat(name: str, known: list[Fraction]) -> Fn:
    if name == "median":
        return lambda x: Fraction(statistics.median(sorted([*known, x])))
    return lambda x: (sum(known, Fraction(0)) + x) / (len(known) + 1)


def _fact(kind: str, m: re.Match[str], known: list[Fraction]) -> Fn:
    first = _stat(m.group("s"), known)
    if kind == "value":
        v = _value(m.group("v"))
        return lambda x: first(x) - v
    second = _stat(m.group("t"), known)
    if m.group("s").replace("average", "mean") == m.group("t").replace("average", "mean"):
        raise Decline("a measure compared with itself")
    d = wording.value(m.group("d")) if kind == "diff" else Fraction(0)
    if kind == "diff" and m.group("w") in ("less", "smaller", "lower"):
        d = -d
    return lambda x: first(x) - second(x) - d


def _solve(known: list[Fraction], facts: list[tuple[str, Fn]], bounds: list[tuple[str, Fraction]],
           sign: str, whole: bool) -> Result:
    def fits(x: Fraction) -> bool:
        return all(f(x) == 0 for _, f in facts) and _allowed(x, bounds, sign, whole)

    corners = sorted(set(known))
    ends = [corners[0] - 1, *corners, corners[-1] + 1]
    found: set[Fraction] = set()
    for lo, hi in zip(ends, ends[1:], strict=False):
        # each fact is linear between corners: a x + b from two points
        lines = [(f(hi) - f(lo)) / (hi - lo) for _, f in facts]
        cuts = [f(lo) - a * lo for (_, f), a in zip(facts, lines, strict=True)]
        if all(a == 0 and b == 0 for a, b in zip(lines, cuts, strict=True)):
            left, right = (None if lo == ends[0] else lo), (None if hi == ends[-1] else hi)
            raise Decline(f"every value from {left} to {right} fits the facts")
        roots = {-b / a for a, b in zip(lines, cuts, strict=True) if a != 0}
        if len(roots) == 1:
            x = roots.pop()
            if (lo == ends[0] or lo <= x) and (hi == ends[-1] or x <= hi) and fits(x):
                found.add(x)
    if len(found) != 1:
        raise Decline("no single value fits the facts" if not found else "two values fit")
    x = found.pop()
    whole_list = sorted([*known, x])
    confirm.check(fits(x), "the median and the mean computed again with the value put in")
    if whole:
        tried = [k for k in range(-10000, 10001) if fits(Fraction(k))]
        confirm.check(tried == [x], "every integer from -10000 to 10000 tried")
    listed = ", ".join(nw.tex_of(v) for v in whole_list)
    n = len(whole_list)
    med = Fraction(statistics.median(whole_list))
    middle = whole_list[(n - 1) // 2:n // 2 + 1]
    median_claim = (f"\\frac{{{nw.tex_of(middle[0])} + {nw.tex_of(middle[1])}}}{{2}} = "
                    f"{nw.tex_of(med)}" if len(middle) == 2 else f"{nw.tex_of(med)}")
    steps = [step("where the unknown sits", "The median depends on where the unknown falls "
                  "among the known members; each stretch between them gives one linear "
                  "equation.", "; ".join(said.replace("#", "") for said, _ in facts)),
             step("the list in order", f"With the unknown {nw.tex_of(x)}, the list in order "
                  "and its median.", f"${listed}$; ${median_claim}$",
                  median_claim if len(middle) == 2 else "")]
    if any(re.search(r"mean|average", said) for said, _ in facts):
        mean = sum(whole_list, Fraction(0)) / n
        claim = (f"\\frac{{{' + '.join(nw.tex_of(v) for v in whole_list)}}}{{{n}}} = "
                 f"{nw.tex_of(mean)}")
        steps.append(step("the mean", "The mean of the whole list.", f"${claim}$", claim))
    return sp.Rational(x.numerator, x.denominator), steps


def _allowed(x: Fraction, bounds: list[tuple[str, Fraction]], sign: str, whole: bool) -> bool:
    if whole and x.denominator != 1 or sign == "negative" and x >= 0 or \
            sign == "positive" and x <= 0:
        return False
    return all(x > v if w in ("greater", "more") else x < v for w, v in bounds)


__all__ = ["median_unknowns"]
