"""A game won on an event, asked as the chance of the winner, told as the chance of the event.

"If the positive difference of their numbers is less than 2, Lena wins. Otherwise, her
sister wins. What is the probability that Lena wins?" asks the chance of the event itself:
the text becomes "What is the probability that the positive difference of their numbers is
less than 2?", the wording the dice and spinner readers know. Only the player named as the
winner on the event may be asked about (the other one wins on its complement, which is left
as written and declined); the rest of the text is kept word for word.
"""

from __future__ import annotations

import re

_WINS = re.compile(r"^(?:if|when|whenever) (?P<event>[^.?!]+?), (?:then )?(?P<who>[a-z]+(?: "
                   r"[a-z]+)?) (?:wins|will win|is the winner)(?: the game)?\.$", re.I)
_OTHERWISE = re.compile(r"^otherwise,? (?:[a-z]+(?: [a-z]+)?) (?:wins|will win|is the winner)"
                        r"(?: the game)?\.$", re.I)
_ASKED = re.compile(r"^(?P<ask>what is the (?:probability|chance)|find the (?:probability|"
                    r"chance)) that (?P<who>[a-z]+(?: [a-z]+)?) (?:wins|will win)(?: the game)?"
                    r"(?P<rest>[?.].*)$", re.I)

_MORE_RULES = re.compile(r"\b(?:wins?|won|winner|otherwise|again|loses?|lost|tie|ties|draw|"
                         r"turns?|repeatedly|until|first to)\b", re.I)  # a game of many rounds


def event_asked(text: str) -> str:
    """The text with "If E, X wins. ... What is the probability that X wins?" asked as "What
    is the probability that E?"; else the text as given."""
    sentences = re.split(r"(?<=[.?!])\s+", text.strip())
    rule = [k for k, s in enumerate(sentences) if _WINS.match(s)]
    asked = [k for k, s in enumerate(sentences) if _ASKED.match(s)]
    if len(rule) != 1 or len(asked) != 1 or asked[0] < rule[0]:
        return text
    m, q = _WINS.match(sentences[rule[0]]), _ASKED.match(sentences[asked[0]])
    assert m is not None and q is not None
    if m.group("who").lower() != q.group("who").lower():
        return text
    kept = [s for k, s in enumerate(sentences) if k != rule[0] and not (
        k == rule[0] + 1 and _OTHERWISE.match(s))]
    at = kept.index(sentences[asked[0]])
    if any(_MORE_RULES.search(s) for k, s in enumerate(kept) if k != at):
        return text  # another rule of the game ("otherwise they roll again", "a tie")
    kept[at] = f"{q.group('ask')} that {m.group('event')}{q.group('rest')}"
    return " ".join(kept)


__all__ = ["event_asked"]
