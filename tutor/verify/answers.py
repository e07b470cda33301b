"""Final-answer equivalence for competition maths, built on math-verify.

`equivalent(gold, pred)` says whether two final answers (or a gold answer and a
whole worked solution) agree: numbers, fractions, radicals, intervals, tuples,
sets in any order, several answers, leading zeros, units, percentages, degrees.

Safety. Answers are untrusted text. Nothing here evaluates it as Python:
* LaTeX goes through latex2sympy2_extended's ANTLR parser, which reaches SymPy's
  string parser only for NUMBER tokens (digits, '.', ',') of its own lexer.
* math-verify's plain-expression path does call `sympy.parse_expr`, but only on
  the text its regex captured, whose characters are limited to digits, '.',
  whitespace and `+ - * × / ^ ( ) ÷`: no names, so no attribute access or calls.
  tests/verify/test_answers.py checks this on the installed version.
* Huge numbers (`10^{10^{10}}`, `(10^9)!`) are refused before parsing by
  `answer_normalize.too_big`, because SymPy evaluates them in C where no timeout
  can interrupt it.
* In the main thread, one SIGALRM deadline (`timeout`) covers the whole call;
  math-verify's own signal timeouts are switched off so that the function also
  works in worker threads, where only the size guard applies.
"""

from __future__ import annotations

import logging
import math
import re
import signal
import threading
import warnings
from collections.abc import Iterator
from contextlib import contextmanager

from math_verify import ExprExtractionConfig, LatexExtractionConfig, parse, verify

from tutor.verify.answer_equations import equations_agree
from tutor.verify.answer_exactness import only_rounded
from tutor.verify.answer_forms import alternative_forms, core, multiplier_words_differ
from tutor.verify.answer_kinds import kinds_agree, unitless_list
from tutor.verify.answer_letters import choices_agree
from tutor.verify.answer_named import named_agree
from tutor.verify.answer_normalize import percent_readings, plain_percent, prepare, too_big
from tutor.verify.answer_numbers import (
    approximately_equal,
    approximately_equal_parts,
    complex_equal,
    equal_parts,
)
from tutor.verify.answer_spellings import scaled_number
from tutor.verify.answer_text import number_in_words, restore_escapes, words_agree
from tutor.verify.answer_times import times_agree
from tutor.verify.answer_writing import written_alike
from tutor.workers.interrupts import retry_when_lost

# "-2,1" is -2.1 with a decimal comma, or the two answers -2 and 1 (how MATH writes
# several answers): a bare number with a comma not followed by a thousands group is
# read both ways, and either reading may match.
_COMMA_PAIR = re.compile(r"^\s*-?\d+,(?:\d{1,2}|\d{4,})\s*$")


def readings(answer: str, *, graded: bool = True) -> list[str]:
    """The strings to parse for one answer: usually one, two when a comma is ambiguous,
    more when the answer has other writings (`answer_forms`; `graded` False for the
    reference answer)."""
    # A percent of more than a plain number: math-verify's own reading drops part of it.
    scaled = scaled_number(core(answer))
    if scaled:  # `4 \text{ million}`: never the 4 that math-verify reads with the word dropped
        return [prepare(scaled)]
    percent = bool(percent_readings(core(answer)))
    found = [] if percent else [prepare(answer)]
    if _COMMA_PAIR.match(answer):
        found.append("$" + answer.strip().replace(",", ", ") + "$")
    unitless = unitless_list(answer)  # `(3 \text{ cm}, 4 \text{ cm})` as `(3, 4)`
    for form in alternative_forms(answer, graded=graded) + ([unitless] if unitless else []):
        if percent and form.rstrip().endswith("%"):
            continue
        prepared = prepare(form)
        if prepared not in found:
            found.append(prepared)
    return found

__all__ = ["approximately_equal", "equivalent", "extract_final_answer", "warm_up"]

# math-verify warns on every call that its own timeout is off (we run our own)
# and logs each timeout; neither belongs on a CLI's stderr.
logging.getLogger("math_verify").setLevel(logging.ERROR)

