from __future__ import annotations

import os
import signal
import time
from pathlib import Path

import pytest

from tutor.mathtext import as_math_input, split_math, to_mathtext
from tutor.ui import mathrender
from tutor.ui.mathrender import (
    RENDER_TIME_LIMIT,
    clear_cache,
    render_math,
    request_render,
)
from tutor.ui.mathview import MathView, render_jobs
from tutor.workers import KILL_GRACE

SLOW = "x" * 20000  # mathtext lays this out in about 20 s on a laptop
MARGIN = 1.5  # seconds on top of a limit: pipes, a loaded CI machine


def kinds(text: str) -> list[tuple[str, str]]:
    return [(s.kind, s.content) for s in split_math(text)]


def test_every_delimiter_style() -> None:
    text = r"a $x^2$ b $$\int_0^1 x\,dx$$ c \(\frac{1}{2}\) d \[y = 3\] e"
    assert kinds(text) == [
        ("text", "a "), ("inline", "x^2"), ("text", " b "), ("display", r"\int_0^1 x\,dx"),
        ("text", " c "), ("inline", r"\frac{1}{2}"), ("text", " d "), ("display", "y = 3"),
        ("text", " e"),
    ]


def test_an_escaped_dollar_inside_maths_stays_inside() -> None:
    text = r"A lamp costs $\$45$ with $15\%$ off; \$3 is text."
    assert kinds(text) == [("text", "A lamp costs "), ("inline", r"\$45"),
                           ("text", " with "), ("inline", r"15\%"), ("text", " off; $3 is text.")]


def test_escaped_dollars_and_unclosed_math_stay_text() -> None:
    assert kinds(r"costs \$5 and \$6") == [("text", "costs $5 and $6")]
    assert kinds("an unclosed $x + 1") == [("text", "an unclosed $x + 1")]
    assert "".join(s.source for s in split_math(r"p $a$ q \(b\)")) == r"p $a$ q \(b\)"


@pytest.mark.parametrize(("typed", "read"), [
    (r"9 \times 13 = 117", r"$9 \times 13 = 117$"),  # bare LaTeX gets delimiters
    (r"hence y = \sqrt{49} = 7.", r"hence $y = \sqrt{49} = 7$."),  # prose stays outside
    (r"a^2 + b^2 = 25 and a = 3", r"$a^2 + b^2 = 25$ and a = 3"),
    (r"\log_2 8 = 3", r"$\log_2 8 = 3$"),
    (r"\sqrt{4} = 2 e.g. here", r"$\sqrt{4} = 2$ e.g. here"),  # an abbreviation is prose
    (r"\binom{4}{2} \cdot 2 = 3!", r"$\binom{4}{2} \cdot 2 = 3!$"),  # a factorial stays in
    (r"\text{the total cost} = 5 \cdot 3", r"$\text{the total cost} = 5 \cdot 3$"),
    ("12 - 5 = 7", "12 - 5 = 7"),  # plain arithmetic: the checker reads it as it is
    (r"so $z = 4$ here", r"so $z = 4$ here"),  # delimited already: left alone
    (r"costs \$4 each", r"costs \$4 each"),  # an escaped dollar is money
    ("   ", ""),
])
def test_a_typed_step_is_read_like_delimited_maths(typed: str, read: str) -> None:
    assert as_math_input(typed) == read


def test_render_gives_png_scaled_by_dpi() -> None:
    low = render_math(r"\frac{1}{2}", dpi=96)
    high = render_math(r"\frac{1}{2}", dpi=192)
    assert low is not None and high is not None
    assert low.png.startswith(b"\x89PNG")
    assert high.width == pytest.approx(2 * low.width, abs=3)


def _ink_height(png: bytes) -> int:
    """Rows from the first to the last with 3 or more strongly inked pixels."""
    from PySide6.QtGui import QImage

    image = QImage.fromData(png)
    rows = [y for y in range(image.height())
            if sum(image.pixelColor(x, y).alpha() > 160 for x in range(image.width())) >= 3]
    return rows[-1] - rows[0] + 1


@pytest.mark.parametrize(("size", "dpi"), [(10.0, 96), (12.0, 100), (14.0, 100), (16.0, 96)])
def test_a_bar_over_the_top_line_is_drawn_not_cut_off(size: float, dpi: int) -> None:
    # mathtext's box ends at the digits' top: the repeating decimal's bar needs room above
    plain = render_math("0.583", dpi=dpi, fontsize=size)
    barred = render_math(r"0.58\overline{3}", dpi=dpi, fontsize=size)
    assert plain is not None and barred is not None
    assert _ink_height(barred.png) >= _ink_height(plain.png) + 3


