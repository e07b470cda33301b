"""Check a student's final answer against a set's gold answer."""

from __future__ import annotations

import re

_WRAPPERS = re.compile(r"\\(?:text|textbf|mathrm|mbox)\s*\{([^{}]*)\}")
_ONE_WORD = re.compile(r"^[a-z]+$")


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


def _certainly_wrong(gold: str, predicted: str) -> bool:
    if words_differ(gold, predicted):
        return True
    try:
        from tutor.verify.bounded_answers import compare_bounded

        return compare_bounded(gold, predicted) == "different"
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
