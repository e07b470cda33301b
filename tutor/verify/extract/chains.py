"""The chain reader: `a = b = c` chains in a step's maths segments become links
(plain text work, no SymPy)."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from tutor.verify.extract.calculus_arithmetic import CALCULUS_MARKS, DERIVATIVE, numbers_only
from tutor.verify.extract.claim import (
    APPROX_PROSE,
    DENIED,
    DENIED_BEFORE,
    NEGATED_BEFORE,
    REWRITES_LAST,
    SUPPOSED_ARITHMETIC,
    SUPPOSES,
    RawClaim,
    asserted,
    described_value,
    said_false,
)
from tutor.verify.extract.conventions import is_count_of_items, is_running_prefix, running_on
from tutor.verify.extract.equality_text import ASKED, comparable_text
from tutor.verify.extract.matrices import put_back, set_aside
from tutor.verify.extract.parameters import names_parameters, number_form, only_names
from tutor.verify.extract.plusminus import expand_plus_minus
from tutor.verify.extract.tuples import expand_tuples
from tutor.verify.extract.unit_results import converts_as_it_goes
from tutor.verify.function_notation import function_names, letters_in_gcd
from tutor.verify.plain_calculus import lone_integral
from tutor.verify.segments import Segment

# Relations we check, longest first. `\approx` and friends mark approximations.
_RELATIONS = {
    "\\approx": "≈",
    "\\simeq": "≈",
    "\\sim": "≈",
    "≈": "≈",
    "~": "≈",
    "\\leq": "<=",
    "\\le": "<=",
    "\\geqslant": ">=",
    "\\leqslant": "<=",
    "\\geq": ">=",
    "\\ge": ">=",
    "≤": "<=",
    "≥": ">=",
    "<=": "<=",
    ">=": ">=",
    "\\neq": "!=",
    "\\ne": "!=",
    "≠": "!=",
    "\\lt": "<",
    "\\gt": ">",
    "=": "=",
    "<": "<",
    ">": ">",
}
_REL_RE = re.compile(
    "|".join(
        re.escape(k) + ("(?![a-zA-Z])" if k[0] == "\\" else "")
        for k in sorted(_RELATIONS, key=len, reverse=True)
    )
)
# Separators between independent statements inside one segment.
_STATEMENT_SPLIT = re.compile(
    r"\\(?:Rightarrow|Longrightarrow|implies|iff|Leftrightarrow|therefore|quad|qquad|\\)(?![a-zA-Z])"
    r"|\\text\{\s*(?:and|or|so|thus|then|hence|where|since|if|for)\b[^{}]*\}"
    r"|[;\n]|⇒|→|\\to(?![a-zA-Z])"
)
_ALIGN = re.compile(r"&|\\\\(?=\s*$)")
_TEXT_UNITS = re.compile(r"\\(?:text|mathrm|textbf|mbox|operatorname|mathit)\s*\{[^{}]*\}")
# `= 81 \\text{ cm}^2`: trailing unit words, a square or cubic unit with its power
_TRAILING_UNIT = re.compile(r"(?:\s*\\(?:text|mathrm|textbf|mbox|mathit)\s*\{[^{}]*\}"
                            r"(?:\^\s*(?:\{\s*[23]\s*\}|[23]))?)+\s*$")
_COMMA = re.compile(r"(?<!\\),\s")  # but not the thin space `\,`
_BARE_NUMBER = re.compile(r"^\d[\d,.]*%?$")
# "14 + 9 = 23, + 17 = 40": a running total goes on from the value before the comma
# (read verify only: the pairing is a reading of the layout); "-3" is a number, "- 3" not
_RUNNING = re.compile(r"^\s*[-+−]\s")
_IMPLIES = re.compile(r"\\(?:Rightarrow|Longrightarrow|implies)|⇒")
_BOXED = re.compile(r"\\boxed\s*\{(.*)\}")
_MONEY = re.compile(r"\\\$|\$")
_TAG = re.compile(r"\\(?:tag|label)\*?\s*\{[^{}]*\}")  # `\tag{3}`: the equation's number


def _split_top_level(text: str, pattern: re.Pattern[str]) -> list[tuple[str, str]]:
    """Split at matches of `pattern` that are outside braces/parentheses.

    Returns [(piece, separator_before_piece), ...]; the first separator is "".
    """
    pieces: list[tuple[str, str]] = []
    depth = 0
    start = 0
    sep = ""
    i = 0
    while i < len(text):
        ch = text[i]
        if ch in "{([":
            depth += 1
        elif ch in "})]":
            depth = max(0, depth - 1)
        elif depth == 0:
            m = pattern.match(text, i)
            if m and m.end() > i:
                pieces.append((text[start:i], sep))
                sep = m.group(0)
                i = m.end()
                start = i
                continue
        i += 1
    pieces.append((text[start:], sep))
    return pieces


_OPERATOR = re.compile(r"(?<!^)[-+*/×÷^]|\\times|\\cdot|\\div|\\frac|\\sqrt")


@dataclass(frozen=True)
class _Side:
    text: str
    unit: str  # trailing `\text{...}` words, e.g. "minutes"
    named: bool  # words stand for a quantity ("\text{Jamal's apples} + 8")


def _side(raw: str) -> _Side:
    text = _MONEY.sub("", _ALIGN.sub(" ", _TAG.sub(" ", raw))).replace("\\displaystyle", " ")
    text = text.strip()
    text = text.rstrip(".,").strip()
    unit = ""
    m = _TRAILING_UNIT.search(text)
    if m and m.start() > 0:
        unit = " ".join(re.sub(r"\\[a-z]+\s*\{|[{}]", "", m.group(0)).split())
        text = text[: m.start()].strip()
    boxed = _BOXED.fullmatch(text)
    if boxed and _balanced(boxed.group(1)):
        text = boxed.group(1).strip()  # `= \boxed{42}` claims 42
    named = bool(_TEXT_UNITS.search(text))
    return _Side(text, unit, named)


def _unboxed(text: str) -> str:
    """`\\boxed{x = 4}`: a relation boxed as the answer is a claim like any other."""
    for m in reversed(list(re.finditer(r"\\boxed\s*\{", text))):
        depth, end = 1, m.end()
        while end < len(text) and depth:
            depth += (text[end] == "{") - (text[end] == "}")
            end += 1
        inside = text[m.end():end - 1]
        if not depth and _REL_RE.search(inside):
            text = f"{text[:m.start()]}{inside}{text[end:]}"
    return text


def _balanced(text: str) -> bool:
    depth = 0
    for ch in text:
        depth += (ch == "{") - (ch == "}")
        if depth < 0:
            return False
    return depth == 0


def _units_agree(a: _Side, b: _Side) -> bool:
    """Sides with different units ("4 hours = 240 minutes") are not an equality of numbers."""
    if a.unit == b.unit:
        return True
    bare = a if a.unit else b  # the side that has a unit
    return bool(_OPERATOR.search(bare.text)) and not (a.unit and b.unit)


def claims_from_segment(seg: Segment, named: dict[str, str] | None = None) -> list[RawClaim]:
    """The claims of one segment.

    `named` carries, across the segments of one step, the last expression given
    for a named quantity: "\\text{Total} = 52 + 24 + 44" then "\\text{Total} = 178"
    claims that 52 + 24 + 44 = 178.
    """
    named = {} if named is None else named
    if "boxed" in seg.text:
        seg = replace(seg, text=_unboxed(seg.text))
    if not letters_in_gcd(seg.text):  # `\text{lcm}(4, 6)` of numbers names no quantity
        seg = replace(seg, text=function_names(seg.text))
    lone = lone_integral(seg.text)  # `\\int x^2 \\, dx = x^3 + C`: a plain equality
    calculus = (bool(DERIVATIVE.search(seg.text)) or "\\int" in seg.text) and not lone
    # "36 + 64 = 110? No: ...": a claim the writer asks about is never refuted, but it
    # keeps its step from being verified
    asked = bool(ASKED.match(seg.after))
    comparable = comparable_text(seg.text.replace("\\int", "") if lone else seg.text, seg)
    # calculus the only reason: a link of numbers only is arithmetic (calculus_arithmetic)
    plain = not comparable and comparable_text(CALCULUS_MARKS.sub(" ", seg.text), seg)
    approx_prose = bool(APPROX_PROSE.search(seg.before[-30:] + " " + seg.after[:15]))
    stated = asserted(seg.before, seg.after) and not described_value(seg.text, seg.after)
    supposes = bool(SUPPOSES.search(seg.before[-40:]))
    parameter = names_parameters(seg.before)  # one link only: `c = √(a² - b²) = 5` gives c
    denied = bool(DENIED.match(seg.after) or DENIED_BEFORE.search(seg.before[-60:])
                  or SUPPOSED_ARITHMETIC.search(seg.before[-60:]) and all(
                      numbers_only(side) for side in re.split(r"[=<>≤≥]", seg.text)))
    rewrites = bool(REWRITES_LAST.search(seg.before[-80:])) and not supposes and not parameter
    claims: list[RawClaim] = []
    before: tuple[str, str] | None = None  # the equation `A` of `A \Rightarrow B`
    text, held = set_aside(seg.text)  # a matrix's `\\` and `&` separate its entries
    for number, (statement, sep) in enumerate(_split_top_level(text, _STATEMENT_SPLIT)):
        implied_by, before = (before if _IMPLIES.fullmatch(sep.strip()) else None), None
        # Top-level commas separate statements ("x = 2, y = 3") unless they are
        # inside a tuple or set, which _split_top_level leaves alone.
        parts = _split_top_level(statement, _COMMA)
        total: str | None = None  # the value the part before ended on
        for part, _ in parts:
            running = total is not None and not seg.latex and bool(_RUNNING.match(part))
            part = f"{total} {part.strip()}" if running else part
            chain = _split_top_level(part, _REL_RE)
            total = chain[-1][0].strip() if len(chain) > 1 else None
            if total is not None and not _BARE_NUMBER.match(total):
                total = None
            if len(chain) < 2:
                continue
            if len(parts) == 1 and len(chain) == 2 and chain[1][1] == "=":
                before = (_side(chain[0][0]).text, _side(chain[1][0]).text)
            else:
                implied_by = None
            sides = [_side(piece) for piece, _ in chain]
            # "one-third of 27 = 27 ÷ 3 = 9": the 27 before the first `=` is the phrase's.
            start, stop = 1, len(sides)
            if seg.operator_word_before or (
                chain[1][1] == "=" and seg.led_by_word and _BARE_NUMBER.match(sides[0].text)
            ):
                start = 2
            if seg.operator_word_after:
                stop -= 1
            if chain[1][1] == "=":
                claims.extend(_restated(sides, named, seg.latex, comparable))
            for k in range(start, stop):
                lhs, rhs = sides[k - 1], sides[k]
                rel = _RELATIONS.get(chain[k][1], chain[k][1])
                if not lhs.text or not rhs.text or lhs.named or rhs.named:
                    continue
                # "12 + 15 = 27 − 4 = 23": the link claims 12 + 15 = 27 (conventions.py)
                on = running_on(lhs.text, rhs.text) if k < len(sides) - 1 else ""
                claims.append(
                    RawClaim(
                        lhs=lhs.text,
                        relation=rel,
                        rhs=on or rhs.text,
                        source=f"{lhs.text} {chain[k][1]} {rhs.text}".strip(),
                        latex=seg.latex,
                        comparable=(comparable and not calculus or plain and numbers_only(
                            lhs.text) and numbers_only(rhs.text)) and not running
                        and not (seg.after_dash and k == 1) and _units_agree(lhs, rhs)
                        and not _convention(lhs.text, rhs.text, k, len(sides), seg)
                        # `6+7!=12`: a factorial, or `≠` typed as code; verify only
                        and not (lhs.text.endswith("!") and "!=" in part),
                        approximate=approx_prose or rel == "≈",
                        single_link=len(sides) == 2,
                        asserted=stated,
                        supposed=denied or (supposes or parameter and len(sides) == 2)
                        and number == 0 and (
                            rel in ("<", ">", "<=", ">=")
                            or all(only_names(side.text) for side in sides[:k])),
                        denied=denied, negated=bool(NEGATED_BEFORE.search(seg.before[-60:]))
                        and not DENIED.match(seg.after) and not said_false(seg.after),
                        implied_by=implied_by,
                        rewrites_last=rewrites and number == 0 and len(parts) == 1 and k == 1
                        and implied_by is None,
                        counted=running or asked or seg.after_dash and k == 1,
                    )
                )
    return put_back(expand_plus_minus(expand_tuples(claims)), held)


def _convention(lhs: str, rhs: str, k: int, n_sides: int, seg: Segment) -> bool:
    """The link is a writing convention (see extract.conventions), not an equality."""
    if k < n_sides - 1 and _OPERATOR.search(rhs) and is_running_prefix(lhs, rhs):
        return True
    last = k == n_sides - 1 and not seg.latex
    if last and converts_as_it_goes(lhs, rhs, seg.after):  # "50 × 4 = 2 m" (unit_results.py)
        return True
    counted = last and seg.after.lstrip()[:1].isalpha()
    return counted and is_count_of_items(lhs, rhs)


def _restated(
    sides: list[_Side], named: dict[str, str], latex: bool, comparable: bool
) -> list[RawClaim]:
    """A named quantity given an expression, then restated as a bare number."""
    if not sides[0].named or len(sides) < 2 or sides[1].named or not sides[1].text:
        return []
    name = re.sub(r"\s+", " ", sides[0].text).strip().lower()
    value = sides[1].text
    earlier = named.get(name)
    named[name] = value if len(sides) == 2 else sides[-1].text
    if earlier is None or len(sides) != 2 or not _OPERATOR.search(earlier):
        return []
    bare = bool(_BARE_NUMBER.match(value))
    if not bare and not (number_form(value) and number_form(earlier) and value != earlier):
        return []
    # `64\pi`, `\frac{3}{4}`: a value in another form than a bare number is verified
    # only, and when it does not hold it keeps the step from being verified
    return [RawClaim(
        lhs=earlier, relation="=", rhs=value,
        source=f"{sides[0].text} = {earlier} and then = {value}",
        latex=latex, comparable=comparable and bare, approximate=False, single_link=False,
        counted=not bare,
    )]
