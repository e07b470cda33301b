"""Reader of how many containers a number of things needs when each holds at most so many: "A
bus holds 40 students. How many buses are needed to take 130 students on a trip?", "Each box
holds 12 eggs. What is the least number of boxes needed to pack 100 eggs?", "A teacher wants
to split 27 students into groups of at most 6 students each. What is the least number of
groups she needs?", "How many 45-passenger buses are needed for 200 people?".

One capacity (k things for each container: "holds", "can carry", "seats", "groups of at most
k", "k-passenger buses") and one number of things N; the question asks how many containers
are needed (needed, required, the least, fewest or smallest number). The answer is N / k
rounded up, the least whole a with a k >= N; confirmed by trying a - 1 containers (too few)
and a (enough). The things counted must be the ones held (students and people are both
people). Any other number, or a word that changes the maths ("more", "left", "already",
"empty", "full", "half", "each day", "including the driver"), leaves the problem unread.
"""

from __future__ import annotations

import re
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result
from tutor.reasoning.symbolic.prealgebra import number_words as nw
from tutor.reasoning.symbolic.prealgebra import units, wording
from tutor.reasoning.symbolic.prealgebra.relations import Story
from tutor.reasoning.symbolic.prealgebra.story_words import plural

A = sp.Symbol("a")
_N = r"#\d+"
_HOLDS = (r"(?:holds|can hold|will hold|carries|can carry|seats|can seat|fits|can fit|takes|"
          r"can take|has room for|has space for)")
_CAPACITY = [re.compile(p) for p in (
    rf"\b(?:a|an|each|one|every) (?P<c>[a-z]+) {_HOLDS} (?:up to |at most )?(?P<k>{_N}) "
    rf"(?P<t>[a-z]+)",
    rf"(?P<k>{_N}) (?P<t>[a-z]+) (?:fit|can fit|go|can go|can ride) (?:in|on|into) "
    rf"(?:a|an|each|one|every) (?P<c>[a-z]+)",
    rf"\binto (?P<c>groups|teams|boxes|bags|packs|rows|tables|cars|vans|buses) of (?:at most |"
    rf"up to |no more than )(?P<k>{_N})(?: (?P<t>[a-z]+))?(?: each)?",
    rf"(?P<k>{_N}) ?-(?P<t>passenger|person|student|egg|bottle|can) (?P<c>[a-z]+)",
)]
_ASK = re.compile(
    rf"(?:how many (?P<c>[a-z]+)|what is the (?:least|smallest|fewest|minimum) number of "
    rf"(?P<c2>[a-z]+))(?: (?:are|is|will be|would be|does (?:she|he|it|they) need|do (?:they|we|"
    rf"you) need|must be used|must (?:she|he|they|we) use|(?:she|he|they|we|you) (?:needs?|must "
    rf"use|can use))| (?:needed|required|that are needed))?(?: (?:needed|required))?"
    rf"(?: (?:to (?:take|carry|hold|pack|seat|transport|store|fit|bring) (?P<n>{_N}) "
    rf"(?P<t>[a-z]+)|for (?P<n2>{_N}) (?P<t2>[a-z]+)))?")
_PEOPLE = frozenset("people person passenger student child children kid adult fan guest player "
                    "camper scout rider traveler tourist worker member".split())
_UNREAD = frozenset("more less fewer left over remain remaining already empty full half twice "
                    "each day week per extra only not except plus and also than other "
                    # "12 people, including the driver": a seat the things asked do not get
                    "including include includes counting besides driver drivers reserved "
                    "broken without".split())
_TOLD = re.compile(rf"(?:split|divide|put|seat|pack|place|arrange|sort) (?P<n>{_N}) (?P<t>[a-z]+)")


def containers_needed(split: Split, template: str) -> Result | None:
    if not re.search(r"\b(?:needed|need|needs|required|least|fewest|smallest|minimum)\b",
                     template):
        return None
    text, places, form = nw.read_story(split, template)
    if places is not None or form is not None or "@" in text:
        return None
    text = " ".join(text.split())
    caps = [(p, m) for p in _CAPACITY for m in p.finditer(text)]
    if len(caps) != 1:
        return None
    cap = caps[0][1]
    # "how many 45-passenger buses": the capacity said inside the question leaves its noun
    rest = text.replace(cap.group(0), cap.group("c") if caps[0][0] is _CAPACITY[-1] else " , ")
    ask = _ASK.search(rest)
    if ask is None:
        return None
    container = units.noun(cap.group("c"))
    if not _same(ask.group("c") or ask.group("c2"), cap.group("c")):
        return None
    n_said, t_said = ask.group("n") or ask.group("n2"), ask.group("t") or ask.group("t2")
    rest = rest.replace(ask.group(0), " , ")
    if n_said is None:
        told = list(_TOLD.finditer(rest)) + [m for m in re.finditer(
            rf"\b(?:there are|has|have) (?P<n>{_N}) (?P<t>[a-z]+)", rest)]
        if len(told) != 1:
            return None
        n_said, t_said = told[0].group("n"), told[0].group("t")
        rest = rest.replace(told[0].group(0), " , ")
    held, counted = cap.group("t"), units.noun(t_said)
    if held is not None and not _same(held, t_said) and not (
            {units.noun(held), counted} <= _PEOPLE):
        return None
    if re.search(r"#\d", rest) or set(re.findall(r"[a-z]+", rest)) & _UNREAD or \
            wording.condition_without_amount(rest):
        return None  # "... for 100 eggs if some eggs break"
    k, n = wording.value(cap.group("k")), wording.value(n_said)
    if k <= 0 or n <= 0 or k.denominator != 1 or n.denominator != 1:
        raise Decline("whole numbers of things")
    return _solve(int(n), int(k), container, counted)


def _forms(word: str) -> set[str]:
    return {word, units.noun(word), word[:-2] if word.endswith("es") else word}


def _same(a: str, b: str) -> bool:
    """One noun, singular or plural ("buses", "bus")."""
    return bool(_forms(a) & _forms(b))


def _solve(n: int, k: int, container: str, thing: str) -> Result:
    a = -(-n // k)
    confirm.check(a * k >= n and (a - 1) * k < n,
                  f"{a - 1} {plural(container)} hold too few {plural(thing)} and {a} hold them all")
    story = Story([A])
    story.state(A, sp.ceiling(sp.Rational(n, k)),
                f"{n} {plural(thing)}, at most {k} in each {container}: {nw.said(Fraction(n, k))} "
                f"{plural(container)}, rounded up to a whole number")
    return story.solve(lambda _sol: A, f"the least number of {plural(container)}")


__all__ = ["containers_needed"]
