"""Answers that name each value: `x = 3, y = -1` (or the same in a `cases` block).

Distinct names make the answer one point: `x = 3, y = -1` agrees with the tuple
`(3, -1)` and with `y = -1, x = 3`, never with `(-1, 3)`. A tuple lists the values in
the usual order of the names (x, y, z; a, b, c); a mismatch is certain only when the
names are also written in that order (`y = -1, x = 3` against `(-1, 3)` is left to the
general comparison).
math-verify read the right-hand sides as an unordered set, so the reference
`x = 3, y = 4` accepted the wrong point `(4, 3)`. The same name repeated
(`x = 2, x = 5`) lists several solutions, and is left to the set comparison.

`named_agree` decides only when one answer names a point and the other is the same
names, a tuple or a list of as many entries; anything else is left to the general
comparison. Entries are compared by the caller's own `same` (`answers.equivalent`).
One letter with several subscripts (`x_1 = 2, x_2 = 5`) usually lists the solutions of
one unknown: it is only ever accepted here, name by name, never refused.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.verify.answer_forms import core, split_top
from tutor.verify.answer_relations import system_list

_ENTRY = re.compile(r"^(?P<name>(?:[a-zA-Z]|\\[a-zA-Z]+)(?:_\{?\w+\}?)?)\s*=\s*(?P<value>[^=<>]+)$")
_SPACING = re.compile(r"\\q?quad(?![a-zA-Z])|\\quad(?=[a-zA-Z])|~")
_AND = re.compile(r"\s*(?:\\text\s*\{\s*and\s*\}|\band\b|;)\s*")


def named_values(answer: str) -> list[tuple[str, str]] | None:
    """[(name, value), ...] for an answer of two or more `name = value` entries with
    distinct names; None otherwise."""
    text = _SPACING.sub(" ", core(answer))
    if len(text) > 400:  # a final answer; longer text (a whole solution) is left alone
        return None
    text = system_list(text) or text
    parts = [part for chunk in split_top(text, ",") for part in _AND.split(chunk)]
    entries = [_ENTRY.match(part.strip()) for part in parts if part.strip()]
    if len(entries) < 2 or not all(entries):
        return None
    named = [(m.group("name").replace(" ", ""), m.group("value").strip()) for m in entries if m]
    if len({name for name, _ in named}) != len(named):
        return None
    return named


def _is_point(named: list[tuple[str, str]]) -> bool:
    """Names with distinct letters (`x`, `y`) name one point; one letter with several
    subscripts (`x_1`, `x_2`) usually lists the solutions of one unknown, in any order."""
    return len({name.split("_")[0] for name, _ in named}) == len(named)


def _tuple_entries(answer: str) -> list[str] | None:
    """The entries of a tuple `(a, b)`, a bracket list `[a, b]` or a bare list `a, b`."""
    text = core(answer)
    if text.startswith("\\left(") and text.endswith("\\right)"):
        text = "(" + text[len("\\left("):-len("\\right)")] + ")"
    if text[:1] + text[-1:] in ("()", "[]") and len(split_top(text, ",")) == 1:
        text = text[1:-1]
    entries = split_top(text, ",")
    return entries if len(entries) > 1 and all(entries) else None


def named_agree(gold: str, pred: str, same: Callable[[str, str], bool]) -> bool | None:
    """True/False when an answer that names a point (distinct letters) meets the same
    names or a tuple or list of as many entries; True when two named answers agree name
    by name; None otherwise (left to the general comparison)."""
    ours, theirs = named_values(gold), named_values(pred)
    if ours is None and theirs is None:
        return None
    if ours is not None and theirs is not None:
        mapping = dict(theirs)
        if set(mapping) != {name for name, _ in ours}:
            return None
        if all(same(value, mapping[name]) for name, value in ours):
            return True
        return False if _is_point(ours) else None
    named = ours if ours is not None else theirs
    entries = _tuple_entries(pred if ours is not None else gold)
    if named is None or not _is_point(named) or entries is None or len(entries) != len(named):
        return None
    # A tuple lists its entries in the usual order of the names (x, y, z; a, b, c).
    usual = sorted(named)
    pairs = [(value, entry) for (_, value), entry in zip(usual, entries, strict=True)]
    if all(same(a, b) if ours is not None else same(b, a) for a, b in pairs):
        return True
    # Names written in another order (`y = 2, x = 1`) may list the tuple's order: not sure.
    return False if usual == named else None
