"""Numbers as people write them in a sentence, read into exact tokens, and the rounding and
answer-form requests around them.

`tokens(split, template)` gives the question as a list of `Num` (an exact Fraction with the
LaTeX it is shown as) and words. Beyond the prealgebra `wording` (plain numbers, decimals,
`\\frac{p}{q}`, percents, money, word numbers, "twice", "half of"), it reads fractions in
words ("two-thirds", "a quarter", "one sixth", plural "one-thirds" after "how many"),
mixed numbers written in LaTeX (`3\\frac{1}{4}`), negative numbers and decimals without a
leading zero (`.25`). Any other maths piece stays `@i@`, which no grammar reads.

`take_rounding` and `take_form` remove a request to round ("to the nearest tenth",
"rounded to 2 decimal places") or to give the answer in a form ("as a common fraction",
"as a mixed number") and say what was asked; `rounded` and `shown` carry them out.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from fractions import Fraction

import sympy as sp

from tutor.reasoning.symbolic.answer_forms import decimal_latex
from tutor.reasoning.symbolic.model import Decline, Step, step
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.prealgebra import wording
from tutor.reasoning.symbolic.spelled_maths import CARDINALS

_DENOMINATORS = {"half": 2, "halve": 2, "third": 3, "fourth": 4, "quarter": 4, "fifth": 5,
                 "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10,
                 "eleventh": 11, "twelfth": 12, "hundredth": 100, "thousandth": 1000}
_DEN = r"(?P<den>" + "|".join(_DENOMINATORS) + r")(?:s|es)?"
_NUMERATOR = r"(?P<num>" + "|".join(sorted(CARDINALS, key=len, reverse=True)) + r"|a)"
_WORD_FRACTION = re.compile(rf"\b{_NUMERATOR}[- ]{_DEN}\b")
_BARE_PLURAL = re.compile(r"\bhow many (?:halves|thirds|fourths|quarters|fifths|sixths|sevenths|"
                          r"eighths|ninths|tenths)\b")
_MIXED = re.compile(r"\s*(?P<neg>-)?\s*(?P<whole>\d+)\s*\\frac\{(?P<p>\d+)\}\{(?P<q>\d+)\}\s*")
_FRACTION = re.compile(r"\s*(?P<neg>-)?\s*\\frac\{(?P<p>\d+)\}\{(?P<q>\d+)\}\s*")
_SIGNED = re.compile(r"\s*(?P<neg>-)\s*(?P<num>\d*\.?\d+)\s*|\s*(?P<dot>\d*\.\d+)\s*")


@dataclass(frozen=True)
class Num:
    """An exact number of the question and how it is shown ("percent": written with %)."""

    value: Fraction
    tex: str
    percent: bool = False


Token = Num | str


def terminates(v: Fraction) -> bool:
    """`v` written as a decimal ends (its denominator has no prime but 2 and 5)."""
    q = v.denominator
    for p in (2, 5):
        while q % p == 0:
            q //= p
    return q == 1


def tex_of(v: Fraction) -> str:
    if v.denominator == 1:
        return str(v.numerator)
    sign = "-" if v < 0 else ""
    return f"{sign}\\frac{{{abs(v.numerator)}}}{{{v.denominator}}}"


def said(v: Fraction) -> str:
    """`v` in a sentence: a whole number as it is, a fraction as maths (`$\\frac{1}{10}$`)."""
    return str(v.numerator) if v.denominator == 1 else f"${tex_of(v)}$"


def _word_fraction(m: re.Match[str]) -> str:
    num = 1 if m.group("num") == "a" else CARDINALS[m.group("num")]
    return f" #{num}/{_DENOMINATORS[m.group('den')]} " if num else m.group(0)


def word_fractions(text: str) -> str:
    """Fractions said in words as `#p/q` tokens: "two-thirds" -> "#2/3", "a quarter" ->
    "#1/4"."""
    return _WORD_FRACTION.sub(_word_fraction, text)


def _piece(src: str) -> Num | None:
    """A number piece read with the LaTeX it was written in (`\\frac{36}{84}` stays
    unreduced, `2.50` keeps its decimals); percents and money are left to the wording."""
    m = _MIXED.fullmatch(src)
    if m and int(m.group("p")) < int(m.group("q")) and int(m.group("q")):
        part = Fraction(int(m.group("p")), int(m.group("q")))
        v = int(m.group("whole")) + part
        return Num(-v if m.group("neg") else v, src.strip())
    f = _FRACTION.fullmatch(src)
    if f and int(f.group("q")):
        v = Fraction(int(f.group("p")), int(f.group("q")))
        return Num(-v if f.group("neg") else v, src.strip())
    if re.fullmatch(r"\s*\d*\.\d*\\overline\{\d+\}\s*", src):  # 0.\overline{3}
        got = parse_latex(src)
        if isinstance(got, sp.Rational):
            return Num(Fraction(int(got.p), int(got.q)), src.strip())
    s = _SIGNED.fullmatch(src)
    if s:
        text = s.group("num") or s.group("dot")
        v = Fraction(text if text[0] != "." else "0" + text)
        return Num(-v if s.group("neg") else v, src.strip())
    return None


def tokens(split: Split, template: str) -> list[Token]:
    """The question's numbers and words (see the module's text)."""
    text = _BARE_PLURAL.sub(lambda m: f"how many one {m.group(0).split()[-1]}", template)
    text = word_fractions(text)
    text = re.sub(r"\btwice\b", "twofold", text)  # read by the grammar: "twice n" binds tight
    kept: list[Num] = []

    def keep(m: re.Match[str]) -> str:
        got = _piece(split.maths[int(m.group(1))])
        if got is None:
            return m.group(0)
        kept.append(got)
        return f" @k{len(kept) - 1}@ "

    text = re.sub(r"@(\d+)@", keep, text)
    w = wording.of(split, text)
    out: list[Token] = []
    for part in re.findall(r"@k\d+@|#[\d/.]*\d|[a-z]+(?:'[a-z]+)?|[,;:?.!]|@\d+@|\S", w.text):
        if part.startswith("@k"):
            out.append(kept[int(part[2:-1])])
        elif part.startswith("#") and len(part) > 1:  # a lone "#" is a sign, not a number
            out.append(_num(part[1:]))
        elif part == "percent" and out and isinstance(out[-1], Num) and not out[-1].percent:
            out[-1] = Num(out[-1].value / 100, f"{out[-1].tex}\\%", True)
        else:
            out.append(part)
    return out


def _num(src: str) -> Num:
    v = Fraction(src)
    return Num(v, src if "." in src else tex_of(v))


# rounding ------------------------------------------------------------------------------------

_PLACES = {"whole number": 0, "integer": 0, "one": 0, "unit": 0, "dollar": 0, "cent": 2,
           "ten": -1, "hundred": -2, "thousand": -3, "tenth": 1, "hundredth": 2,
           "thousandth": 3, "ten-thousandth": 4, "ten thousandth": 4}
_PLACE = r"(?P<place>" + "|".join(sorted(_PLACES, key=len, reverse=True)) + r"|whole [a-z]+)s?"
_ROUNDING = [
    rf"(?:,|\.)? ?(?:and )?(?:then )?(?:round|rounded|rounding) (?:(?:the|your) (?:answer|result"
    rf"|sum|product|difference|quotient) |it )?to the nearest {_PLACE}\b",
    rf"(?:,|\.)? ?(?:express|give|write|state) (?:your|the) answer (?:as a decimal |as a whole "
    rf"number )?(?:rounded )?to the nearest {_PLACE}\b",
    rf"(?:,|\.)? ?(?:round(?:ed)? )?to the nearest {_PLACE},?",
    r"(?:,|\.)? ?(?:round(?:ed)?|correct) to (?P<n>@\d+@|one|two|three|four) decimal places?,?",
]


def take_rounding(split: Split, text: str) -> tuple[str, int | None]:
    """The template without its rounding request, and the decimal places asked (None:
    none)."""
    asked: int | None = None
    for pattern in _ROUNDING:
        for m in list(re.finditer(pattern, text)):
            n = m.groupdict().get("n")
            if n and n.startswith("@"):
                src = split.maths[int(n[1:-1])].strip()
                if not re.fullmatch(r"\d", src):
                    raise Decline("a number of decimal places")
                n = src
            places = (int(n) if n.isdigit() else CARDINALS[n]) if n else _PLACES.get(
                m.group("place"), 0)  # "the nearest whole pound"
            if asked is not None and asked != places:
                raise Decline("two different roundings are asked")
            asked = places
            # "... yearly. To the nearest cent, what is ...": the sentence's end stays
            after = text[text.find(m.group(0)) + len(m.group(0)):]
            keep = m.group(0).startswith(".") and re.match(r"\s*[a-z]", after)
            text = text.replace(m.group(0), " . " if keep else " ", 1)
    return text, asked


def rounded(v: Fraction, places: int) -> tuple[str, Fraction]:
    """`v` rounded half up to `places` decimal places (negative: tens, hundreds), as shown
    and as a value; found by integer arithmetic and confirmed by Python's `decimal`."""
    if v < 0:
        raise Decline("rounding a negative number (halves round two ways)")
    scale = Fraction(10) ** places
    n = (v * scale + Fraction(1, 2)).__floor__()
    out = n / scale
    with localcontext() as ctx:
        ctx.prec = 60
        d = Decimal(v.numerator) / Decimal(v.denominator)
        again = d.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) if places >= 0 \
            else (d.scaleb(places).quantize(Decimal(1), rounding=ROUND_HALF_UP)).scaleb(-places)
    if Fraction(again) != out:
        raise Decline("the two roundings disagree")
    shown = str(n * 10 ** -places) if places <= 0 else \
        f"{n // 10 ** places}.{str(n % 10 ** places).zfill(places)}"
    return shown, out


