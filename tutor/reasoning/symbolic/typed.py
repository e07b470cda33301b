"""The typed reading: what is asked, of which maths, sent to the solver of its domain.

After the whole-sentence templates and the named phrase rules (`recognise`), a problem
is read by type: its maths pieces (`split.maths`, each an equation, expression, point,
list ...) and the words of its question (the template with `@i@` for each piece).
Each domain package (`algebra`, `number_theory`, `geometry`, `combinatorics`) lists
its readers in its `typed` module. A reader takes `(split, template)` and returns

- `None` when the problem is not one it reads (the next reader tries),
- a `Result` (answer, steps) when it read and solved it, every answer confirmed by a
  method independent of the one that produced it (`confirm`), or
- raises `Decline` when it read the problem but cannot answer it safely.

A reader accepts a problem only when every word of the question is in its vocabulary
(`words_within`): a word it does not know ("positive", "largest", "not") may change the
answer, so it is never skipped over.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from tutor.reasoning.symbolic.confirm import DISAGREES
from tutor.reasoning.symbolic.model import WHICH_MEANT, Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

Reader = Callable[[Split, str], Result | None]

# Words that carry no mathematical condition in a question.
FILLER = frozenset(
    "a an the of is are was be to in on for and that this these those what which find "
    "determine compute calculate evaluate give state then if let given suppose such as it "
    "its value values number please does do equal equals have has".split())


def words(template: str) -> set[str]:
    """The words of a template, without its maths placeholders."""
    return set(re.findall(r"[a-z]+(?:'[a-z]+)?", re.sub(r"@\d+@", " ", template)))


def whole_match(patterns: list[re.Pattern[str]], template: str) -> re.Match[str] | None:
    """The first pattern that matches the whole question (spaces collapsed, lower case,
    without a closing question mark or full stop), or None."""
    body = re.sub(r"\s+", " ", template.lower()).strip().rstrip(" ?.")
    return next((m for p in patterns if (m := p.fullmatch(body))), None)


_ENTER_VALUES = re.compile(r"\(?\benter (?:(?:all (?:the )?possible values|all (?:the )?values)"
                           r"(?: of @\d+@)?|your answers?)(?:,? separated by commas)?\W*$")


def without_enter_request(template: str) -> str:
    """The template without a closing "Enter all possible values, separated by commas."."""
    return _ENTER_VALUES.sub(" ", template)


def words_within(template: str, vocabulary: frozenset[str] | set[str]) -> bool:
    """True when every word of the template is filler or in `vocabulary`."""
    return not (words(template) - FILLER - vocabulary)


def readers() -> list[Reader]:
    from tutor.reasoning.symbolic.algebra import typed as algebra
    from tutor.reasoning.symbolic.combinatorics import typed as combinatorics
    from tutor.reasoning.symbolic.geometry import typed as geometry
    from tutor.reasoning.symbolic.number_theory import typed as number_theory
    from tutor.reasoning.symbolic.polynomials import typed as polynomials
    from tutor.reasoning.symbolic.prealgebra import typed as prealgebra
    from tutor.reasoning.symbolic.trigonometry import typed as trigonometry

    return [*algebra.READERS, *number_theory.READERS, *geometry.READERS,
            *combinatorics.READERS, *prealgebra.READERS, *polynomials.READERS,
            *trigonometry.READERS, *algebra.LATE_READERS]


# "the sum of the area of ...": a sum, product or mean taken of one quantity (no second one
# joined by "and") is not a question any reader answers; one that dropped the word would
# give the quantity itself
_OF_ONE_QUANTITY = re.compile(
    r"\b(?:sum|product|average|mean|difference|quotient) of (?:the |its )(?:area|perimeter|"
    r"slope|radius|diameter|circumference|volume|hypotenuse|determinant|[xy]-intercept|"
    r"probability|distance|length|height|width)\b(?![^.?!]*\band\b)", re.I)


def read_typed(split: Split, template: str) -> Result | str | None:
    """The first reader's result; the reason a reader declined; or None if none read it."""
    if _OF_ONE_QUANTITY.search(template):
        return "a sum or product of one quantity"
    reason: str | None = None
    for reader in readers():
        try:
            got = reader(split, template)
        except Decline as exc:
            if reason is None or str(exc).startswith(DISAGREES) or str(exc).startswith(
                    WHICH_MEANT) and not reason.startswith((DISAGREES, WHICH_MEANT)):
                reason = str(exc)  # a question for the student outranks a reader's own
            continue
        except Exception as exc:  # a reader's own failure (SymPy, a bad index) is its
            # decline, not every later reader's: the time limit is a BaseException
            reason = reason or f"a reader failed on this problem ({type(exc).__name__})"
            continue
        if got is not None:
            return got
    return reason


__all__ = ["FILLER", "Reader", "read_typed", "readers", "without_enter_request", "words",
           "words_within"]
