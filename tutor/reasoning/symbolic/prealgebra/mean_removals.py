"""Reader of a mean when several members leave or join a group, some of them told: "The mean
of 10 scores is 70. When the highest and lowest scores are removed, the mean of the other scores
is 72. If the highest score is 95, what is the lowest score?", "The average of 8 numbers is 15.
Two of the numbers are removed and the average of the remaining numbers is 14. If one of them
is 10, what is the other?", "Three of the five numbers 10, 12, 15, 20 and 23 have a mean of 14.
What is the mean of the other two numbers?".

A group of n members has mean m (total n m). Members leave, named by rank ("the highest and
lowest", "the largest", ...) or by count ("two of the numbers", "2 of them"), or k members
join ("two more scores are added"), and the mean of the new group is m'. The members that
moved total n m - (n - k) m' (or (n + k) m' - n m); one of two may be told, and the other,
their sum or their mean is asked. Or a few listed numbers are told, k of which have a mean:
the others total the list's sum less k times that mean.

Solved by `Story` (exact fractions). Confirmed another way: a group that fits every fact is
built (the members that stay all equal to their mean, which must lie between a removed lowest
and highest) and every fact measured on it again; for a list, the subsets of k members with
that mean are found by trying every subset (there must be one). Every other word must be glue:
"median", "doubled", "the two highest", a third rank leave the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction
from itertools import combinations

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.wording import NUM

S, X, Y = sp.symbols("S x y")
_MEAN = r"(?:arithmetic )?(?:mean|average)(?: \((?:mean|average)\))?(?: (?:score|value|grade))?"
_MEMBERS = (r"(?:numbers|scores|test scores|quiz scores|grades|values|integers|marks|weights|"
            r"ages|heights|readings|measurements)")
_MEMBER = (r"(?:number|score|test score|quiz score|grade|value|integer|mark|weight|age|height|"
           r"reading|measurement|one)")
_HIGH = r"(?:highest|largest|greatest|biggest|top)"
_LOW = r"(?:lowest|smallest|least|bottom)"
_RANK = rf"(?:{_HIGH}|{_LOW})"
_GROUP = [
    rf"the {_MEAN} of (?:the |a list of |a set of |these )?(?P<n>#\d+) {_MEMBERS} (?:is|was) "
    rf"(?P<m>{NUM})",
    rf"(?:the )?(?P<n>#\d+) {_MEMBERS} (?:have|had) an? {_MEAN} of (?P<m>{NUM})",
]
_GONE = r"(?P<how>(?:are|is) (?:removed|dropped|deleted|thrown out|taken away|crossed out))"
_MOVE = [
    rf"(?:when |if |after )?(?:the )?(?P<ranks>{_RANK}(?: and (?:the )?{_RANK})?)(?: {_MEMBERS}"
    rf"| {_MEMBER})? {_GONE}",
    rf"(?:when |if |after )?(?P<k>#\d+) of (?:the {_MEMBERS}|them) {_GONE}",
    rf"(?:when |if |after )?(?P<k>#\d+) (?:more |new |additional |extra )?{_MEMBERS} "
    r"(?P<how>are added|are included|are put in)",
]
_NEW = (rf",? (?:and )?the (?:new )?{_MEAN}(?: of the (?:remaining|other|rest of the|new)"
        rf"(?: (?P<left>#\d+))?(?: {_MEMBERS})?| of the rest| of all (?:(?P<all>#\d+) |the )?"
        rf"{_MEMBERS})? (?:is|was|becomes|became|is now|will be) (?P<m2>{NUM})")
_KNOWN = [
    rf"(?:if )?the (?P<rank>{_RANK}) (?:of the (?:#\d+ )?{_MEMBERS}|{_MEMBER})? ?(?:is|was) "
    rf"(?P<v>{NUM})",
    rf"(?:if )?(?:one|#1) of (?:them|the (?:#2 )?(?:removed |added |new )?{_MEMBERS}) (?:is|was) "
    rf"(?P<v>{NUM})",
]
_ASK = [
    rf"what (?:is|was) the (?P<rank>{_RANK})(?: {_MEMBER})?",
    rf"what (?:is|was) the other(?: removed| added)?(?: {_MEMBER})?",
    rf"what (?:is|was) the (?P<stat>sum|{_MEAN}) of the (?:(?P<k>#\d+) )?(?:removed |added |new )?"
    rf"{_MEMBERS}(?: (?:that were )?(?:removed|added))?",
    rf"what (?:is|was) the (?P<stat>sum) of the (?P<ranks>{_HIGH} and (?:the )?{_LOW}|{_LOW} and "
    rf"(?:the )?{_HIGH})(?: {_MEMBERS})?",
]
_GLUE = frozenset("and the if when then what is".split())


def _take(text: str, patterns: list[str]) -> tuple[str, re.Match[str] | None]:
    found = [(p, m) for p in patterns for m in re.finditer(p, text)]
    if len(found) > 1:
        raise Decline("a fact told twice, or read two ways")
    if not found:
        return text, None
    m = found[0][1]
    return text[:m.start()] + " ; " + text[m.end():], m


def _num(token: str) -> int:
    return int(token.lstrip("#"))


def _value(token: str) -> sp.Rational:
    v = wording.value(token)
    return sp.Rational(v.numerator, v.denominator)


def read(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:average|mean)\b", template):
        return None
    if not re.search(r"\b(?:removed|dropped|deleted|thrown|taken|crossed|added|included|put|"
                     r"other|remaining|rest)\b", template):
        return None
    text = re.sub(r"\s+", " ", wording.of(split, template).text).strip().rstrip(" ?.")
    if "@" in text:
        return None
    listed = _listed(text)
    return listed if listed is not None else _moved(text)


def _moved(text: str) -> Result | None:
    text, group = _take(text, _GROUP)
    text, move = _take(text, _MOVE)
    text, new = _take(text, [_NEW])
    if group is None or move is None or new is None:
        return None
    text, known = _take(text, _KNOWN)
    text, ask = _take(text, _ASK)
    if ask is None or set(re.findall(r"[a-z#\d]+", text)) - _GLUE:
        return None
    n, m, m2 = _num(group.group("n")), _value(group.group("m")), _value(new.group("m2"))
    ranks = re.findall(_RANK, move.groupdict().get("ranks") or "")
    if ranks:
        ranks = ["high" if re.fullmatch(_HIGH, r) else "low" for r in ranks]
        if len(set(ranks)) != len(ranks):
            return None
    k = len(ranks) or _num(move.group("k"))
    joins = "added" in move.group("how") or "included" in move.group("how") or "put" in \
        move.group("how")
    after = n + k if joins else n - k
    if not 0 < k <= 2 or after < 1 or (joins and ranks):
        return None
    for key in ("left", "all"):
        if new.group(key) and _num(new.group(key)) != after:
            raise Decline("the count after the change does not agree")
    if ask.groupdict().get("k") and _num(ask.group("k")) != k:
        raise Decline("the count asked does not agree")
    moved = [X, Y][:k]
    total = m2 * after - m * n if joins else m * n - m2 * after
    rank_of = {r: u for r, u in zip(ranks, moved, strict=False)}
    told: tuple[sp.Symbol, sp.Rational] | None = None
    if known is not None:
        rank = known.groupdict().get("rank")
        which = rank_of.get(_rank(rank)) if rank else None if ranks else X
        if k != 2 or which is None:
            return None
        told = (which, _value(known.group("v")))
    target, measure = _target(ask, rank_of, moved, told is not None)
    if target is None:
        return None
    said = (f"the {k} members {'added' if joins else 'removed'} total "
            f"{'the new total less the old' if joins else 'the old total less the new'}")
    if told is None and k == 2:  # only their total is asked: it is the unknown
        story = Story([S])
        story.state(S, total, said)
        target = S if measure == "sum" else S / 2
    else:
        story = Story(list(moved))
        story.state(sum(moved), total, said)
        if told is not None:
            story.state(told[0], told[1], known.group(0).replace("#", ""))  # type: ignore[union-attr]
    answer, steps = story.solve(lambda _sol: target, "the asked value")
    _confirm(n, m, m2, k, joins, total, told, rank_of, measure, answer)
    return answer, steps


def _spread(total: sp.Rational, m2: sp.Rational) -> sp.Rational:
    """A gap between two members with this total that puts the stayers' mean between them."""
    return 2 * abs(total / 2 - m2) + 2


