"""Reader of a mean split into parts: a whole group with its mean, parts of it with their
means or their values, and the rest asked: "The average of seven numbers is 20. The first
three have an average of 16. What is the mean of the other four?", "Six test scores have a
mean of 85; four of them are 80, 92, 78 and 90. What is the average of the remaining two
scores?", "The mean of 5 numbers is 12. If 4 of the numbers are 9, 10, 14 and 15, what is
the other number?", "The last two of the 8 values have a mean of 30 and the mean of the 8
values is 21. Find the average of the first 6 values."

Each part is a count of the group's members: "the first k", "the last k", "k of the n",
"the other/remaining k", or listed values. The parts told and the part asked must be all
of the group, without overlap: "the first 3" and "the last 5" of 7 numbers overlap and are
declined. n m = the sum of each part (k times its mean, or its values) + j x, for the asked
part of j members with mean x (or the one value x). Solved and confirmed by `Story` (each
relation evaluated again in exact fractions). Only the listed phrases and glue may be
left: any other word leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import number
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

X = sp.Symbol("x")
_MEAN = r"(?:the )?(?:arithmetic )?(?:average|mean)(?: \((?:arithmetic )?(?:average|mean)\))?"
_NOUN = r"(?: (?P<{0}>numbers|values|scores|test scores|grades|integers|ages|weights|heights))?"
_COUNT = r"(?P<{0}>#\d+)"
_WHERE = r"(?: (?:in|on|of) (?:a|the|this|that|his|her|my|their) (?:list|set|collection))?"
_IS = r"(?:is|was|equals|is equal to|are|were|becomes)"
_HAVE = r"(?:have|has|had)"
# a part of the group: "the first 3 numbers", "4 of the 7 scores", "the other two"
_POSITION = r"(?P<{0}>first|last|other|remaining|rest of the)"
_LIST = rf"(?P<list>{NUM}(?:,? {NUM})*,? and {NUM})"
_ORDINALS = {w: i for i, w in enumerate(
    "zeroth first second third fourth fifth sixth seventh eighth ninth tenth".split())}
_ORDINAL = "|".join(list(_ORDINALS)[2:])


def _group(tag: str, position: bool = True) -> str:
    """A group's words: optional article, position, count and noun, with named groups
    suffixed by `tag`."""
    pos = rf"(?:{_POSITION.format('pos' + tag)} )?" if position else ""
    return (rf"(?:(?:the|these|those|all|its|his|her|my|their|an? (?:list|set|group) of) )?{pos}"
            rf"(?:{_COUNT.format('k' + tag)}(?: of (?:the|these|those|them)"
            rf"(?: (?P<of{tag}>#\d+))?)?)?{_NOUN.format('n' + tag)}{_WHERE}")


_STATED = [  # the mean of a group
    re.compile(rf"{_MEAN} of {_group('a')} {_IS} (?P<m>{NUM})"),
    re.compile(rf"{_group('a')} {_HAVE} an? (?:arithmetic )?(?:average|mean)(?: \((?:average|"
               rf"mean)\))? of (?P<m>{NUM})"),
]
_VALUES = re.compile(rf"{_group('a')} {_IS}:? {_LIST}")  # "three of them are 4, 9 and 11"
_ASKED = [
    re.compile(rf"(?:what is|what's|find|compute|calculate|determine) {_MEAN} of "
               rf"{_group('q')}\s*[?.]?\s*$"),
    re.compile(rf"(?:what is|what's|find|determine) the (?P<one>other|remaining|last|missing|"
               rf"{_ORDINAL}) (?:number|value|score|grade|integer)\s*[?.]?\s*$"),
]


class _Part:
    def __init__(self, m: re.Match[str], tag: str, whole: int | None) -> None:
        g = m.groupdict()
        self.position = g.get("pos" + tag)
        self.count = number(g["k" + tag]) if g.get("k" + tag) else None
        self.of = number(g["of" + tag]) if g.get("of" + tag) else None
        self.noun = g.get("n" + tag)
        if self.of is not None and whole is not None and self.of != whole:
            raise Decline("a part of another group")


def mean_parts(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:average|mean)\b", template):
        return None
    text, places = nw.take_rounding(split, template)
    text = wording.of(split, text).text
    sentences = [s.strip() for s in re.split(r"(?<=[.?!;])\s+", text) if s.strip()]
    if not sentences:
        return None
    question = sentences[-1]
    asked = next((m for p in _ASKED if (m := p.search(question))), None)
    if asked is None:
        return None
    body = " ".join(sentences[:-1] + [question[:asked.start()]])
    lists: list[str] = []

    def keep(m: re.Match[str]) -> str:  # a list after "are" keeps its commas and "and"
        lists.append(m.group("list"))
        return f"{m.group(1)} <{len(lists) - 1}>"

    body = re.sub(rf"\b(are|were|is|was):? {_LIST}(?=\s*(?:[.;,?!]|$))", keep, body)
    clauses = [re.sub(r"<(\d+)>", lambda m: lists[int(m.group(1))], c.strip()) for c in re.split(
        r"[.;,]\s+|\s+(?:and|if|while|but|then)\s+(?=the|#|these|those|all|its|his|her|my|their"
        r"|first|last|other|remaining)", body) if c.strip()]
    stated: list[tuple[re.Match[str], Fraction]] = []
    listed: list[re.Match[str]] = []
    for clause in clauses:
        c = re.sub(r"^(?:if|and|then|so|suppose that|given that) ", "", clause.rstrip(".,;?"))
        m = next((m for p in _STATED if (m := p.fullmatch(c))), None)
        if m is not None:
            stated.append((m, wording.value(m.group("m"))))
            continue
        v = _VALUES.fullmatch(c)
        if v is None:
            return None
        listed.append(v)
    return _solve(stated, listed, asked, places)


def _solve(stated: list[tuple[re.Match[str], Fraction]], listed: list[re.Match[str]],
           asked: re.Match[str], places: int | None) -> Result | None:
    wholes = [(m, v) for m, v in stated if not m.group("posa") and m.group("ka") and
              not m.group("ofa")]
    if len(wholes) != 1:
        return None
    whole_m, mean = wholes[0]
    n = number(whole_m.group("ka"))
    nouns = {_noun(x) for x in [whole_m.group("na")] if x}
    parts: list[tuple[_Part, sp.Basic, str]] = []
    for m, v in stated:
        if m is whole_m:
            continue
        p = _Part(m, "a", n)
        if p.count is None:
            raise Decline("how many numbers a mean is of")
        parts.append((p, p.count * sp.Rational(v.numerator, v.denominator), m.group(0)))
    for m in listed:
        p = _Part(m, "a", n)
        values = [wording.value(t) for t in re.findall(NUM, m.group("list"))]
        if p.count is not None and p.count != len(values):
            raise Decline("the count and the values listed differ")
        p.count = len(values)
        parts.append((p, sp.Add(*[sp.Rational(x.numerator, x.denominator) for x in values],
                                evaluate=False), m.group(0)))
    for p, _, _ in parts:
        if p.noun:
            nouns.add(_noun(p.noun))
    q_count: int | None
    q_pos: str | None
    if asked.groupdict().get("one"):
        q_count, q_pos = 1, asked.group("one")
        if q_pos in _ORDINALS and _ORDINALS[q_pos] != n:
            raise Decline("which of the numbers is asked")  # "the third" of three: the last
    else:
        q = _Part(asked, "q", n)
        q_count, q_pos = q.count, q.position
        if q.noun:
            nouns.add(_noun(q.noun))
    if len(nouns) > 1:
        raise Decline("means of different things")
    told = sum(p.count for p, _, _ in parts if p.count is not None)
    q_count = n - told if q_count is None and q_pos in ("other", "remaining", "rest of the") \
        else q_count
    if not parts or q_count is None or q_count <= 0 or told + q_count != n:
        raise Decline("the parts told and asked are not the whole group")
    _disjoint([p.position for p, _, _ in parts] + [q_pos], [p.count or 0 for p, _, _ in parts]
              + [q_count], n)
    story = Story([X])
    story.state(n * sp.Rational(mean.numerator, mean.denominator),
                sp.Add(*[s for _, s, _ in parts], q_count * X, evaluate=False),
                f"{whole_m.group(0).replace('#', '')}: the parts add up to {n} times the mean")
    answer, steps = story.solve(lambda _sol: X, "the value asked" if q_count == 1
                                else f"the mean of the {q_count} asked")
    if q_count == 1 and "integer" in nouns and not (isinstance(answer, sp.Rational)
                                                    and answer.is_integer):
        raise Decline("the number asked is an integer, but the value found is not")
    if places is None or not isinstance(answer, sp.Rational):
        return answer, steps
    shown, _ = nw.rounded(Fraction(int(answer.p), int(answer.q)), places)
    return shown, steps


def _noun(said: str) -> str:
    return units.noun(said.split()[-1])  # "test scores" and "scores" are one thing


def _disjoint(positions: list[str | None], counts: list[int], n: int) -> None:
    """"first" and "last" parts fit side by side; any part without a position is some of
    the rest. Declines when parts named by position overlap."""
    first = sum(c for p, c in zip(positions, counts, strict=True) if p == "first")
    last = sum(c for p, c in zip(positions, counts, strict=True) if p == "last")
    if positions.count("first") > 1 or positions.count("last") > 1 or first + last > n:
        raise Decline("parts of the group that may overlap")


__all__ = ["mean_parts"]
