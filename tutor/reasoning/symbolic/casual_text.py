"""A problem typed casually, written as the sentences the readers read: "whats the diagonal"
and "what's the diagonal" say "what is the diagonal"; "it's" says "it is"; "y intercept" is
the y-intercept; "a six sided die" is "a six-sided die", "a standard deck (of cards)" has
its 52 cards; a question run on after a statement without a stop ("a rectangle is 12 by 5
whats the diagonal") starts a new sentence ("... 5. what is the diagonal"), or after a comma
when the statement opens with "if" ("if ... 15% off, what is the sale price").

Only these words and stops change; every other word stays for the readers to read or decline
on. Used by the engine after the text as written declines.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic import implied_questions
from tutor.reasoning.symbolic.combinatorics import trial_clauses

_CONTRACTIONS = [(re.compile(r"\bwhat'?s\b", re.I), "what is"),
                 (re.compile(r"\bit's\b", re.I), "it is"),
                 (re.compile(r"\bhow's\b", re.I), "how is"),
                 (re.compile(r"\b([xy]) (intercepts?)\b", re.I), r"\1-\2"),
                 # "a six sided die": the compound written with its hyphen
                 (re.compile(r"\b(\d+|four|six|eight|ten|twelve|twenty) (sided|faced) (?=(?:die|"
                             r"dice|spinner)\b)", re.I), r"\1-\2 "),
                 # "a standard deck of cards": the deck of 52 cards it is
                 (re.compile(r"\b(standard|ordinary|regular|normal) deck(?: of (?:playing )?"
                             r"cards\b|(?! of\b))", re.I), r"\1 deck of 52 cards")]
# a question opener after a word, a number or a closing bracket, with no stop before it
_RUN_ON = re.compile(r"(?<=[\w%)$])\s+(?=(?:what is|what are|how many|how much|how long|how far"
                     r"|how fast|how old|find)\b)", re.I)


def respelled(text: str) -> str:
    """The text with casual contractions said in full and a run-on question set apart."""
    out = text
    for pattern, said in _CONTRACTIONS:
        out = pattern.sub(said, out)
    out = trial_clauses.told_first(implied_questions.respelled(out))
    if re.search(r"\$[^$]*[\\^_{}=][^$]*\$", out):
        return out  # typeset maths: not typed casually
    sentences = re.split(r"(?<=[.?!])\s+", out.strip())
    last = sentences[-1]
    m = _RUN_ON.search(last)
    if m is not None and m.start() > 0 and len(_RUN_ON.findall(last)) == 1:
        stop = "," if re.match(r"\s*(?:if|when|given)\b", last, re.I) else "."
        sentences[-1] = last[:m.start()] + stop + last[m.start():]
    return " ".join(sentences)


__all__ = ["respelled"]
