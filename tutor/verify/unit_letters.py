"""A side's last letter that the broad reader's unit normalisation would drop.

latex2sympy2_extended's normaliser removes a trailing unit, and it takes a lone letter
at the end of a side for one: `\\log_2 x - c` becomes `\\log_2 x -` (no reading at all) and
`(x + 1) m` becomes `(x + 1)` (a reading without m). The letters c, d, g, h, l, m, o, s, t
are all names of unknowns in algebra; after a number (`5 m`) they stay units (the reader
sees "5" and the checker declines the reading, see lenient_parser._unit_letter_dropped).
"""

from __future__ import annotations

import re
from functools import lru_cache

from latex2sympy2_extended.math_normalization import NormalizationConfig, normalize_latex

# a lone letter at the end (not part of a word or a command), and what comes before it
_LAST_LETTER = re.compile(r"(?<![\\a-zA-Z])[a-zA-Z]\s*$")
# a number (not a subscript: `\log_2 c`), or a braced group that may be one
# (`\frac{1}{2}`), right before it: a unit
_AFTER_NUMBER = re.compile(r"(?:(?<![_\d.])[\d.]+|\})\s*[a-zA-Z]\s*$")
_WITH_UNITS = NormalizationConfig(basic_latex=True, units=True, malformed_operators=True,
                                  nits=False, boxed="all", equations=False)
_WITHOUT_UNITS = NormalizationConfig(basic_latex=True, units=False, malformed_operators=True,
                                     nits=False, boxed="all", equations=False)


@lru_cache(maxsize=1024)
def last_letter_taken_for_unit(text: str) -> bool:
    """True when the unit normalisation drops the side's last lone letter and nothing
    else: `\\ln c`, `y - t`, `\\frac{a}{b} h`; False for `5 m`, `x + 2\\text{ cm}`."""
    if not _LAST_LETTER.search(text) or _AFTER_NUMBER.search(text):
        return False
    try:
        with_units = normalize_latex(text, _WITH_UNITS)
        without = normalize_latex(text, _WITHOUT_UNITS)
    except Exception:  # noqa: BLE001 - the normaliser raises bare Exception on bad input
        return False
    kept, whole = "".join(with_units.split()), "".join(without.split())
    return kept != whole and whole[:-1] == kept and whole[-1:].isalpha()
