"""Tokens of the Asymptote subset that problem figures use (no evaluation of text)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.reasoning.symbolic.model import Decline

_TOKEN = re.compile(r"""
    (?P<space>\s+|//[^\n]*|/\*.*?\*/)
  | (?P<number>\d+\.\d*|\.\d+|\d+)
  | (?P<name>[A-Za-z_][A-Za-z_0-9]*)
  | (?P<string>"(?:[^"\\]|\\.)*")
  | (?P<op>--|\.\.|\^\^|::|==|!=|<=|>=|\+\+|\+=|-=|\*=|[-+*/^(),;={}\[\]<>%.!&|:?'])
""", re.S | re.X)

MAX_SOURCE = 20_000


@dataclass(frozen=True)
class Token:
    kind: str  # number, name, string, op, end
    text: str


def tokens(source: str) -> list[Token]:
    """The tokens of `source`, or Decline when something is not Asymptote we can read."""
    if len(source) > MAX_SOURCE:
        raise Decline("a figure too long to read")
    out: list[Token] = []
    i = 0
    while i < len(source):
        m = _TOKEN.match(source, i)
        if m is None:
            raise Decline(f"a figure with a character I cannot read: {source[i]!r}")
        kind = m.lastgroup or ""
        if kind != "space":
            text = m.group(0)
            out.append(Token(kind, text[1:-1] if kind == "string" else text))
        i = m.end()
    out.append(Token("end", ""))
    return out


__all__ = ["Token", "tokens"]
