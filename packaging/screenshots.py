"""README screenshots, taken from the real app offscreen, so they stay current.

    .venv/bin/python packaging/screenshots.py [--out resources/screenshots] [--dark]

Runs the app on a throwaway profile with the built-in symbolic engine and saves:
  solve.png          a solve with a hint and two steps revealed
  student_step.png   the student's own steps, checked (one verified, one refuted)
  problem_set.png    a bundled (olympiad) problem set open and a problem chosen
  pdf_page.png       the first page of the exported PDF (pdftoppm)
  thinking.png       a reasoning model's chain: its thinking as checked scratch work,
                     and its solution revealed step by step
  figure.png         a problem with an Asymptote figure, drawn, and solved from it
Each PNG is scaled to at most `--width` pixels wide to keep the repository small.
Exit code 1 (with a message) when a step of the flow does not finish in time.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QWidget

    from tutor.ui.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

PROBLEM = "Solve $x^2 - 5x + 6 = 0$."
STUDENT_PROBLEM = r"Find $7 \cdot 146 + 18$."
STUDENT_STEPS = (r"7 \cdot 146 = 1022", "1022 + 18 = 1030")  # the second is a slip


class FlowError(RuntimeError):
    """A step of the flow did not finish in time."""


def pump(until: Callable[[], bool], timeout: float, what: str) -> None:
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + timeout
    while not until():
        if time.monotonic() > end:
            raise FlowError(f"timed out after {timeout:.0f} s waiting for {what}")
        QApplication.processEvents()
        time.sleep(0.005)
    settle(0.2)


def settle(seconds: float) -> None:
    """Let posted layout and render events run (and formula images arrive)."""
    from PySide6.QtWidgets import QApplication

    end = time.monotonic() + seconds
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.005)


def save(widget: QWidget, path: Path, width: int) -> Path:
    from PySide6.QtCore import Qt

    settle(0.3)
    image = widget.grab().toImage()
    if image.width() > width:
        image = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
    if not image.save(str(path), "PNG", 0):  # 0: smallest file
        raise FlowError(f"could not write {path}")
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}"
          f"  {image.width()}x{image.height()}  {path.stat().st_size // 1024} KiB")
    return path


def solved(window: MainWindow) -> bool:
    s = window.solver.session
    return (not window.solver.running and s is not None
            and s.finished and not s.checking)


def take_solve(window: MainWindow, out: Path, width: int) -> None:
    window.editor.set_text(PROBLEM, "Quadratic equation")
    window.solve()
    pump(lambda: solved(window), 60, "the symbolic solve")
    pane = window.solution
    pane.next_step()
    pane.next_step()
    pane.show_hint()
    pump(lambda: all(c.body.fallback_count == 0 for c in pane.cards.values()), 20,
         "the step maths")
    save(window, out / "solve.png", width)


FIGURE_PROBLEM = (
    "What is the area of quadrilateral $PQRS$?\n[asy]\n"
    "draw((-1,-2)--(5,-2)--(5,1)--(-1,3)--cycle);\ndraw((-1,-2)--(5,1), dashed);\n"
    'label("$P$",(-1,-2),SW);\nlabel("$Q$",(5,-2),SE);\nlabel("$R$",(5,1),NE);\n'
    'label("$S$",(-1,3),NW);\n[/asy]')


def take_figure(window: MainWindow, out: Path, width: int) -> None:
    window.editor.set_text(FIGURE_PROBLEM, "A figure")
    from PySide6.QtWidgets import QSplitter

    splitter = window.editor.parentWidget()
    if isinstance(splitter, QSplitter):
        splitter.setSizes([330, 500])  # room for the drawn figure
    window.solve()
    pump(lambda: solved(window), 60, "the symbolic solve")
    window.solution.show_all()
    preview = window.editor.preview
    pump(lambda: preview.fallback_count == 0 and preview.image_count == 2
         and not preview.drawing, 30, "the figure")  # $PQRS$ and the figure
    pump(lambda: all(c.body.fallback_count == 0 for c in window.solution.cards.values()), 20,
         "the step maths")
    save(window, out / "figure.png", width)


def take_student_step(window: MainWindow, out: Path, width: int) -> None:
    window.editor.set_text(STUDENT_PROBLEM, "Your own steps")
    turn = window.solution.your_turn
    for step in STUDENT_STEPS:
        turn.step_edit.setText(step)
        turn.check_step_button.click()
    pump(lambda: len(turn.cards) == 2 and all(c.verdict is not None for c in turn.cards),
         60, "the student's steps to be checked")
    turn.step_edit.setText(r"1022 + 18 = \frac{2080}{2}")  # the live preview of bare LaTeX
    turn.update_preview()
    pump(lambda: turn.preview.fallback_count == 0 and turn.preview.image_count > 0, 20,
         "the preview")
    save(window, out / "student_step.png", width)


THINKING_PROBLEM = r"Find the sum of all positive divisors of $72$."
THINKING_CHAIN = r"""<think>
Okay, so I need the sum of the divisors of 72. Let me factor it first: 72 = 8 * 9 = 2^3 * 3^2.

