from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tutor.reasoning.events import Done, StepBoundary, TextDelta, ThinkingDelta
from tutor.reasoning.steps import StepSplitter, split_steps, with_steps


def test_blank_lines_split_paragraphs() -> None:
    assert split_steps("First we add.\n\nThen we divide.\n") == ["First we add.",
                                                                   "Then we divide."]


def test_numbered_steps_split_without_blank_lines() -> None:
    text = "1. 2 + 3 = 5\n2. 5 * 2 = 10\nStep 3: so x = 10\n**Step 4:** done"
    assert split_steps(text) == ["1. 2 + 3 = 5", "2. 5 * 2 = 10", "Step 3: so x = 10",
                                 "**Step 4:** done"]


def test_display_equations_kept_whole() -> None:
    text = "We expand:\n$$\nx^2 + 2x + 1\n\n= (x+1)^2\n$$\nNext.\n\n\\[\na = b\n\n\\]\nEnd"
    steps = split_steps(text)
    assert steps[0] == "We expand:\n$$\nx^2 + 2x + 1\n\n= (x+1)^2\n$$\nNext."
    assert steps[1] == "\\[\na = b\n\n\\]\nEnd"


def test_wait_starts_a_new_step() -> None:
    text = "So x = 4. Wait, that is wrong. Let me redo it.\nWait, maybe x = 3."
    assert split_steps(text) == ["So x = 4.", "Wait, that is wrong. Let me redo it.",
                                 "Wait, maybe x = 3."]


def test_decimal_numbers_do_not_start_steps() -> None:
    assert split_steps("The price is\n3.50 dollars") == ["The price is\n3.50 dollars"]


def test_steps_released_as_soon_as_complete() -> None:
    s = StepSplitter()
    assert s.feed("1. First") == []
    assert s.feed(" step\n") == []
    assert s.feed("2. Sec") == ["1. First step"]
    assert s.finish() == ["2. Sec"]


@given(st.text(alphabet="ab1. $\\[]\nW,ait", max_size=60), st.integers(1, 9))
def test_chunking_does_not_change_steps(text: str, size: int) -> None:
    s = StepSplitter()
    out: list[str] = []
    for i in range(0, len(text), size):
        out += s.feed(text[i : i + size])
    assert out + s.finish() == split_steps(text)


def test_with_steps_emits_boundaries_before_done() -> None:
    events = [ThinkingDelta("hmm\n\n"), TextDelta("1. a = 1\n"), TextDelta("2. b = 2"), Done()]
    out = list(with_steps(events))
    bounds = [e for e in out if isinstance(e, StepBoundary)]
    assert [(b.index, b.text) for b in bounds] == [(0, "1. a = 1"), (1, "2. b = 2")]
    # step 1 is released by the delta that starts step 2, long before Done
    assert out[3] is bounds[0] and out[2] is events[2]
    assert isinstance(out[-1], Done)


def test_with_steps_passes_backend_steps_through() -> None:
    # The symbolic engine sends each step's text, then its own richer boundary.
    own = [StepBoundary(0, "x = 1", hint="isolate x"), StepBoundary(1, "y = 2")]
    events = [TextDelta("x = 1\n\n"), own[0], TextDelta("y = 2\n\n"), own[1],
              TextDelta("**Answer:** 2\n"), Done()]
    out = list(with_steps(events))
    assert [e for e in out if isinstance(e, StepBoundary)] == own
    assert isinstance(out[-1], Done)
