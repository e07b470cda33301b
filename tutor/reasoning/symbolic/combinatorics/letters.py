"""Reader of the arrangements of the letters of a word (repeated letters counted once),
with at most one condition: the arrangement begins (or ends) with a given letter, a
vowel or a consonant, or all the vowels stay together.

Phrasings reached: "In how many ways can the letters of the word PEPPER be arranged?",
"How many distinct arrangements of the letters in the word ALGEBRA are there?", "How
many arrangements of the letters of the word BANANA begin with the letter B?", "In how
many ways can the letters of the word TRIANGLE be arranged if the vowels must stay
together?" ...
"How many 3-letter arrangements can be made from the letters of the word CLOUD?" (some of
the letters of a word whose letters all differ, each used once).
Counted by a formula (multinomials), then by listing every distinct arrangement (up to
8 letters) or a second formula.
"""

from __future__ import annotations

import re
from collections import Counter
from itertools import combinations, permutations
from math import comb, factorial, perm

import sympy as sp

from tutor.reasoning.symbolic import confirm
from tutor.reasoning.symbolic.combinatorics import positions
from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.parsing import Split
from tutor.reasoning.symbolic.patterns import Result

_VOWELS = set("aeiou")
_LIST = 200_000
# the word said bare ("the letters in mississippi") only when no determiner or number follows
# "the five letters of LEVEL" (read as `#5`): how many letters the words say the word has
_HOW_MANY = r" the #(?P<n>\d+) letters (?:of|in)\b"
_WORD = (r" (?:all )?(?:of )?the (?:#\d+ )?letters (?:of|in) "
         r"(?:the word (?:([a-z]+)\b|@(\d+)@)|@(\d+)@|"
         r"(?!(?:a|an|the|this|that|these|those|each|every|some|any|his|her|their|our|my|your|its|"
         r"word|words|alphabet|english|name|names)\b)([a-z]{3,20})(?= (?:be|are|can|if|so|such|"
         r"have|has|in which|where|begin|start|end)\b"
         r"| ?[.?!,]))")
# "LEVEL's letters", "the letters A, B, B and C": the word, or its letters one by one
_OWN = r" ([a-z]{2,20}) ?'s letters\b"
_LISTED = r" (?:all )?(?:of )?the letters ((?:[a-z],? )+(?:and )?[a-z])\b(?! ?')"
# "For the word LEVEL, how many arrangements of its letters ...": the word, then its letters
_THE_WORD = r" (?:for|take|consider|using|with|in|of) the word (?:([a-z]{2,20})|(@\d+@))(?![a-z])"
_ITS = r" (?:all )?(?:of )?its letters\b"
# "3-letter arrangements": arrangements of only some of the letters
_LENGTH = (r" #(?P<k>\d+) ?-letter(?= (?:different |distinct |possible )*(?:arrangements|"
           r"orderings)\b)")
_KINDS = r"(?:different |distinct |distinguishable |unique |possible )*"
_ASK = (r" how many " + _KINDS + r"(?:ways|arrangements|rearrangements|orderings|orders|"
        r"permutations)\b| (?:count )?(?:the number of |count (?:the |all )?(?:of the )?)"
        + _KINDS + r"(?:ways|arrangements|rearrangements|orderings|orders|permutations)\b")
_ENDS = (r" (?:if |so that |such that |that )?(?:the (?:arrangement|word|rearrangement)s? )?"
         r"(?:must |has to |should |)(?P<where>begins?|starts?|ends?) with (?:the letter "
         r"(?P<letter>[a-z])\b|(?P<slot>@\d+@)|an? (?P<kind>vowel|consonant)\b)")
_TOGETHER = (r" (?:if |so that |such that |in which |with )?(?:all )?(?:of )?the vowels "
             r"(?:must |have to |are to |should |always )?(?:always )?(?:be |stay |are |remain |"
             r"appear |come |occur |)(?:together|next to each other|adjacent(?: to each other)?|"
             r"in a block)\b")
