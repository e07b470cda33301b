"""Arrangements of the letters of a word under one placement condition that the plain
letters reader does not read: two named letters side by side (or not), the copies of a
repeated letter together (or apart), a given first and last letter ("begin with S and end
with E", "the first letter is M"), the vowels in alphabetical order, the vowels only in the
even (odd) places, or the consonants together.

Phrasings reached: "How many arrangements of the letters of the word TOMATO have the two
T's together?", "In how many ways can the letters of the word FRIDGE be arranged so that F
and R are not next to each other?", "... begin with S and end with E?", "... so that the
vowels are in alphabetical order?", "... so that the vowels occupy only the even
positions?".
Counted by a formula (a block, the gaps, fixed ends, a fixed order, chosen places), then by
listing every distinct arrangement and testing the condition.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from math import comb

import sympy as sp
from sympy.utilities.iterables import multiset_permutations

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics import letters as plain
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_Found = tuple[int, Callable[[tuple[str, ...]], bool], list[Step]]

_LIST = 400_000  # distinct arrangements listed one by one at most
_IF = r" (?:if |so that |so |such that |in which |where |that |which |with |when )?"
_MUST = r"(?:must |should |have to |has to |are to |is to |will |always |do |does )?"
_NOT = r"(?P<neg>not |never |not be |never be )?"
_SIDE = (r"(?:be |stay |are |is |remain |appear |come |occur |sit |stand )?(?:together|"
         r"next to each other|adjacent(?: to each other)?|side by side|consecutive|in a block)")
_APART = (r"(?:be |stay |are |remain |appear |come |occur )?(?:separated|apart|separate|"
          r"not together|never together|not next to each other|not adjacent)")
_L = r"(?:the letter )?(?P<{}>[a-z])"
# "F and R are next to each other", "the letters F and R are not adjacent"
_PAIR = (_IF + r"(?:the letters )?" + _L.format("a") + r" and " + _L.format("b") + r" (?:"
         + _MUST + _NOT + _SIDE + r"|" + _MUST + r"(?P<apart>" + _APART + r"))\b")
# "the two T's are together", "both O's are adjacent", "no two S's are next to each other"
_COPIES = (_IF + r"(?:(?:the |both )(?:(?:#\d+ |both )?(?P<c>[a-z]) ?'s|(?:#\d+ |both )"
           r"(?P<c3>[a-z])s) (?:" + _MUST + _NOT + _SIDE
           + r"|" + _MUST + r"(?P<apart>" + _APART + r"))|(?P<none>no #2 )(?P<c2>[a-z]) ?'s "
           r"(?:are |stand |appear |come |occur |)(?:together|next to each other|side by side|"
           r"adjacent(?: to each other)?))\b")
# "a vowel" before the letter "a"
_BEGIN = (r"(?:begins?|starts?) with (?:an? (?P<fk>vowel|consonant)\b|" + _L.format("f") + r"\b)")
_END = r"ends? with (?:an? (?P<zk>vowel|consonant)\b|" + _L.format("z") + r"\b)"
# "begin with S and end with E", "S is first and E is last", "the first letter is M"
_ENDS = [_IF + r"(?:the (?:arrangement|word)s? )?" + _MUST + _BEGIN + r" and " + _MUST + _END
         + r"\b",
         _IF + _L.format("f") + r" (?:is|comes|must be|must come) first(?: and " + _L.format("z")
         + r" (?:is|comes|must be|must come) last)?\b",
         _IF + r"the first letter (?:is|must be|has to be) " + _L.format("f") + r"(?: and the "
         r"last (?:letter )?(?:is|must be|has to be) " + _L.format("z") + r")?\b",
         _IF + r"the last letter (?:is|must be|has to be) " + _L.format("z") + r"\b",
         # one end only: "begin with a vowel", "end with T"
         _IF + r"(?:the (?:arrangement|word)s? )?" + _MUST + r"(?:" + _BEGIN + r"|" + _END + r")"]
_ORDER = (_IF + r"(?:all )?(?:of )?the (?P<kind>vowels|consonants) (?:are |appear |must be |must "
          r"appear |remain |stay |occur |come )?in alphabetical order\b")
_PLACES = (_IF + r"(?:all )?(?:of )?the vowels (?:only )?(?:occupy|are in|appear in|are placed "
           r"in|must be in|must occupy|can only be in|fill|take) (?P<only>only )?(?:the )?"
           r"(?P<parity>even|odd)(?:-numbered)? (?:positions|places|spots)\b")
_BLOCK = (_IF + r"(?:all )?(?:of )?the (?P<kind>consonants|vowels) " + _MUST + r"(?:be |stay |"
          r"are |remain |appear |come |occur |)(?:together|next to each other|adjacent(?: to "
          r"each other)?|in a block)\b")
# "The letters of ... are arranged at random. What is the probability that ..."
_CHANCE = r" (?:what is|find) the probability(?: that)?\b"
_RANDOM = (r" (?:are |is )?(?:arranged|rearranged|placed|written) (?:in a row )?(?:at random|"
           r"randomly|in (?:a )?random order)\b| (?:a |one )?random (?:arrangement|"
           r"rearrangement|ordering)\b")
_GLUE = frozenset({"i", "we", "you", "count", "arrange", "arranged", "rearranged", "be", "can",
                   "there", "to",
                   "rearrange", "are", "made", "using", "formed", "form", "make", "use",
                   "exist", "from", "have", "has", "if", "so", "that", "such", "in", "which",
                   "the", "arrangement", "word", "of", "letters", "it", "is", "will"})


def letter_conditions(split: Split, template: str) -> Result | None:
    if "letters" not in template:
        return None
    w = Wording.of(split, template)
    w.pronoun_i()
    w.text = re.sub(r"[\"“”]([a-z]{2,20})[\"“”]", r"\1", w.text)
    w.text = re.sub(plain.MEANING, " ", w.text)
    word = w.take(plain._WORD) or w.take(plain._OWN)
    ask = w.take(plain._ASK) or w.take(r" how many " + plain._KINDS + r"words\b")
    chance = [] if ask else w.take(_CHANCE)
    if len(word) != 1 or len(ask) + len(chance) != 1 or (chance and len(w.take(_RANDOM)) != 1):
        return None
    found = [(kind, m) for kind, pattern in (("pair", _PAIR), ("copies", _COPIES),
                                             ("order", _ORDER), ("places", _PLACES),
                                             ("block", _BLOCK)) for m in w.take(pattern)]
    found += [("ends", m) for m in [w.take_first(_ENDS)] if m is not None]
    if len(found) != 1 or not w.only_glue(_GLUE):
        return None
    text = plain._word(w, word[0])
    kind, m = found[0]
    if kind in ("order", "places", "block") and "y" in text:
        raise Decline("a word with a Y: is it a vowel?")
    solve: Callable[[str, re.Match[str]], _Found]
    solve = {"pair": _pair, "copies": _copies, "ends": _ends, "order": _order,
             "places": _places, "block": _block}[kind]
    v, holds, steps = solve(text, m)
    total = plain._multiset(list(text))
    if total > _LIST:
        raise Decline("too many arrangements to list")
    if v == 0 or v == total:
        raise Decline("a condition that always or never holds: a misreading is more likely")
    confirm.count(v, lambda: sum(1 for p in multiset_permutations(sorted(text))
                                 if holds(tuple(p))), "arrangements (listing them)")
    if not chance:
        return sp.Integer(v), steps
    p = sp.Rational(v, total)
    claim = f"\\frac{{{v}}}{{{total}}} = {sp.latex(p)}"
    return p, [*steps, step("divide by all the arrangements", f"Each of the {total} distinct "
                            "arrangements is equally likely.", f"${claim}$", claim)]


def _ms(letters: list[str] | str) -> int:
    return plain._multiset(list(letters))


def _minus(text: str, *gone: str) -> list[str]:
    out = list(text)
    for c in gone:
        if c not in out:
            raise Decline("the word has no such letter")
        out.remove(c)
    return out


def _adjacent(p: tuple[str, ...], a: str, b: str) -> bool:
    return any({p[i], p[i + 1]} == {a, b} for i in range(len(p) - 1))


def _pair(text: str, m: re.Match[str]) -> _Found:
    a, b = m.group("a"), m.group("b")
    if a == b or text.count(a) != 1 or text.count(b) != 1:
        raise Decline("two different letters, each once in the word")
    apart = bool(m.group("neg") or m.group("apart"))
    glued = 2 * _ms(_minus(text, a, b) + ["#"])
    claim = f"2 \\cdot {glued // 2} = {glued}"
    steps = [step(f"glue {a.upper()} and {b.upper()}", f"Treat {a.upper()}{b.upper()} as one "
                  f"block: {len(text) - 1} things to arrange ({glued // 2} orders), and the "
                  "block can be written two ways.", f"${claim}$", claim)]
    if not apart:
        return glued, lambda p: _adjacent(p, a, b), steps
    total = _ms(text)
    claim = f"{total} - {glued} = {total - glued}"
    steps.append(step("take away the glued ones", f"All {total} arrangements, less those with "
                      f"{a.upper()} and {b.upper()} side by side.", f"${claim}$", claim))
    return total - glued, lambda p: not _adjacent(p, a, b), steps


def _copies(text: str, m: re.Match[str]) -> _Found:
    c = m.group("c") or m.group("c2") or m.group("c3")
    k = text.count(c)
    said = None if m.group("none") else re.search(r"#(\d+)", m.group(0))
    if k < 2 or (said and int(said.group(1)) != k) or ("both" in m.group(0) and k != 2):
        raise Decline("the copies said are not the word's")
    rest = [x for x in text if x != c]
    if m.group("none") or m.group("neg") or m.group("apart"):
        if not m.group("none") and k != 2:
            raise Decline("'not together' for three or more copies reads two ways")
        v = _ms(rest) * comb(len(rest) + 1, k)
        claim = f"{_ms(rest)} \\cdot \\binom{{{len(rest) + 1}}}{{{k}}} = {v}"
        return v, lambda p: all(not (p[i] == p[i + 1] == c) for i in range(len(p) - 1)), [
            step(f"put the {c.upper()}'s in the gaps", f"Arrange the other {len(rest)} letters "
                 f"({_ms(rest)} orders); no two {c.upper()}'s meet when they take {k} of the "
                 f"{len(rest) + 1} gaps between and around them.", f"${claim}$", claim)]
    v = _ms(rest + ["#"])
    claim = f"{v}"

    def run(p: tuple[str, ...]) -> bool:
        at = [i for i, x in enumerate(p) if x == c]
        return at[-1] - at[0] == k - 1
    return v, run, [step(f"glue the {c.upper()}'s", f"The {k} {c.upper()}'s form one block "
                         f"among the other {len(rest)} letters: arrange {len(rest) + 1} things "
                         "(repeats counted once).", f"${claim}$ arrangements", claim)]


def _ends(text: str, m: re.Match[str]) -> _Found:
    g = m.groupdict()
    first, last = _side(text, g.get("f"), g.get("fk")), _side(text, g.get("z"), g.get("zk"))
    parts = [_ms(_minus(text, *(x for x in (f, z) if x))) for f in first or [""]
             for z in last or [""] if (f != z or text.count(f) > 1)]
    v = sum(parts)
    where = " and ".join(f"{'/'.join(x.upper() for x in side)} {p}" for side, p in (
        (first, "first"), (last, "last")) if side)
    claim = " + ".join(map(str, parts)) + f" = {v}" if len(parts) > 1 else f"{v}"
    return v, lambda p: (not first or p[0] in first) and (not last or p[-1] in last), [
        step("fix the end letters", f"Put {where}; for each choice arrange the other letters "
             "(repeats counted once) and add.", f"${claim}$ arrangements", claim)]


def _side(text: str, letter: str | None, kind: str | None) -> list[str]:
    """The letters allowed at one end: the one named, or the word's vowels / consonants."""
    if letter:
        return [letter]
    if not kind:
        return []
    if "y" in text:
        raise Decline("a word with a Y: is it a vowel?")
    return sorted({c for c in text if (c in plain._VOWELS) == (kind == "vowel")})


