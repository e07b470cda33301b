"""Numbers spelled with more than digits: a scale word (`4 million`, `4 \\text{ million}`)
and Unicode's vulgar fractions (`½`, `2¾`), as LaTeX that the parser reads. String work."""

from __future__ import annotations

import re
import unicodedata

_NUM = r"-?\d+(?:\.\d+)?"
_SCALE_WORD = re.compile(rf"^(?P<number>{_NUM})\s*(?:\\?|(?P<text>\\(?:text|mbox|mathrm)\s*\{{))"
                         r"\s*(?P<scale>million|billion|trillion)s?\s*(?(text)\}|)$")
THOUSANDS = re.compile(r"(?<=\d),(?=\d{3}(?!\d))")  # `1,500 million`, not `1,5 million`
_SCALES = {"million": 6, "billion": 9, "trillion": 12}


def scaled_number(text: str) -> str | None:
    """`4 million` (or `4 \\text{ million}`) as `4\\times10^{6}`; None for anything else."""
    m = _SCALE_WORD.match(THOUSANDS.sub("", text.strip()))
    return f"{m.group('number')}\\times10^{{{_SCALES[m.group('scale')]}}}" if m else None


def vulgar_fraction(char: str) -> str:
    """`½` as `\\frac{1}{2}` (Unicode decomposes it as `<fraction> 1 ⁄ 2`); any other
    character as it is."""
    parts = unicodedata.decomposition(char).split()
    if len(parts) != 4 or parts[0] != "<fraction>":
        return char
    top, bottom = (chr(int(code, 16)) for code in (parts[1], parts[3]))
    return f"\\frac{{{top}}}{{{bottom}}}" if top.isdigit() and bottom.isdigit() else char