# "the vowels are not together" (read only for a word with two vowels, where it is "no two
# vowels side by side" too); "no two vowels are adjacent" for any number of vowels
_APART = (r" (?:if |so that |such that |in which |with |(?:that |which )?(?:have |has ))?"
          r"(?:(?P<pair>(?:all )?(?:of )?the "
          r"vowels (?:must |should |do |are to |are |will )?(?:not|never) (?:be |stay |are |"
          r"remain |appear |come |occur |)(?:together|next to each other|adjacent(?: to each "
          r"other)?))|no #2 vowels "
          r"(?:are |stand |sit |appear |come |occur |)(?:together|next to each other|side by side|"
          r"adjacent(?: to each other)?))\b")


# "(not necessarily meaningful)": any string of the letters counts as a word
MEANING = (r" ?,? ?\(?(?:not necessarily meaningful|with or without meaning|meaningful or not|"
           r"which need not be (?:real )?words|not necessarily real words)\)?,?(?= )")


def _multiset(letters: list[str]) -> int:
    """Distinct orders of these letters: n! over each repeated letter's count factorial."""
    v = factorial(len(letters))
    for c in Counter(letters).values():
        v //= factorial(c)
    return v


def _word(w: Wording, m: re.Match[str]) -> str:
    if m.re.pattern in (_OWN, _LISTED):
        text = re.sub(r"[^a-z]|\band\b", "", m.group(1))
    elif m.re.pattern == _THE_WORD:
        text = m.group(1)
        if text is None:
            return _word_in(w, m.group(2))
    else:
        text = m.group(1) or m.group(4)
    if text is None:
        return _word_in(w, m.group(2) or m.group(3))
    return _checked(text)


def _word_in(w: Wording, slot: str) -> str:
    """The word written as maths: $\\text{LEVEL}$ or $LEVEL$."""
    src = w.maths[int(slot.strip("@"))]
    got = re.fullmatch(r"\s*(?:\\(?:text|mathrm|textbf|mathbf)\s*\{\s*([A-Za-z]+)\s*\}|"
                       r"([A-Z]+))\s*", src)
    if not got:
        raise Decline("a word of letters")
    return _checked(got.group(1) or got.group(2))


def _checked(text: str) -> str:
    text = text.lower()
    if not 2 <= len(text) <= 20:
        raise Decline("a word of 2 to 20 letters")
    return text


