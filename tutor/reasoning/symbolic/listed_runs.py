"""Runs of numbers typed as lists with dots, said as the readers read them (used by
`casual_text` after the text as written declines):

- a listed run with dots summed ("the sum of 2, 5, 8, ..., 29") is the sum written with plus
  signs, as the series readers read it;
- a short listed run for an operation on a list ("the lcm of 1, 2, 3, ..., 10") is written
  out term by term when the listed terms show one step;
- the term after four or more written ones ("what comes next: 3, 7, 11, 15") is asked by
  its place.
"""

from __future__ import annotations

import re

# "the sum of 2, 5, 8, ..., 29", "sum of the arithmetic sequence 3, 7, 11, ..., 43": a listed
# run with dots summed is the sum written with plus signs, as the series readers read it
_LISTED_SUM = re.compile(r"\b(sum of (?:all )?(?:the )?(?:(?:terms|numbers|members) (?:of|in) "
                         r"(?:the )?)?(?:(?:arithmetic|finite) )?(?:(?:sequence|series|numbers|"
                         r"list|terms) )?)(-?\d+(?:, ?-?\d+){2,},? ?(?:\.\.\.|…),? ?-?\d+)"
                         r"(?![\d.,]*\d)", re.I)


def listed_sum(text: str) -> str:
    def summed(m: re.Match[str]) -> str:
        run = re.sub(r",? ?(?:\.\.\.|…),? ?", " + ... + ", m.group(2))
        return "sum of " + re.sub(r", ?(?=-?\d)", " + ", run)

    return _LISTED_RUN.sub(_run_written_out, _LISTED_SUM.sub(summed, text))


# "the lcm of 1, 2, 3, ..., 10", "the product of 2, 4, 6, ..., 12": a short listed run with
# dots, for an operation on a list, written out term by term when the listed terms show
# one step and the last term is reached by it (at most 40 terms); else left as it is
_LISTED_RUN = re.compile(r"\b((?:lcm|gcd|least common multiple|greatest common (?:divisor|factor)"
                         r"|product|mean|average|median) of (?:the numbers )?)"
                         r"(-?\d+(?:, ?-?\d+){2,},? ?(?:\.\.\.|…),? ?(?:and )?-?\d+)(?![\d.,]*\d)",
                         re.I)


def _run_written_out(m: re.Match[str]) -> str:
    head, tail = re.split(r",? ?(?:\.\.\.|…),? ?(?:and )?", m.group(2))
    listed, last = [int(t) for t in re.findall(r"-?\d+", head)], int(tail)
    step = listed[1] - listed[0]
    if step == 0 or any(b - a != step for a, b in zip(listed, listed[1:], strict=False)) or (
            last - listed[-1]) % step or not 0 < (last - listed[-1]) // step <= 40:
        return m.group(0)
    terms = list(range(listed[0], last + (1 if step > 0 else -1), step))
    return m.group(1) + ", ".join(str(t) for t in terms)


# "what is the next number in the sequence 2, 6, 18, 54", "what comes next: 3, 7, 11, 15": the
# term after the written ones asked by its place (four or more written: `list_terms` reads
# the rule from them, or declines)
_NEXT_ASKED = re.compile(r"^\s*(?:(?:what is|find|give) the next (?:term|number|one)"
                         r"(?: (?:of|in)(?: (?:the|this) (?:sequence|list|pattern|progression))?)?"
                         r"|what comes next"
                         r"(?: in(?: the| this)? (?:sequence|list|pattern)?)?)\s*:?\s*"
                         r"(?P<run>-?\d+(?:, ?-?\d+){3,})\s*(?:,? ?(?:\.\.\.|…))?\s*\??\s*$", re.I)


def next_asked(text: str) -> str:
    m = _NEXT_ASKED.match(text)
    if m is None:
        return text
    place = len(re.findall(r"-?\d+", m.group("run"))) + 1
    suffix = "th" if place % 100 in (11, 12, 13) else {1: "st", 2: "nd", 3: "rd"}.get(place % 10,
                                                                                     "th")
    return f"What is the {place}{suffix} term of the sequence {m.group('run')}, ...?"


__all__ = ["listed_sum", "next_asked"]
