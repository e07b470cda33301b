from __future__ import annotations

import pytest

from tutor.ui.mathrender import render_math, split_math, to_mathtext
from tutor.ui.mathview import MathView


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.content) for s in split_math(text)]


def test_every_delimiter_style() -> None:
    text = r"a $x^2$ b $$\int_0^1 x\,dx$$ c \(\frac{1}{2}\) d \[y = 3\] e"
    assert kinds(text) == [
        ("text", "a "), ("inline", "x^2"), ("text", " b "), ("display", r"\int_0^1 x\,dx"),
        ("text", " c "), ("inline", r"\frac{1}{2}"), ("text", " d "), ("display", "y = 3"),
        ("text", " e"),
    ]


def test_escaped_dollars_and_unclosed_math_stay_text() -> None:
    assert kinds(r"costs \$5 and \$6") == [("text", "costs $5 and $6")]
    assert kinds("an unclosed $x + 1") == [("text", "an unclosed $x + 1")]
    assert "".join(s.source for s in split_math(r"p $a$ q \(b\)")) == r"p $a$ q \(b\)"


def test_render_gives_png_scaled_by_dpi() -> None:
    low = render_math(r"\frac{1}{2}", dpi=96)
    high = render_math(r"\frac{1}{2}", dpi=192)
    assert low is not None and high is not None
    assert low.png.startswith(b"\x89PNG")
    assert high.width == pytest.approx(2 * low.width, abs=3)


def test_render_is_cached_by_text_dpi_and_colour() -> None:
    render_math.cache_clear()
    a = render_math("x+1", dpi=100, color="#000000")
    assert render_math("x+1", dpi=100, color="#000000") is a
    assert render_math("x+1", dpi=100, color="#ffffff") is not a
    assert render_math.cache_info().hits == 1


@pytest.mark.parametrize("bad", [r"\notacommand{x}", r"\frac{1}{", "", "   "])
def test_unrenderable_gives_none(bad: str) -> None:
    assert render_math(bad) is None


def test_rewrites_for_mathtext() -> None:
    assert to_mathtext(r"\operatorname{lcm}(a, b)") == r"\mathrm{lcm}(a, b)"
    assert render_math(r"\dfrac{a}{b} \pmod 7") is not None


def test_mathview_renders_images_and_falls_back_to_source(qtbot) -> None:  # noqa: ANN001
    view = MathView()
    qtbot.addWidget(view)
    view.set_math_text(r"good $x^2$ and bad $\nope{y}$ and \[z\]")
    assert (view.image_count, view.fallback_count) == (2, 1)
    plain = view.toPlainText()
    assert r"$\nope{y}$" in plain and "good" in plain and "and bad" in plain
    assert view.height() > 10
