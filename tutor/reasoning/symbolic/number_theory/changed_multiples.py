"""Typed reader: a count that becomes a multiple after a change, with the question asking
for the smallest or largest count the story allows.

"Maya has n stickers, where n is a three-digit number. If she gets 3 more, she will have
a multiple of 7. If she gives away 4, she will have a multiple of 9. What is the smallest
possible value of n?", "Leo has some marbles, fewer than 200. If he loses 2 marbles, he
could split the rest evenly into 6 bags; if he finds 5 more, he would have a multiple of
11. What is the largest number of marbles he could have?".

Every clause must be read whole: the count (a letter, "some things", a number of digits,
bounds), a change ("buys/gets/finds k more", "loses/gives away/eats k") followed by "will
have a multiple of m" or "can split them evenly into m bags / into bags of m", and the
question. Anything else declines. Each change says count ± k ≡ 0 (mod m). The answer comes
from the Chinese remainder theorem and is confirmed by testing every count one by one; a
count that leaves nothing after a loss (is 0 "a multiple"?) declines, as does a count
below k for a loss (nothing to lose).
"""

from __future__ import annotations

import math
import re

import sympy as sp
from sympy.ntheory.modular import solve_congruence

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.number_theory.integers import integer
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_DIGIT_WORDS = {"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
_WHO = r"(?:she|he|they|we|i|you|it|[a-z]+)"
_THING = r"(?:[a-z]+)"
_GAIN = (r"(?:buys|bought|gets|got|receives|received|finds|found|is given|was given|are given|"
         r"adds|added|collects|earns|wins|picks|makes|bakes|buy|get|receive|find|add|collect|"
         r"earn|win|pick|make|bake)")
_LOSE = (r"(?:loses|lost|gives away|gave away|eats|ate|spends|spent|sells|sold|uses|used|"
         r"drops|dropped|breaks|broke|lose|give away|eat|spend|sell|use|drop|break)")
_GROUPS = r"(?:groups|piles|bags|boxes|rows|teams|packs|stacks|jars|baskets|envelopes)"
_PEOPLE = r"(?:friends|people|children|kids|students|classmates|cousins|players)"
_MULTIPLE = (
    r"(?:(?:then )?" + _WHO + r" (?:will|would|could|can) have (?:an? )?(?:exact )?multiple of "
    r"(?P<m1>@\d+@)(?: " + _THING + r")?"
    r"|(?:then )?" + _WHO + r" (?:can|could|will be able to|would be able to) (?:split|divide|"
    r"share|pack|arrange|put|sort) (?:them|the rest|all of them|the " + _THING + r") (?:evenly |"
    r"equally |exactly )?(?:into|among|between|in) (?:(?P<m2>@\d+@) (?:" + _GROUPS + r"|" + _PEOPLE
    + r")|" + _GROUPS + r" of (?P<m3>@\d+@))(?: with none left(?: over)?)?)")
_CHANGE = re.compile(r"if " + _WHO + r" (?:(?P<gain>" + _GAIN + r") (?P<kg>@\d+@) more|(?P<lose>"
                     + _LOSE + r") (?P<kl>@\d+@))(?: " + _THING + r")?(?: of them)?,? "
                     + _MULTIPLE)
_LETTER = r"(?:@\d+@|[a-z])"  # a letter in maths, or typed as a word
_D = r"(?:@\d+@|[a-z]+) ?-"  # "three-digit", "$3$-digit"
_HAS = re.compile(r"(?P<who>[a-z]+) (?:has|had|owns|collected|bought) (?:(?P<letter>" + _LETTER
                  + r")|some|a (?P<dw>" + _D + r")digit number of) (?P<thing>[a-z]+)(?:,? where "
                  r"(?P<again>" + _LETTER + r") is a (?:positive )?(?:(?P<dw2>" + _D + r")digit )?"
                  r"(?:positive )?(?:integer|whole number|number)(?: with (?P<d>@\d+@|\w+) "
                  r"digits)?)?")
_DIGITS = re.compile(r"(?P<letter>" + _LETTER + r") is a (?:positive )?(?P<dw>" + _D + r")digit "
                     r"(?:positive )?(?:integer|number|whole number)")
_BOUND = re.compile(r"(?:" + _WHO + r" (?:has|had) )?(?P<kind>fewer than|less than|more than|"
                    r"at least|at most) (?P<n>@\d+@)(?: " + _THING + r")?")
_ASK = re.compile(r"(?:what is |find )?the (?P<ask>smallest|least|fewest|largest|greatest|"
                  r"most) (?:possible )?(?:value of (?P<letter>" + _LETTER + r")|number of "
                  r"(?P<thing>[a-z]+) " + _WHO + r" (?:could|can|might) (?:have|have had))")
_SPLIT = re.compile(r"(?<=[.?])\s+|;\s*"
                    r"|,\s*(?=(?:fewer than|less than|more than|at least|at most) )")


class _Story:
    def __init__(self) -> None:
        self.letter: str | None = None
        self.thing: str | None = None
        self.lo: int = 1
        self.hi: int | None = None
        self.changes: list[tuple[int, int]] = []  # (signed change, modulus)
        self.ask: str | None = None

    def digits(self, split: Split, said: str) -> None:
        said = said.rstrip(" -")
        d = _DIGIT_WORDS.get(said) if not said.startswith("@") else integer(
            split.maths[int(said.strip("@"))])
        if d is None or not 1 <= d <= 7:
            raise Decline("a number of digits from one to seven")
        self.lo, self.hi = max(self.lo, 10 ** (d - 1)), 10 ** d - 1

    def name(self, split: Split, slot: str | None) -> None:
        if slot is None:
            return
        letter = split.maths[int(slot.strip("@"))].strip() if slot.startswith("@") else slot
        if not re.fullmatch(r"[a-zA-Z]", letter) or self.letter not in (None, letter):
            raise Decline("one letter for the count")
        self.letter = letter


def _read_clause(split: Split, story: _Story, clause: str) -> bool:
    if m := _CHANGE.fullmatch(clause):
        k = integer(split.maths[int((m.group("kg") or m.group("kl")).strip("@"))])
        mod = next(integer(split.maths[int(g.strip("@"))]) for g in
                   (m.group("m1"), m.group("m2"), m.group("m3")) if g)
        if k < 1 or mod < 2:
            raise Decline("a change of at least 1 and a modulus of at least 2")
        story.changes.append((k if m.group("gain") else -k, mod))
        return True
    if m := _HAS.fullmatch(clause):
        story.thing = m.group("thing")
        story.name(split, m.group("letter"))
        story.name(split, m.group("again"))
        if m.group("again") and not m.group("letter"):
            raise Decline("a letter not given to the count")
        said = [g for g in (m.group("dw"), m.group("dw2"), m.group("d")) if g]
        if len(said) > 1:
            raise Decline("the number of digits said twice")
        if said:
            story.digits(split, said[0])
        return True
    if m := _DIGITS.fullmatch(clause):
        story.name(split, m.group("letter"))
        story.digits(split, m.group("dw"))
        return True
    if m := _BOUND.fullmatch(clause):
        n, kind = integer(split.maths[int(m.group("n").strip("@"))]), m.group("kind")
        if kind in ("fewer than", "less than"):
            story.hi = min(story.hi, n - 1) if story.hi is not None else n - 1
        elif kind == "at most":
            story.hi = min(story.hi, n) if story.hi is not None else n
        else:
            story.lo = max(story.lo, n + 1 if kind == "more than" else n)
        return True
    if (m := _ASK.fullmatch(clause)) and story.ask is None:
        if m.group("letter"):
            story.name(split, m.group("letter"))
        elif story.thing is not None and m.group("thing") != story.thing:
            raise Decline("the question asks about other things than the story counts")
        story.ask = m.group("ask")
        return True
    return False


def read(split: Split, template: str) -> Result | None:
    if "if " not in template or not re.search(r"\bmultiple\b|\bevenly\b|\bequally\b", template):
        return None
    story = _Story()
    for clause in (p.strip(" ,.?") for p in _SPLIT.split(template)):
        if clause and not _read_clause(split, story, clause):
            return None
    if not story.changes or story.ask is None:
        return None
    if story.letter is None and story.thing is None:
        return None
    return _answer(story)


def _answer(story: _Story) -> Result:
    largest = story.ask in ("largest", "greatest", "most")
    lo = max([story.lo] + [-k for k, _ in story.changes if k < 0])  # nothing lost below 0
    hi = story.hi
    if largest and hi is None:
        raise Decline("no upper bound on the count")
    solved = solve_congruence(*[((-k) % m, m) for k, m in story.changes])
    if solved is None:
        raise Decline("no count meets every condition")
    base, period = int(solved[0]), int(solved[1])
    if period != math.lcm(*[m for _, m in story.changes]):
        raise Decline("the moduli did not combine as expected")
    value = hi - (hi - base) % period if largest and hi is not None else lo + (base - lo) % period
    if value < lo or (hi is not None and value > hi):
        raise Decline("no count in the range the story allows")
    top = hi if hi is not None else lo + period
    if top - lo > 10**6:
        raise Decline("too many counts to test one by one")
    tested = [n for n in range(lo, top + 1) if all((n + k) % m == 0 for k, m in story.changes)]
    confirm.check(bool(tested) and (tested[-1] if largest else tested[0]) == value,
                  "testing every count one by one finds the same one")
    if any(value + k == 0 for k, _ in story.changes):
        raise Decline("nothing left after the change: is 0 a multiple here? two readings")
    return sp.Integer(value), _steps(story, base, period, value)


def _steps(story: _Story, base: int, period: int, value: int) -> list[Step]:
    n = story.letter or "n"
    said = ", ".join(f"${n} {'+' if k > 0 else '-'} {abs(k)} \\equiv 0 \\pmod{{{m}}}$"
                     for k, m in story.changes)
    residues = ", ".join(f"${n} \\equiv {(-k) % m} \\pmod{{{m}}}$" for k, m in story.changes)
    claims = [f"{value} {'+' if k > 0 else '-'} {abs(k)} = {m} \\cdot {(value + k) // m}"
              for k, m in story.changes]
    return [step("write each change as a congruence", "After the change the count is a "
                 "multiple of m.", f"{said}, that is {residues}.", ""),
            step("combine the conditions", "The moduli combine into their least common "
                 "multiple.", f"${n} \\equiv {base % period} \\pmod{{{period}}}$", ""),
            step("pick the count asked", "Take the " + str(story.ask) + " count in the range.",
                 ", ".join(f"${c}$" for c in claims), "; ".join(claims))]


__all__ = ["read"]
