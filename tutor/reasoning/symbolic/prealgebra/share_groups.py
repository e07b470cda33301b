"""A whole split into groups by a chain of shares: the model behind `share_chains`.

Each group is a part of the group it was taken from (its parent), described by the words
said of it ("are women", "take the bus"): its own words, and its full description (its
own words and every ancestor's). The whole is the root, described by its noun and the
words around it ("the passengers of a plane"). A group is one unknown of a `Story`; what
the problem says becomes relations: a share (child = f parent), a count (group = k), the
rest (rest = parent - the other children told so far).

A phrase names a group when its words are all in the group's full description; when
several groups fit, the one that is an ancestor of all the others (the widest, "the
adults" rather than "the retired adults") is meant, and when none is, the phrase is
ambiguous: declined.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import sympy as sp

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.prealgebra import units

# words that describe nothing: articles, copulas, pronouns, auxiliaries, prepositions
_GLUE = frozenset(
    "a an the of in at on from to for by with is are was were be been being do does did has "
    "have had it its they them their there these those this that who which whom would will can "
    "could you your we our i my his her he she all and".split())
_IRREGULAR = {"women": "woman", "men": "man", "children": "child", "people": "person",
              "mice": "mouse", "geese": "goose", "teeth": "tooth", "feet": "foot"}


def stem(word: str) -> str:
    """One spelling of a describing word: plural nouns and verb forms in s/ing/ed."""
    word = _IRREGULAR.get(word, word)
    word = units.noun(word)
    for end in ("ing", "ed"):
        if word.endswith(end) and len(word) > len(end) + 3:
            return word[: -len(end)]
    return word


def described(phrase: str) -> frozenset[str]:
    """The describing words of a phrase ("a plane's passengers" -> {plane, passenger})."""
    phrase = re.sub(r"'s\b|'", " ", phrase)
    return frozenset(stem(w) for w in re.findall(r"[a-z]+", phrase) if w not in _GLUE)


@dataclass
class Group:
    symbol: sp.Symbol
    own: frozenset[str]
    parent: Group | None
    children: list[Group] = field(default_factory=list)
    rest: bool = False

    @property
    def full(self) -> frozenset[str]:
        return self.own | (self.parent.full if self.parent else frozenset())

    def ancestors(self) -> list[Group]:
        out, g = [], self.parent
        while g is not None:
            out.append(g)
            g = g.parent
        return out


@dataclass
class Groups:
    """The groups told so far, the last one told first in line for "those"."""

    items: list[Group] = field(default_factory=list)
    last: Group | None = None

    def add(self, own: frozenset[str], parent: Group | None, *, rest: bool = False) -> Group:
        g = Group(sp.Symbol(f"g{len(self.items)}", positive=True), own, parent, rest=rest)
        if parent is not None:
            parent.children.append(g)
        self.items.append(g)
        self.last = g
        return g

    @property
    def whole(self) -> Group | None:
        return self.items[0] if self.items else None

    def named(self, words: frozenset[str], within: Group | None = None, *,
              every: bool = False) -> Group | None:
        """The widest group whose description holds `words` (inside `within` when given);
        None when no group fits; Decline when the fitting groups are not on one line.
        With `every`, the words must also say every part the group was taken from below
        the whole (or `within`): "pupils who live in town" is not "pupils who take the bus
        and live in town", which is all that the story counts."""
        root = within or self.whole
        fits = [g for g in self.items if words <= g.full and (
            within is None or g is within or within in g.ancestors()) and (
            not every or root is None or g.full - root.full <= words)]
        if not fits:
            return None
        widest = [g for g in fits if all(g is h or g in h.ancestors() for h in fits)]
        if len(widest) != 1:
            raise Decline("a phrase that names two groups")
        return widest[0]

    def rest_of(self, parent: Group) -> sp.Basic:
        """What is left of `parent` after the children told so far."""
        told = [c.symbol for c in parent.children]
        if not told:
            raise Decline("'the rest' of a group with no part told")
        return parent.symbol - sp.Add(*told)


__all__ = ["Group", "Groups", "described", "stem"]
