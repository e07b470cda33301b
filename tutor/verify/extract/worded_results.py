"""Arithmetic said in words, with its result after "is", "gives", "makes", "equals",
"comes to" or an arrow: "3 times 7 is 21", "half of 30 is 15", "10% of 240 is 24",
"twice 13 is 26", "3/4 of 20 is 15", "12 + 15 + 23 gives 50", "9 squared is 81",
and a running total said on: "12 plus 15 is 27, plus 23 is 50" (27 + 23 = 50).

A student, and a reasoning model thinking aloud, say results this way as often as they
write `=`. Only numbers are read (no letters), and only forms with one reading:

* one operation ("3 times 7", "30 divided by 5", "7 squared", "half of 30",
  "15% of 240"), or a chain of one operation that does not depend on grouping
  ("12 + 15 + 23", "2 times 3 times 4"); "2 plus 3 times 4 is 14" mixes operations,
  which words do not group for certain, so it is no claim;
* the arithmetic starts its clause: after a number, an operator or an operator word
  ("2 plus 3 times 4 is 20"), or inside "the sum of 3 and 4 times 2 is", it is not read;
* the result is a number that ends the clause: "is 21 more than", "is 21 times",
  "is 4 mod 7", "is 110 in binary", "is 21 or 22", "is 21%" are not results.

The words around decide as they do for `=` (`claim.text_flags`): "remainder", "mod",
"base", "ratio" make it no plain equality; "about", "roughly" an approximation. After
"if", "suppose", "check whether" or in a question, it may be verified, never refuted.
An arrow ("12 + 15 → 27") is read as "gives" but never refuted (an arrow also maps a
state to the next, as in "7 → 22 → 11"). Plain text work (no SymPy, no eval).
"""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.extract.claim import QUESTION, TRIES, RawClaim, said_false, text_flags
from tutor.verify.extract.number_ranges import reads_as_range
from tutor.verify.mixed_numbers import mixed_number

__all__ = ["worded_claims"]

_NUM = r"\$?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?)"
# One operand, as words or a number: (pattern, how it reads in maths, how it is
# worded: "before" a number it covers, "after" one, or "" for a bare number)
_OPERANDS: list[tuple[re.Pattern[str], str, str]] = [
    (re.compile(p, re.IGNORECASE), form, worded) for p, form, worded in [
        (rf"half\s+of\s+(?P<a>{_NUM})", "{a}/2", "before"),
        (rf"(?:a|one)\s+third\s+of\s+(?P<a>{_NUM})", "{a}/3", "before"),
        (rf"(?:a|one)\s+quarter\s+of\s+(?P<a>{_NUM})", "{a}/4", "before"),
        (rf"(?:twice|double)\s+(?P<a>{_NUM})", "2 × {a}", "before"),
        (rf"triple\s+(?P<a>{_NUM})", "3 × {a}", "before"),
        (rf"(?P<a>{_NUM})\s*%\s+of\s+(?P<b>{_NUM})", "{a}% × {b}", "before"),
        (rf"(?P<a>\d+)\s*/\s*(?P<b>\d+)\s+of\s+(?P<c>{_NUM})", "{a}/{b} × {c}", "before"),
        (rf"the\s+square\s+root\s+of\s+(?P<a>{_NUM})", "√{a}", "before"),
        (rf"(?P<a>{_NUM})\s+squared", "{a}^2", "after"),
        (rf"(?P<a>{_NUM})\s+cubed", "{a}^3", "after"),
        (r"(?P<a>\d+/\d+)(?![\d/])", "{a}", ""),
        (rf"(?P<a>{_NUM})(?![\d.,]\d)", "{a}", ""),
    ]
]
_OP = re.compile(r"\s*(?P<op>times|multiplied\s+by|divided\s+by|plus|minus|[-+×*÷·−])\s*",
                 re.IGNORECASE)
_OP_SYMBOL = {"times": "×", "multiplied by": "×", "divided by": "÷", "plus": "+",
              "minus": "−", "*": "×", "·": "×", "-": "−"}
_SAYS = re.compile(r"\s*(?:,\s*)?(?P<says>is\s+equal\s+to|is|gives(?:\s+us)?|makes|equals|"
                   r"comes\s+(?:out\s+)?to|which\s+(?:is|gives)|→|->)\s*"
                   r"(?P<about>(?:about|roughly|approximately|around|nearly)\s+)?", re.IGNORECASE)
# The result may be a mixed number ("17/12 is 1 5/12"): never its whole part alone
_RESULT = re.compile(
    rf"(?:(?P<w>\d+)[ \t]+(?P<n>\d+)/(?P<d>\d+)|(?P<r>\d+/\d+|{_NUM})(?![ \t]+\d+\s*/\s*\d))"
    r"(?![\d%/^²³]|\s*[-+×*÷·−^%]|[.,]\d)"
    r"(?!\s+(?:more|less|fewer|times|greater|smaller|bigger|larger|of|percent|or|to|than|"
    r"plus|minus|divided|multiplied|squared|cubed|over|mod|modulo|in|remainder|r|rem|"
    r"with)\b)(?!\s+and\s+\$?\d+(?:\.\d+)?\s*(?:$|[.,;!?)]|or\b|and\b))(?!\s*\()",
    re.IGNORECASE)
# What may stand right before the arithmetic: the clause's start, a stop, a word that is
# no operator ("so", "and", "then", "since", "that's"), or `=` ("x = 27/3, which is 9").
_BEFORE_BAD = re.compile(
    r"(?:[\d\w.)^/%]|[-+×*÷·−<>]\s*|\b(?:plus|minus|times|by|of|over|than|from|between|"
    r"to|into|per|twice|double|triple|half|third|quarter|root)\s+)$", re.IGNORECASE)
