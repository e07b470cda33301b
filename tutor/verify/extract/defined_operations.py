r"""An operation the problem defines with a sign that usually means multiplication.

"If $a * b = 2a + 3b$ for all $a$ and $b$, what is $4 * 5$?": here `4 * 5` is 23, not 20.
A claim whose side holds such a sign (`4 * 5 = 2 \cdot 4 + 3 \cdot 5`) is read as a
product by every reader, so it would be refuted when right, or verified when the product
happens to agree; the checker leaves it unchecked (the other links of the step, such as
`2 \cdot 4 + 3 \cdot 5 = 23`, are still checked).

A definition is a letter, the sign, a letter, `=`, and a right side that uses one of the
two letters (`a * b = 2a + 3b`, `x \times y = \frac{x + y}{2}`), or any right side when the
words say "define", "operation" or "for all" (`a * b = 5` for all a and b). `a * b = 12`
alone is a product told, not a definition. Plain text work (no SymPy).
"""

from __future__ import annotations

import re

from tutor.verify.extract.claim import RawClaim

# the signs read as multiplication: `*`, `\ast`, `\times`, `\cdot`
_SIGN = r"(?P<sign>\*|\\ast(?![a-zA-Z])|\\times(?![a-zA-Z])|\\cdot(?![a-zA-Z]))"
_DEFINED = re.compile(
    rf"(?<![\w\\)}}])(?P<a>[a-zA-Z])\s*{_SIGN}\s*(?P<b>[a-zA-Z])(?![\w(])\s*=\s*(?P<rhs>[^=$\n]{{1,80}})")
_DEFINING_WORDS = re.compile(r"\bdefine[sd]?\b|\boperations?\b|\bfor all\b|\bfor any\b",
                             re.IGNORECASE)
_SPELLING = {"*": "*", "\\ast": "*"}


def defined_signs(problem: str) -> frozenset[str]:
    """The multiplication-like signs the problem defines as an operation of its own
    (spelled as `sign_used`'s keys: `*` stands for `*` and `\\ast`)."""
    found: set[str] = set()
    worded = bool(_DEFINING_WORDS.search(problem))
    for m in _DEFINED.finditer(problem[:4000]):
        rhs = m.group("rhs")
        uses = re.search(rf"(?<![a-zA-Z\\])[{m.group('a')}{m.group('b')}](?![a-zA-Z])", rhs)
        if uses or worded:
            found.add(_SPELLING.get(m.group("sign"), m.group("sign")))
    return frozenset(found)


def uses_sign(pair: tuple[str, str], signs: frozenset[str]) -> bool:
    """Either side of an equation writes one of the defined signs."""
    for sign, side in ((sign, side) for sign in signs for side in pair):
        if sign == "*" and re.search(r"\*|\\ast(?![a-zA-Z])", side):
            return True
        if sign != "*" and re.search(re.escape(sign) + r"(?![a-zA-Z])", side):
            return True
    return False


def without_signs(signs: frozenset[str], claims: list[RawClaim]) -> list[RawClaim]:
    """The claims, less those writing a sign the problem defines as its own operation:
    every reader would take `4 * 5` for 20 (left unchecked, never refuted nor verified)."""
    return [c for c in claims if not signs or not uses_sign((c.lhs, c.rhs), signs)]


__all__ = ["defined_signs", "uses_sign", "without_signs"]
