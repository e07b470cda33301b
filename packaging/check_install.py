"""Build the wheel, install it into a fresh virtual environment and prove the app starts.

Run from anywhere: python packaging/check_install.py [--keep DIR] [--report FILE.json]

Steps, each recorded in a JSON report (stdout, and --report):
 1. `pip wheel --no-deps` builds proof_tutor-*.whl into a wheelhouse.
 2. Wheels this machine already built from source (llama-cpp-python, in pip's
    wheel cache after `make`) are copied into that wheelhouse, so the fresh
    install compiles nothing; the other dependencies are ordinary wheels.
 3. `python -m venv` makes a brand-new environment (no --system-site-packages)
    and pip installs the wheel with `--find-links wheelhouse`, pinned to the
    versions in the project's .venv (`pip freeze` as constraints) when it exists.
 4. From a neutral folder, with HOME and the XDG folders in a temporary home:
    `tutor --help`, `python -m tutor --help`, `tutor export` of a real problem to
    PDF, the main window built offscreen (when tutor.ui is installed), and the
    `proof-tutor` GUI launcher started offscreen for a few seconds.
 5. Nothing may be written inside the installed package; data, config and cache
    go to the platformdirs folders under the temporary home.
 6. Resources: the icon and the bundled problem sets must be reachable from the
    installed package (reported; see the report's "resources" entry).
Exit code 0 when steps 1-5 pass (add --require-resources to include 6).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PROBE = r"""
import importlib.resources as res, json, sys
from pathlib import Path
import tutor
pkg = Path(tutor.__file__).parent
found = {}
for name in ("resources/icons/proof-tutor.png", "resources/icons/proof-tutor.svg"):
    found[name] = (res.files("tutor") / name).is_file()
share = Path(sys.prefix) / "share"
found["share/icons/hicolor/256x256/apps/proof-tutor.png"] = (
    share / "icons/hicolor/256x256/apps/proof-tutor.png").is_file()
found["share/applications/proof-tutor.desktop"] = (
    share / "applications/proof-tutor.desktop").is_file()
try:
    from tutor.problems.bundled import bundled_sets
    found["bundled problem sets"] = len(bundled_sets())
except Exception as exc:
    found["bundled problem sets"] = f"error: {exc}"
print(json.dumps({"package": str(pkg), "found": found}))
"""
WINDOW = r"""
import sys
from PySide6.QtWidgets import QApplication
from tutor.ui.application import create_window
app = QApplication(sys.argv[:1])
window = create_window(app)
window.show()
for _ in range(20):
    app.processEvents()
print(type(window).__name__, window.windowTitle())
window.close()
"""


def run(cmd: list[str], *, env: dict[str, str] | None = None, cwd: Path | None = None,
        timeout: float = 900) -> subprocess.CompletedProcess[str]:
    print("+", " ".join(str(c) for c in cmd), file=sys.stderr, flush=True)
    return subprocess.run([str(c) for c in cmd], env=env, cwd=cwd, capture_output=True,
                          text=True, timeout=timeout)


def cached_source_wheels() -> list[Path]:
    """Wheels pip built from sdists on this machine (e.g. llama-cpp-python)."""
    cache = Path(os.environ.get("PIP_CACHE_DIR", Path.home() / ".cache" / "pip")) / "wheels"
    return sorted(cache.rglob("*.whl")) if cache.is_dir() else []


def pdf_text(path: Path) -> str:
    """The PDF's text (for the report), when pypdf is importable here."""
    try:
        from pypdf import PdfReader

        return " ".join(" ".join(p.extract_text().split()) for p in PdfReader(path).pages)[:1500]
    except Exception as exc:  # the report must not fail on a missing or broken PDF
        return f"(unreadable: {exc})"


def package_files(pkg: Path) -> set[str]:
    return {str(p.relative_to(pkg)) for p in pkg.rglob("*")
            if p.is_file() and "__pycache__" not in p.parts}


