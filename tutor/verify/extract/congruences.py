"""Congruences between whole numbers: `2 \\cdot 4 = 8 \\equiv 1 \\pmod{7}`,
`3^4 = 81 ≡ 13 (mod 17)`, `195 \\mod 19 = 1`, `5 \\not\\equiv 1 \\pmod 7`.

In modular work `=` often stands for `≡`, so the chain reader never refutes there.
A link between two whole-number expressions, in a segment that names exactly one
modulus, has two readings, equality and congruence; when the two sides are not even
congruent, both readings are false. So each such link is claimed as a congruence:
verified when the sides are congruent, refuted when they are not.

Only links whose sides are written with digits, `+ - · ×`, powers and factorials
are read: `2^{-1}` (an inverse), fractions, letters and anything else decline.
Plain text work (no SymPy); the worker checks the claims (`verify.modular`).
"""

from __future__ import annotations

import re

from tutor.verify.extract.claim import QUESTION, SAID_FALSE, TRIES, RawClaim
from tutor.verify.segments import MAX_STEP_CHARS, find_segments

# The modulus, as `\pmod{7}`, `\pmod 7`, `(\bmod 7)`, `(mod 7)`, `\mod 7`, `mod 7`.
_MODULUS = re.compile(
    r"\(?\s*(?:\\pmod|\\bmod|\\mod|\\operatorname\{mod\}|\\text\{\s*mod\s*\}|\bmod(?:ulo)?)"
    r"\s*\{?\s*(\d{1,9})\s*\}?\s*\)?"
)
_RELATION = re.compile(r"\\not\s*\\equiv|\\equiv|≢|≡|=")
_INTEGER_SIDE = re.compile(r"^(?:\d|\s|\^|\{|\}|\(|\)|\+|-|!|\\cdot|\\times|×|·|\*)+$")
# "195 mod 19 = 1": the modulus between the number and the relation.
_REDUCED = re.compile(
    r"^(?P<lhs>.+?)\s*(?:\\pmod|\\bmod|\\mod|\\operatorname\{mod\}|\bmod)\s*\{?\s*(?P<m>\d{1,9})"
    r"\s*\}?\s*$"
)
_PLAIN = re.compile(
    r"(?<![\d.^_{/\\\-−])(?P<lhs>\d{1,12}(?:\s*\^\s*\d{1,3})?)\s+mod\s+(?P<m>\d{1,9})\s*"
    r"(?:=|is|equals|≡)\s*(?P<rhs>\d{1,12})(?![\d.,]\d|\s*[-+*/×÷^(])"
    r"|(?<![\d.^_{/\\\-−])(?P<lhs2>\d{1,12}(?:\s*\^\s*\d{1,3})?)\s*(?P<rel>≡|≢)\s*(?P<rhs2>\d{1,12})\s*"
    r"(?:\(\s*mod\s+(?P<m2>\d{1,9})\s*\)|mod\s+(?P<m3>\d{1,9})(?![\d.,]\d|\s*[-+*/×÷^(]))"
)
_MAX_SIDE = 120
# Plain text: a chain of whole-number sides with `=` and `≡` ending in `(mod m)`,
# `2^10 = (2^3)^3 · 2 ≡ 1 · 2 = 2 (mod 7)` (a single link is `_PLAIN`'s)
_SIDE = r"[\d(][\d\s+\-*×·^()!]*?"
_PLAIN_CHAIN = re.compile(
    rf"(?<![\w.^_{{/\\\-−)])(?P<chain>{_SIDE}(?:\s*(?:=|≡|≢)\s*{_SIDE}){{2,}})"
    r"\s*\(\s*mod\s+(?P<m>\d{1,9})\s*\)")
# "the order of 3 mod 7 is 6", "the inverse of 5 mod 11 is 9": the number mod m is the
# argument of another quantity, not the residue said to equal the number after it
# ("the remainder of 100 mod 7 is 2" does say it).
_OF_ANOTHER = re.compile(
    r"\b(?!(?:remainder|residue|value|result|reduction)\s)[a-z]+\s+of\s*$", re.IGNORECASE)


# `3^{-1}`, `(2 + 3)^{-1}`: an inverse modulo the modulus (verify only, see modular.py)
_INVERSE = re.compile(r"\^\s*\{\s*-\s*1\s*\}|\^\s*-\s*1(?![\d}])")


# a number right after an operator (`n^2 + 1 ≡ 5`, `2n - 3 ≡ 2`) is the end of a longer side,
# never a side of its own: the side with the letter is not read at all
_AFTER_OPERATOR = re.compile(r"[+\-−*×·÷/^]\s*$")


def _inside_a_side(before: str) -> bool:
    return bool(_AFTER_OPERATOR.search(before))