def test_render_is_cached_by_text_dpi_and_colour() -> None:
    clear_cache()
    a = render_math("x+1", dpi=100, color="#000000")
    assert a is not None
    assert render_math("x+1", dpi=100, color="#000000") is a
    assert render_math("x+1", dpi=100, color="#ffffff") is not a
    assert request_render("x+1", dpi=100, color="#000000").done()  # no trip to the worker


@pytest.mark.parametrize("bad", [r"\notacommand{x}", r"\frac{1}{", "", "   "])
def test_unrenderable_gives_none(bad: str) -> None:
    assert render_math(bad) is None


def test_rewrites_for_mathtext() -> None:
    assert to_mathtext(r"\operatorname{lcm}(a, b)") == r"\mathrm{lcm}(a, b)"
    assert to_mathtext(r"x = \boxed{\frac{1}{2}}") == r"x = {\frac{1}{2}}"
    assert render_math(r"\dfrac{a}{b} \pmod 7") is not None


def test_words_in_text_keep_their_spaces() -> None:
    # mathtext drops spaces in maths: "height of cone" would read "heightofcone"
    assert to_mathtext(r"\text{width of box} = 4") == r"\mathrm{width\ of\ box} = 4"
    assert to_mathtext(r"a \text{ or } b") == r"a \mathrm{\ or\ } b"
    spaced, joined = render_math(r"\text{width of box}"), render_math(r"\text{widthofbox}")
    assert spaced is not None and joined is not None and spaced.width > joined.width


@pytest.mark.parametrize("tex", [
    r"\begin{vmatrix} 7 & -1 \\ 2 & 3 \end{vmatrix} = 23",
    r"\begin{pmatrix} 1 \\ \frac{2}{3} \\ -4 \end{pmatrix}"
    r" + \begin{pmatrix} 0 \\ 1 \\ 5 \end{pmatrix}",
    r"\begin{bmatrix} 1 & 2 & 3 \\ 4 & 5 \end{bmatrix}",
    r"\begin{pmatrix} \begin{vmatrix} 1 & 2 \\ 3 & 4 \end{vmatrix} \\ 0 \end{pmatrix}",
])
def test_matrices_draw_as_stacked_columns_not_source(tex: str) -> None:
    math = to_mathtext(tex)
    assert "begin" not in math and "&" not in math  # mathtext has no arrays
    rendered = render_math(tex)
    one_row = render_math("7 - 1")
    assert rendered is not None and one_row is not None
    assert rendered.height > 1.5 * one_row.height  # two or more rows high


def test_a_matrix_keeps_its_delimiters_and_entries_in_order() -> None:
    assert to_mathtext(r"\begin{vmatrix} a & b \\ c & d \end{vmatrix}") == (
        r"\left| \genfrac{}{}{0}{0}{a}{{c}}\ \ \genfrac{}{}{0}{0}{b}{{d}} \right|")
    assert to_mathtext(r"\begin{matrix} x \\ y \end{matrix}") == r"\genfrac{}{}{0}{0}{x}{{y}}"


def test_mathview_renders_images_and_falls_back_to_source(qtbot) -> None:  # noqa: ANN001
    view = MathView()
    qtbot.addWidget(view)
    view.set_math_text(r"good $x^2$ and bad $\nope{y}$ and \[z\]")
    # A cold worker may take longer than the GUI's wait: the view then renders again.
    qtbot.waitUntil(lambda: (view.image_count, view.fallback_count) == (2, 1), timeout=30000)
    plain = view.toPlainText()
    assert r"$\nope{y}$" in plain and "good" in plain and "and bad" in plain
    assert view.height() > 10


def alive_worker() -> int:
    mathrender.load_renderer()
    pid = mathrender.worker_pid()
    assert pid is not None
    return pid


def test_a_formula_too_slow_for_mathtext_gives_none_within_the_limit() -> None:
    alive_worker()
    start = time.monotonic()
    assert render_math(SLOW) is None
    assert time.monotonic() - start < RENDER_TIME_LIMIT + KILL_GRACE + MARGIN
    start = time.monotonic()
    assert render_math("a + b = c") is not None  # the worker recovered (or was replaced)
    assert time.monotonic() - start < 15  # at worst a fresh worker's start


