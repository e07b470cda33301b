"""Reader of a whole told as the sum of its listed parts, one part asked as a percent or a
fraction: "A class has 12 boys and 18 girls. What percent of the class are boys?", "A bag
contains 5 red marbles, 4 green marbles and 11 blue marbles. What fraction of the marbles are
green?", "There are 9 cats and 15 dogs at a shelter. What percent of the animals are cats?".

One sentence lists the parts, each a count and its name ("12 boys", "5 red marbles"), joined
by commas and "and"; the whole is every part together. The question asks "what percent
(percentage, fraction) of the W are P": P names one part (or its adjective: "green"), and W is
what holds them ("the class", "the bag"), the noun every part shares ("the marbles"), or, for
two parts that make a pair (boys and girls, men and women, cats and dogs), the people or
animals they are. Any other number, or a word that changes the whole ("other", "more",
"also", "teachers" ...), leaves the problem unread.

The share is the part over the sum of the parts (times 100 for a percent); it is confirmed
by adding the shares of every part again, which must make the whole (100 percent, or 1).
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording

_PART = r"#\d+ [a-z]+(?: [a-z]+)?"
_LIST = re.compile(rf"(?P<parts>{_PART}(?:, {_PART})*,? and {_PART})")
_HOLDER = re.compile(r"^(?:(?:a|an|the|my|our|her|his|their) (?P<box>[a-z]+) (?:has|had|have|"
                     r"contains|contained|holds|held|includes|included) (?P<p1>.+)"
                     r"|there (?:are|were) (?P<p2>.+?)(?: (?:in|at|on) (?:a|an|the|my|our|her|"
                     r"his|their) (?P<box2>[a-z]+))?)$")
_ASK = re.compile(r"^(?:what|which) (?P<how>percent|percentage|fraction) of (?:the|all the|"
                  r"her|his|their|my|its) (?P<whole>[a-z]+) (?:are|is|were|was) (?P<part>[a-z]+)"
                  r"$")
# two parts that together make a kind of whole
_PAIRS = {frozenset({"boy", "girl"}): {"student", "child", "kid", "people", "person", "member",
                                       "player", "camper"},
          frozenset({"man", "woman"}): {"people", "person", "adult", "member", "guest"},
          frozenset({"cat", "dog"}): {"animal", "pet"}}


def listed_parts(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:percent|percentage|fraction) of\b", template) or " and " not in \
            template:
        return None
    sentences = nw.story_sentences(split, template)
    if sentences is None or len(sentences) != 2:
        return None
    told, ask = _HOLDER.fullmatch(sentences[0]), _ASK.fullmatch(sentences[1])
    if told is None or ask is None:
        return None
    listed = _LIST.fullmatch(told.group("p1") or told.group("p2"))
    if listed is None:
        return None
    parts = [(wording.value(c), name.split()) for c, name in
             (piece.split(" ", 1) for piece in re.split(r",? and |, ", listed.group("parts")))]
    if len(parts) < 2 or any(c.denominator != 1 or c <= 0 for c, _ in parts):
        return None
    nouns = [units.noun(words[-1]) for _, words in parts]
    box = units.noun(told.group("box") or told.group("box2") or "")
    whole = units.noun(ask.group("whole"))
    shared = len(set(nouns)) == 1 and all(len(w) == 2 for _, w in parts)
    if shared:  # "5 red marbles, 4 green marbles": the part asked by its adjective
        if whole not in (nouns[0], box):
            return None
        hits = [k for k, (_, w) in enumerate(parts) if w[0] == ask.group("part")]
    else:
        if any(len(w) != 1 for _, w in parts) or len(set(nouns)) != len(nouns):
            return None
        pair = _PAIRS.get(frozenset(nouns), set()) if len(nouns) == 2 else set()
        if whole != box and whole not in pair:
            return None
        hits = [k for k, n in enumerate(nouns) if n == units.noun(ask.group("part"))]
    if len(hits) != 1:
        return None
    return _share([c for c, _ in parts], hits[0], ask.group("how"))


def _share(counts: list[Fraction], k: int, how: str) -> Result:
    total = sum(counts, Fraction(0))
    scale = 1 if how == "fraction" else 100
    share = counts[k] * scale / total
    confirm.check(sum((c * scale / total for c in counts), Fraction(0)) == scale,
                  "the shares of every part added again make the whole")
    added = " + ".join(nw.tex_of(c) for c in counts)
    claim = (f"\\frac{{{nw.tex_of(counts[k])}}}{{{added}}}"
             + (" \\cdot 100" if scale == 100 else "") + f" = {nw.tex_of(share)}")
    return sp.Rational(share.numerator, share.denominator), [
        step("the whole", "The whole is every part together.", f"${added} = "
             f"{nw.tex_of(total)}$", f"{added} = {nw.tex_of(total)}"),
        step("the share", "The part over the whole" + (", times 100." if scale == 100 else "."),
             f"${claim}$", claim)]


__all__ = ["listed_parts"]
