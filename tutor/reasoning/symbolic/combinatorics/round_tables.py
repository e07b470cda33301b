"""Seatings around a table counted as the same: a note that says which ("Two seatings are
the same if one is a rotation of the other", "... rotations and reflections are considered
the same") and halving a count for reflections. Shared by every seating reader."""

from __future__ import annotations

import re

import sympy as sp

from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.patterns import Result

SYMMETRY_NOTE_WORDS = frozenset(
    "seatings seating arrangements arrangement configurations orders ways which that are is "
    "considered treated counted regarded as the same equivalent identical if one can be a an "
    "rotation rotations rotated reflection reflections reflected of each other another to "
    "form or and they it we consider two any".split())


def symmetry_note(w: Wording) -> bool | None:
    """Reads a note on which seatings count as the same: None when there is none, True
    when reflections count as the same too; declines a note it cannot read."""
    clause = w.find(r",? (?:if|when|where|assuming(?: that)?|given that) ()([^.?!()]*rotat"
                    r"[^.?!(),]*)(?=[.?!] *$)")
    whole = w.find(r"\(([^()]*rotat[^()]*)\)|(?<=[.?!] )([^.?!()]*rotat[^.?!()]*)[.?!]?")
    # a sentence of its own ("Two seatings are the same if one is a rotation of the other.")
    # is taken whole; a clause of the question ("... sit if rotations are the same?") alone
    found = whole if whole and _note_words(whole.group(1) or whole.group(2)) else clause or whole
    if not found:
        return None
    body = found.group(1) or found.group(2)
    if not _note_words(body):
        raise Decline("a note on which seatings are the same that I cannot read")
    w.take(re.escape(found.group(0)))
    return "reflect" in body


def _note_words(body: str) -> bool:
    body = re.sub(r"#2\b", "two", body)
    return not (set(re.findall(r"[a-z]+", body)) - SYMMETRY_NOTE_WORDS or
                re.search(r"#\d|@\d", body))


def reflections_halved(full: int, people: int, steps: list[Step]) -> Result:
    """Seatings around a table with reflections counted the same: half as many, since no
    seating of three or more different people is its own reflection."""
    if people < 3 or full % 2:
        raise Decline("too few people for reflections to differ")
    claim = f"\\frac{{{full}}}{{2}} = {full // 2}"
    return sp.Integer(full // 2), [*steps, step(
        "identify mirror images", "A seating and its reflection count as one, and no seating "
        "of three or more different people is its own reflection.", f"${claim}$", claim)]


__all__ = ["SYMMETRY_NOTE_WORDS", "reflections_halved", "symmetry_note"]