def test_a_formula_too_big_for_memory_gives_none_and_a_fresh_worker() -> None:
    pid = alive_worker()
    restarts = mathrender.worker_restarts()
    start = time.monotonic()
    # At 6000 pt the image needs about 1.6 GB, over the worker's 1.5 GB address space.
    assert render_math(r"\sum_{i=1}^{n} x_i", fontsize=6000.0) is None
    assert time.monotonic() - start < RENDER_TIME_LIMIT  # stopped by memory, not by time
    assert mathrender.worker_restarts() == restarts + 1
    assert render_math(r"\sqrt{a^2 + b^2}") is not None
    assert mathrender.worker_pid() not in (None, pid)


def test_a_killed_worker_is_replaced_and_the_next_formula_renders() -> None:
    pid = alive_worker()
    os.kill(pid, signal.SIGKILL)
    assert render_math(r"\frac{p}{q} + 7") is not None
    assert mathrender.worker_pid() not in (None, pid)


def test_the_worker_process_has_no_qt_loaded() -> None:
    pid = alive_worker()
    maps = Path(f"/proc/{pid}/maps")
    if not maps.exists():
        pytest.skip("needs /proc")
    text = maps.read_text()
    assert "matplotlib" in text  # it is the render worker, warmed up
    assert "PySide6" not in text and "libQt6" not in text


def test_the_gui_thread_never_waits_for_a_formula(qtbot) -> None:  # noqa: ANN001
    alive_worker()
    busy = request_render(SLOW + "y")  # occupies the worker for RENDER_TIME_LIMIT
    time.sleep(0.1)
    view = MathView()
    qtbot.addWidget(view)
    start = time.monotonic()
    view.set_math_text(r"while busy: $e^{i\pi} + 1 = 0$")
    assert time.monotonic() - start < 0.05  # no wait on the render process
    assert (view.image_count, view.fallback_count) == (0, 1)
    assert r"$e^{i\pi} + 1 = 0$" in view.toPlainText()  # source text meanwhile
    qtbot.waitUntil(lambda: render_jobs().running >= 1, timeout=1000)  # a job waits for it
    qtbot.waitUntil(lambda: view.image_count == 1, timeout=30000)
    assert busy.done() and busy.result() is None


