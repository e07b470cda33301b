"""Arithmetic written with units and labels in prose: "495 students * $15/student = $7455",
"7995 (total cookies) - 2595 (rainbow cookies) = 4500".

The plain-text segment finder stops at words, so these computations were never
checked. Here a quantity is a number with at most three unit words, an optional
rate ("/student", "per hour") and an optional label in parentheses; the claim
is the numbers with their operators. Units are read only to know when the
numbers alone do *not* carry the meaning, and then the claim may still be
verified but never refuted (`comparable=False`):

* two different units of one kind ("2 hours / 30 minutes = 4"): the writer
  converts in their head;
* a sum or difference whose terms or result have different units;
* scale words ("3 dozen", "5 thousand", "half") and labels that change the
  number ("(in minutes)", "(approximately)");
* a division stated as a whole number within 1 of its exact value: counts of
  whole things are rounded up or down ("25 feet / 2 feet = 12 plants").

LaTeX with units inside (`3 \\text{ ft} \\times 4 \\text{ ft} = 12 \\text{ square ft}`) is
read the same way after `latex_prose.latex_as_prose`. Plain text work only (no SymPy, no
eval): the claims are checked in the worker pool like any other.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.verify.division_fractions import both_readings, division_then_slash
from tutor.verify.extract.claim import RawClaim, said_false, text_flags
from tutor.verify.extract.conventions import is_count_of_items
from tutor.verify.extract.latex_prose import UNIT_MARK
from tutor.verify.extract.unit_quantities import (
    meaning_is_numeric,
    quantity_value,
    read_qty,
)
from tutor.verify.extract.unit_results import money_value_converts, value_converts

_OP = re.compile(
    r"\s*(?P<op>[-+*/×÷−]|(?<=\s)x(?=\s)|times|multiplied by|divided by|plus|minus)\s*"
)
_EQ = re.compile(r"\s*=\s*")
_OP_SYMBOL = {
    "−": "-", "×": "*", "÷": "/", "x": "*", "times": "*", "multiplied by": "*",
    "divided by": "/", "plus": "+", "minus": "-",
}
_MAX_TERMS = 8


def _evaluate(numbers: list[str], ops: list[str]) -> Fraction | None:
    """Exact value of a flat `a op b op c` with the usual precedence."""
    terms: list[Fraction] = [quantity_value(numbers[0])]
    signs: list[str] = []
    for op, number in zip(ops, numbers[1:], strict=True):
        v = quantity_value(number)
        if op == "*":
            terms[-1] *= v
        elif op == "/":
            if v == 0:
                return None
            terms[-1] /= v
        else:
            signs.append(op)
            terms.append(v)
    total = terms[0]
    for sign, v in zip(signs, terms[1:], strict=True):
        total = total + v if sign == "+" else total - v
    return total


def _starts_cleanly(text: str, pos: int) -> bool:
    """The quantity is not the tail of a longer expression or of a word/number."""
    before = text[max(0, pos - 100) : pos].rstrip()
    if not before:
        return True
    last = before[-1]
    if last == ":" and before[:-1][-1:].isalpha():  # "the total: 7995 - 2595 = ..."
        return True
    if last in "{}[]_\\":  # inside LaTeX that stayed LaTeX
        return False
    if last.isdigit() or last in "+-*/×÷−^().,:=%":
        if last == "=":  # "Total cost = $194/meter × ...": a name, then the claim
            name = before[:-1].rstrip()
            return bool(name) and (name[-1].isalpha() or name[-1] == "'")
        return last in ".," and not (len(before) > 1 and before[-2].isdigit())
    return not last.isalpha() or text[pos - 1].isspace()


_CONTINUES = re.compile(r"\s*[\^_!{(\\]")


def _claim_at(text: str, pos: int) -> tuple[RawClaim, int] | None:
    first = read_qty(text, pos)
    if first is None or not _starts_cleanly(text, pos):
        return None
    if _CONTINUES.match(text, pos + len(first.text)):
        return None  # a power, factorial, call or LaTeX command follows
    qtys, ops, worded = [first], [], False
    cur = pos + len(first.text)
    while len(qtys) < _MAX_TERMS:
        m = _OP.match(text, cur)
        if not m:
            break
        nxt = read_qty(text, m.end())
        if nxt is None or _CONTINUES.match(text, m.end() + len(nxt.text)):
            return None  # a power, factorial, call or LaTeX command follows
        worded = worded or len(m.group("op")) > 1
        ops.append(_OP_SYMBOL.get(m.group("op"), m.group("op")))
        qtys.append(nxt)
        cur = m.end() + len(nxt.text)
    if division_then_slash(text[pos:cur]) or both_readings(text[pos:cur]):
        return None  # `9 ÷ 3/4`: a fraction after ÷, read by the plain segment finder
    eq = _EQ.match(text, cur)
    restated = eq is None and bool(eq := _restated_at(text, pos, cur))
    if not ops or not eq:
        return None
    result = read_qty(text, eq.end())
    if result is None:
        return None
    end = eq.end() + len(result.text)
    if _CONTINUES.match(text, end):
        return None
    if _OP.match(text, end) and re.match(r"\s*(?:[-+*/×÷−]|x\s)\s*\$?\d", text[end : end + 40]):
        return None  # "= 40 + 10 = 50": a running total, not this claim's result
    everything = [*qtys, result]
    if not (restated or worded or any(q.worded for q in everything)):
        return None  # the plain segment finder reads this one
    if re.match(r"[ \t]+[A-Za-z](?![A-Za-z])", text[end : end + 3]) and any(
            q.unit for q in qtys):
        return None  # "50 cm × 4 = 2 m": a one-letter unit after the result may convert
    comparable = meaning_is_numeric(qtys, ops, result)
    value = _evaluate([q.number for q in qtys], ops)
    if value is None:
        return None
    stated = quantity_value(result.number)
    if comparable and "/" in ops and stated.denominator == 1 and abs(value - stated) < 1:
        comparable = False  # whole things, rounded up or down
    if not any(q.unit for q in qtys) and value_converts(value, stated, result.text[
            result.text.find(result.number) + len(result.number):]):
        comparable = False  # "250 × 6 = 1.5 kg": the bare numbers were grams (unit_results)
    if money_value_converts(text, value, stated):
        comparable = False  # "25 cents × 8 = $2" (unit_results)
    lhs = " ".join(
        [qtys[0].number] + [f"{op} {q.number}" for op, q in zip(ops, qtys[1:], strict=True)]
    )
    source = re.sub(r"\s+", " ", text[pos:end].replace(UNIT_MARK, "")).strip()
    flags = text_flags(text[max(0, pos - 80) : pos], source, text[end : end + 80])
    number_end = eq.end() + result.text.find(result.number) + len(result.number)
    claim = RawClaim(
        lhs=lhs,
        relation="=",
        rhs=result.number,
        source=source,
        latex=False,
        # "= 36 no 35": the words read as the result's unit may be the writer taking it back
        comparable=comparable and flags.comparable and not said_false(text[end : end + 80])
        and not said_false(text[number_end : number_end + 80])
        and not is_count_of_items(lhs, result.number),
        approximate=flags.approximate,
        single_link=True,
    )
    return claim, end


_NAME_BEFORE = re.compile(r"([A-Za-z][A-Za-z' ]{2,40}?)\s*=\s*$")


def _restated_at(text: str, pos: int, cur: int) -> re.Match[str] | None:
    """ "Total earnings = $3 + $3 + $1.50. Total earnings = $8.": the named
    quantity's next statement, right after the sentence, is the sum's result."""
    name = _NAME_BEFORE.search(text[max(0, pos - 45) : pos])
    if not name:
        return None
    words = name.group(1).split()[-4:]
    again = re.compile(
        r"\s*[.;]?\s*(?:so,?\s+|thus,?\s+|therefore,?\s+)?" + r"\s+".join(map(re.escape, words))
        + r"\s*=\s*",
        re.IGNORECASE,
    )
    return again.match(text, cur)


_START = re.compile(r"(?<![\w.,$])(?:\$\s?)?\d")


def unit_claims(prose: str, limit: int = 40) -> list[RawClaim]:
    """Claims in prose arithmetic that carries units or labels (see module doc),
    at most `limit` of them."""
    claims: list[RawClaim] = []
    pos = 0
    while len(claims) < limit:
        m = _START.search(prose, pos)
        if not m:
            return claims
        found = _claim_at(prose, m.start())
        if found is None:
            pos = m.end()
            continue
        claims.append(found[0])
        pos = found[1]
        compared = _comparison_after(prose, pos, found[0])
        if compared is not None:
            claims.append(compared)
    return claims


_COMPARED = re.compile(r"\s*(?P<rel><=|>=|[<>≤≥])\s*")


def _comparison_after(text: str, end: int, claim: RawClaim) -> RawClaim | None:
    """ "13 × 25 = 325 cents < 310 cents": the result compared with a measure after it, a
    link the plain segment finder cannot reach past the unit. Read in one unit only; when the
    result itself is not refutable, a false link keeps the step from being verified."""
    rel = _COMPARED.match(text, end)
    said = _EQ.match(text, text.rfind("=", 0, end)) if rel else None
    result = read_qty(text, said.end()) if said else None
    start = _START.match(text, rel.end()) if rel else None
    other = read_qty(text, rel.end()) if rel and start else None
    if rel is None or other is None or result is None or result.number != claim.rhs \
            or (result.unit, result.per) != (other.unit, other.per) or not result.unit:
        return None  # "150 cents > $2": the numbers alone say nothing
    after = rel.end() + len(other.text)
    if other.labelled or _OP.match(text, after) or _CONTINUES.match(text, after):
        return None  # "< 10 kg + 5 kg", "< 10 kg (2 bags)": the other side goes on
    relation = {"≤": "<=", "≥": ">="}.get(rel["rel"], rel["rel"])
    return RawClaim(
        lhs=claim.rhs, relation=relation, rhs=other.number,
        source=f"{claim.rhs} {rel['rel']} {other.number}", latex=False,
        comparable=claim.comparable, approximate=claim.approximate,
        single_link=False, counted=not claim.comparable)
