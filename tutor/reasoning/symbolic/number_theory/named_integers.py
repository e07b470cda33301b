"""Reader of a question about an integer given a name first: "Let $N = 7^{2023}$. What is the
remainder when $N$ is divided by 5?", "Suppose $G = 3^{3^{64}} - 1$. Find the units digit of
$G$.", "If $M = 2^{10} + 1$, what is $M$ modulo 9?".

The definition must be one letter equal to an integer expression without letters (sums,
products, powers, factorials: `digits.integer_tree`), and the question must name that
letter alone wherever it uses it; the letter is replaced by its expression and the question
is read by the digit and remainder readers (`integer_questions`), which confirm the answer
their own way.
"""

from __future__ import annotations

import re

from tutor.reasoning.symbolic.model import Decline, step
from tutor.reasoning.symbolic.number_theory import digits, integer_questions
from tutor.reasoning.symbolic.parsing import Split, parse_latex
from tutor.reasoning.symbolic.patterns import Result

_LEAD = re.compile(r"\s*(?:let|suppose(?: that)?|if|define|set)\s+@(?P<k>\d+)@\s*(?:[.,;]|\sand)"
                   r"\s*(?:then\s+)?(?P<rest>.*)$")
_DEFINITION = re.compile(r"\s*(?P<name>[A-Za-z])\s*=\s*(?P<value>[^=]+?)\s*$")


def read(split: Split, template: str) -> Result | None:
    lead = _LEAD.match(template)
    if lead is None:
        return None
    k = int(lead.group("k"))
    definition = _DEFINITION.match(split.maths[k])
    if definition is None:
        return None
    name, value = definition.group("name"), definition.group("value")
    if re.search(r"[A-Za-z]", re.sub(r"\\[a-zA-Z]+", " ", value)):
        return None  # a letter (or a function) in the value: not one integer
    try:
        digits.integer_tree(parse_latex(value))
    except (Decline, ValueError):
        return None
    rest = lead.group("rest")
    if re.search(rf"@{k}@", rest):
        return None
    maths = list(split.maths)
    named = [j for j, piece in enumerate(maths) if j != k and piece.strip() == name]
    if not named or any(re.search(rf"(?<![A-Za-z\\]){name}(?![A-Za-z])", piece)
                        for j, piece in enumerate(maths) if j != k and j not in named):
        return None
    for j in named:
        maths[j] = value
    renumber = {old: new for new, old in enumerate(j for j in range(len(maths)) if j != k)}
    template_rest = re.sub(r"@(\d+)@", lambda m: f"@{renumber[int(m.group(1))]}@", rest)
    inner = Split(template_rest, [p for j, p in enumerate(maths) if j != k])
    for reader in (integer_questions.read_digits, integer_questions.read_remainder):
        found = reader(inner, template_rest)
        if found is not None:
            answer, steps = found
            put = f"{name} = {value.strip()}"
            return answer, [step("use the definition", f"Put in the value of ${name}$.",
                                 f"${put}$", put), *steps]
    return None


__all__ = ["read"]
