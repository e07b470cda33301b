"""Draw the Proof Tutor icon with matplotlib: SVG, PNG sizes, .ico and .icns.

Run from the repository root: .venv/bin/python packaging/make_icons.py
Writes [tutor/]resources/icons/proof-tutor.svg, proof-tutor-<N>.png (16..512),
proof-tutor.png (256), proof-tutor.ico (Windows) and proof-tutor.icns (macOS).
"""

from __future__ import annotations

import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")
from matplotlib.figure import Figure  # noqa: E402
from matplotlib.patches import Circle, FancyBboxPatch  # noqa: E402
from PIL import Image  # noqa: E402  (Pillow comes with matplotlib)

_ROOT = Path(__file__).resolve().parents[1]
# resources/ may move into the package (tutor/resources) so the wheel ships it
OUT = (_ROOT / "tutor" / "resources" if (_ROOT / "tutor" / "resources").is_dir()
       else _ROOT / "resources") / "icons"
SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
BLUE, GREEN, WHITE = "#2b5fab", "#1a9e4b", "#ffffff"


def draw(size_in: float = 4.0) -> Figure:
    """The icon on a unit square: a blue tile, a white radical over 'x', a green tick."""
    fig = Figure(figsize=(size_in, size_in), dpi=100)
    fig.patch.set_alpha(0.0)
    ax = fig.add_axes((0, 0, 1, 1))
    ax.set_xlim(0, 1)
    ax.set_ylim(0, 1)
    ax.set_axis_off()
    ax.add_patch(FancyBboxPatch((0.06, 0.06), 0.88, 0.88, boxstyle="round,pad=0,rounding_size=0.18",
                                facecolor=BLUE, edgecolor="none"))
    # a square-root sign with an x under it: "the maths"
    ax.plot([0.17, 0.25, 0.36, 0.49, 0.84], [0.52, 0.57, 0.26, 0.80, 0.80], color=WHITE,
            lw=size_in * 4.2, solid_capstyle="round", solid_joinstyle="round")
    ax.plot([0.54, 0.72], [0.70, 0.46], color=WHITE, lw=size_in * 3.6, solid_capstyle="round")
    ax.plot([0.54, 0.72], [0.46, 0.70], color=WHITE, lw=size_in * 3.6, solid_capstyle="round")
    # a green badge with a tick: "checked"
    ax.add_patch(Circle((0.76, 0.24), 0.15, facecolor=GREEN, edgecolor=WHITE, lw=size_in * 1.6))
    ax.plot([0.685, 0.745, 0.84], [0.25, 0.19, 0.31], color=WHITE, lw=size_in * 2.6,
            solid_capstyle="round", solid_joinstyle="round")
    return fig


def main() -> int:
    OUT.mkdir(parents=True, exist_ok=True)
    fig = draw()
    fig.savefig(OUT / "proof-tutor.svg", transparent=True, metadata={"Date": None})
    big = OUT / "proof-tutor-1024.png"
    fig.savefig(big, dpi=256, transparent=True)  # 4 in x 256 dpi = 1024 px master
    master = Image.open(big).convert("RGBA")
    for n in SIZES:
        master.resize((n, n), Image.LANCZOS).save(OUT / f"proof-tutor-{n}.png", optimize=True)
    master.resize((256, 256), Image.LANCZOS).save(OUT / "proof-tutor.png", optimize=True)
    master.save(OUT / "proof-tutor.ico", sizes=[(n, n) for n in (16, 24, 32, 48, 64, 128, 256)])
    master.save(OUT / "proof-tutor.icns")
    big.unlink()
    print(f"wrote {len(list(OUT.iterdir()))} files to {OUT}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
