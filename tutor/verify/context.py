"""What a claim is checked against (sent to the worker with each claim), and which
claims of a step become context for the next ones."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.verify.extract.claim import RawClaim


@dataclass(frozen=True)
class Context:
    """What a claim is checked against: the problem's equation, earlier equations and
    the values earlier steps gave to names ("Let x = 15", "so a = 3")."""

    target_equation: tuple[str, str] | None = None  # "Solve 2x + 3 = 11" -> ("2x + 3", "11")
    previous: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    values: tuple[tuple[str, str], ...] = field(default_factory=tuple)  # (("x", "15"),)
    inequalities: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)  # (lhs, <, rhs)
    # Functions defined earlier: (("f", "x", "3x + 2"),) for "f(x) = 3x + 2".
    functions: tuple[tuple[str, str, str], ...] = field(default_factory=tuple)
    # The step (or the one before) says it equates coefficients (see coefficients.py).
    coefficients: bool = False
    # ("x", "7", "x"): the problem asks for x ("" in words), the engine's confirmed answer
    # is 7, and the problem's maths uses the letters x (see independent_answer.py).
    answer: tuple[str, str, str] | None = None
    # Every equation of the problem and the chain so far (the latest last), also those
    # that left `previous`: "substitute into the first equation x + y + z = 2".
    archive: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # The problem's own equations ("t = 6 solves t^2 - 2t - 24 = 0"): a value a step gives
    # a name is no solution when it fails one of them (see equations.py).
    given: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    # Names whose latest value a supposition of this step gave ("for n = 3, n^2 + n = 12"):
    # a claim in them is about that case, not a rewrite of another case's equation.
    cases: tuple[str, ...] = field(default_factory=tuple)
    # Points said to be on a curve, with its equation (see extract/said_points.py).
    points: tuple[tuple[str, str, tuple[str, ...], tuple[str, ...]], ...] = \
        field(default_factory=tuple)
    # "Expand (x + 3)^2" -> "(x + 3)^2": the expression the problem asks to rewrite
    target_expression: str | None = None
    # Functions whose definition may be one piece of several (the text that defined them
    # has a comparison, "otherwise", cases or bars): never refuted by their derivative.
    unsure_functions: tuple[str, ...] = field(default_factory=tuple)
    # The problem asks where a derivative is zero (critical points, extremes, where f
    # increases): `3x^2 - 3 = 0` after `f'(x) = 3x^2 - 3` sets the derivative to zero.
    asks_extrema: bool = False
    # The problem asks to solve its equations or inequality ("Solve ...", or nothing but
    # equations): a value given to one of their unknowns is claimed to solve them.
    solve_task: bool = False
    # The problem asks to round ("to two decimal places", "to the nearest tenth"): a
    # decimal cut off at its places is not the value rounded (see written_precision).
    rounding_asked: bool = False
    # The inequality of the step before, when this claim is its step's only inequality
    # (lhs, relation, rhs): `x > -3` after `-2x > 6` (see inequality_flips).
    prior_inequality: tuple[str, str, str] | None = None
    # The numbers the problem writes ("2.5", "30"): a formula's letters given them in a
    # chain (`rt = 30 \\cdot 2.5`) is a definition (see formula_substitution).
    given_numbers: tuple[str, ...] = field(default_factory=tuple)


# A name, or a product of up to three one-letter names written together (`ab`, `lw`, `xyz`).
HAS_VARIABLE = re.compile(
    r"(?<![\\a-zA-Z])[a-zA-Z]{1,3}(?![a-zA-Z])"
    r"|\\(?:alpha|beta|gamma|delta|theta|phi|varphi|psi|omega|lambda|mu|sigma|tau|rho)"
    r"(?![a-zA-Z])"
)
NAME = re.compile(r"^\s*(?:[A-Z]{2,3}|[a-zA-Z](?:_(?:\{[a-zA-Z0-9]{1,3}\}|[a-zA-Z0-9](?![0-9])))?)"
                  r"\s*$")
# `AB`, `ABC`: a segment or a figure named by its points (one unknown to the strict reader)
SEGMENT = re.compile(r"(?<![A-Za-z\\])[A-Z]{2,3}(?![a-zA-Z0-9_])")


def is_equation(claim: RawClaim) -> bool:
    return claim.relation == "=" and bool(
        HAS_VARIABLE.search(claim.lhs) or HAS_VARIABLE.search(claim.rhs)
    )


def is_inequality(claim: RawClaim) -> bool:
    return claim.relation in ("<", ">", "<=", ">=") and bool(
        HAS_VARIABLE.search(claim.lhs) or HAS_VARIABLE.search(claim.rhs)
    )


def gives_value(claim: RawClaim) -> bool:
    """`x = 15`, `a = 2 + 1`: a name given a value."""
    return claim.relation == "=" and bool(NAME.match(claim.lhs)) \
        and not HAS_VARIABLE.search(claim.rhs)


def chain_values(claims: list[RawClaim]) -> dict[int, list[tuple[str, str]]]:
    """`r = \frac{d}{2} = \frac{14}{2} = 7`: a name whose chain of `=` links ends on a
    number is given that number, once the chain's last link (its index here) is read;
    every name the chain equates gets it (`AM = MB = \frac{AB}{2} = 6`: AM and MB)."""
    ends: dict[int, list[tuple[str, str]]] = {}
    if any(claim.modulus for claim in claims):
        return ends  # `=` may stand for `≡` there
    for k, claim in enumerate(claims):
        if claim.relation != "=" or not NAME.match(claim.lhs) or gives_value(claim) \
                or claim.supposed:
            continue
        j = k
        while j + 1 < len(claims) and claims[j + 1].relation == "=" \
                and claims[j + 1].lhs == claims[j].rhs:
            j += 1
        if j > k and not HAS_VARIABLE.search(claims[j].rhs):
            ends.setdefault(j, []).append((claim.lhs.strip(), claims[j].rhs))
    return ends


def is_relation(pair: tuple[str, str], names: int = 2) -> bool:
    """`xy - x - 8y = -3`: an equation between two or more names (worth keeping in view
    longer than `x = 4` or `-3y = 2`); with `names=1`, any equation with a name."""
    return len(set("".join(HAS_VARIABLE.findall(f"{pair[0]} {pair[1]}")))) >= names


# A quantity named in words or as a segment: `Area`, `Total\ Sum`, `V_{cone}`, `BC`.
_ONE = (r"(?:(?:[A-Z][a-z]{2,}|[a-z]{4,})(?:(?:\\ |\\,|\s|_)+[A-Za-z][a-z]*)*|[A-Z]{2}"
        r"|[A-Za-z]_\{[A-Za-z]{2,}\})")
_SUBSCRIPTED = r"[A-Za-z]_(?:\{[A-Za-z0-9]{1,2}\}|[A-Za-z0-9](?![A-Za-z0-9]))"
# A sum of quantities named in words (`V_{cylinder} + V_{cone}`), or one subscripted name;
# `x_1 + x_2` is a claim (Vieta's), not a name.
_QUANTITY = re.compile(rf"^\s*(?:{_ONE}(?:\s*\+\s*{_ONE})*|{_SUBSCRIPTED})\s*$")
_PRODUCT = re.compile(r"(?<![A-Za-z])[a-z]{4,}(?![A-Za-z])")  # `abcd`, not `area`


def names_a_quantity(lhs: str, previous: tuple[tuple[str, str], ...]) -> bool:
    r"""`Area = (4\sqrt{2})^2`, `BC = BD + CD`: a quantity that no earlier equation
    wrote is given its formula; that is a definition, not a claim to check. Lower-case
    letters with fewer than two vowels (`abcd`, `xyzw`) are a product, not a word."""
    name = lhs.strip()
    if not _QUANTITY.match(name) or any(sum(ch in "aeiou" for ch in word) < 2
                                        for word in _PRODUCT.findall(name)):
        return False
    return not any(name in side for pair in previous for side in pair)