# answer forms --------------------------------------------------------------------------------

_FORMS = [
    r"(?:,|\.)? ?\(?(?:express|give|write|leave|put|state) (?:your|the) (?:answer|result) "
    r"(?:as|in) (?:a |an )?(?P<kind>(?:(?:common|simplified|reduced|proper|improper|"
    r"proper or improper) )?"
    r"(?:fraction|decimal|mixed number|whole number|integer))(?: form)?(?:,? (?:reduced )?(?:in|to)"
    r" (?:simplest|lowest) (?:form|terms))?\.?\)?",
    r" (?:expressed|written) as an? (?P<kind>(?:(?:common|simplified|reduced) )?(?:fraction|"
    r"decimal|mixed number))(?: in (?:simplest|lowest) (?:form|terms))?",
    r"(?:,|\.)? ?\(?(?:express|give|write) (?:your|the) answer as (?:a |an )?(?P<kind>fraction|"
    r"decimal)\.?\)?",
    # "express 2.35 as a fraction", "write 7/8 as a decimal"
    r" (?:as|to|into) an? (?P<kind>(?:(?:common|simplified|reduced|improper) )?(?:fraction|"
    r"decimal|mixed number))(?: in (?:simplest|lowest) (?:form|terms))?(?=\s*[.?]?\s*$)",
]


