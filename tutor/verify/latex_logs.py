"""A logarithm of a whole number to a whole base, written in LaTeX and said to be a
number: `\\log_2 16 = 5`, `\\log_{3}(81) = 3`, `\\log_4 8 = \\frac{3}{2}`,
`\\log_5 \\left( 125 \\right) = -3`. It has one reading, as in plain text
(`plain_functions.wrong_log`), and is refuted as there: b^p and n^q compared exactly, and
ln n / ln b at 40 digits, must both disagree. Anything else (a bare `\\log`, `\\ln`, a
letter, a decimal) is left to the broad reader, which never refutes.
"""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.verify.claims import RawClaim
from tutor.verify.plain_functions import wrong_log
from tutor.verify.verdict import ClaimResult

_NUMBER = r"(?:\\left\s*\(\s*(?P<n1>\d{1,12})\s*\\right\s*\)|\(\s*(?P<n2>\d{1,12})\s*\)" \
          r"|\{\s*(?P<n3>\d{1,12})\s*\}|(?P<n4>\d{1,12}))"
_LOG = re.compile(r"^\s*\\log_\s*(?:\{\s*(?P<b1>\d{1,4})\s*\}|(?P<b2>\d))\s*"
                  rf"{_NUMBER}\s*$")
_VALUE = re.compile(r"^\s*(?P<sign>-?)\s*(?:\\[dt]?frac\s*\{\s*(?P<p>\d{1,3})\s*\}\s*"
                    r"\{\s*(?P<q>\d{1,3})\s*\}|(?P<whole>\d{1,3}))\s*$")


def wrong_latex_log(claim: RawClaim) -> ClaimResult | None:
    """`\\log_2 16 = 5` refuted (see the module doc), else None."""
    log, value = _LOG.match(claim.lhs), _VALUE.match(claim.rhs)
    if log is None or value is None:
        return None
    base = log["b1"] or log["b2"]
    number = next(n for n in log.group("n1", "n2", "n3", "n4") if n)
    said = value["whole"] or f"{value['p']}/{value['q']}"
    return wrong_log(replace(claim, lhs=f"log_{base}({number})", rhs=f"{value['sign']}{said}"))


__all__ = ["wrong_latex_log"]