def _rank(word: str) -> str:
    return "high" if re.fullmatch(_HIGH, word) else "low"


def _target(ask: re.Match[str], rank_of: dict[str, sp.Symbol], moved: list[sp.Symbol],
            told: bool) -> tuple[sp.Basic | None, str]:
    stat = ask.groupdict().get("stat")
    if stat is not None:
        if told or (ask.groupdict().get("ranks") and len(rank_of) != 2):
            return None, ""
        return (sum(moved), "sum") if stat == "sum" else (sum(moved) / len(moved), "mean")
    if ask.groupdict().get("rank"):
        rank = _rank(ask.group("rank"))
        if (len(moved) > 1 and not told) or rank not in rank_of:
            return None, ""
        return rank_of[rank], rank
    if told and len(moved) == 2 and not rank_of:
        return Y, "other"
    return None, ""


def _confirm(n: int, m: sp.Rational, m2: sp.Rational, k: int, joins: bool,
             total: sp.Rational, told: tuple[sp.Symbol, sp.Rational] | None,
             rank_of: dict[str, sp.Symbol], measure: str, answer: sp.Basic) -> None:
    """Build a group that fits the story (the members that stay all equal to their mean) and
    measure every fact, and the asked value, on it again in fractions."""
    mean, mean2, whole = _f(m), _f(m2), _f(total)
    if k == 1:
        moved = [whole]
    elif told is not None:
        moved = [_f(told[1]), whole - _f(told[1])]
        if told[0] == Y:
            moved.reverse()
    else:
        gap = _f(_spread(total, m2))
        moved = [(whole + gap) / 2, (whole - gap) / 2]
    stay = [mean if joins else mean2] * (n if joins else n - k)
    before, now = (stay, stay + moved) if joins else (stay + moved, stay)
    for rank, u in rank_of.items():
        value = moved[[X, Y].index(u)]
        if value != (max(before) if rank == "high" else min(before)):
            raise Decline("no group has these means with the removed members at those ranks")
    confirm.check(sum(before) / len(before) == mean and sum(now) / len(now) == mean2,
                  "a group built to fit the story has both means")
    got = {"sum": sum(moved), "mean": sum(moved) / len(moved), "other": moved[-1],
           "high": max(before), "low": min(before)}[measure]
    confirm.check(got == _f(answer), "the asked value measured on the group built to fit")


