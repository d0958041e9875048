"""Build the one-folder installer and check that the built program works (not a test: slow).

    .venv/bin/python scripts/smoke_installer.py [--keep DIR] [--no-build]

Builds with `pyinstaller --noconfirm --clean installer.spec` into a temporary folder,
then runs the frozen programs against a temporary SQLite file, from a folder that holds
no source code and with data/log folders redirected, so nothing is borrowed from the
checkout or the user's profile. Prints PASS/FAIL lines; exits 1 if anything failed.
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
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PYINSTALLER = Path(sys.executable).with_name("pyinstaller")
EXE_SUFFIX = ".exe" if sys.platform == "win32" else ""
RUN_TIMEOUT_S = 300
WINDOW_SECONDS = "2"


class Smoke:
    def __init__(self, bundle: Path, workdir: Path) -> None:
        self.bundle = bundle
        self.workdir = workdir
        self.db = workdir / "smoke.sqlite3"
        self.failures: list[str] = []

    def program(self, name: str) -> Path:
        return self.bundle / f"{name}{EXE_SUFFIX}"

    def env(self, **extra: str) -> dict[str, str]:
        env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTHON", "QT_"))}
        env.pop("DEALERDESK_DB", None)
        for var in ("XDG_DATA_HOME", "XDG_STATE_HOME", "XDG_CACHE_HOME", "LOCALAPPDATA"):
            env[var] = str(self.workdir / "profile")
        return env | extra

    def run(self, name: str, *args: str, **extra_env: str) -> subprocess.CompletedProcess:
        command = [str(self.program(name)), "--db", str(self.db), *args]
        return subprocess.run(
            command,
            cwd=self.workdir,
            env=self.env(**extra_env),
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=RUN_TIMEOUT_S,
        )

    def check(self, label: str, verdict: Callable[[], str | None]) -> None:
        try:
            problem = verdict()
        except Exception as exc:  # a crash of the check is a failure to report, not a bug here
            problem = f"{type(exc).__name__}: {exc}"
        if problem:
            self.failures.append(label)
            print(f"FAIL {label}: {problem}")
        else:
            print(f"PASS {label}")


def _problem(result: subprocess.CompletedProcess) -> str | None:
    if result.returncode != 0:
        return f"exit {result.returncode}\n{result.stderr[-3000:]}"
    if "Traceback" in result.stderr:
        return f"traceback on stderr\n{result.stderr[-3000:]}"
    return None


def _last_json_line(result: subprocess.CompletedProcess):
    lines = [line for line in result.stdout.splitlines() if line.strip()]
    if not lines:
        raise ValueError("no output")
    return json.loads(lines[-1])


DEMO_USER, DEMO_PASSWORD = "zhangwei", "demo-2026"  # README: the demo staff
BUNDLED_FILES = (  # relative to the folder PyInstaller unpacks into (sys._MEIPASS)
    "resources/fonts/wqy-microhei.ttc",
    "resources/translations/dealerdesk_en.qm",
    "app/migrations/env.py",
    "PySide6/Qt/translations/qtbase_zh_CN.qm",
)


def check_bundled_files(smoke: Smoke) -> str | None:
    internal = smoke.bundle / "_internal"
    base = internal if internal.is_dir() else smoke.bundle
    missing = [name for name in BUNDLED_FILES if not (base / name).is_file()]
    if not list((base / "app" / "migrations" / "versions").glob("*.py")):
        missing.append("app/migrations/versions/*.py")
    if not list((base / "pypdfium2_raw").glob("*pdfium*")):  # the print preview's PDFium
        missing.append("pypdfium2_raw/*pdfium* (pdfium.dll, libpdfium.so, libpdfium.dylib)")
    return f"missing: {', '.join(missing)}" if missing else None


def check_demo(smoke: Smoke) -> str | None:
    result = smoke.run("dealerdesk-cli", "demo", "--customers", "50")
    if problem := _problem(result):
        return problem
    summary = _last_json_line(result)
    if not isinstance(summary, dict) or not summary:
        return f"last line is not a JSON summary: {result.stdout[-500:]}"
    print(f"     demo summary: {json.dumps(summary, ensure_ascii=False)}")
    return None


def check_search(smoke: Smoke, query: str) -> str | None:
    result = smoke.run(  # as a demo consultant: reading the store's data needs a sign-in
        "dealerdesk-cli", "--user", DEMO_USER, "search", query, "--json",
        DEALERDESK_PASSWORD=DEMO_PASSWORD,
    )  # fmt: skip
    if problem := _problem(result):
        return problem
    hits = json.loads(result.stdout)
    if not isinstance(hits, list):
        return f"not a JSON list: {result.stdout[:300]}"
    print(f"     search {query}: {len(hits)} customers")
    return None


def check_window(smoke: Smoke, language: str) -> str | None:
    result = smoke.run(
        "DealerDesk",
        QT_QPA_PLATFORM="offscreen",
        DEALERDESK_SMOKE_SECONDS=WINDOW_SECONDS,
        DEALERDESK_LANG=language,
    )
    return _problem(result)


def build(dist: Path, work: Path) -> float:
    started = time.perf_counter()
    command = [str(PYINSTALLER), "--noconfirm", "--clean", "--log-level", "WARN"]
    command += ["--distpath", str(dist), "--workpath", str(work), "installer.spec"]
    subprocess.run(command, cwd=ROOT, check=True)
    return time.perf_counter() - started


def folder_size_mb(folder: Path) -> float:
    files = (p for p in folder.rglob("*") if p.is_file() and not p.is_symlink())
    return sum(p.stat().st_size for p in files) / 1e6


def run_checks(smoke: Smoke) -> None:
    smoke.check(
        "font, catalogues, migrations and PDFium are bundled", lambda: check_bundled_files(smoke)
    )
    smoke.check("demo --customers 50 prints a JSON summary", lambda: check_demo(smoke))
    smoke.check("search 张 --json", lambda: check_search(smoke, "张"))
    smoke.check("search 138 --json", lambda: check_search(smoke, "138"))
    smoke.check("window opens and quits (zh_CN)", lambda: check_window(smoke, "zh_CN"))
    smoke.check("window opens and quits (en)", lambda: check_window(smoke, "en"))


def parse_args() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--keep", type=Path, help="build into this folder and keep it")
    parser.add_argument("--no-build", action="store_true", help="reuse the build in --keep")
    return parser.parse_args()


def main() -> int:
    args = parse_args()
    workdir = args.keep.resolve() if args.keep else Path(tempfile.mkdtemp(prefix="dd-smoke-"))
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        failures = build_and_check(workdir, build_first=not args.no_build)
    finally:
        if not args.keep:
            shutil.rmtree(workdir, ignore_errors=True)
    print("FAIL" if failures else "PASS", "installer smoke")
    return 1 if failures else 0


def build_and_check(workdir: Path, build_first: bool) -> list[str]:
    bundle = workdir / "dist" / "DealerDesk"
    if build_first:
        try:
            seconds = build(workdir / "dist", workdir / "build")
        except subprocess.CalledProcessError as exc:
            print(f"FAIL build: pyinstaller exited {exc.returncode}")
            return ["build"]
        print(f"build time: {seconds:.0f} s")
    print(f"bundle: {bundle} ({folder_size_mb(bundle):.0f} MB)")
    (workdir / "smoke.sqlite3").unlink(missing_ok=True)
    smoke = Smoke(bundle, workdir)
    run_checks(smoke)
    return smoke.failures


if __name__ == "__main__":
    sys.exit(main())
