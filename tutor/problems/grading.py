"""Check a student's final answer against a set's gold answer."""

from __future__ import annotations

import re

_WRAPPERS = re.compile(r"\\(?:text|textbf|mathrm|mbox)\s*\{([^{}]*)\}")
_ONE_WORD = re.compile(r"^[a-z]+$")
# "15 marbles": a number and the noun it counts (the noun may not change the value: no
# scale, fraction, angle or percent word, no constant)
_COUNTED = re.compile(
    r"^\s*\$?(?P<number>[-+]?\d[\d,]*(?:\.\d+)?)\$?\s+(?P<noun>[a-zA-Z]{2,})\.?\s*$")
_VALUE_WORDS = re.compile(
    r"^(?:thousands?|millions?|billions?|trillions?|hundreds?|dozens?|scores?|grand|k|percent|"
    r"pc|pct|pi|e|degrees?|deg|radians?|rad|squared|cubed|roots?|sqrt|halves|half|thirds?|"
    r"quarters?|\w+ths?|times|over|plus|minus|and|or|i|to|by|per|x|y|z|n)$", re.I)


def _normalise(text: str) -> str:
    text = text.strip().strip("$").strip()
    text = re.sub(r"^[a-zA-Z]\s*=\s*", "", text)
    return re.sub(r"\s+", "", text).lower()


def _word(text: str) -> str | None:
    """The one word an answer is (`\\text{Tuesday}`, `(C)`, `odd.`), lower case, or None."""
    text = _WRAPPERS.sub(r"\1", text.strip().strip("$").strip())
    text = text.strip().rstrip(".").strip().strip("()").strip().lower()
    return text if _ONE_WORD.match(text) else None


def words_differ(gold: str, predicted: str) -> bool:
    """Both answers are one word, and different words: `Tuesday` against `Monday`, `(C)`
    against `D`. Not when one begins the other (`Tues`, `circles`): an abbreviation or a
    plural may mean the same."""
    ours, theirs = _word(gold), _word(predicted)
    if ours is None or theirs is None:
        return False
    return not (ours.startswith(theirs) or theirs.startswith(ours))


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


def counted_number(text: str) -> str | None:
    """The number of "15 marbles" (a number and the noun it counts), else None."""
    m = _COUNTED.match(text)
    return m.group("number") if m and not _VALUE_WORDS.match(m.group("noun")) else None


def _certainly_wrong(gold: str, predicted: str) -> bool:
    if words_differ(gold, predicted):
        return True
    try:
        from tutor.verify.bounded_answers import compare_bounded

        number = counted_number(predicted)  # "15 marbles" for 14: the 15 is compared
        return compare_bounded(gold, number or predicted) == "different"
    except Exception:  # noqa: BLE001 - not known to differ: "can't tell", never "wrong"
        return False


def grade_answer(gold: str, predicted: str) -> str:
    """"right", "approximate" (a decimal that rounds the exact answer at the places it
    shows: 1.414 for √2), "wrong" (certainly another value, or another word) or
    "unknown" (written in a way the comparison cannot read: neither right nor wrong).
    Off the GUI thread, like `answers_match`."""
    if not predicted.strip():
        return "unknown"
    if answers_match(gold, predicted):
        return "right"
    try:
        from tutor.verify.bounded_answers import equivalent_bounded

        if equivalent_bounded(gold, predicted, approximate=True):
            return "approximate"
    except Exception:  # noqa: BLE001, S110 - only ever a missed "approximately right"
        pass
    return "wrong" if _certainly_wrong(gold, predicted) else "unknown"
