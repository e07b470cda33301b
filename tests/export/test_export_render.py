"""Render exported pages with pdftoppm and look at the pixels where the maths is.

pdftoppm comes from poppler-utils (the Makefile's test target needs it installed).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import matplotlib.image as mpimg
import numpy as np

from tests.step_factory import checked
from tutor.export import SolvedProblem, export_pdf
from tutor.export.blocks import BODY, INDENT, document_blocks, lines_height
from tutor.export.pdf import MARGIN, PAPER_SIZES, paginate
from tutor.export.text import wrap
from tutor.verify.verdict import Verdict

DPI = 100
TALL_MATHS = r"$\int_0^1 \frac{x^2}{2}\,dx = \frac{1}{6}$"
FLAT_SOURCE = r"$\int_0^1 \frac{x^2}{2}\,dx = \frac{1}{6$"  # unbalanced: printed as source


def render(pdf: Path, page: int = 1) -> np.ndarray:
    exe = shutil.which("pdftoppm")
    assert exe, "pdftoppm is missing: apt-get install -y poppler-utils"
    prefix = pdf.with_suffix("")
    subprocess.run(
        [exe, "-r", str(DPI), "-png", "-f", str(page), "-l", str(page), "-singlefile",
         str(pdf), str(prefix)],
        check=True, timeout=60,
    )
    image = mpimg.imread(str(prefix) + ".png")
    return image[..., :3].mean(axis=2)  # grey, 0 (black) .. 1 (white)


def step_body_box(problem: SolvedProblem) -> tuple[int, int, int, int]:
    """Pixel rows/columns of step 1's text on page 1, from the layout itself."""
    width, height = PAPER_SIZES["a4"]
    blocks = document_blocks([problem], "Render", width - 2 * MARGIN)
    page = paginate(blocks, height - 2 * MARGIN - 12)[0]
    top, _ = page.blocks[3]  # title, heading, problem statement, step 1
    x0, x1 = MARGIN + INDENT, width - MARGIN
    body = wrap(problem.steps[0].text, x1 - x0, BODY)
    y0 = MARGIN + top + BODY * 1.5  # below the "Step 1" heading
    y1 = y0 + lines_height(body, BODY)  # above the verdict line
    scale = DPI / 72.0
    return int(y0 * scale), int(y1 * scale), int(x0 * scale), int(x1 * scale)


def ink_extent(grey: np.ndarray, box: tuple[int, int, int, int]) -> tuple[int, int]:
    """(rows that have ink, number of dark pixels) inside `box`."""
    r0, r1, c0, c1 = box
    region = grey[r0:r1, c0:c1] < 0.5
    return int(region.any(axis=1).sum()), int(region.sum())


def make(tmp_path: Path, maths: str, name: str) -> tuple[Path, SolvedProblem]:
    step = checked(maths, Verdict.VERIFIED, "")
    problem = SolvedProblem("Find the integral.", (step,), answer=r"\frac{1}{6}")
    out = tmp_path / f"{name}.pdf"
    export_pdf([problem], out, title="Render")
    return out, problem


def test_maths_region_is_typeset_not_blank(tmp_path: Path) -> None:
    pdf, problem = make(tmp_path, TALL_MATHS, "tall")
    grey = render(pdf)
    assert abs(grey.shape[0] - 841.89 * DPI / 72) <= 1
    assert abs(grey.shape[1] - 595.28 * DPI / 72) <= 1
    box = step_body_box(problem)
    rows, dark = ink_extent(grey, box)
    assert dark > 150, "the maths region is blank"
    # An integral with limits and stacked fractions is far taller than a text line
    # (10.5 pt is about 15 px at 100 dpi).
    assert rows >= 24, f"maths only {rows} px tall: not typeset?"

    fallback_pdf, fallback_problem = make(tmp_path, FLAT_SOURCE, "flat")
    flat_rows, flat_dark = ink_extent(render(fallback_pdf), step_body_box(fallback_problem))
    assert flat_dark > 150, "the fallback source text is missing"
    assert flat_rows < rows, "fallback text should be one flat line"


def test_page_has_no_ink_outside_the_margins(tmp_path: Path) -> None:
    pdf, _ = make(tmp_path, TALL_MATHS + " and some words " * 40, "margins")
    grey = render(pdf)
    edge = int(MARGIN * DPI / 72) - 4
    assert (grey[:, :edge] < 0.5).sum() == 0
    assert (grey[:, -edge:] < 0.5).sum() == 0


def test_the_pdf_splits_maths_like_the_app() -> None:
    from tutor.export.text import tokens

    words = tokens(r"It costs \$5 and \$6, so $x^2 \le 4$ holds.", 10.0)
    maths = [text for text, is_math, _ in words if is_math]
    assert maths == [r"$x^2 \leq 4$"]  # escaped dollars stay money, as in the app
    assert [text for text, is_math, _ in words if not is_math][:4] == ["It", "costs", r"\$5", "and"]
