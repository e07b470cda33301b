from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tutor.problems.step import SOLUTION, THINKING, Step
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
    solution = [e.step for e in out if isinstance(e, StepBoundary) and e.step.part == SOLUTION]
    assert [(s.index, s.text) for s in solution] == [(0, "1. a = 1"), (1, "2. b = 2")]
    # step 1 is released by the delta that starts step 2, long before Done
    released = next(i for i, e in enumerate(out)
                    if isinstance(e, StepBoundary) and e.step is solution[0])
    assert out[released - 1] is events[2]
    assert isinstance(out[-1], Done)


def test_with_steps_splits_the_thinking_and_releases_its_last_step_when_the_solution_starts(
) -> None:
    events = [ThinkingDelta("Let me add: 2 + 3 = 5.\n\nWait, "),
              ThinkingDelta("check: 5 - 3 = 2."), TextDelta("The sum is $2 + 3 = 5$."), Done()]
    out = list(with_steps(events))
    thinking = [(i, e.step.text) for i, e in enumerate(out)
                if isinstance(e, StepBoundary) and e.step.part == THINKING]
    assert [t for _, t in thinking] == ["Let me add: 2 + 3 = 5.", "Wait, check: 5 - 3 = 2."]
    # released by the first solution text, before Done
    assert out.index(events[2]) < thinking[-1][0] < out.index(events[3])
    solution = [e.step for e in out if isinstance(e, StepBoundary) and e.step.part == SOLUTION]
    assert [(s.index, s.text) for s in solution] == [(0, "The sum is $2 + 3 = 5$.")]


def test_with_steps_twice_is_the_same_as_once() -> None:
    events = [ThinkingDelta("a = 1\n\nb = 2\n"), TextDelta("1. c = 3\n"), TextDelta("2. d = 4"),
              Done()]
    once = list(with_steps(events))
    assert list(with_steps(once)) == once


def test_with_steps_passes_backend_steps_through() -> None:
    # The symbolic engine sends its own richer steps and no text.
    own = [StepBoundary(Step("x = 1", hint="isolate x")), StepBoundary(Step("y = 2", index=1))]
    events = [own[0], own[1], Done(answer="2")]
    out = list(with_steps(events))
    assert out == events
