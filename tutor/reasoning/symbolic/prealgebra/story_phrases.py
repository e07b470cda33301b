"""The words of a story about things and people turned into tokens the calculation grammar
(`word_grammar`) reads: each thing or person becomes an unknown (a SymPy symbol), and a count
before a thing becomes a product ("two burgers" -> 2 times burger, "3 of the canoes"). The
words and units around them are said the grammar's way first (`story_units`).

A thing is a determiner and one to three words that are not function words ("the ink
refill", "a bunch of bananas", "its ink refill": one thing); a person is a word said before
a verb of the story or with "'s" ("Billy's age"). A plural thing without a count ("the
drinks") is never read: it could be each one or all of them. Words that change the maths
("each", "other", "remaining", "not", "only") are never part of a name, so they stay in the
tokens, where no grammar reads them and the story is declined.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from fractions import Fraction
from typing import TypeAlias, TypeVar

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra import story_words as sw
from tutor.reasoning.symbolic.prealgebra.number_words import Num
from tutor.reasoning.symbolic.typed import FILLER

REL = "=rel"  # a relation between the two sides of a clause
SUM = "=sum"  # "together", "in all": the clause sums a list


@dataclass(frozen=True)
class Everyone:
    """"they", "their ages": every thing or person named so far, together."""

    symbols: tuple[sp.Symbol, ...]


Tok: TypeAlias = Num | str | sp.Symbol | Everyone
T = TypeVar("T")

# verbs that state a relation, and the kind of amount each is about
VERB_KIND = {
    "is": None, "are": None, "was": None, "were": None, "equals": None,
    "costs": "cost", "cost": "cost", "weighs": "weight", "weigh": "weight",
    "weighed": "weight", "has": "hold", "have": "hold", "had": "hold",
}
BUY = frozenset("buys buy bought purchases purchase purchased pays paid".split())
DETERMINERS = frozenset("a an the one its his her their".split())
# units read into the number before them, with their kind and the scale to the story's unit
UNITS: dict[str, tuple[str, Fraction]] = {
    "dollar": ("cost", Fraction(1)), "cent": ("cost", Fraction(1, 100)),
    "pound": ("weight", Fraction(1)), "ounce": ("weight", Fraction(1, 16)),
    "year": ("age", Fraction(1)), "point": ("score", Fraction(1)),
    "centimeter": ("length", Fraction(1, 100)), "meter": ("length", Fraction(1)),
    "kilometer": ("length", Fraction(1000)), "inch": ("length", Fraction(127, 5000)),
    "foot": ("length", Fraction(381, 1250)), "yard": ("length", Fraction(1143, 1250)),
    "mile": ("length", Fraction(201168, 125)), "second": ("time", Fraction(1, 3600)),
    "minute": ("time", Fraction(1, 60)), "hour": ("time", Fraction(1)),
}
# what a person's amount may be ("Bo's score"): a measure, never a relative or a belonging
ATTRIBUTES = frozenset("age weight score height salary savings income grade allowance earnings "
                       "time speed bill wage".split())
ATTRIBUTE_PLURALS = frozenset("ages weights scores heights salaries incomes grades allowances "
                              "times speeds bills wages".split())
_NOT_NAME = (FILLER | sw.NEVER_NOUN | sw.KNOWN | frozenset(sw.VERBS) | frozenset(VERB_KIND)
             | BUY | DETERMINERS | frozenset(
                 "as than times twofold together exactly same equal money old age ages years "
                 "year weight heavy much many plus minus divided multiplied increased decreased "
                 "added subtracted square cube reciprocal squared cubed twice dollars cents "
                 "would will can could should must need needs".split()))


def token_sentences(toks: Sequence[T]) -> list[list[T]]:
    """The tokens cut into sentences at '.', '?', '!' and ';' (empty ones dropped)."""
    out: list[list[T]] = [[]]
    for t in toks:
        if isinstance(t, str) and t in (".", "?", "!", ";"):
            if out[-1]:
                out.append([])
        else:
            out[-1].append(t)
    return [s for s in out if s]


def nameable(t: Tok) -> bool:
    return isinstance(t, str) and t.isalpha() and t not in _NOT_NAME


@dataclass
class Cast:
    """The unknowns of a story: one symbol per thing or person, in order of appearance."""

    symbols: dict[str, sp.Symbol] = field(default_factory=dict)
    people: set[str] = field(default_factory=set)
    letters: set[str] = field(default_factory=set)  # the problem's own letters ("$a$ marbles")
    attribute: str | None = None  # what "Bo's ..." measures: "score", "age"
    totals: bool = False  # "A and B cost $3" is their total (costs, weights)
    groups: dict[str, set[int]] = field(default_factory=dict)  # "two cats": {"cat": {2}}
    alone: set[str] = field(default_factory=set)  # things also named one at a time
    written: dict[str, str] = field(default_factory=dict)  # "sam": "Sam", as the problem has it

    def of(self, key: str) -> sp.Symbol:
        if key not in self.symbols:
            used = {str(s) for s in self.symbols.values()} | self.letters
            letter = next((c for c in key[0] + "xyzuvwpqrst" if c.isalpha() and c not in used
                           and c not in "eiIEOS"), None)
            if letter is None:
                raise ValueError("too many unknowns")
            self.symbols[key] = sp.Symbol(letter)
        return self.symbols[key]

    def name(self, s: sp.Symbol) -> str:
        return next(k for k, v in self.symbols.items() if v == s)

    def shown(self, s: sp.Symbol) -> str:
        """The name as the problem writes it ("Sam"), for the steps."""
        key = self.name(s)
        return self.written.get(key, key)


def people(sentences: list[list[Tok]]) -> set[str]:
    """Words that name a person: said with "'s", or before a verb of the story at the start
    of a clause."""
    out: set[str] = set()
    for toks in sentences:
        for k, t in enumerate(toks):
            if isinstance(t, str) and t.endswith("'s") and nameable(t[:-2]):
                out.add(t[:-2])
            nxt = toks[k + 1] if k + 1 < len(toks) else None
            before = toks[k - 1] if k else None
            if nameable(t) and (nxt in VERB_KIND or nxt in BUY) and (
                    before is None or before in (",", "and", "if", "then", "while", "but")):
                out.add(str(t))
    grown = bool(out)
    while grown:  # "... than Mia", "how old is Dora", "Ann, Bo and Cy"
        grown = False
        for toks in sentences:
            for k, t in enumerate(toks[1:], 1):
                before = toks[k - 1]
                if nameable(t) and t not in out and (
                        before in ("than", "as", "does", "did", "do", "is", "was") or
                        before in (",", "and") and k > 1 and toks[k - 2] in out):
                    out.add(str(t))
                    grown = True
    return out


def things(toks: list[Tok], cast: Cast, counted: set[str]) -> list[Tok] | None:
    """Each thing or person as its symbol; None when a phrase names a thing two ways."""
    out: list[Tok] = []
    i = 0
    while i < len(toks):
        t = toks[i]
        if isinstance(t, str) and t.endswith("'s") and t[:-2] in cast.people:
            mine = _possessed(toks, i + 1, t, cast)
            if mine is None:
                return None
            out.append(mine[0])
            i = mine[1]
            continue
        if t == "their" and i + 1 < len(toks) and (
                toks[i + 1] in ATTRIBUTE_PLURALS or isinstance(toks[i + 1], Num) and
                i + 2 < len(toks) and toks[i + 2] in ATTRIBUTE_PLURALS):
            everyone = tuple(cast.symbols.values())  # "their scores", "their two scores"
            n = toks[i + 1]
            if isinstance(n, Num) and n.value != len(everyone):
                return None
            out.append(Everyone(everyone))
            i += 3 if isinstance(n, Num) else 2
            continue
        if isinstance(t, str) and t in cast.people:
            out.append(cast.of(t))
            i += 1
            continue
        if t == "the" and toks[i + 1:i + 3] == ["number", "of"] and i + 5 < len(toks) and \
                isinstance(toks[i + 3], str) and sw.singular(str(toks[i + 3])) in counted and \
                toks[i + 4] in cast.people and toks[i + 5] == REL:
            out.append(cast.of(str(toks[i + 4])))  # "the number of marbles Cy has": Cy's
            i += 6
            continue
        if t == "they":
            out.append(Everyone(tuple(cast.symbols.values())))
            i += 1
            continue
        if t in ("a", "the", "what") and i + 1 < len(toks) and toks[i + 1] == "number" and \
                toks[i + 2:i + 3] != ["of"]:
            out.append(cast.of("number"))  # "a number", "what number": the unknown number
            i += 2
            continue
        count = t if isinstance(t, Num) and not t.percent else None
        if t == "itself" and len(cast.symbols) == 1:  # "a number is 12 more than half of itself"
            out.append(next(iter(cast.symbols.values())))
            i += 1
            continue
        if count is not None and count.value.denominator == 1 and toks[i + 1:i + 3] == [
                "of", "the"]:  # "3 of the canoes"
            got = _noun(toks, i + 3)
            if got is None or not got[2] or got[0] in counted:
                return None
            cast.alone.add(got[0])
            out += [count, "times", cast.of(got[0])] if count.value != 1 else [cast.of(got[0])]
            i = got[1]
            continue
        if t == "the" and toks[i + 1:i + 2] in ([SUM], ["total"]) and \
                toks[i + 2:i + 3] in (["cost"], ["price"], ["weight"]) and toks[i + 3:i + 4] == [
                    "of"]:  # "the combined weight of A and B": their sum
            out.append(SUM)
            i += 4
            continue
        if t == "the" and toks[i + 1:i + 2] in (["cost"], ["price"], ["weight"]) and \
                toks[i + 2:i + 3] == ["of"]:  # "the price of a pie": the pie's price
            i += 3
            continue
        named = [k for k in cast.symbols if k in cast.people]
        if t in ("his", "her") and len(named) == 1:  # "Kim ... her son": Kim's son
            got = _noun(toks, i + 1)
            if got is not None and not got[2]:
                out.append(cast.of(f"{named[0]}'s {got[0]}"))
                i = got[1]
                continue
        if t in DETERMINERS or count is not None or t == "each" and nameable(
                toks[i + 1] if i + 1 < len(toks) else None):
            got = _noun(toks, i + 1)
            if got is not None:
                key, j, plural = got
                if t == "each" and plural:
                    return None
                if key in counted or sw.singular(key) in UNITS:
                    out.append(t)
                    i += 1
                    continue
                if plural and (count is None or count.value == 1) or \
                        count is not None and count.value != 1 and not plural:
                    return None  # "the drinks": each or all of them
                if count is not None and count.value.denominator != 1:
                    return None
                if count is not None and count.value != 1:
                    cast.groups.setdefault(key, set()).add(int(count.value))
                else:
                    cast.alone.add(key)
                sym = cast.of(key)
                out += [count, "times", sym] if count is not None else [sym]
                i = j
                continue
        out.append(t)
        i += 1
    return out


_RANKS = frozenset("larger smaller bigger heavier lighter older younger taller shorter".split())


def members(cast: Cast) -> dict[sp.Symbol, list[sp.Symbol]]:
    """Things counted as a group ("two cats") that the story then names one by one ("the
    larger cat", "the smaller cat"): the group's symbol and its members', when the group is
    only ever counted with its own size and every thing named with its noun is a member."""
    out: dict[sp.Symbol, list[sp.Symbol]] = {}
    for key, sizes in cast.groups.items():
        named = [k for k in cast.symbols if k.endswith(" " + key)]
        if not named or key in cast.alone:
            continue
        if any(k.split()[0] not in _RANKS or len(k.split()) != len(key.split()) + 1
               for k in named) or sizes != {len(named)}:
            raise Decline("a group and the things named with its noun do not match")
        out[cast.symbols[key]] = [cast.symbols[k] for k in named]
    return out


def _possessed(toks: list[Tok], i: int, owner: str, cast: Cast) -> tuple[sp.Symbol, int] | None:
    """After "Bo's" at i: "age", "test score" (Bo's amount: Bo), "dog", "brother" (a thing
    of Bo's: its own unknown), or nothing ("... than Bo's": Bo). None: two measures."""
    for n in (1, 2):
        word = toks[i + n - 1] if i + n - 1 < len(toks) else None
        if isinstance(word, str) and word in ATTRIBUTES and all(
                nameable(x) for x in toks[i:i + n - 1]):
            if cast.attribute not in (None, word):
                return None  # two things measured: "Bo's age ... Bo's height"
            cast.attribute = word
            return cast.of(owner[:-2]), i + n
    owned = _noun(toks, i)
    if owned is not None:
        if owned[2]:
            return None  # "Bo's dogs": each or all of them
        return cast.of(f"{owner} {owned[0]}"), owned[1]
    return cast.of(owner[:-2]), i


def _noun(toks: list[Tok], i: int) -> tuple[str, int, bool] | None:
    """A thing's name at i: one to three words, then "of" and one or two words ("a bunch of
    bananas"); the name, where it ends, and whether its last word is plural."""
    words: list[str] = []
    j = i
    while j < len(toks) and len(words) < 3 and nameable(toks[j]):
        words.append(str(toks[j]))
        j += 1
    if not words:
        return None
    plural = sw.singular(words[-1]) != words[-1]
    key = " ".join(words[:-1] + [sw.singular(words[-1])])
    if j + 1 < len(toks) and toks[j] == "of" and nameable(toks[j + 1]):
        more = [str(toks[j + 1])]
        j += 2
        if j < len(toks) and nameable(toks[j]):
            more.append(str(toks[j]))
            j += 1
        key += " of " + " ".join(more)
    return key, j, plural


__all__ = ["BUY", "DETERMINERS", "SUM", "UNITS", "VERB_KIND", "Cast", "Everyone", "REL", "Tok",
           "members", "nameable", "people", "things", "token_sentences"]