The divisor sum is multiplicative, so it is (1 + 2 + 4 + 8)(1 + 3 + 9).

1 + 2 + 4 + 8 = 15 and 1 + 3 + 9 = 13.

So the sum is 15 * 13 = 195.

Wait, let me double-check by listing: 1, 2, 3, 4, 6, 8, 9, 12, 18, 24, 36, 72.
Adding: 1 + 2 + 3 + 4 + 6 + 8 = 24, then 9 + 12 + 18 + 24 + 36 + 72 = 171,
and 24 + 171 = 195. Good.
</think>

Factor the number: $72 = 2^3 \cdot 3^2$.

The sum of divisors is multiplicative: $\sigma(72) = (1 + 2 + 4 + 8)(1 + 3 + 9)$.

Each factor: $1 + 2 + 4 + 8 = 15$ and $1 + 3 + 9 = 13$.

So $\sigma(72) = 15 \cdot 13 = \boxed{195}$."""


def take_thinking(window: MainWindow, out: Path, width: int) -> None:
    window.editor.set_text(THINKING_PROBLEM, "A model's chain of thought")
    window.check_worked(THINKING_CHAIN)
    pump(lambda: solved(window), 60, "the chain to be checked")
    pane = window.solution
    pane.thinking.set_expanded(True)
    pane.next_step()
    pane.next_step()
    pump(lambda: pane.thinking.row_count == len(window.solver.session.thinking), 20,
         "the thinking steps")
    save(window, out / "thinking.png", width)


def take_problem_set(window: MainWindow, out: Path, width: int) -> None:
    entries = window.sets.bundled_entries()
    if not entries:
        raise FlowError("no bundled problem set")
    olympiad = [path for _title, path in entries if "olympiad" in path.stem]
    path = (olympiad or [entries[0][1]])[0]
    if not window.sets.open_bundled(path):
        raise FlowError(f"could not open {path}")
    window.problems.list.setCurrentRow(0)
    pump(lambda: window.editor.preview.fallback_count == 0, 20,
         "the problem preview")
    save(window, out / "problem_set.png", width)


def take_pdf_page(window: MainWindow, out: Path, width: int) -> None:
    from tutor.ui.export_action import solved_problem_from

    window.editor.set_text(PROBLEM, "Quadratic equation")
    window.solve()
    pump(lambda: solved(window), 60, "the symbolic solve")
    from tutor.export import export_pdf

    problem = solved_problem_from(window.solver.session, "Quadratic equation",
                                  "symbolic")
    if shutil.which("pdftoppm") is None:
        print("pdftoppm not installed (poppler-utils): pdf_page.png skipped")
        return
    with tempfile.TemporaryDirectory() as tmp:
        pdf = Path(tmp) / "solution.pdf"
        export_pdf([problem], pdf)
        prefix = Path(tmp) / "page"
        subprocess.run(["pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1",
                        "-scale-to-x", str(width), "-scale-to-y", "-1", str(pdf), str(prefix)],
                       check=True, timeout=120)
        page = next(Path(tmp).glob("page*.png"))
        shutil.copyfile(page, out / "pdf_page.png")
    print(f"pdf_page.png  {(out / 'pdf_page.png').stat().st_size // 1024} KiB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "resources" / "screenshots")
    parser.add_argument("--width", type=int, default=900, help="largest width in pixels")
    parser.add_argument("--dark", action="store_true", help="the dark theme")
    args = parser.parse_args(argv)
    os.environ["PROOF_TUTOR_HOME"] = tempfile.mkdtemp(prefix="proof-tutor-shots-")
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    from tutor.storage.settings import Settings, save_settings
    from tutor.ui.application import create_window

    save_settings(Settings(welcomed=True, theme="dark" if args.dark else "light"))
    app = QApplication.instance() or QApplication([])
    args.out.mkdir(parents=True, exist_ok=True)
    window = create_window(app)
    window.resize(1000, 720)
    window.show()
    try:
        pump(lambda: window.warmed_up and window.backend_ready, 60, "start-up")
        take_solve(window, args.out, args.width)
        take_student_step(window, args.out, args.width)
        take_problem_set(window, args.out, args.width)
        take_pdf_page(window, args.out, args.width)
        take_thinking(window, args.out, args.width)
        take_figure(window, args.out, args.width)
    except FlowError as exc:
        print(f"screenshots: {exc}", file=sys.stderr)
        return 1
    finally:
        window.close()
        window.runner.wait(10000)
    return 0


if __name__ == "__main__":
    sys.exit(main())
