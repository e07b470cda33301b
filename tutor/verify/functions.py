"""Functions the chain defined ("f(x) = 3x + 2", "P(x) = x^2 - 4x + c"), put into
later claims: `f(2) = 3(2) + 2` becomes `(3(2) + 2) = 3(2) + 2`. Plain text work;
used to verify only (a name may have been reused for another function since).
"""

from __future__ import annotations

import re

# `f(x)` on the left of a definition: one letter, one variable.
DEFINITION = re.compile(r"^\s*([A-Za-z])\s*\(\s*([a-z])\s*\)\s*$")
_APPLICATION = re.compile(r"(?<![\\A-Za-z])([A-Za-z])\s*(?:\\left)?\(")
_MAX_ROUNDS = 3
_MAX_CHARS = 600


_LETTERS = re.compile(r"\\[A-Za-z]+|[A-Za-z]+")


def _put_in(body: str, var: str, argument: str) -> str:
    """`body` with every `var` replaced by `argument`: letters written together are a
    product in maths (`ax` is a·x), a command (`\\max`, `\\exp`) is left alone."""
    return _LETTERS.sub(lambda m: m.group(0) if m.group(0).startswith("\\")
                        else m.group(0).replace(var, argument), body)


def _uses(body: str, var: str) -> bool:
    return any(not t.startswith("\\") and var in t for t in _LETTERS.findall(body))


def defined_function(lhs: str, rhs: str) -> tuple[str, str, str] | None:
    """`f(x) = body` -> ("f", "x", "body") when the body uses the variable."""
    m = DEFINITION.match(lhs)
    if not m or m.group(1) == m.group(2):
        return None
    name, var = m.groups()
    if not _uses(rhs, var):
        return None
    if _APPLICATION.search(rhs) and any(n == name for n in _APPLICATION.findall(rhs)):
        return None  # recursive: f(x) = f(x - 1) + 2
    return name, var, rhs.strip()


def _closing(text: str, start: int) -> int | None:
    """Index of the parenthesis closing the one at `start`."""
    depth = 0
    for i in range(start, len(text)):
        if text[i] == "(":
            depth += 1
        elif text[i] == ")":
            depth -= 1
            if depth == 0:
                return i
    return None


def expand_functions(text: str, functions: tuple[tuple[str, str, str], ...]) -> str | None:
    """The text with every application of a known function replaced by its body,
    or None when nothing was replaced (or the result grew too long)."""
    known = {name: (var, body) for name, var, body in functions}
    changed = False
    for _ in range(_MAX_ROUNDS):
        out, pos, replaced = [], 0, False
        for m in _APPLICATION.finditer(text):
            if m.start() < pos or m.group(1) not in known:
                continue
            open_at = m.end() - 1
            close = _closing(text, open_at)
            if close is None:
                return None
            var, body = known[m.group(1)]
            argument = text[open_at + 1 : close].replace("\\right", "").strip()
            filled = _put_in(body, var, f"({argument})")
            out.append(text[pos : m.start()] + f"({filled})")
            pos = close + 1
            replaced = True
        if not replaced:
            break
        text = "".join(out) + text[pos:]
        changed = True
        if len(text) > _MAX_CHARS:
            return None
    return text if changed else None
