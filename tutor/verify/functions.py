"""Functions the chain defined ("f(x) = 3x + 2", "P(x) = x^2 - 4x + c"), put into
later claims: `f(2) = 3(2) + 2` becomes `(3(2) + 2) = 3(2) + 2`. Plain text work;
used to verify only (a name may have been reused for another function since).
"""

from __future__ import annotations

import re

# `f(x)`, `g(x, y)`, `f^{-1}(x)` on the left of a definition: a letter (or its inverse),
# one-letter variables.
_INVERSE = r"(?:\^\s*\{\s*-1\s*\}|\^\s*-1)?"
DEFINITION = re.compile(rf"^\s*([A-Za-z]{_INVERSE})\s*(?:\\left)?\(\s*([a-z](?:\s*,\s*[a-z])*)\s*"
                        r"(?:\\right)?\)\s*$")
_APPLICATION = re.compile(rf"(?<![\\A-Za-z])([A-Za-z]{_INVERSE})\s*(?:\\left)?\(")
_MAX_ROUNDS = 3
_MAX_CHARS = 600


_LETTERS = re.compile(r"\\[A-Za-z]+|[A-Za-z]+")


def _name(text: str) -> str:
    """`f^{ -1 }` and `f^-1` as `f^{-1}`."""
    return re.sub(r"\s+", "", text).replace("^-1", "^{-1}")


def _put_in(body: str, arguments: dict[str, str]) -> str:
    """`body` with each variable replaced by its argument, all at once: letters written
    together are a product in maths (`ax` is a·x), a command (`\\max`) is left alone."""
    return _LETTERS.sub(lambda m: m.group(0) if m.group(0).startswith("\\")
                        else _filled_run(m.group(0), arguments), body)


def _filled_run(letters: str, arguments: dict[str, str]) -> str:
    """A run of letters with its variables put in; one after a letter gets a `\\cdot`,
    because `a(3)` reads as a function applied to 3 while `ax` meant a·x."""
    out = []
    for i, ch in enumerate(letters):
        value = arguments.get(ch)
        out.append(ch if value is None else (r"\cdot " + value if i else value))
    return "".join(out)


def _uses(body: str, variables: str) -> bool:
    return any(not t.startswith("\\") and any(v in t for v in variables.split(","))
               for t in _LETTERS.findall(body))


def _top_level_split(text: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for i, ch in enumerate(text):
        depth += (ch in "({[") - (ch in ")}]")
        if ch == "," and depth == 0:
            parts.append(text[start:i])
            start = i + 1
    return [*parts, text[start:]]


def defined_function(lhs: str, rhs: str) -> tuple[str, str, str] | None:
    """`f(x) = body` -> ("f", "x", "body") when the body uses the variable."""
    m = DEFINITION.match(lhs)
    if not m or m.group(1) in m.group(2).split(","):
        return None
    name, var = _name(m.group(1)), re.sub(r"\s+", "", m.group(2))
    if len(set(var.split(","))) != len(var.split(",")) or not _uses(rhs, var):
        return None
    if _APPLICATION.search(rhs) and any(_name(n) == name for n in _APPLICATION.findall(rhs)):
        return None  # recursive: f(x) = f(x - 1) + 2
    return name, var, rhs.strip()


# "Find the critical points of f(x) = x^3 - 3x.": a definition typed plainly inside a sentence
_PLAIN_DEFINITION = re.compile(r"(?<![\\A-Za-z])([a-zA-Z])\(([a-z])\)\s*=\s*([\w^+\-*/() .√]+?)"
                               r"\s*(?=[,;?]|\.(?:\s|$)|$|\s(?:and|for|where|if|on)\b)")


# a sentence that asks or claims it ("Is f(x) = x^2 for all x?", "Show that f(x) = ..."): no
# definition
_ASKED = re.compile(r"(?:^|[.?!]\s+)(?:is|are|does|do|can|could|prove|show|verify|check)\b"
                    r"[^.?!]*$", re.IGNORECASE)


def plain_definitions(text: str) -> list[tuple[str, str, str]]:
    """Functions defined in plain text (no LaTeX anywhere in it) inside a sentence."""
    if "$" in text or "\\" in text:
        return []
    found = (defined_function(f"{m.group(1)}({m.group(2)})", m.group(3))
             for m in _PLAIN_DEFINITION.finditer(text) if not _ASKED.search(text[:m.start()]))
    return [f for f in found if f is not None]


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
            if m.start() < pos or _name(m.group(1)) not in known:
                continue
            open_at = m.end() - 1
            close = _closing(text, open_at)
            if close is None:
                return None
            var, body = known[_name(m.group(1))]
            arguments = _top_level_split(text[open_at + 1 : close].replace("\\right", ""))
            if len(arguments) != len(var.split(",")):
                continue
            filled = _put_in(body, {v: f"({a.strip()})" for v, a in
                                    zip(var.split(","), arguments, strict=True)})
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
