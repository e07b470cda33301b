"""Reading short word problems by phrases: numbers become `#v` tokens with exact values.

`Quantities.of(split, template)` builds on the counting readers' `Wording` (word
numbers like "seven" become `#7`, each phrase a reader understands is taken out, and a
problem is accepted only when nothing but glue is left). Here every plain number, as
well as decimals (`12.5`), fractions (`\\frac{3}{4}`), percents (`20\\%`, `20%`) and
amounts of money (`\\$45`), becomes `#v` with `v` an exact rational written `#3/4` or
`#12.5`; a percent is followed by the word "percent". Ratios written `3:5` become
`#3 : #5`. Any other maths piece stays `@i@`, which no reader takes: it declines.
"""

from __future__ import annotations

import re
from fractions import Fraction

from tutor.reasoning.symbolic.combinatorics.wording import Wording
from tutor.reasoning.symbolic.model import Decline
from tutor.reasoning.symbolic.parsing import Split

NUM = r"#(?:\d+/\d+|\d+(?:\.\d+)?)"
# a number, a fraction, or a mixed number ("2\frac{1}{4}": two and a quarter)
_PIECE = re.compile(r"(?P<money>\\\$\s*)?(?:(?P<num>\d+(?:\.\d+)?)"
                    r"|(?P<whole>\d+)?\s*\\[dt]?frac\{(?P<p>\d+)\}\{(?P<q>\d+)\})\s*(?P<pct>\\%)?")
_RATIO = re.compile(r"(\d+)\s*:\s*(\d+)")
_MULTIPLES = {"twice": "#2 times", "double": "#2 times", "thrice": "#3 times",
              "triple": "#3 times", "half": "#1/2 times"}


def _token(v: Fraction) -> str:
    return f"#{v.numerator}" if v.denominator == 1 else f"#{v.numerator}/{v.denominator}"


def _piece(src: str) -> str | None:
    src = src.strip()
    if src == "\\%":  # "25$\%$": the percent sign written on its own
        return "percent"
    m = _PIECE.fullmatch(src)
    if m:
        if not m.group("num") and int(m.group("q")) == 0:
            return None
        v = Fraction(m.group("num")) if m.group("num") else Fraction(
            int(m.group("p")), int(m.group("q"))) + int(m.group("whole") or 0)
        return _token(v) + (" percent" if m.group("pct") else "")
    r = _RATIO.fullmatch(src)
    if r:
        return f"{_token(Fraction(r.group(1)))} : {_token(Fraction(r.group(2)))}"
    return None


def of(split: Split, template: str) -> Wording:
    """The template with every number as `#v` (see the module's text)."""
    def number(m: re.Match[str]) -> str:
        got = _piece(split.maths[int(m.group(1))])
        return f" {got} " if got else m.group(0)

    text = re.sub(r"@(\d+)@", number, template).replace("\u2019", "'")
    text = re.sub(r"\s*%", " percent", text)
    text = re.sub(r"(?<=\d) percent", " percent", text)
    w = Wording.of(Split(text, split.maths), text)  # word numbers; "one" as a pronoun stays
    t = w.text
    t = re.sub(r"#(\d+) / #(\d+)\b", lambda m: _token(Fraction(int(m.group(1)), int(m.group(2))))
               if int(m.group(2)) else m.group(0), t)  # a fraction written 1/2 in the text
    t = re.sub(r"\bhalf of\b", "#1/2 of", t)
    t = re.sub(r"\\?\$\s*(?=#)", "", t)  # a currency sign left in the text: "$1000"
    for word, rep in _MULTIPLES.items():
        t = re.sub(rf"\b{word}\b", rep, t)
    t = re.sub(r"\b(\d+)(?:st|nd|rd|th)\b", r"\1", t)
    t = re.sub(r"(#[\d/.]*\d) (?=[,.?;:!](?:\s|$))", r"\1", t)
    w.text = re.sub(r"\s+", " ", t)
    return w


def value(token: str) -> Fraction:
    """The exact value of a `#v` token."""
    m = re.fullmatch(r"\s*#(\d+/\d+|\d+(?:\.\d+)?)\s*", token)
    if not m:
        raise Decline("a number")
    return Fraction(m.group(1))


_CONDITION = re.compile(r"\b(?:if|unless|when|but)\b([^,.?]*)")


def condition_without_amount(text: str) -> bool:
    """A clause "if ...", "when ...", "unless ...", "but ..." with no number in it ("... if the
    joining fee is refunded", "... if a rug covers part of it"): it changes the maths by an
    amount not told, so a reader that does not read it must decline. `text` has its numbers
    as "#..." tokens."""
    return any("#" not in clause for clause in _CONDITION.findall(text))


__all__ = ["NUM", "condition_without_amount", "of", "value"]
