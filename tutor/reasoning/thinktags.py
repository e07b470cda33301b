"""Separate `<think>...</think>` reasoning from visible text in a token stream.

Tags may arrive split across chunks ("<th" + "ink>"), so a possible tag prefix at
the end of a chunk is held back until the next chunk decides it; the result never
depends on how the stream was chunked. Some chat templates open the think block
themselves (the generation prompt ends with `<think>`); then the model's output
starts inside thinking and only `</think>` appears: construct with `thinking=True`.
A stray `</think>` in visible text is dropped.
"""

from __future__ import annotations

OPEN = "<think>"
CLOSE = "</think>"


class ThinkSplitter:
    def __init__(self, thinking: bool = False) -> None:
        self.thinking = thinking
        self._held = ""
        self._after_close = False  # newlines right after </think> are layout, not text

    def feed(self, chunk: str) -> list[tuple[bool, str]]:
        """Split a chunk into (is_thinking, text) pieces, in order."""
        text = self._held + chunk
        self._held = ""
        out: list[tuple[bool, str]] = []
        while text:
            if self._after_close:
                text = text.lstrip("\n")
                if not text:
                    break
                self._after_close = False
            if self.thinking:
                pos, tag = text.find(CLOSE), CLOSE
            else:
                pos, tag = _first(text)
            if pos >= 0:
                self._emit(out, self.thinking, text[:pos])
                text = text[pos + len(tag) :]
                if tag == CLOSE:
                    self._after_close = self.thinking
                    self.thinking = False
                else:
                    self.thinking = True
                continue
            keep = _partial_suffix(text, CLOSE)
            if not self.thinking:
                keep = max(keep, _partial_suffix(text, OPEN))
            self._emit(out, self.thinking, text[: len(text) - keep])
            self._held = text[len(text) - keep :]
            break
        return out

    def finish(self) -> list[tuple[bool, str]]:
        out: list[tuple[bool, str]] = []
        self._emit(out, self.thinking, self._held)
        self._held = ""
        return out

    @staticmethod
    def _emit(out: list[tuple[bool, str]], thinking: bool, text: str) -> None:
        if text:
            out.append((thinking, text))


def _first(text: str) -> tuple[int, str]:
    """Position and tag of the first <think> or </think> in `text` (-1 if none)."""
    o, c = text.find(OPEN), text.find(CLOSE)
    if c >= 0 and (o < 0 or c < o):
        return c, CLOSE
    return o, OPEN


def _partial_suffix(text: str, tag: str) -> int:
    """Length of the longest suffix of `text` that is a proper prefix of `tag`."""
    for n in range(min(len(tag) - 1, len(text)), 0, -1):
        if text.endswith(tag[:n]):
            return n
    return 0