def take_form(text: str) -> tuple[str, str | None]:
    """The text without its answer-form request, and the form ("fraction", "decimal",
    "mixed number", "integer")."""
    kind: str | None = None
    for pattern in _FORMS:
        for m in list(re.finditer(pattern, text)):
            said = m.group("kind")
            got = next(k for k in ("mixed number", "fraction", "decimal", "integer", "whole")
                       if k in said)
            got = "integer" if got == "whole" else got
            if kind is not None and kind != got:
                raise Decline("two answer forms are asked")
            kind = got
            text = text.replace(m.group(0), " ", 1)
    return text, kind


def read_story(split: Split, template: str) -> tuple[str, int | None, str | None]:
    """A story's words with every number as `#v` (`wording.of`, fractions in words read),
    after the closing request to round (`take_rounding`: the places) and the answer form
    asked (`take_form`) are taken off."""
    text, places = take_rounding(split, template)
    text, form = take_form(text)
    return wording.of(split, word_fractions(text)).text, places, form


def story_sentences(split: Split, template: str) -> list[str] | None:
    """The sentences of a story read by `read_story`, without their closing marks; None when
    a rounding or an answer form is asked or maths is left that is not a number."""
    text, places, form = read_story(split, template)
    if places is not None or form is not None or "@" in text:
        return None
    text = re.sub(r"\s+", " ", text).strip()
    return [s.strip(" .?") for s in re.split(r"(?<=[.?])\s+", text) if s.strip(" .?")]


def shown(v: Fraction, form: str | None) -> str:
    """`v` in the form asked (a terminating decimal, a mixed number, a fraction)."""
    if form == "decimal":
        q = v.denominator
        for p in (2, 5):
            while q % p == 0:
                q //= p
        if q != 1:  # a repeating decimal, its block over-lined when short enough to show
            repeating = decimal_latex(sp.Rational(v.numerator, v.denominator))
            if repeating is None:
                raise Decline("the repeating block of the decimal is too long to show")
            return repeating
        places = next(k for k in range(0, 64) if (v * 10 ** k).denominator == 1)
        return rounded(v, places)[0] if v >= 0 else "-" + rounded(-v, places)[0]
    if form == "integer" and v.denominator != 1:
        raise Decline("the answer is not a whole number")
    if form == "mixed number" and v.denominator != 1 and abs(v) > 1:
        whole, part = divmod(abs(v), 1)
        return f"{'-' if v < 0 else ''}{whole}{tex_of(part)}"
    return tex_of(v)


def as_measured(v: Fraction, places: int | None, form: str | None) -> str | sp.Rational:
    """`v` rounded or in the form asked; a terminating decimal as one (2.7, not 27/10)."""
    if places is not None or form is not None:
        return rounded(v, places)[0] if places is not None else shown(v, form)
    return shown(v, "decimal") if v.denominator != 1 and terminates(v) else sp.Rational(
        v.numerator, v.denominator)


def in_form_asked(v: Fraction, value_tex: str, places: int | None, form: str | None
                  ) -> tuple[str, list[Step]] | None:
    """The answer `v` (shown as `value_tex`) rounded or in the form asked, with the step
    that says so; None when nothing changes."""
    if places is not None:
        text, _ = rounded(v, places)
        what = {0: "whole number", -1: "ten", -2: "hundred", -3: "thousand", 1: "tenth",
                2: "hundredth", 3: "thousandth"}.get(places, f"{places} decimal places")
        return text, [step("round", f"Round to the nearest {what}.",
                           f"${value_tex} \\approx {text}$ to the nearest {what}.", text)]
    answer = shown(v, form) if form else value_tex
    if answer == value_tex:
        return None
    return answer, [step("give the answer in the form asked", "Write it in the form asked.",
                         f"${value_tex} = {answer}$", answer)]


__all__ = ["Num", "Token", "in_form_asked", "read_story", "rounded", "shown", "story_sentences",
           "take_form", "take_rounding", "terminates", "tex_of", "tokens", "word_fractions"]
