"""Maths written in words, respelled the way the readers read it (unicode symbols:
`unicode_maths`).

- `words_respelled`: numbers written in words ("forty-two", "one hundred five",
  "three-fourths"), "x squared" and "the square root of 50" as digits and symbols. The
  engine tries it only after the problem as written is declined: a word such as "one" is
  also a pronoun ("the larger one"), so it becomes a digit only beside a word of
  arithmetic or inside a longer number.
- `ordinals_respelled`: ordinals typeset as powers ("the $87^{\\mathrm{th}}$ term") as
  words ("the 87th term"); like `words_respelled`, tried only after a decline.
- `us_spelled`: British spellings of units and of "centre" ("12 centimetres", "the
  centre of the circle") in the American spelling every reader's word list uses.

Nothing is evaluated: the text is rewritten, and the parser reads it as typed maths.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

MATH_SPAN = re.compile(
    r"\$\$.+?\$\$|\$(?:\\.|[^$\\])+?\$|\\\(.+?\\\)|\\\[.+?\\\]"
    r"|\\begin\{([a-z]+\*?)\}.+?\\end\{\1\}", re.S)

_ORDINAL = re.compile(r"\$\s*(\d+)\s*\^\s*\{?\s*(?:\\(?:text|mathrm|rm|textrm)\s*)?\{?\s*"
                      r"(st|nd|rd|th)\s*\}?\s*\}?\s*\$")


def ordinals_respelled(text: str) -> str:
    """"the $87^{\\mathrm{th}}$ odd integer", "$20^{th}$ term" as "87th", "20th": an
    ordinal typeset as a power is a word, not maths. Only a whole maths piece of one number
    and its suffix is rewritten."""
    return _ORDINAL.sub(lambda m: f"{m.group(1)}{m.group(2)}", text)


_BRITISH = re.compile(r"\b(centi|milli|kilo|deci)?(met|lit|cent)re(s|d)?\b", re.IGNORECASE)


def us_spelled(text: str) -> str:
    """"centimetres", "litre", "centred" as "centimeters", "liter", "centered"."""
    return _BRITISH.sub(lambda m: f"{m.group(1) or ''}{m.group(2)}er"
                        f"{'ed' if (m.group(3) or '').lower() == 'd' else m.group(3) or ''}", text)


# ---- numbers in words -------------------------------------------------------------

_UNITS = ("zero one two three four five six seven eight nine ten eleven twelve thirteen "
          "fourteen fifteen sixteen seventeen eighteen nineteen").split()
# The engine's one table of number words (the domain readers import it from here).
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
CARDINALS = {w: i for i, w in enumerate(_UNITS)} | TENS
# ... and of ordinal words
ORDINALS = {w: i + 1 for i, w in enumerate(
    "first second third fourth fifth sixth seventh eighth ninth tenth eleventh twelfth "
    "thirteenth fourteenth fifteenth sixteenth seventeenth eighteenth nineteenth "
    "twentieth".split())}


def number_words(values: Iterable[int]) -> dict[str, int]:
    """The cardinal words for `values`, smallest first: a reader that takes only some
    counts spelled out (number_words(range(2, 11)) is "two" ... "ten") says which."""
    wanted = set(values)
    return {w: v for w, v in CARDINALS.items() if v in wanted}


def ordinal_words(values: Iterable[int]) -> dict[str, int]:
    """The ordinal words for `values`, smallest first ("first" is 1)."""
    wanted = set(values)
    return {w: v for w, v in ORDINALS.items() if v in wanted}
_TENS, _SMALL = TENS, CARDINALS
_DENOMINATORS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "fourth": 4, "fourths": 4,
                 "quarter": 4, "quarters": 4, "fifth": 5, "fifths": 5, "sixth": 6,
                 "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
                 "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10}
_UNIT = "|".join(sorted(_SMALL, key=len, reverse=True))
_TEN = "|".join(_TENS)
_ONE_TO_NINE = "one|two|three|four|five|six|seven|eight|nine"
_UPTO_99 = rf"(?:(?:{_TEN})[- ](?:{_ONE_TO_NINE})\b|(?:{_UNIT})\b)"
_UPTO_999 = rf"(?:{_UPTO_99} hundred(?:(?: and)? {_UPTO_99})?|{_UPTO_99})"
_NUMBER_WORDS = re.compile(
    rf"\b(?:{_UPTO_999} (?:thousand|million)(?:,?(?: and)? {_UPTO_999})?|{_UPTO_999})",
    re.I)
_FRACTION_WORDS = re.compile(
    r"\b(?P<p>one|a|two|three|four|five|six|seven|eight|nine)[- ](?P<q>"
    + "|".join(sorted(_DENOMINATORS, key=len, reverse=True)) + r")\b"
    # "2 fifths": a digit and a plural (never quarters, which may be coins, or halves)
    r"|(?<![\d.,/])(?P<d>[2-9]) (?P<r>thirds|fifths|sixths|sevenths|eighths|ninths|tenths)\b",
    re.I)
# "negative 8 plus 15": the number's sign said in words
_NEGATIVE = re.compile(r"\bnegative (?=\d)", re.I)
# Beside these words, "one" is the number one, not a pronoun.
_ARITHMETIC = (r"(?:plus|minus|times|over|divided by|multiplied by|by|add|subtract|from|and"
               r"|than|of|is|equals|to|exceeds)")


def _value(words: str) -> int:
    total, current = 0, 0
    for w in re.findall(r"[a-z]+", words.lower()):
        if w in _SMALL:
            current += _SMALL[w]
        elif w == "hundred":
            current *= 100
        elif w in ("thousand", "million"):
            total += current * (1000 if w == "thousand" else 1_000_000)
            current = 0
    return total + current


def _number(m: re.Match[str]) -> str:
    words = m.group(0)
    if words.lower() == "one":
        before = m.string[:m.start()].rstrip().lower()
        after = m.string[m.end():].lstrip().lower()
        if not (re.search(r"\b" + _ARITHMETIC + r"$", before)
                and not re.match(r"(?:of|another|is|can|has)\b", after)
                or re.match(r"(?:plus|minus|times|divided|over|more|less)\b", after)):
            return words
    return str(_value(words))


def _fraction(m: re.Match[str], has_maths: bool) -> str:
    if m.group("d"):  # "2 fifths": a digit and a plural, as the pattern reads it
        p, q = int(m.group("d")), _DENOMINATORS[m.group("r").lower()]
    else:
        p = 1 if m.group("p").lower() in ("one", "a") else _SMALL[m.group("p").lower()]
        q = _DENOMINATORS[m.group("q").lower()]
        if p > 1 and not m.group("q").lower().endswith("s") or p == 1 and m.group(
                "q").lower().endswith("s") and q != 2:
            return m.group(0)  # "two third", "one thirds": not a fraction as written
        if m.group("p").lower() == "a" and q != 2 and q != 4:
            return m.group(0)  # "a third" may be an ordinal ("a third child")
    return f"$\\frac{{{p}}}{{{q}}}$" if has_maths else f"{p}/{q}"


_ORDINAL_POWERS = {"second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
                   "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10}
# "-2 to the power of 2" reads two ways; a bracket closes its own base: "(-2) to the power of 4"
_BASE = r"((?<![\w^.\-−])(?:\d+(?:\.\d+)?|[a-z])|\))"
# "2 to the power of 10", "3 to the 4th power", "5 raised to the third power", with no
# operator after the exponent that could belong to it ("2 to the power of 3 + 1").
_POWER = re.compile(
    _BASE + r" (?:raised )?to the (?:power of |power )?(\d+|"
    + "|".join(_ORDINAL_POWERS) + r")(?:st|nd|rd|th)?(?: power)?\b"
    r"(?!\s*(?:[-+*/^(]|plus\b|minus\b|times\b|divided\b|over\b|squared\b|cubed\b|\.\d))")
_LOG_WORDS = re.compile(
    r"\b(?:the )?(?:log|logarithm) (?:(?:base|to (?:the )?base) (\d+) of (\d+(?:\.\d+)?)"
    r"|of (?P<n>\d+(?:\.\d+)?) (?:in|to|with) (?:the )?base (?P<b>\d+))\b"
    r"(?!\s*(?:[-+*/^(]|plus\b|minus\b|times\b|divided\b|over\b|squared\b|\.\d))")
# "log base 2 of x = 5": a letter's logarithm, in plain text only (the same operators after it
# decline: "log base 2 of x + 1" may be the log of x + 1)
_LOG_LETTER = re.compile(
    r"\b(?:the )?(?:log|logarithm) (?:base|to (?:the )?base) (\d+) of ([b-hj-z])\b(?![\w'])"
    r"(?!\s*(?:[-+*/^(]|plus\b|minus\b|times\b|divided\b|over\b|squared\b|\.\d))")
# "log base 3 of (2x + 1)": a bracket closes its own argument, so any operator may follow
_LOG_BRACKET = re.compile(
    r"\b(?:the )?(?:log|logarithm) (?:base|to (?:the )?base) (\d+) of "
    r"(\((?:[^()]|\([^()]*\))*\))")
# "leaves remainder 3", "with a remainder 2": the remainder's usual words ("a remainder of")
_REMAINDER_SAID = re.compile(r"\b(leaves?|leaving|has|gives?|with) (?:a )?remainder (?:of )?"
                             r"(?=-?\d|\$)")
# "2 dozen eggs", "a dozen", "half a dozen": twelves said as their number
# (not "at $3 each" after it, which may price an egg or a dozen, nor "$2.40 a dozen", a price)
_DOZEN = re.compile(r"\b(?:(half a)|(a)|(\d+)) dozen\b(?! of\b)(?!.*\beach\b)", re.S)
_PRICE_BEFORE = re.compile(r"\d\$?\s*$")
# "3 and a half hours" (a half already written 1/2): a mixed number said in words
_AND_A_HALF = re.compile(r"\b(\d+) and (?:1/2|\$\\frac\{1\}\{2\}\$)(?= [a-z])")
# "Which is the smallest ...?": asked as "What is the smallest ...?"
_WHICH_EXTREME = re.compile(r"(?:(?<=^)|(?<=[.?!] ))Which is the (?=(?:smallest|largest|least|"
                            r"greatest) )")
# a bracket closes its own base: "(-3) squared" is (-3)^2 ("-3 squared" reads two ways)
_SQUARED = re.compile(r"((?<![\w^\-−])(?:[a-z]|\d+(?:\.\d+)?)|\))\s+(squared|cubed)\b")
# (a word operator before another root said with "the" ends this root: "the square root of
# 144 plus the square root of 25" is a sum of two roots; "... of 9 plus 16" reads two ways)
_ROOT_WORDS = re.compile(
    r"\bthe (square|cube) root of (\d+(?:\.\d+)?|[a-z])\b(?!\s*(?:[-+*/^(]|(?:plus|minus"
    r"|times)\b(?! the (?:square|cube) root of\b)|divided\b|over\b|squared\b|cubed\b|to\b"
    r"|and\b|\.\d))")


# "when $x$ is 3,", "if x equals -2 and ...": a letter's value said in words
_LETTER_IS = re.compile(
    r"(?:\$(?P<x>[b-hj-z])\$|(?<![\w$\\])(?P<y>[b-hj-z])(?![\w$])) (?:is|equals|is equal to) "
    r"(?:\$(?P<v>-?\d+(?:\.\d+)?)\$|(?<!\$)(?P<w>-?\d+(?:\.\d+)?)(?![\w$]))"
    r"(?=\s*(?:[,.?;]|and\b|then\b|$))")


def words_respelled(text: str) -> str:
    """The text with numbers in words as digits, "x squared" as x^2, "the square root
    of 50" as sqrt(50) and "x is 3" as x = 3, "leaves remainder 3" as "leaves a remainder
    of 3", "Which is the smallest" as "What is the smallest", "2 dozen" as 24 and "3 and
    a half hours" as 3.5 hours; outside maths delimiters only."""
    def letter_is(m: re.Match[str]) -> str:
        said = f"{m.group('x') or m.group('y')} = {m.group('v') or m.group('w')}"
        return f"${said}$" if "$" in text else said

    text = _LETTER_IS.sub(letter_is, text)
    text = _DOZEN.sub(lambda m: m.group(0) if _PRICE_BEFORE.search(m.string[:m.start()]) else
                      "6" if m.group(1) else str(12 * int(m.group(3) or 1)), text)
    out, last = [], 0
    for m in MATH_SPAN.finditer(text):
        out.append(_words_segment(text[last:m.start()], bool(MATH_SPAN.search(text))))
        out.append(m.group(0))
        last = m.end()
    out.append(_words_segment(text[last:], bool(MATH_SPAN.search(text))))
    return "".join(out)