def _f(v: sp.Basic) -> Fraction:
    if not isinstance(v, sp.Rational):
        raise Decline("an exact value")
    return Fraction(int(v.p), int(v.q))


_LIST = rf"(?P<list>{NUM}(?:, {NUM})*,? and {NUM})"
_PART = [
    rf"(?P<k>#\d+) of the (?:(?P<n>#\d+) )?{_MEMBERS} {_LIST} (?:have|has) an? {_MEAN} of "
    rf"(?P<m>{NUM})",
    rf"the {_MEAN} of (?P<k>#\d+) of the (?:(?P<n>#\d+) )?{_MEMBERS} {_LIST} (?:is|was) "
    rf"(?P<m>{NUM})",
]
_REST = (rf"what (?:is|was) the (?P<stat>sum|{_MEAN}) of the (?:other|remaining) "
         rf"(?:(?P<j>#\d+) )?(?:{_MEMBERS}|ones)?|what (?:is|was) the (?P<stat2>sum|{_MEAN}) of "
         r"the rest")


def _listed(text: str) -> Result | None:
    """k of the listed numbers have a mean: the sum or mean of the others."""
    text, part = _take(text, _PART)
    if part is None:
        return None
    text, ask = _take(text, [_REST])
    if ask is None or set(re.findall(r"[a-z#\d]+", text)) - _GLUE:
        return None
    values = [wording.value(t) for t in re.findall(NUM, part.group("list"))]
    k, m = _num(part.group("k")), _value(part.group("m"))
    rest = len(values) - k
    if part.group("n") and _num(part.group("n")) != len(values):
        raise Decline("the count of the list does not agree with the numbers listed")
    if ask.group("j") and _num(ask.group("j")) != rest:
        raise Decline("the count of the others does not agree")
    if not 0 < k < len(values) or len(values) > 12:
        return None
    stat = ask.group("stat") or ask.group("stat2")
    story = Story([S])
    story.state(S + k * m, sum(_value(f"#{v}") for v in values),
                "the others' total and the part's total make the list's total")
    target = S if stat == "sum" else S / rest
    answer, steps = story.solve(lambda _sol: target, f"the {stat} of the other numbers")
    whole = sum(values, Fraction(0))
    parts = [c for c in combinations(range(len(values)), k)
             if sum((values[i] for i in c), Fraction(0)) == k * _f(m)]
    if not parts:
        raise Decline(f"no {k} of the numbers listed have that mean")
    others = [v for i, v in enumerate(values) if i not in parts[0]]
    got = sum(others, Fraction(0)) if stat == "sum" else sum(others, Fraction(0)) / rest
    confirm.check(got == _f(answer) and sum(others, Fraction(0)) == whole - k * _f(m),
                  f"the numbers left when {k} with that mean are taken out, found by trying "
                  "every choice")
    return answer, steps


__all__ = ["read"]
