from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from tutor.reasoning.thinktags import ThinkSplitter


def run(chunks: list[str], thinking: bool = False) -> tuple[str, str]:
    s = ThinkSplitter(thinking)
    pieces = [p for c in chunks for p in s.feed(c)] + s.finish()
    think = "".join(t for is_t, t in pieces if is_t)
    text = "".join(t for is_t, t in pieces if not is_t)
    return think, text


def test_separates_think_block() -> None:
    assert run(["<think>x is 2</think>\n\nThe answer is 2."]) == ("x is 2", "The answer is 2.")


def test_tags_split_across_chunks() -> None:
    chunks = ["<th", "ink>", "reason", "ing</t", "hink", ">", "done"]
    assert run(chunks) == ("reasoning", "done")


def test_template_opened_think_block() -> None:
    # DeepSeek-R1 distill templates end the prompt with "<think>\n": only </think> appears.
    assert run(["so 3+4=7\n</think>\n\n", "Answer: 7"], thinking=True) == ("so 3+4=7\n",
                                                                            "Answer: 7")


def test_stray_close_tag_is_dropped() -> None:
    assert run(["2+2=4</thi", "nk>\n", "Four"]) == ("", "2+2=4\nFour")


def test_plain_text_without_tags() -> None:
    assert run(["a < b and c <", " d"]) == ("", "a < b and c < d")


@given(st.text(alphabet="ab<>/thinkx \n", max_size=40), st.integers(1, 7))
def test_chunking_does_not_change_result(body: str, size: int) -> None:
    text = f"<think>{body}</think>answer"
    whole = run([text])
    chunks = [text[i : i + size] for i in range(0, len(text), size)]
    assert run(chunks) == whole