# the last number of a listed run ("the mean of 1, 2, 3, 4, 5 squared"): the power may be
# that number's or every number's, so it is left in words (and declines)
# (with or without a comma before 'and': "1, 2 and 3 squared"; a fraction's numerator comes
# before the number squared: "1/2, 1/3 and 1/4 squared")
_LIST_BEFORE = re.compile(r"(?:\d|\.\.\.|…)\s*,\s*(?:\S+\s+and\s+|and\s+)?(?:\d+/)?$")
# the second term of a pair ("the sum of 2 and 3 squared", "of 1/2 and 1/3 squared"): the
# power may be that term's (11) or the pair's (25), so it is left in words too
_PAIR_BEFORE = re.compile(r"\b(?:sum|product|difference|quotient|mean|average)\s+(?:of|between)"
                          r"\s+\S+\s+and\s+(?:\d+/)?$")


def _power_said(m: re.Match[str]) -> str:
    if _LIST_BEFORE.search(m.string[:m.start()]) or _PAIR_BEFORE.search(m.string[:m.start()]):
        return m.group(0)
    return f"{m.group(1)}^{2 if m.group(2) == 'squared' else 3}"


def _words_segment(seg: str, has_maths: bool) -> str:
    seg = _FRACTION_WORDS.sub(lambda m: _fraction(m, has_maths), seg)
    seg = _NEGATIVE.sub("-", _NUMBER_WORDS.sub(_number, seg))
    seg = _AND_A_HALF.sub(r"\1.5", seg)
    seg = _WHICH_EXTREME.sub("What is the ", _REMAINDER_SAID.sub(r"\1 a remainder of ", seg))
    seg = _SQUARED.sub(_power_said, seg)
    seg = _POWER.sub(lambda m: f"{m.group(1)}^{_ORDINAL_POWERS.get(m.group(2), m.group(2))}",
                     seg)
    seg = _LOG_WORDS.sub(lambda m: f"$\\log_{{{m.group(1) or m.group('b')}}} "
                                   f"{m.group(2) or m.group('n')}$", seg)

    if not has_maths:
        seg = _LOG_LETTER.sub(lambda m: f"log_{m.group(1)}({m.group(2)})", seg)
        seg = _LOG_BRACKET.sub(lambda m: f"log_{m.group(1)}{m.group(2)}", seg)

    def root(m: re.Match[str]) -> str:
        if m.group(1) == "square":
            return f"$\\sqrt{{{m.group(2)}}}$" if has_maths else f"sqrt({m.group(2)})"
        return f"$\\sqrt[3]{{{m.group(2)}}}$"

    return _ROOT_WORDS.sub(root, seg)


__all__ = ["CARDINALS", "MATH_SPAN", "TENS", "words_respelled"]