def test_a_new_colour_keeps_the_old_image_until_the_new_one_is_drawn(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QColor, QPalette

    view = MathView()
    qtbot.addWidget(view)
    formula = r"$\sqrt{2} \approx 1.4142$"  # no plain text: red pixels are the image
    view.set_math_text(formula)
    qtbot.waitUntil(lambda: view.image_count == 1, timeout=30000)
    busy = request_render(SLOW + "z")  # the worker is busy: the new colour waits
    time.sleep(0.1)
    palette = view.palette()
    palette.setColor(QPalette.ColorRole.Text, QColor("#fe0102"))
    view.setPalette(palette)  # a PaletteChange: the view renders again
    assert (view.image_count, view.fallback_count) == (1, 0)  # no flash of source text
    assert "sqrt" not in view.toPlainText()

    def red_maths() -> bool:  # the image itself (not only the text) is drawn in red
        image = view.grab().toImage()
        return sum(1 for x in range(image.width()) for y in range(image.height())
                   if image.pixelColor(x, y).red() > 180
                   and image.pixelColor(x, y).green() < 90) > 40

    qtbot.waitUntil(lambda: busy.done() and view.image_count == 1 and red_maths(),
                    timeout=30000)


def test_a_typing_preview_keeps_its_last_rendering_while_drawing(qtbot) -> None:  # noqa: ANN001
    view = MathView(fit_height=False)
    qtbot.addWidget(view)
    view.set_math_text(r"$q^3$", typing=True)
    qtbot.waitUntil(lambda: view.image_count == 1 and not view.drawing, timeout=30000)
    busy = request_render(SLOW + "w")  # the worker is busy: the new formula waits
    time.sleep(0.1)
    view.set_math_text(r"$q^3 + r^3$", typing=True)
    assert view.drawing and (view.image_count, view.fallback_count) == (1, 0)
    assert "$" not in view.toPlainText()  # the last rendering, no flash of source text
    qtbot.waitUntil(lambda: not view.drawing, timeout=30000)
    assert busy.done() and (view.image_count, view.fallback_count) == (1, 0)
    view.set_math_text(r"$\nope{q}$", typing=True)  # mathtext cannot draw it: the source
    qtbot.waitUntil(lambda: view.fallback_count == 1, timeout=30000)
    assert r"$\nope{q}$" in view.toPlainText()


def test_fractions_in_the_app_are_full_size(qtbot) -> None:  # noqa: ANN001
    from PySide6.QtGui import QFontMetricsF

    view = MathView()
    qtbot.addWidget(view)
    view.set_math_text(r"half: $\frac{1}{2}$")
    qtbot.waitUntil(lambda: view.image_count == 1, timeout=30000)
    ratio, colour, size = view.render_params()
    image = render_math(r"\frac{1}{2}", dpi=round(96 * ratio), color=colour,
                        fontsize=size * 1.1)
    digit = QFontMetricsF(view.font()).tightBoundingRect("1").height()
    # numerator and denominator each at least as tall as a digit of the body text
    assert image is not None and image.height / ratio >= 2 * digit, (image.height, digit)


def _plot_spec() -> dict:
    from tutor.reasoning.symbolic import solve_problem

    sol = solve_problem("Solve $x^2 - 5x + 6 = 0$.")
    spec = next(s.plot for s in sol.steps if s.plot)
    assert spec is not None
    return spec


def test_plots_draw_in_the_render_worker_in_the_given_colours() -> None:
    from PySide6.QtGui import QImage

    spec = _plot_spec()
    png = mathrender.render_plot_png(spec, ("#101010", "#f0f0f0"), 1.0)
    image = QImage.fromData(png)
    assert not image.isNull() and image.width() == 400  # 4 in at 100 dpi
    assert image.pixelColor(2, 2).name() == "#101010"
    assert mathrender.worker_pid() not in (None, os.getpid())


def test_a_bad_plot_spec_is_an_error_not_a_crash() -> None:
    spec = dict(_plot_spec(), expr="__import__('os').system('true')")
    with pytest.raises(Exception, match="unknown node"):
        mathrender.render_plot_png(spec, ("#ffffff", "#000000"))
    assert mathrender.render_math("x^2 + 1") is not None  # the worker is still serving


def test_a_plot_that_arrives_after_its_step_card_is_gone_is_dropped(qtbot) -> None:  # noqa: ANN001
    from tutor.ui.jobs import JobRunner
    from tutor.ui.plot_view import PlotView
    from tutor.ui.step_card import discard

    runner = JobRunner()
    view = PlotView(_plot_spec(), runner)
    discard(view)  # "Back" while the plot is drawn
    qtbot.waitUntil(lambda: runner.running == 0, timeout=30000)  # no error in the event loop


FIGURE = '[asy]\ndraw((0,0)--(4,0)--(4,3)--cycle);\nlabel("$A$", (0,0), SW);\n[/asy]'


def test_a_figure_is_one_segment_and_its_labels_are_not_formulas() -> None:
    assert kinds(f"Find $x$.\n{FIGURE}\nNow $y$.") == [
        ("text", "Find "), ("inline", "x"), ("text", ".\n"),
        ("figure", 'draw((0,0)--(4,0)--(4,3)--cycle);\nlabel("$A$", (0,0), SW);'),
        ("text", "\nNow "), ("inline", "y"), ("text", ".")]


def test_mathview_draws_a_problems_figure_not_its_code(qtbot) -> None:  # noqa: ANN001
    view = MathView()
    qtbot.addWidget(view)
    view.resize(420, 300)
    view.set_math_text(f"What is the area of the triangle?\n{FIGURE}")
    qtbot.waitUntil(lambda: view.image_count == 1 and not view.drawing, timeout=30000)
    plain = view.toPlainText()
    assert "area of the triangle" in plain and "draw" not in plain and "label" not in plain


def test_a_figure_that_cannot_be_drawn_is_named_not_printed(qtbot) -> None:  # noqa: ANN001
    view = MathView()
    qtbot.addWidget(view)
    view.set_math_text("A curve.\n[asy]\ndraw((0,0)..(1,2)..(3,0));\n[/asy]")
    qtbot.waitUntil(lambda: view.fallback_count == 1 and not view.drawing, timeout=30000)
    plain = view.toPlainText()
    assert "cannot be drawn here" in plain and "draw(" not in plain


def test_characters_tex_escapes_in_running_text_show_as_themselves() -> None:
    from tutor.mathtext import split_math

    runs = split_math(r"40\% of $n$ is 18, \$5 each, A \& B")
    assert [s.content for s in runs if s.kind == "text"] == ["40% of ", " is 18, $5 each, A & B"]