def letters(split: Split, template: str) -> Result | None:
    if "letters" not in template:
        return None
    w = Wording.of(split, template)
    w.text = re.sub(r"[\"“”]([a-z]{2,20})[\"“”]", r"\1", w.text)  # the word "level"
    named = re.search(r"\bthe word ([a-z]{2,20})\b", template)
    if named:  # "the word seven": a word, not the number 7
        w.text = re.sub(r"(?<=\bthe word )#\d+\b", named.group(1), w.text, count=1)
    w.text = re.sub(MEANING, " ", w.text)  # "(not necessarily meaningful)"
    said = re.search(_HOW_MANY, w.text)
    word = w.take(_WORD) or w.take(_OWN) or w.take(_LISTED)
    if not word and w.find(_ITS):
        word = w.take(_THE_WORD) if len(w.take(_ITS)) == 1 else []
    length = list(re.finditer(_LENGTH, w.text))
    if len(length) == 1:  # "how many 3-letter arrangements": the ask without its length
        w.text = w.text[:length[0].start()] + w.text[length[0].end():]
    ask = w.take(_ASK) or w.take(r" how many " + _KINDS + r"words\b")
    apart = w.take(_APART)
    ends, together = w.take(_ENDS), w.take(_TOGETHER)
    if len(word) != 1 or len(ask) != 1 or len(ends) + len(together) + len(apart) > 1 \
            or not w.only_glue(
            {"count", "arrange", "arranged", "be", "can", "there", "to", "rearrange", "are", "if",
             "made", "using", "formed", "written", "make", "form", "write", "use", "exist",
             "from", "rearranged", "with"}) \
            or len(length) > 1:
        return None
    text = _word(w, word[0])
    if said and len(text) != int(said.group("n")):
        raise Decline("the number of letters said is not the word's")
    if length and int(length[0].group("k")) != len(text):
        if ends or together or apart:
            raise Decline("a condition on arrangements of only some of the letters")
        return _some(text, int(length[0].group("k")))
    if ends:
        return _ends(w, text, ends[0])
    if together:
        return _vowels_together(text)
    if apart:
        return _vowels_apart(text, apart[0].group("pair") is not None)
    counts = [text.count(c) for c in sorted(set(text))]
    v, by_places = positions.letters(counts)
    if len(text) <= positions.BRUTE:
        confirm.count(v, lambda: len(set(permutations(text))), "arrangements (listing them)")
    else:
        confirm.count(v, lambda: by_places, "arrangements (choosing each letter's places)")
    reps = [(c, text.count(c)) for c in sorted(set(text)) if text.count(c) > 1]
    if not reps:
        claim = f"{len(text)}! = {v}"
        hint = "All the letters are different."
    else:
        den = " \\cdot ".join(f"{k}!" for _, k in reps)
        claim = f"\\frac{{{len(text)}!}}{{{den}}} = {v}"
        hint = ("Divide by the orders of the repeated letters ("
                + ", ".join(f"{c.upper()} {k} times" for c, k in reps) + ").")
    return sp.Integer(v), [step("count the arrangements", hint, f"${claim}$", claim)]


def _some(text: str, k: int) -> Result:
    """Arrangements of k of the word's letters, all different, each used once."""
    n = len(text)
    if len(set(text)) != n:
        raise Decline("arrangements of some of the letters of a word with repeated letters")
    if not 1 <= k < n:
        raise Decline(f"{k}-letter arrangements of a {n}-letter word")
    v = perm(n, k)
    if v <= _LIST:
        confirm.count(v, lambda: len(set(permutations(text, k))), "arrangements (listing them)")
    else:
        confirm.count(v, lambda: comb(n, k) * factorial(k), "arrangements (choose the letters, "
                      "then order them)")
    claim = " \\cdot ".join(str(n - i) for i in range(k)) + f" = {v}"
    return sp.Integer(v), [step("fill the places in turn", f"The {n} letters of "
                                f"{text.upper()} all differ: the first of the {k} places can "
                                f"take any of them, each next place one letter fewer.",
                                f"${claim}$", claim)]


def _ends(w: Wording, text: str, m: re.Match[str]) -> Result:
    """Arrangements whose first (or last) letter is given, or is a vowel / consonant."""
    first = m.group("where").startswith(("begin", "start"))
    if m.group("slot"):
        got = re.fullmatch(r"\s*(?:\\text\s*\{\s*)?([A-Za-z])\s*\}?\s*", w.maths[int(
            m.group("slot").strip("@"))])
        if not got:
            raise Decline("a single letter")
        allowed = {got.group(1).lower()}
    elif m.group("letter"):
        allowed = {m.group("letter")}
    else:
        if "y" in text:
            raise Decline("a word with a Y: is it a vowel?")
        allowed = (_VOWELS if m.group("kind") == "vowel" else set(text) - _VOWELS) & set(text)
    allowed &= set(text)
    if not allowed:
        raise Decline("the word has no such letter")
    parts = [_multiset(_without(text, c)) for c in sorted(allowed)]
    v = sum(parts)
    if len(text) <= positions.BRUTE:
        pos = 0 if first else -1
        confirm.count(v, lambda: sum(1 for p in set(permutations(text)) if p[pos] in allowed),
                      "arrangements (listing them)")
    else:  # by symmetry each letter fills a place in its share of all arrangements
        total = _multiset(list(text))
        share = sum(total * text.count(c) for c in allowed) // len(text)
        confirm.count(v, lambda: share, "arrangements (each letter's share of the places)")
    where = "first" if first else "last"
    claim = " + ".join(map(str, parts)) + f" = {v}"
    return sp.Integer(v), [step(f"fix the {where} letter", f"Put an allowed letter {where} and "
                                "arrange the other letters (repeats counted once).",
                                f"${claim}$", claim)]


