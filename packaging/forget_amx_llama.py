"""Drop llama-cpp-python wheels with ggml's AMX kernels from pip's wheel cache.

llama-cpp-python is built from source, and llama.cpp optimises for the CPU it is
built on (-march=native). A CPU that advertises AMX gets ggml's AMX matrix kernels;
where the kernel or a sandbox does not let a process run AMX instructions, every
model then dies with SIGILL on its first matrix product. The Makefile builds for
AVX2 on such CPUs, but pip keys its wheel cache by version, not by build flags, so a
wheel built natively earlier would be reused. This removes exactly those wheels
(the ones whose libggml-cpu holds the AMX kernel) and keeps every other, so a good
cached build is still reused (packaging/check_install.py relies on that).

Usage: python packaging/forget_amx_llama.py [CACHE_DIR]   (default: pip's cache)
"""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

AMX_KERNEL = b"ggml_backend_amx_mul_mat"


def pip_cache_dir() -> Path | None:
    done = subprocess.run([sys.executable, "-m", "pip", "cache", "dir"],
                          capture_output=True, text=True)
    return Path(done.stdout.strip()) if done.returncode == 0 and done.stdout.strip() else None


def has_amx_kernels(wheel: Path) -> bool:
    """True when the wheel's CPU backend library contains ggml's AMX kernel."""
    try:
        with zipfile.ZipFile(wheel) as zf:
            return any(AMX_KERNEL in zf.read(name) for name in zf.namelist()
                       if Path(name).name.startswith("libggml-cpu"))
    except (OSError, zipfile.BadZipFile):
        return False  # not ours to judge: pip rebuilds a broken entry itself


def forget(cache: Path) -> list[Path]:
    """Removes the cached llama-cpp-python wheels with AMX kernels; returns them."""
    removed = []
    for wheel in sorted((cache / "wheels").rglob("llama_cpp_python-*.whl")):
        if has_amx_kernels(wheel):
            wheel.unlink()
            removed.append(wheel)
    return removed


def main(argv: list[str]) -> int:
    cache = Path(argv[0]) if argv else pip_cache_dir()
    if cache is None or not cache.is_dir():
        return 0  # no cache, nothing to reuse
    for wheel in forget(cache):
        print(f"removed {wheel.name} from pip's cache: it was built with AMX kernels")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
