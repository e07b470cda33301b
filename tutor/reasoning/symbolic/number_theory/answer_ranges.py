"""Notes that say which range an answer modulo m is given in: "Express your answer as an
integer from 0 to 27, inclusive.", ", as a residue from 0 to 10", "(Give an answer between 0
and 96, inclusive.)", "Your answer should be an integer in the range 0, 1, 2, ..., 23." A
reader of residues accepts a note only when its range is one full set of residues 0, ...,
m - 1 (the least non-negative residue, which is what it answers); any other range declines.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split

_ENDS = r"(?:from|between) @(\d+)@ (?:to|and|through) @(\d+)@(?:,? inclusive)?"
NOTE = re.compile(
    r"[.,]? ?\(?(?:(?:express|give|enter|write|state) (?:your|the|an) answer (?:as an integer |as "
    r"a residue )?" + _ENDS + r"|(?:your answer should be|the answer should be) an integer "
    + _ENDS + r"|(?:(?:express|give|enter|write) your answer as |(?:your|the) answer should "
    r"be )an integer in the range @(\d+)@|as (?:a residue|an integer) " + _ENDS + r")\.?\)?$")
_LISTED = re.compile(r"\s*(-?\d+)\s*,\s*(-?\d+)\s*,(?:\s*-?\d+\s*,)*\s*\\(?:l|c)?dots\s*,"
                     r"(?:\s*-?\d+\s*,)*\s*(-?\d+)\s*")
VOCAB = frozenset("express give enter write state your the an answer as integer from between "
                  "to and through inclusive should be in range residue".split())


@dataclass
class Note:
    """A range note: where it starts in the template, its maths slots and its ends."""

    start: int
    slots: list[int]
    lo: int
    hi: int


def find(split: Split, template: str) -> Note | None:
    """The range note at the end of `template`, if there is one."""
    m = NOTE.search(template.rstrip(" ?"))
    if m is None:
        return None
    if m.group(5) is not None:
        listed = _LISTED.fullmatch(split.maths[int(m.group(5))])
        if listed is None:
            raise Decline("a range of answers not understood")
        lo, second, hi = (int(g) for g in listed.groups())
        if second != lo + 1:
            raise Decline("a range of answers that does not go up by one")
        return Note(m.start(), [int(m.group(5))], lo, hi)
    a, b = m.group(1) or m.group(3) or m.group(6), m.group(2) or m.group(4) or m.group(7)
    return Note(m.start(), [int(a), int(b)], integer(split.maths[int(a)]),
                integer(split.maths[int(b)]))


def check(note: Note | None, mod: int) -> None:
    """Decline unless the note (if any) asks for the least non-negative residue mod `mod`."""
    if note is not None and (note.lo, note.hi) != (0, mod - 1):
        raise Decline("the answer range is not one full set of residues")


__all__ = ["NOTE", "VOCAB", "Note", "check", "find"]