# "the sum of 3 and 4 times 2 is": the words group what follows (not "the mean is ... = 27/3")
_GROUPED = re.compile(r"\b(?:(?:sum|product|difference|quotient|total|average|mean)\s+of|"
                      r"between)\b[^=]*$", re.IGNORECASE)
# The running total said on: ", plus 23 is 50", "; then times 2 gives 100"
_GOES_ON = re.compile(r"\s*(?:,|;|\band\b|\bthen\b)\s*(?:(?:and|then)\s+)?(?=plus|minus|times|"
                      r"multiplied|divided|[-+×÷−])", re.IGNORECASE)
_SAME_ORDER_FREE = {"+", "×"}


def _operand(text: str, pos: int) -> tuple[str, int, str] | None:
    """The operand at `pos`: its maths, its end, and how it is worded (see _OPERANDS)."""
    for pattern, form, worded in _OPERANDS:
        m = pattern.match(text, pos)
        if m is not None:
            values = {k: v.replace("$", "") for k, v in m.groupdict().items() if v is not None}
            return form.format(**values), m.end(), worded
    return None


def _expression(text: str, pos: int, first: str | None = None
                ) -> tuple[str, int, bool] | None:
    """Operands joined by one kind of operation, read from `pos`; with `first`, the
    text at `pos` goes on from that value ("plus 23" after "... is 27")."""
    parts: list[str] = []
    ops: list[str] = []
    wordings: list[str] = []
    if first is None:
        found = _operand(text, pos)
        if found is None:
            return None
        parts.append(found[0])
        pos = found[1]
        wordings.append(found[2])
    else:
        parts.append(first)
        wordings.append("")
    while True:
        op = _OP.match(text, pos)
        if op is None:
            break
        found = _operand(text, op.end())
        if found is None:
            break
        ops.append(_OP_SYMBOL.get(re.sub(r"\s+", " ", op.group("op").lower()), op.group("op")))
        parts.append(found[0])
        pos = found[1]
        wordings.append(found[2])
    worded = any(wordings)
    if ops and ("before" in wordings or ("after" in wordings[1:]
                                         and set(wordings) != {"after"})):
        # "half of 30 plus 5" (15 + 5 or 35/2), "5 times 2 squared" (20 or 100): how far
        # the words reach reads two ways; "3 squared plus 4 squared" reads one way
        return None
    if len(set(ops)) > 1 or (len(ops) > 1 and ops[0] not in _SAME_ORDER_FREE):
        return None  # "2 plus 3 times 4": words do not group it for certain
    if not ops and not worded and not (re.fullmatch(r"\d+/\d+", parts[0])
                                       and re.match(r"\s*,?\s*which\s+is\s", text[pos:])):
        return None  # a bare number is no arithmetic ("x = 27/3, which is 9" is)
    joined = parts[0]
    for op_symbol, part in zip(ops, parts[1:], strict=True):
        joined = f"{joined} {op_symbol} {part}"
    return joined, pos, worded


def _claim(text: str, start: int, lhs: str, end: int) -> tuple[RawClaim, int] | None:
    says = _SAYS.match(text, end)
    if says is None:
        return None
    result = _RESULT.match(text, says.end())
    if result is None:
        return None
    before, after = text[max(0, start - 80):start], text[result.end():result.end() + 80]
    clause = re.split(r"[.!?;\n]\s", before)[-1]
    flags = text_flags(before, text[start:result.end()], after)
    trial = bool(TRIES.search(clause[-50:]) or QUESTION.match(clause)
                 or "?" in re.split(r"[.!;]\s", after[:60])[0])
    arrow = says.group("says") in ("→", "->")
    if result.group("w") is not None:
        mixed = mixed_number(result.group("w"), result.group("n"), result.group("d"))
        if mixed is None:
            return None  # "is 2 7/4": no mixed number, and not 2 alone
        rhs = mixed
    else:
        rhs = result.group("r").replace("$", "")
    claim = RawClaim(lhs=lhs, relation="=", rhs=rhs, source=f"{lhs} = {rhs}", latex=False,
                     comparable=flags.comparable and not trial and not arrow
                     and not said_false(after),
                     approximate=flags.approximate or bool(says.group("about")),
                     single_link=True, asserted=not trial)
    if reads_as_range(claim, text[start:end]):  # "1-10 is 10 numbers"
        claim = replace(claim, comparable=False, counted=True)
    return claim, result.end()


def worded_claims(prose: str, limit: int = 40) -> list[RawClaim]:
    """Claims of arithmetic said in words (see module doc), at most `limit`."""
    claims: list[tuple[RawClaim, int]] = []
    for m in re.finditer(r"(?<![\w.$])(?=\$?\d|half\b|one\b|a\s+(?:third|quarter)\b|"
                         r"twice\b|double\b|triple\b|the\s+square\s+root\b)", prose,
                         re.IGNORECASE):
        start = m.start()
        if claims and start < claims[-1][1]:
            continue
        before = prose[max(0, start - 60):start]
        if _BEFORE_BAD.search(before) or _GROUPED.search(re.split(r"[.,;:!?\n]", before)[-1]):
            continue
        expression = _expression(prose, start)
        if expression is None:
            continue
        found = _claim(prose, start, expression[0], expression[1])
        while found is not None and len(claims) < limit:
            claims.append(found)
            goes_on = _GOES_ON.match(prose, found[1])
            if goes_on is None:
                break
            more = _expression(prose, goes_on.end(), first=found[0].rhs)
            found = _claim(prose, goes_on.end(), more[0], more[1]) if more else None
        if len(claims) >= limit:
            break
    return [claim for claim, _ in claims]