def _is_integer_side(text: str) -> bool:
    return bool(text) and len(text) <= _MAX_SIDE and bool(_INTEGER_SIDE.match(text)) \
        and bool(re.search(r"\d", text)) and "^{-" not in text.replace(" ", "") \
        and "^-" not in text.replace(" ", "")


def _is_residue_side(text: str) -> bool:
    """Whole numbers, or whole numbers with inverses (`3^{-1} + 13^{-1}`)."""
    return _is_integer_side(_INVERSE.sub("", text))


def _tried(before: str, after: str) -> bool:
    """The words make it a trial or a question ("check whether 3^4 ≡ 1 (mod 7)"):
    it may be verified, never refuted."""
    sentence = re.split(r"[.!?]\s", before[-120:])[-1]
    return bool(TRIES.search(sentence[-50:]) or QUESTION.match(sentence)
                or "?" in re.split(r"[.!;]\s", after[:60])[0])


def _claim(lhs: str, relation: str, rhs: str, modulus: str, latex: bool,
           refutable: bool) -> RawClaim:
    shown = "≢" if relation == "≢" else "≡"
    return RawClaim(
        lhs=lhs, relation=relation, rhs=rhs, source=f"{lhs} {shown} {rhs} (mod {modulus})",
        latex=latex, comparable=refutable, approximate=False, single_link=False,
        modulus=modulus,
    )


def _segment_claims(text: str, before: str, after: str, latex: bool) -> list[RawClaim]:
    moduli = {int(m) for m in _MODULUS.findall(text)}
    trailing = _MODULUS.match(after.lstrip()) if not moduli else None
    if trailing:
        moduli = {int(trailing.group(1))}
    if len(moduli) != 1 or min(moduli) < 2 or SAID_FALSE.match(after):
        return []
    modulus, refutable = str(min(moduli)), not _tried(before, after)
    parts = [p for p in _RELATION.split(text)]
    relations = _RELATION.findall(text)
    if not relations or len(parts) != len(relations) + 1:
        return []
    claims = []
    for k, relation in enumerate(relations):
        lhs, rhs = parts[k].strip(), _MODULUS.sub("", parts[k + 1]).strip().rstrip(".,")
        reduced = _REDUCED.match(parts[k].strip())
        if k == 0 and reduced and reduced.group("m") == modulus:
            lhs = reduced.group("lhs").strip()  # `195 \mod 19 = 1`
        if not (_is_residue_side(lhs) and _is_residue_side(rhs)):
            continue
        negated = relation in ("≢",) or relation.startswith("\\not")
        inverse = bool(_INVERSE.search(lhs + rhs))  # an inverse: verify only
        claims.append(_claim(lhs, "≢" if negated else "≡", rhs, modulus, latex,
                             refutable and not inverse))
    return claims


def _plain_chains(step: str) -> list[re.Match[str]]:
    """The plain chains, each starting at a side of its own: after `2n + 1 = ` the chain
    `2·3 + 1 = 7 ≡ 2` is read from `2·3`, not from the `1` of `2n + 1`."""
    found, pos = [], 0
    while (m := _PLAIN_CHAIN.search(step, pos)) is not None:
        if _inside_a_side(step[:m.start()]):
            pos = m.start() + 1
            continue
        found.append(m)
        pos = m.end()
    return found


def congruence_claims(step: str) -> list[RawClaim]:
    """The congruence claims of a step that works modulo a whole number (see module doc)."""
    step = step[:MAX_STEP_CHARS]
    if not re.search(r"mod|\\equiv|≡|≢", step):
        return []
    claims: list[RawClaim] = []
    for seg in find_segments(step):
        if seg.latex:
            claims.extend(_segment_claims(seg.text, seg.before, seg.after, True))
    for m in _plain_chains(step):
        if "≡" in m.group("chain") or "≢" in m.group("chain"):
            claims.extend(_segment_claims(
                f"{m.group('chain')} (mod {m.group('m')})", step[max(0, m.start() - 120):m.start()],
                step[m.end():m.end() + 80], False))
    for m in _PLAIN.finditer(step):
        after = step[m.end():m.end() + 80]
        if SAID_FALSE.match(after) or _OF_ANOTHER.search(step[max(0, m.start() - 40):m.start()]) \
                or _inside_a_side(step[:m.start()]):
            continue
        refutable = not _tried(step[max(0, m.start() - 120):m.start()], after)
        if m.group("lhs"):
            claims.append(_claim(m.group("lhs"), "≡", m.group("rhs"), m.group("m"), False,
                                 refutable))
        elif int(modulus := m.group("m2") or m.group("m3")) >= 2:
            claims.append(_claim(m.group("lhs2"), m.group("rel"), m.group("rhs2"),
                                 modulus, False, refutable))
    unique = {(c.lhs, c.relation, c.rhs, c.modulus): c for c in reversed(claims)}
    return [c for c in claims if unique[(c.lhs, c.relation, c.rhs, c.modulus)] is c]
