"""The kinds of a ratio story (`ratio_parts`) and its question: which kind a word names ("how
many girls"), whether a count names the whole ("40 students" for boys and girls, never "40
dogs"), and which part the question asks (a kind, the whole, the largest or smallest part, the
difference of two)."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.prealgebra import units

T = sp.Symbol("t")  # the size of one part, as `ratio_parts` names it


# words for a whole made of kinds of people (boys and girls) or of animals (cats and dogs)
_PEOPLE = (frozenset("student people pupil children kid member player person".split()),
           frozenset("boy girl men women man woman adult children child teacher student".split()))
_ANIMALS = (frozenset("animal pet".split()),
            frozenset("cat dog rabbit bird hamster cow pig horse chicken duck goat sheep fish"
                      .split()))


def names_whole(noun: str | None, labels: list[set[str]]) -> bool:
    """A total "n nouns in all" counts every kind: not a kind of its own that the ratio does
    not name ("boys to girls ... 40 dogs"), and a word for a group of people only when no kind
    is an animal ("cats to dogs ... 40 students"), and the other way round."""
    if noun is None:
        return True
    word = units.noun(noun)
    if word in set.intersection(*labels):
        return True
    for (group, kinds), (_, others) in ((_PEOPLE, _ANIMALS), (_ANIMALS, _PEOPLE)):
        if word in kinds - group or word in group and any(lab & others for lab in labels):
            return False
    return True


def whole_noun(noun: str, labels: list[set[str]]) -> bool:
    """A bare "there are 63 marbles" is the whole only when its noun is every kind's ("red to
    blue marbles"); "there are 28 animals" might count other animals than cats and dogs."""
    return units.noun(noun) in set.intersection(*labels)


def which_kind(labels: list[set[str]], words: set[str]) -> int | None:
    hits = [k for k, lab in enumerate(labels) if lab & words - {"s"} and not (
        lab - words and len(lab) == 1)]
    distinct = [k for k in hits if (labels[k] - set().union(*(labels[j] for j in range(len(
        labels)) if j != k))) & words]
    return distinct[0] if len(distinct) == 1 else None


_WHERE = re.compile(r"(?:in all|in total|altogether|in (?:the|a|an|her|his|my|their|our) "
                    r"[a-z]+)\b")


def kinds_joined(phrase: str, labels: list[set[str]]) -> set[int | None] | None:
    """"21 dogs and cats (in all)", "40 red, blue and green marbles": a count told of kinds
    joined by 'and' or 'or' counts them together; the kinds it names, None among them when
    words after them say which ones ("boys and girls who wear glasses"). None for a count of
    one kind ("15 red pens, and the ratio ...", "20 dogs and some cats")."""
    known = set().union(*labels)
    words = re.findall(r"[a-z]+|,", re.split(r"[^a-z ,]", phrase, maxsplit=1)[0])
    said = [units.noun(w) if w not in ("and", "or", ",") else w for w in words]
    n = next((k for k, w in enumerate(said) if w not in known | {"and", "or", ","}), len(said))
    while n and said[n - 1] in ("and", "or", ","):
        n -= 1
    pieces = [p.split() for p in re.split(r"\s*(?:,|\band\b|\bor\b)\s*", " ".join(said[:n]))
              if p.strip()]
    if len(pieces) < 2:
        return None
    found = {which_kind(labels, set(p)) for p in pieces}
    rest = " ".join(words[n:])
    return found if not rest or rest.startswith(",") or _WHERE.match(rest) else found | {None}


def asked_part(parts: list[int], labels: list[set[str]], question: str
           ) -> tuple[sp.Basic, str] | None:
    q = set(re.findall(r"[a-z]+", question))
    if q & {"smallest", "smaller", "least"} and not q & {"largest", "larger", "greatest",
                                                          "biggest", "bigger"}:
        return T * min(parts), "the smallest part"
    if q & {"largest", "larger", "greatest", "biggest", "bigger"} and not q & {"smallest",
                                                                              "smaller"}:
        return T * max(parts), "the largest part"
    if "difference" in q and len(parts) == 2:
        return T * abs(parts[0] - parts[1]), "the difference of the two parts"
    gets = re.search(r"how much (?:money )?(?:does|will|did|would) (?P<who>[a-z]+) (?:get|receive|"
                     r"have|take)\b", question)
    if gets and labels:  # "how much does ben get": the part of the one named
        k = which_kind(labels, {units.noun(gets.group("who"))})
        return (T * parts[k], "the part of that one") if k is not None else None
    many = re.search(r"how many (?P<what>[a-z]+(?: [a-z]+)?)", question)
    if many and labels:
        words = {units.noun(x) for x in many.group("what").split()}
        # every word after "how many": "how many apples are green" asks the green ones
        said = {units.noun(x) for x in re.findall(r"[a-z]+", question[many.start("what"):])}
        k = which_kind(labels, said)
        if k is not None:
            return T * parts[k], "the count of that kind"
        shared = set.intersection(*labels)
        if any(lab - shared & said for lab in labels):
            return None  # a kind named, but not one kind alone
        first, *second = many.group("what").split()
        if units.noun(first) not in set().union(*labels) and second and units.noun(
                second[0]) in set().union(*labels):
            return None  # "how many green marbles": a kind the ratio does not name
        if words & set().union(*labels) or "total" in q:  # "how many marbles are in the bag"
            if any(words >= lab for lab in labels):
                return None
            return T * sum(parts), "the whole"
    return None


__all__ = ["T", "asked_part", "kinds_joined", "names_whole", "whole_noun", "which_kind"]
