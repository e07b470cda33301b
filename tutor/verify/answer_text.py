"""Answer text before any maths is read: escapes lost on the way, and answers that are words.

Escapes. An answer that passed through a program string without its backslashes
escaped arrives with control characters where LaTeX commands were: `\\frac` as a form
feed followed by `rac`, `\\begin` as a backspace followed by `egin`, `\\alpha` as a bell
and `lpha`, `\\vec` as a vertical tab and `ec`, `\\right` as a carriage return and
`ight` (MARIO_EVAL's `string_normalize` turns them back the same way).
`restore_escapes` writes these back; such a character never stands for anything else
in a final answer. A tab (`\\times` as a tab and `imes`) and a doubled backslash
(`\\\\le`) are left alone: a tab is white space a person may type and `\\\\` is LaTeX's
line break, and math-verify's own cases read them that way (a tab before `ext{13}` is
not `\\text{13}`).

Words. A word answer (`\\text{Tuesday}`, `east`) is a word, not a product of letters:
math-verify reads `stop` as s·t·o·p, which equals `pots`. `words_agree` compares two
word answers as words (case and a closing full stop aside) and says None for anything
else. Bare letters count as words when one run has four letters or more (as
`answer_normalize.prepare` reads prose); shorter runs (`ab`, `xyz`) stay products.
Roman numerals that label statements (`II`, `(IV)`, `I and III`) are labels too:
math-verify reads `I` as the imaginary unit, so `II` equalled -1 and `IV` equalled `VI`.
An answer of such labels agrees only with the same labels (in any order).

Plain string work; nothing is evaluated.
"""

from __future__ import annotations

import re

# control character -> the letter its escape sequence began with
_CONTROL = {"\x0c": "f", "\x08": "b", "\x07": "a", "\x0b": "v", "\r": "r"}
_CONTROL_LETTER = re.compile("[" + "".join(_CONTROL) + "](?=[a-zA-Z])")


def restore_escapes(text: str) -> str:
    """`text` with LaTeX commands whose backslash and first letter became a control
    character written back (`\\x0crac{1}{2}` -> `\\frac{1}{2}`)."""
    return _CONTROL_LETTER.sub(lambda m: "\\" + _CONTROL[m.group()], text)


_TEXT_WORDS = re.compile(
    r"^\\(?:text|textbf|textit|textrm|textnormal|mathrm|mathbf|mbox)\s*\{\s*"
    r"(?P<words>[A-Za-z]{2,}(?:[ '-][A-Za-z]+)*)\s*\}$"
)
_BARE_WORDS = re.compile(r"^(?=.*[A-Za-z]{4})(?P<words>[A-Za-z]+(?:[ '-][A-Za-z]+)*)$")
# phrases that other readings give a value (answer_forms reads them as (-inf, inf))
_VALUED = re.compile(r"^all real(?:s| numbers)?$")


_NUMERAL = r"\(?(?=[IVX])X?(?:IX|IV|V?I{0,3})\)?"  # I to XIX, perhaps in brackets
_SEPARATOR = r"\s*(?:,\s*(?:and\b)?|\band\b|\\text\s*\{\s*and\s*\})\s*"
# one label of two or more letters with an I (a lone `I` or `X` may be a unit or a name),
# "(I)", or a list of two or more labels
_LABELS = re.compile(rf"^(?:(?=\(?[IVX]*I)(?=\(?[IVX]{{2}}){_NUMERAL}|\(I\)"
                     rf"|{_NUMERAL}(?:{_SEPARATOR}{_NUMERAL})+)$")


def roman_labels(answer: str) -> frozenset[str] | None:
    """The Roman-numeral statement labels an answer consists of, or None."""
    text = answer.strip().strip("$").strip().rstrip(".").strip()
    m = re.match(r"^\\(?:text|textbf|textrm|mathrm|mbox)\s*\{(?P<body>[^{}]*)\}$", text)
    text = m.group("body").strip() if m else text
    if not _LABELS.match(text):
        return None
    return frozenset(re.findall(r"[IVX]+", text))


def word_answer(answer: str) -> str | None:
    """The words of an answer that is only words (lower case, single spaces), or None."""
    text = answer.strip()
    while len(text) > 2 and text.startswith("$") and text.endswith("$"):
        text = text[1:-1].strip()
    text = text.rstrip(".").strip()
    m = _TEXT_WORDS.match(text) or _BARE_WORDS.match(text)
    if not m:
        return None
    return " ".join(m.group("words").lower().split())


_SPELLED = re.compile(r"^[A-Za-z]+(?:[ -][A-Za-z]+)*$")


def number_in_words(answer: str) -> str | None:
    """`twelve`, `\\text{forty-two}`, `seven halves` as `12`, `42`, `7/2`: an answer that
    is only a number written in words (read by the engine's one table of number words)."""
    text = answer.strip()
    while len(text) > 2 and text.startswith("$") and text.endswith("$"):
        text = text[1:-1].strip()
    text = text.rstrip(".").strip()
    m = _TEXT_WORDS.match(text)
    text = m.group("words") if m else text
    if not _SPELLED.match(text) or len(text) > 80:
        return None
    if text.lower() == "one":  # the engine keeps a lone "one" (a pronoun in prose)
        return "1"
    from tutor.reasoning.symbolic.spelled_maths import words_respelled

    number = words_respelled(text).strip()
    return number if re.fullmatch(r"\d+(?:/\d+)?", number) else None


def words_agree(gold: str, pred: str) -> bool | None:
    """True/False when both answers are words (the same words or not), or when either
    is a list of Roman-numeral labels (the same labels or not); None otherwise."""
    labels = roman_labels(gold), roman_labels(pred)
    if labels != (None, None):
        return labels[0] == labels[1]
    a, b = word_answer(gold), word_answer(pred)
    if a is None or b is None or _VALUED.match(a) or _VALUED.match(b):
        return None
    if number_in_words(gold) is not None or number_in_words(pred) is not None:
        return None  # numbers in words are compared by their values
    return a == b
