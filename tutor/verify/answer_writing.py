"""Two answers written the same way, up to spacing and commands that mean the same.

Graders first compare the normalised strings (MARIO_EVAL's `string_normalize`, the
Hendrycks/PRM800K `strip_string`): an answer the parser cannot read, `1, 2, \\ldots, 10`
or `\\{2, 4, 6, \\dots\\}`, still equals the same writing with other spaces or another
ellipsis command. Spacing inside a number is kept: `3 1/2` (a mixed number) is not `31/2`.
"""

from __future__ import annotations

import re

from tutor.verify.answer_spellings import THOUSANDS

_SYNONYMS = (
    (re.compile(r"\\[dtc]frac(?![a-zA-Z])"), r"\\frac"),
    (re.compile(r"\\(?:left|right)(?![a-zA-Z])\s*"), ""),
    (re.compile(r"\\[lc]dots(?![a-zA-Z])|…|\.\.\."), r"\\dots "),
    (re.compile(r"\\[!,;:](?![a-zA-Z])|~|\\ "), " "),
    (re.compile(r"\$"), ""),
)
_SPACE_BY_MARK = re.compile(r"\s*([,;()\[\]{}=+\-<>|])\s*")
_SPACES = re.compile(r"\s+")


def written_alike(gold: str, pred: str) -> bool:
    """True when the two answers are the same text once spacing and synonymous
    commands (`\\dfrac`/`\\frac`, `\\ldots`/`\\dots`, `\\left(`/`(`) are set aside."""
    return bool(gold.strip()) and _plain(gold) == _plain(pred)


def _plain(text: str) -> str:
    for pattern, replacement in _SYNONYMS:
        text = pattern.sub(replacement, text)
    text = THOUSANDS.sub("\x00", text)  # `58,500` is one number, `58, 500` two
    text = _SPACE_BY_MARK.sub(r"\1", text)
    return _SPACES.sub(" ", text).strip().rstrip(".").strip()
