"""One instance of a rule for every index (worker side, verify only): after
`a_{n+1} = 3a_n - a_{n-1}` (the problem's, or an earlier step's), `a_4 = 3a_3 - a_2` is
the rule with n = 3 put in; after `b_{k}^2 = b_{k-1} b_{k+1} + 2`, `b_3^2 = b_2 b_4 + 2`
is the rule with k = 3.

A rule is an earlier equation that names terms of one sequence at two or more places
written with one index letter (`a_{n+1}`, `a_n`, `a_{2n}`), so it speaks of every index;
an equation naming one such term (`a_n = 100`) may be an equation for n and is never
used. The values of the index tried are those that send one of the rule's places to a
numbered term of the claim (`a_{n+1}` to `a_4`: n = 3). The rule with that value put in
(its places as numbered terms, the letter elsewhere as the number) is read by the strict
reader, and the claim must be a constant multiple of it, at random points (40 digits).
Nothing here refutes: an instance outside the indices the rule holds for is not caught
here, and a claim that matches no instance may still be right.
"""

from __future__ import annotations

import re

import sympy

from tutor.verify.claims import RawClaim
from tutor.verify.exact import parse_pair, strict
from tutor.verify.notation import maths_text
from tutor.verify.rewrites import proportionality_constant
from tutor.verify.verdict import ClaimResult, Verdict

Pair = tuple[str, str]
# `a_{n+1}`, `a_{2k}`, `a_n`: a term at a place written with a letter.
_PLACE = re.compile(r"(?<![\\A-Za-z])([A-Za-z])_(?:\{([^{}]{1,12})\}|([a-z])(?![A-Za-z]))")
# `a_4`, `a_{10}`: a numbered term.
_NUMBERED = re.compile(r"(?<![\\A-Za-z])([A-Za-z])_(?:\{\s*(\d{1,4})\s*\}|(\d))")
_MAX_RULES = 6
_MAX_VALUES = 6
_MAX_INDEX = 10_000


def _places(text: str) -> list[tuple[str, str]]:
    """The (sequence letter, place) of each term written with a letter in its place."""
    return [(m.group(1), (m.group(2) or m.group(3)).strip()) for m in _PLACE.finditer(text)
            if re.search(r"[a-z]", m.group(2) or m.group(3))]


def _index_letter(places: list[tuple[str, str]]) -> str | None:
    """The one letter every place is written with, or None."""
    letters = {ch for _, place in places for ch in re.findall(r"[a-z]", place)}
    return next(iter(letters)) if len(letters) == 1 else None


def _place_value(place: str, letter: str, value: int) -> int | None:
    parsed = strict(place.replace(letter, f"({value})"))
    if parsed is None or parsed.expr.free_symbols or not parsed.expr.is_Integer:
        return None
    return int(parsed.expr)


def _values(places: list[tuple[str, str]], letter: str, wanted: set[tuple[str, int]]
            ) -> list[int]:
    """The values of the index that send a place of the rule to a numbered term."""
    found: list[int] = []
    for name, place in places:
        parsed = strict(place)
        if parsed is None or len(parsed.expr.free_symbols) != 1:
            continue
        var = next(iter(parsed.expr.free_symbols))
        for other, number in wanted:
            if other != name:
                continue
            solutions = sympy.solve(parsed.expr - number, var)
            for s in solutions:
                if s.is_Integer and abs(int(s)) <= _MAX_INDEX and int(s) not in found:
                    found.append(int(s))
    return found[:_MAX_VALUES]


def _instance(text: str, letter: str, value: int) -> str | None:
    """The rule's side with the index put in: places numbered, the letter a number."""
    failed = False

    def numbered(m: re.Match[str]) -> str:
        nonlocal failed
        place = (m.group(2) or m.group(3)).strip()
        if letter not in place:
            return m.group(0)
        number = _place_value(place, letter, value)
        failed = failed or number is None or number < 0
        return f"{m.group(1)}_{{{number}}}"

    done = _PLACE.sub(numbered, text)
    done = re.sub(rf"(?<![\\A-Za-z_{{]){letter}(?![A-Za-z])", f"({value})", done)
    return None if failed else done


def recurrence_instance(claim: RawClaim, diff: sympy.Expr, earlier: list[Pair]
                        ) -> ClaimResult | None:
    """Verified when the claim is an earlier rule for every index with one index put in
    (see module doc), else None."""
    wanted = {(m.group(1), int(m.group(2) or m.group(3)))
              for m in _NUMBERED.finditer(f"{claim.lhs} {claim.rhs}")}
    if claim.relation != "=" or not wanted or not diff.free_symbols:
        return None
    tried = 0
    for pair in earlier:
        places = _places(" ".join(pair))
        letter = _index_letter(places)
        if letter is None or len(places) < 2 or not {n for n, _ in places} & {
                n for n, _ in wanted}:
            continue
        tried += 1
        if tried > _MAX_RULES:
            return None
        for value in _values(places, letter, wanted):
            sides = [_instance(side, letter, value) for side in pair]
            if sides[0] is None or sides[1] is None:
                continue
            parsed = parse_pair((sides[0], sides[1]))
            if parsed is None or not (parsed[0] - parsed[1]).free_symbols:
                continue
            if proportionality_constant(parsed[0] - parsed[1], diff) is not None:
                rule = maths_text(f"{pair[0].strip()} = {pair[1].strip()}")
                return ClaimResult(claim.source, Verdict.VERIFIED,
                                   f"the rule {rule} with {letter} = {value}", "rewrite",
                                   method=f"{letter} = {value} put into an earlier rule for "
                                   "every index, compared at random points (40 digits)")
    return None
