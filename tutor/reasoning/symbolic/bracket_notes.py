"""Notes that only explain the floor or ceiling notation, taken out of a problem's text.

"where $\\lfloor x \\rfloor$ denotes the greatest integer less than or equal to $x$", "(The
notation $\\lceil y \\rceil$ means the least integer not less than $y$.)", "For example,
$\\lfloor 3.7 \\rfloor = 3$ and $\\lfloor -1.2 \\rfloor = -2$." The engine reads the brackets
by their usual meaning, so a note that gives exactly that meaning adds nothing to the
question, and a reader would otherwise see unknown words. A note is taken out only when it
defines the bracket it names by its usual meaning (a floor as the greatest integer at
most x, a ceiling as the least integer at least x) and every example it gives is true
(each side evaluated exactly). Any other note (the nearest integer, a bracket defined in
another way, a false example) stays, and the readers decline on it.
"""

from __future__ import annotations

import re

_BRACKET = (r"\$\s*(?:\\left\s*)?\\l(?P<k>floor|ceil)\s*\{?\s*(?P<v>[a-zA-Z])\s*\}?\s*"
            r"(?:\\right\s*)?\\r(?P=k)\s*\$")
_LEAD = (r"[,;]?\s*\(?\s*(?:note:?\s*)?(?:(?:here|recall that),?\s*)?(?:for (?:a|any|each|"
         r"every|all) real numbers? \$[a-zA-Z],?\$,?\s*)?(?:where |and |the (?:symbol|notation"
         r"|expression) )?")
_VERB = r"\s*(?:denotes|means|is defined (?:as|to be)|represents|stands for|is)\s+"
_MEANS = {
    "floor": r"(?:the )?(?:greatest|largest) integer(?: that is| which is)? (?:less than or "
             r"equal to|not exceeding|that does not exceed|not greater than|at most)",
    "ceil": r"(?:the )?(?:least|smallest) integer(?: that is| which is)? (?:greater than or "
            r"equal to|not less than|at least)",
}
_END = r"\s*\$\s*(?P=v)\s*[.,]?\s*\$\s*\.?\s*\)?\.?"
_NOTES = {kind: re.compile(_LEAD + _BRACKET + _VERB + means + _END, re.I)
          for kind, means in _MEANS.items()}
_EXAMPLES = re.compile(r"\s*\(?(?:for example|for instance|e\.g\.),?\s*(?P<m>(?:\$[^$]+\$"
                       r"[\s,;]*(?:and\s+)?)+)\s*\)?\.?", re.I)
_PIECE = re.compile(r"\$([^$]+)\$")


def _true_examples(pieces: list[str]) -> bool:
    """Each piece is `bracket of a number = number`, and true."""
    from tutor.reasoning.symbolic.model import Decline  # the parser reads our problems
    from tutor.reasoning.symbolic.parsing import parse_latex

    for src in pieces:
        body = src.strip().rstrip(".,; ")
        if body.count("=") != 1 or not re.search(r"\\[lr](?:floor|ceil)", body):
            return False
        left, right = body.split("=")
        try:
            a, b = parse_latex(left), parse_latex(right)
        except Decline:
            return False
        if a.free_symbols or b.free_symbols or (a - b).doit() != 0:
            return False
    return True


# "where $\{x\} = x - \lfloor x \rfloor$", "$\{x\}$ denotes the fractional part of $x$"
_FRACTION_NOTE = re.compile(
    _LEAD + r"\$\s*\\\{\s*(?P<v>[a-zA-Z])\s*\\\}\s*(?:=\s*(?P=v)\s*-\s*(?:\\left\s*)?\\lfloor\s*"
    r"\{?\s*(?P=v)\s*\}?\s*(?:\\right\s*)?\\rfloor\s*[.,]?\s*\$|\$" + _VERB
    + r"(?:the )?fractional part of\s*\$\s*(?P=v)\s*[.,]?\s*\$)\s*\.?\s*\)?\.?", re.I)
_FRACTION = re.compile(r"\\\{([^{}$,]+?)\\\}")


def _fractional_parts(text: str) -> str:
    """`\\{E\\}` written out as E - floor(E) when a note defines it as the fractional part."""
    m = _FRACTION_NOTE.search(text)
    if m is None:
        return text
    ends = m.group(0).rstrip().endswith((".", ".)", ".$"))
    text = text[:m.start()] + (". " if ends else " ") + text[m.end():]
    return _FRACTION.sub(lambda f: f"\\left({f.group(1)} - \\lfloor {f.group(1)} \\rfloor"
                         "\\right)", text)


# "The greatest integer function of $x$ is written $[x]$ and is the greatest integer less
# than or equal to $x$.": square brackets as the floor, said in a sentence of its own
_SQUARE_NOTE = re.compile(
    r"(?:^|(?<=[.?!]))\s*(?:[^.?!$]|\$\s*[a-zA-Z]\s*\$)*?\$\s*\[\s*(?P<v>[a-zA-Z])\s*\]\s*\$"
    r"(?:[^.?!$]|\$\s*[a-zA-Z]\s*\$)*?" + _MEANS["floor"] + r"\s*\$\s*(?P=v)\s*[.,]?\s*\$\s*[.]?",
    re.I)
_SQUARE = re.compile(r"(?<!\\)\[([^\[\]$]+?)(?<!\\)\]")
_DOLLARS = re.compile(r"\$[^$]+\$")


def _square_brackets(text: str) -> str:
    """`[E]` in inline maths as the floor of E, when a sentence of its own defines it so."""
    m = _SQUARE_NOTE.search(text)
    if m is None:
        return text
    text = text[:m.start()] + " " + text[m.end():]
    return _DOLLARS.sub(lambda d: _SQUARE.sub(r"\\lfloor \1 \\rfloor", d.group(0)), text)


def without_notes(text: str) -> str:
    """`text` without the notes that define the floor or ceiling by its usual meaning."""
    if not re.search(r"floor|ceil|\\\{|greatest integer", text):
        return text
    out = _square_brackets(_fractional_parts(text))
    for kind, note in _NOTES.items():
        while (m := note.search(out)) is not None and m.group("k") == kind:
            ends = m.group(0).rstrip().endswith((".", ".)", ".$"))
            out = out[:m.start()] + (". " if ends else " ") + out[m.end():]
    for m in reversed(list(_EXAMPLES.finditer(out))):
        if _true_examples(_PIECE.findall(m.group("m"))):
            out = out[:m.start()] + " " + out[m.end():]
    return re.sub(r"\s*\.\s*\.", ".", out).strip().lstrip(". ")


__all__ = ["without_notes"]