def check(work: Path, require_resources: bool) -> dict:
    report: dict = {"ok": False, "steps": {}}
    steps = report["steps"]
    wheelhouse, venv, home = work / "wheelhouse", work / "venv", work / "home"
    for d in (wheelhouse, home):
        d.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    built = run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-w", wheelhouse, ROOT])
    wheels = sorted(wheelhouse.glob("proof_tutor-*.whl"))
    steps["build_wheel"] = {"ok": built.returncode == 0 and bool(wheels),
                            "wheel": wheels[-1].name if wheels else None,
                            "seconds": round(time.perf_counter() - t0, 1),
                            "log": built.stderr[-1500:] if built.returncode else ""}
    if not steps["build_wheel"]["ok"]:
        return report
    for whl in cached_source_wheels():
        shutil.copy2(whl, wheelhouse)
    constraints = work / "constraints.txt"
    dev_python = ROOT / ".venv" / ("Scripts/python.exe" if os.name == "nt" else "bin/python")
    frozen = run([dev_python, "-m", "pip", "freeze", "--exclude-editable"]) \
        if dev_python.exists() else None
    pins = [line for line in (frozen.stdout.splitlines() if frozen else [])
            if "==" in line and not line.lower().startswith("proof-tutor")]
    constraints.write_text("\n".join(pins) + "\n", encoding="utf-8")

    t0 = time.perf_counter()
    made = run([sys.executable, "-m", "venv", venv])
    bindir = venv / ("Scripts" if os.name == "nt" else "bin")
    py = bindir / ("python.exe" if os.name == "nt" else "python")
    installed = run([py, "-m", "pip", "install", "--find-links", wheelhouse, "-c", constraints,
                     wheels[-1]], timeout=1800) if made.returncode == 0 else made
    steps["fresh_venv_install"] = {
        "ok": installed.returncode == 0, "seconds": round(time.perf_counter() - t0, 1),
        "source_wheels_reused": [w.name for w in cached_source_wheels()],
        "pins": len(pins), "log": installed.stderr[-2000:] if installed.returncode else "",
    }
    if installed.returncode:
        return report

    env = {k: v for k, v in os.environ.items()
           if not k.startswith(("XDG_", "PROOF_TUTOR", "PYTHON", "VIRTUAL_ENV"))}
    env.update(HOME=str(home), QT_QPA_PLATFORM="offscreen", PATH=f"{bindir}{os.pathsep}"
               + env.get("PATH", ""), MPLCONFIGDIR=str(home / ".mpl"))
    probe = json.loads(run([py, "-c", PROBE], env=env, cwd=home).stdout or "{}")
    pkg = Path(probe.get("package", venv))
    before = package_files(pkg)

    tutor_exe = shutil.which("tutor", path=str(bindir))
    gui_exe = shutil.which("proof-tutor", path=str(bindir))
    helped = run([tutor_exe or "tutor", "--help"], env=env, cwd=home)
    module = run([py, "-m", "tutor", "--help"], env=env, cwd=home)
    steps["cli"] = {"ok": helped.returncode == 0 and module.returncode == 0
                    and "export" in helped.stdout and "export" in module.stdout,
                    "tutor_script": bool(tutor_exe), "proof_tutor_script": bool(gui_exe)}

    problem = home / "problem.txt"
    problem.write_text("Solve $2x + 3 = 11$ for $x$.\n", encoding="utf-8")
    exported = run([py, "-m", "tutor", "export", problem, "--pdf", home / "out.pdf"],
                   env=env, cwd=home, timeout=300)
    try:
        summary = json.loads(exported.stdout.strip().splitlines()[-1])
    except (ValueError, IndexError):
        summary = {}
    steps["export"] = {"ok": exported.returncode == 0 and summary.get("solved") == 1
                       and (home / "out.pdf").stat().st_size > 1000
                       if (home / "out.pdf").exists() else False,
                       "summary": summary, "log": exported.stderr[-1500:],
                       "pdf_text": pdf_text(home / "out.pdf")}

    has_ui = run([py, "-c", "import tutor.ui.application"], env=env, cwd=home).returncode == 0
    if has_ui:
        window = run([py, "-c", WINDOW], env=env, cwd=home, timeout=120)
        steps["main_window"] = {"ok": window.returncode == 0, "out": window.stdout.strip(),
                                "log": window.stderr[-1500:] if window.returncode else ""}
    started = subprocess.Popen([gui_exe or "proof-tutor"], env=env, cwd=home,
                               stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    try:
        code = started.wait(timeout=8)
        status = f"exited {code}"
        ok = code == 0
    except subprocess.TimeoutExpired:  # still running: the event loop is up
        started.terminate()
        try:
            started.wait(timeout=10)
        except subprocess.TimeoutExpired:
            started.kill()
            started.wait()
        status, ok = "running after 8 s (stopped by the check)", True
    err = started.stderr.read() if started.stderr else ""
    steps["gui_launcher"] = {"ok": ok and "Traceback" not in err, "status": status,
                             "has_ui": has_ui, "log": err[-1500:]}

    written = sorted(package_files(pkg) - before)
    steps["no_writes_in_package"] = {"ok": not written, "written": written[:20]}
    folders = sorted(str(p.relative_to(home)) for p in home.rglob("*") if p.is_dir())
    steps["user_folders"] = {"ok": any(f.endswith("proof-tutor") for f in folders),
                             "home_contents": folders[:30]}
    found = probe.get("found", {})
    icon_ok = any(v is True for k, v in found.items() if "icon" in k or "proof-tutor.png" in k)
    sets_ok = isinstance(found.get("bundled problem sets"), int) and \
        found["bundled problem sets"] > 0
    report["resources"] = {"ok": icon_ok and sets_ok, "found": found}
    core = [s["ok"] for s in steps.values()]
    report["ok"] = all(core) and (report["resources"]["ok"] or not require_resources)
    return report


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="work in this folder and keep it")
    parser.add_argument("--report", type=Path, help="also write the JSON report here")
    parser.add_argument("--require-resources", action="store_true",
                        help="fail unless icons and bundled problem sets are installed")
    args = parser.parse_args()
    started = time.perf_counter()
    if args.keep:
        args.keep.mkdir(parents=True, exist_ok=True)
        report = check(args.keep, args.require_resources)
    else:
        with tempfile.TemporaryDirectory(prefix="proof-tutor-install-") as tmp:
            report = check(Path(tmp), args.require_resources)
    report["seconds"] = round(time.perf_counter() - started, 1)
    text = json.dumps(report, indent=2)
    if args.report:
        args.report.write_text(text, encoding="utf-8")
    print(text)
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    sys.exit(main())
