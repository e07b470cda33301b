"""Where the read-only resources (model catalogue, problem sets, icons) live.

In a source checkout they are the top-level `resources/` folder. A wheel installs
the same files under `<prefix>/share/proof-tutor/resources` (see the data-files
in pyproject.toml), and a PyInstaller bundle carries them as `resources/`.
"""

from __future__ import annotations

import sys
from pathlib import Path


def resources_dir() -> Path:
    """The first folder that holds our resources (the checkout's, when in doubt)."""
    checkout = Path(__file__).resolve().parents[1] / "resources"
    candidates = [checkout, Path(sys.prefix) / "share" / "proof-tutor" / "resources"]
    bundle = getattr(sys, "_MEIPASS", None)
    if bundle:
        candidates.insert(0, Path(bundle) / "resources")
    for folder in candidates:
        if (folder / "models.json").is_file():
            return folder
    return checkout


def resource_path(*parts: str) -> Path:
    return resources_dir().joinpath(*parts)