_EXACT_PLACES = 12  # a decimal's digits that a double holds, not math-verify's rounding to 6
MAX_CHARS = 50_000  # longer than any worked solution we grade
_CONFIG = (LatexExtractionConfig(), ExprExtractionConfig())


class DeadlinePassed(BaseException):
    """Raised by our SIGALRM handler; a BaseException so that math-verify's
    `except Exception` blocks do not swallow it."""


_MAX_NESTING = 40


def _too_nested(text: str) -> bool:
    """No answer nests 40 deep; parsing such text is slow enough to outlast a deadline."""
    depth = 0
    for ch in text:
        depth += ch in "({["
        depth -= ch in ")}]"
        if depth > _MAX_NESTING:
            return True
    return False


_warm = threading.Lock()
_warmed = False


def _warm_up() -> None:
    """Load the LaTeX grammar and SymPy's lazy parts once, outside any deadline.

    The first parse in a process takes seconds on a busy machine; counted
    against the deadline it would make the first comparison a false `False`.
    """
    global _warmed
    with _warm:
        if _warmed:
            return
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                a = parse("$(x-2)(x+2)$", _CONFIG, parsing_timeout=None)  # type: ignore[arg-type]
                b = parse("$x^2 - 4$", _CONFIG, parsing_timeout=None)  # type: ignore[arg-type]
                verify(a, b, timeout_seconds=None)
                number_in_words("twelve")  # imports the engine's table of number words
            except Exception:  # noqa: BLE001, S110 - warming up is best effort
                pass
        _warmed = True


def warm_up() -> None:
    """Load math-verify's grammars now (a second), not in the first comparison."""
    _warm_up()


def equivalent(gold: str, pred: str, *, timeout: float = 2.0, approximate: bool = False) -> bool:
    """True when `pred` states the same final answer as `gold` (with `approximate`,
    also when `pred` is a decimal that rounds `gold` at the places it shows).

    Never raises on bad input: anything unparsable, too large or too slow is
    simply not equivalent.
    """
    if not isinstance(gold, str) or not isinstance(pred, str):
        return False
    if not gold.strip() or not pred.strip() or max(len(gold), len(pred)) > MAX_CHARS:
        return False
    if too_big(gold) or too_big(pred) or _too_nested(gold) or _too_nested(pred):
        return False
    gold, pred = restore_escapes(gold), restore_escapes(pred)
    ours, theirs = plain_percent(core(gold)), plain_percent(core(pred))
    if ours and theirs:  # `30\%` and `0.3\%`: the two numbers, never 30 and 0.3
        gold, pred = ours, theirs
    def same(a: str, b: str) -> bool:
        return equivalent(a, b, timeout=timeout, approximate=approximate)

    if written_alike(gold, pred):  # `1, 2, \ldots, 10` and `1,2,\dots,10`
        return True
    known = choices_agree(gold, pred, same)  # `\text{(C)}\ 15`: the letter or the value
    if known is None:
        known = times_agree(gold, pred)
    if known is None:
        known = words_agree(gold, pred)
    if known is None:  # a set against a tuple, other units, a numeral in another base
        known = kinds_agree(gold, pred, same)
    if known is None:  # `x = 3, y = 4`: a point, entry by entry in the order of its names
        known = named_agree(gold, pred, same)
    if known is None:  # `2x + 4y = 3` and `y = -x/2 + 3/4`: one line, written two ways
        known = equations_agree(gold, pred)
    if known is not None:
        return known
    if multiplier_words_differ(gold, pred):
        return False
    _warm_up()
    try:
        # SymPy deprecation chatter about odd trees is not the caller's business.
        with deadline(timeout), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            golds = [parse(g, _CONFIG, parsing_timeout=None)  # type: ignore[arg-type]
                     for g in readings(gold, graded=False)]
            preds = [parse(p, _CONFIG, parsing_timeout=None)  # type: ignore[arg-type]
                     for p in readings(pred)]
            # exactly, a decimal is the number it writes (`0.142857` is not 1/7): compared
            # at 12 places inside lists and matrices, as written when it is the answer
            if any(g and p and verify(g, p, timeout_seconds=None,
                                      float_rounding=6 if approximate else _EXACT_PLACES)
                   and (approximate or not only_rounded(gold, pred, g, p))
                   for g in golds for p in preds):
                return True
            return complex_equal(gold, pred) or equal_parts(gold, pred) or (
                approximate and (approximately_equal(gold, pred)
                                 or approximately_equal(pred, gold)
                                 or approximately_equal_parts(gold, pred)))
    except (DeadlinePassed, Exception):
        return False


