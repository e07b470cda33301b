"""Definitions of standard terms that a problem states before its question, in their usual
meaning: "A divisor of a number is a proper divisor if it is not equal to the number.",
"A palindrome is a number that reads the same forward and backward.", "Two integers are
relatively prime if they have no common factors other than 1 or -1.", "(Recall that the
average of two numbers is their sum divided by 2.)", "(Reminder: The
number $n!$ is the product of the integers from 1 to $n$. For example, $4! = 24$.)"

Such a sentence tells the student nothing the readers do not already mean by the word, but
no reader expects it. `split_off` gives the problem without the leading definitions (and
an example sentence right after one, "For example, 343 and 1221 are palindromes."), and
without one in a closing note ("(Note: A palindrome is ...)"), or None.
Only the usual meaning is dropped, in the wordings below (a small named set that recurs
across sources); any other definition, or one of these terms defined another way ("a
palindrome in base 3"), is kept, and the problem is read as written.
"""

from __future__ import annotations

import re

_NUMBER = r"(?:positive |natural |whole )?(?:number|integer)"
_ITSELF = (r"(?:the (?:number|integer)(?: itself)?|itself|(?:the )?(?:number|integer) \$?n\$?|"
           r"\$?n\$?(?: itself)?)")
_DEFINITIONS = {
    "proper divisor": [
        rf"an? (?:positive )?(?:divisor|factor) of an? {_NUMBER} is (?:called )?an? proper "
        rf"(?:divisor|factor) if it is not equal to {_ITSELF}",
        rf"the proper (?:divisors|factors) of an? {_NUMBER} are (?:all )?(?:of )?its (?:positive )?"
        rf"(?:divisors|factors) (?:other than|except(?: for)?) {_ITSELF}",
        rf"an? proper (?:divisor|factor) of an? {_NUMBER}(?: \$?n\$?)? is an? (?:positive )?"
        rf"(?:divisor|factor) of (?:it|\$?n\$?|the (?:number|integer)) (?:other than|that is not"
        rf"(?: equal to)?) {_ITSELF}",
    ],
    "palindrome": [
        rf"an? palindrome is an? {_NUMBER} (?:that|which) reads the same (?:forwards? and "
        r"backwards?|backwards? and forwards?|forwards? as backwards?|backwards? as forwards?)",
        rf"palindromes are {_NUMBER}s (?:that|which) read the same (?:forwards? and "
        r"backwards?|backwards? and forwards?|forwards? as backwards?|backwards? as forwards?)",
    ],
    "relatively prime": [
        r"two (?:positive )?integers are (?:called |said to be )?relatively prime if (?:they "
        r"have no common (?:factors|divisors) other than \$?1\$?(?: (?:or|and) \$?-1\$?)?|their "
        r"greatest common (?:divisor|factor) is \$?1\$?)",
    ],
    "prime": [
        r"an? prime(?: number)? is an? (?:positive integer|natural number|whole number|integer) "
        r"greater than \$?1\$? (?:whose only (?:positive )?(?:divisors|factors) are \$?1\$? and "
        r"itself|that has no (?:positive )?(?:divisors|factors) other than \$?1\$? and itself)",
    ],
    "perfect square": [
        r"an? perfect square is (?:an integer that is )?the square of (?:an|some) integer",
    ],
    "average": [
        r"the (?:average|(?:arithmetic )?mean) of (?:two|\$?2\$?) numbers is (?:their sum "
        r"divided by (?:two|\$?2\$?)|half (?:of )?their sum)",
    ],
    "factorial": [
        r"(?:the (?:number |expression |notation )?)?\$?n\s*!\$? (?:is|means|denotes|stands for|"
        r"represents) the product of (?:all )?(?:of )?the (?:positive )?integers from \$?1\$? "
        r"(?:to|through|up to) \$?n\$?",
    ],
}
# "Recall that a perfect square is ...": a reminder is a definition too
_REMINDER = r"(?:(?:recall|remember|note)(?: that)?,? )?"
_SENTENCES = {term: [re.compile(rf"\s*{_REMINDER}{p}\s*[.;]\s+", re.I) for p in patterns]
              for term, patterns in _DEFINITIONS.items()}
# a note closing the problem: "(Note: A palindrome is a number that reads the same ...)"
_NOTES = {term: [re.compile(rf"\s*\((?:note|recall|remember|reminder|hint)?:?\s*(?:that )?{p}\s*"
                            r"(?:[.;]\s*for example,?[^()]*?)?\.?\s*\)\s*$", re.I)
                 for p in patterns]
          for term, patterns in _DEFINITIONS.items()}
_EXAMPLE = r"\s*for example,? [^.?!]*?\b{}s?\b[^.?!]*\.\s+"
# how the rest of the problem may name the term
_NAMES = {"proper divisor": ("proper divisor", "proper factor"), "palindrome": ("palindrome",),
          "relatively prime": ("relatively prime",), "prime": ("prime",),
          "perfect square": ("perfect square",), "factorial": ("!",),
          "average": ("average", "mean")}


def split_off(text: str) -> str | None:
    """The problem without the definitions of standard terms it opens with (None if none).
    What is left must still name each term defined, and ask something."""
    rest, told = text, []
    while True:
        found = next(((term, m) for term, patterns in _SENTENCES.items() for p in patterns
                      if (m := p.match(rest))), None)
        if found is None:
            break
        term, m = found
        rest = rest[m.end():]
        told.append(term)
        example = re.match(_EXAMPLE.format(re.escape(term)), rest, re.I)
        if example:
            rest = rest[example.end():]
    for term, patterns in _NOTES.items():
        note = next((m for p in patterns if (m := p.search(rest))), None)
        if note is not None:
            rest = rest[:note.start()]
            told.append(term)
    if not told or not rest.strip() or any(
            not any(name in rest.lower() for name in _NAMES[t]) for t in told):
        return None
    return rest


__all__ = ["split_off"]
