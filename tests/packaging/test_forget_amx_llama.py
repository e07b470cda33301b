"""packaging/forget_amx_llama.py removes exactly the cached llama.cpp wheels with AMX kernels."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SCRIPT = ROOT / "packaging" / "forget_amx_llama.py"


def wheel(path: Path, members: dict[str, bytes]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    with zipfile.ZipFile(path, "w") as zf:
        for name, data in members.items():
            zf.writestr(name, data)
    return path


def test_only_wheels_whose_cpu_library_holds_the_amx_kernel_are_removed(tmp_path: Path) -> None:
    cache = tmp_path / "cache"
    native = wheel(cache / "wheels" / "a1" / "llama_cpp_python-0.3.36-py3-none-linux_x86_64.whl",
                   {"llama_cpp/lib/libggml-cpu.so": b"\x7fELF..ggml_backend_amx_mul_mat..",
                    "llama_cpp/llama.py": b"# python"})
    portable = wheel(cache / "wheels" / "b2" / "llama_cpp_python-0.3.35-py3-none-linux_x86_64.whl",
                     {"llama_cpp/lib/libggml-cpu.so": b"\x7fELF..ggml_vec_dot_q4_1..",
                      "llama_cpp/README": b"ggml_backend_amx_mul_mat"})  # not the library
    other = wheel(cache / "wheels" / "c3" / "other_pkg-1.0-py3-none-any.whl",
                  {"lib/libggml-cpu.so": b"ggml_backend_amx_mul_mat"})
    broken = cache / "wheels" / "d4" / "llama_cpp_python-0.3.34-py3-none-linux_x86_64.whl"
    broken.parent.mkdir(parents=True)
    broken.write_bytes(b"not a zip")

    done = subprocess.run([sys.executable, str(SCRIPT), str(cache)],
                          capture_output=True, text=True, timeout=60)

    assert done.returncode == 0, done.stderr
    assert not native.exists()
    assert portable.exists() and other.exists() and broken.exists()
    assert "llama_cpp_python-0.3.36" in done.stdout and "AMX" in done.stdout
    assert "0.3.35" not in done.stdout


def test_a_missing_cache_is_nothing_to_do(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, str(SCRIPT), str(tmp_path / "absent")],
                          capture_output=True, text=True, timeout=60)
    assert (done.returncode, done.stdout) == (0, "")