def _order(text: str, m: re.Match[str]) -> _Found:
    vowels = m.group("kind") == "vowels"
    group = [x for x in text if (x in plain._VOWELS) == vowels]
    rest = [x for x in text if (x in plain._VOWELS) != vowels]
    if len(set(group)) < 2:
        raise Decline("an order of one letter")
    v = comb(len(text), len(group)) * _ms(rest)
    kind = m.group("kind")
    claim = f"\\binom{{{len(text)}}}{{{len(group)}}} \\cdot {_ms(rest)} = {v}"
    return v, lambda p: list(x for x in p if x in group) == sorted(group), [
        step(f"choose the places of the {kind}", f"Choose the {len(group)} places of the {kind} "
             "(they go in alphabetical order, one way), then arrange the other letters in the "
             "other places.", f"${claim}$", claim)]


def _places(text: str, m: re.Match[str]) -> _Found:
    vowels = [x for x in text if x in plain._VOWELS]
    cons = [x for x in text if x not in plain._VOWELS]
    parity = m.group("parity")
    slots = len(text) // 2 if parity == "even" else (len(text) + 1) // 2
    if len(vowels) > slots or (len(vowels) < slots and not m.group("only")) or not vowels:
        raise Decline("the vowels do not fill those places exactly")
    v = comb(slots, len(vowels)) * _ms(vowels) * _ms(cons)
    want = 1 if parity == "even" else 0  # place 1 is index 0
    claim = f"\\binom{{{slots}}}{{{len(vowels)}}} \\cdot {_ms(vowels)} \\cdot {_ms(cons)} = {v}"
    return v, lambda p: all(i % 2 == want for i, x in enumerate(p) if x in plain._VOWELS), [
        step(f"use the {parity} places", f"There are {slots} {parity} places: choose the "
             f"{len(vowels)} the vowels take and order the vowels in them, then order the "
             "consonants in the other places.", f"${claim}$", claim)]


def _block(text: str, m: re.Match[str]) -> _Found:
    """One class of letters (the vowels or the consonants) kept in one block."""
    kind = m.group("kind")
    inner = [x for x in text if (x in plain._VOWELS) == (kind == "vowels")]
    outer = [x for x in text if (x in plain._VOWELS) != (kind == "vowels")]
    if len(inner) < 2 or not outer:
        raise Decline(f"at least two {kind} and another letter")
    outside, inside = _ms(outer + ["#"]), _ms(inner)
    v = outside * inside
    claim = f"{outside} \\cdot {inside} = {v}"

    def run(p: tuple[str, ...]) -> bool:
        at = [i for i, x in enumerate(p) if (x in plain._VOWELS) == (kind == "vowels")]
        return at[-1] - at[0] == len(at) - 1
    return v, run, [step(f"glue the {kind} together", f"The {len(inner)} {kind} form one block "
                         f"among the {len(outer)} other letters ({outside} orders); the block "
                         f"orders its letters ({inside} ways).", f"${claim}$", claim)]


__all__ = ["letter_conditions"]