def _without(text: str, c: str) -> list[str]:
    out = list(text)
    out.remove(c)
    return out


def _vowels_together(text: str) -> Result:
    """The vowels as one block among the consonants; orders inside the block too."""
    vowels = [c for c in text if c in _VOWELS]
    cons = [c for c in text if c not in _VOWELS]
    if len(vowels) < 2 or not cons:
        raise Decline("at least two vowels and a consonant")
    outside, inside = _multiset(cons + ["#"]), _multiset(vowels)
    v = outside * inside
    if len(text) <= positions.BRUTE:
        def block(p: tuple[str, ...]) -> bool:
            at = [i for i, c in enumerate(p) if c in _VOWELS]
            return at[-1] - at[0] == len(at) - 1
        confirm.count(v, lambda: sum(1 for p in set(permutations(text)) if block(p)),
                      "arrangements (listing them)")
    else:  # the block starts at one of n - v + 1 places; the consonants fill the rest
        starts = len(text) - len(vowels) + 1
        confirm.count(v, lambda: starts * _multiset(cons) * inside,
                      "arrangements (placing the block first)")
    claim = f"{outside} \\cdot {inside} = {v}"
    return sp.Integer(v), [step("glue the vowels together", f"The {len(vowels)} vowels form one "
                                f"block among the {len(cons)} consonants ({outside} orders); "
                                f"the block orders its vowels ({inside} ways).", f"${claim}$",
                                claim)]


def _vowels_apart(text: str, pair: bool) -> Result:
    """No two vowels side by side: the consonants in a row, the vowels in the gaps."""
    vowels = [c for c in text if c in _VOWELS]
    cons = [c for c in text if c not in _VOWELS]
    if "y" in text or len(vowels) < 2 or not cons:
        raise Decline("a word with a Y, or without two vowels and a consonant")
    if pair and len(vowels) != 2:
        raise Decline("'the vowels not together' for more than two vowels reads two ways")
    gaps = len(cons) + 1
    outside, inside = _multiset(cons), _multiset(vowels)
    v = outside * comb(gaps, len(vowels)) * inside
    if v == 0:
        raise Decline("more vowels than gaps: no arrangement, a misreading is more likely")
    n = len(text)

    def apart(p: tuple[str, ...]) -> bool:
        return not any(p[i] in _VOWELS and p[i + 1] in _VOWELS for i in range(n - 1))
    if n <= positions.BRUTE:
        confirm.count(v, lambda: sum(1 for p in set(permutations(text)) if apart(p)),
                      "arrangements (listing them)")
    else:  # the vowels' places: every set of places with no two next to each other
        places = sum(1 for c in combinations(range(n), len(vowels))
                     if all(b - a > 1 for a, b in zip(c, c[1:], strict=False)))
        confirm.count(v, lambda: places * outside * inside,
                      "arrangements (listing the vowels' places)")
    claim = f"{outside} \\cdot \\binom{{{gaps}}}{{{len(vowels)}}} \\cdot {inside} = {v}"
    return sp.Integer(v), [step("put the vowels in the gaps", f"Arrange the {len(cons)} "
                                f"consonants ({outside} orders); no two vowels meet when they "
                                f"take {len(vowels)} of the {gaps} gaps between and around "
                                f"the consonants, and the vowels are ordered in {inside} ways.",
                                f"${claim}$", claim)]


__all__ = ["letters"]
