"""Check a student's final answer against a set's gold answer."""

from __future__ import annotations

import re


def _normalise(text: str) -> str:
    text = text.strip().strip("$").strip()
    text = re.sub(r"^[a-zA-Z]\s*=\s*", "", text)
    return re.sub(r"\s+", "", text).lower()


def answers_match(gold: str, predicted: str) -> bool:
    """Mathematical equivalence via tutor.verify.answers, else a normalised text match.

    May take a moment (SymPy, in a bounded child process): call it off the GUI thread.
    """
    if not predicted.strip():
        return False
    try:
        from tutor.verify.bounded_answers import equivalent_bounded
    except ImportError:  # the checker is not installed yet: be strict, not clever
        return _normalise(gold) == _normalise(predicted)
    try:
        return equivalent_bounded(gold, predicted)
    except Exception:  # noqa: BLE001 - a checker bug must not lose the student's work
        return _normalise(gold) == _normalise(predicted)


def grade_answer(gold: str, predicted: str) -> str:
    """"right", "approximate" (a decimal that rounds the exact answer at the places it
    shows: 1.414 for √2) or "wrong". Off the GUI thread, like `answers_match`."""
    if answers_match(gold, predicted):
        return "right"
    try:
        from tutor.verify.bounded_answers import equivalent_bounded

        if equivalent_bounded(gold, predicted, approximate=True):
            return "approximate"
    except Exception:  # noqa: BLE001, S110 - only ever a missed "approximately right"
        pass
    return "wrong"