@contextmanager
def deadline(seconds: float) -> Iterator[None]:
    """Interrupt the body after `seconds` (main thread only; elsewhere a no-op).

    An outer SIGALRM timer (pytest-timeout, a caller's own) is restored afterwards
    with the time it had left. A deadline that fires inside a gc callback or a
    finaliser, where it is lost, fires again a moment later (`retry_when_lost`).
    """
    usable = (
        hasattr(signal, "setitimer")
        and threading.current_thread() is threading.main_thread()
        and seconds > 0
        and math.isfinite(seconds)
    )
    if not usable:
        yield
        return

    def on_alarm(signum: int, frame: object) -> None:
        raise DeadlinePassed

    previous_handler = signal.signal(signal.SIGALRM, on_alarm)
    previous_delay, previous_interval = signal.setitimer(signal.ITIMER_REAL, seconds)
    try:
        with retry_when_lost(DeadlinePassed):
            yield
    finally:
        left, _ = signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous_handler)
        if previous_delay > 0:
            elapsed = seconds - left
            signal.setitimer(
                signal.ITIMER_REAL, max(previous_delay - elapsed, 0.001), previous_interval
            )


# --------------------------------------------------------------------------- extraction

_ANSWER_IS = re.compile(
    r"(?:final answer|the answer|^\W*answer)\s*(?:is\s*:?|:)[\s*]*(?P<answer>.+?)[\s*]*"
    r"(?:\.\s*I hope.*|\.?\s*$)",
    re.IGNORECASE,
)
_GSM8K = re.compile(r"^\s*####\s*(?P<answer>.+?)\s*$", re.MULTILINE)


def extract_final_answer(text: str) -> str | None:
    """The final answer stated in a solution, or None.

    Looks, in order, for the content of the last `\\boxed{...}` (or `\\fbox{...}`),
    the last "The (final) answer is X" line, and GSM8K's "#### X" line.
    """
    if not isinstance(text, str):
        return None
    boxed = last_boxed(text)
    if boxed is not None:
        return boxed
    for line in reversed(text.splitlines()):
        found = _ANSWER_IS.search(line)
        answer = ""
        # "Final Answer: The final answer is 12." holds the phrase twice.
        while found is not None:
            answer = _strip_math_delimiters(found.group("answer").strip())
            found = _ANSWER_IS.search(answer)
        if answer:
            return answer
    gsm = list(_GSM8K.finditer(text))
    if gsm:
        return gsm[-1].group("answer").strip() or None
    return None


def last_boxed(text: str) -> str | None:
    """Content of the last \\boxed{...}/\\fbox{...}, with nested braces balanced."""
    starts = [m.end() for m in re.finditer(r"\\(?:boxed|fbox)\s*\{", text)]
    for start in reversed(starts):
        depth = 1
        for index in range(start, len(text)):
            char = text[index]
            if char == "{" and text[index - 1] != "\\":
                depth += 1
            elif char == "}" and text[index - 1] != "\\":
                depth -= 1
                if depth == 0:
                    content = text[start:index].strip()
                    if content:
                        return content
                    break
    return None


def _strip_math_delimiters(answer: str) -> str:
    for left, right in (("$$", "$$"), ("$", "$"), ("\\(", "\\)"), ("\\[", "\\]")):
        if answer.startswith(left) and answer.endswith(right) and len(answer) > len(left + right):
            return answer[len(left) : -len(right)].strip()
    return answer
