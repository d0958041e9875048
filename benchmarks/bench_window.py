"""The window, timed from outside as a subprocess. window_usable, the issue's "signed in,
first tab painted": `main.py --user NAME --exit-when-ready=first-tab` (ui/ready.py) from
launch to its exit once its first tab is painted (and the jobs that tab started are
done); window_every_tab: `--exit-when-ready`, to its exit with every tab opened once and
no job left. Both against the bare QApplication + QMainWindow launched to its exit after
its first paint. ui_stall_max
and rss_every_tab_mb: the probe (benchmarks/window_probe.py, main.py's window with a
5 ms heartbeat on the UI thread) opening every tab while reminder generation runs;
floor: the bare window idling as long.

Every launch runs with compiled bytecode, as an installed copy does (the installer ships
it; a checkout writes it on its first run): PYTHONDONTWRITEBYTECODE, if the shell sets
it, is dropped and the bytecode goes to the run's folder, written by an untimed launch
first (as benchmarks/cli_cold_start.py does). Otherwise each launch would time compiling
DealerDesk's sources again (~0.3 s).
"""

from __future__ import annotations

import json
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from bench_reminders import forget_generation
from figures import Figure, Goal, median
from run import Run

PROBE = Path(__file__).resolve().parent / "window_probe.py"
PEAK_RSS = Path(__file__).resolve().parent / "peak_rss.py"
LAUNCH_ROUNDS = 3
IDLE_CAP_MS = 60_000  # the bare window's heartbeat runs as long as ours, up to this


@dataclass(frozen=True)
class Launch:
    ready_ms: float  # launch → first tab painted (or → exit, for a program that says nothing)
    exit_ms: float  # launch → the process's exit
    reported: dict[str, Any]  # what the probe printed (and peak_rss.py, when asked)


def ready_command(run: Run, mode: str = "every-tab") -> list[str]:
    """DealerDesk itself, signed in as run.user, quitting once every tab is open and idle
    (or, mode "first-tab", once its first tab is painted)."""
    return run.main_py("--user", run.user, f"--exit-when-ready={mode}")


def window_command(run: Run, every_tab: bool) -> list[str]:
    """The probe: DealerDesk's window signed in as run.user, with its heartbeat."""
    command = [run.python, str(PROBE), "--db", run.url, "--user", run.user]
    return command + (["--every-tab"] if every_tab else [])


def bare_command(run: Run, every_tab: bool, idle_ms: int = 0) -> list[str]:
    command = [run.python, str(PROBE), "--bare"]
    return command + (["--every-tab", "--idle-ms", str(idle_ms)] if every_tab else [])


def compiled_env(run: Run) -> dict[str, str]:
    """The child's environment with bytecode written and read (in the run's folder)."""
    env = {k: v for k, v in run.child_env().items() if k != "PYTHONDONTWRITEBYTECODE"}
    return {**env, "PYTHONPYCACHEPREFIX": str(run.folder / "pycache")}


def launch(run: Run, command: list[str], peak_rss: bool = False) -> Launch:
    """Run `command` to its end; with `peak_rss`, through peak_rss.py (which starts later,
    so only for figures that do not time the launch)."""
    if peak_rss:
        command = [run.python, str(PEAK_RSS), *command]
    started = time.monotonic()
    done = subprocess.run(command, capture_output=True, text=True, env=compiled_env(run))
    ended = time.monotonic()
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(command)} exited with {done.returncode}: {done.stderr}")
    reported: dict[str, Any] = {}
    for line in done.stdout.splitlines():
        if line.startswith("{"):
            reported.update(json.loads(line))
    painted = reported.get("painted", ended)
    return Launch((painted - started) * 1000, (ended - started) * 1000, reported)


def launch_figures(run: Run) -> list[Figure]:
    """Median of three launches each, main.py's both ways and the bare window's,
    alternating, each timed to its exit."""
    first, every, bare = [], [], []
    launch(run, ready_command(run, "every-tab"))  # untimed: writes every module's bytecode
    for _round in range(LAUNCH_ROUNDS):
        first.append(launch(run, ready_command(run, "first-tab")).exit_ms)
        every.append(launch(run, ready_command(run, "every-tab")).exit_ms)
        bare.append(launch(run, bare_command(run, every_tab=False)).exit_ms)
    floor_is = "bare QApplication + QMainWindow, launch to exit after its first paint"
    return [
        Figure("window_usable", median(first), median(bare), Goal(times_floor=3, at_most=1500),
               floor_is, f"main.py --exit-when-ready=first-tab, launch to exit (signed in, "
               f"first tab painted); median of {LAUNCH_ROUNDS}"),
        Figure("window_every_tab", median(every), median(bare),
               Goal(times_floor=3, at_most=1500), floor_is,
               f"main.py --exit-when-ready, launch to exit (every tab opened, no job left; "
               f"stricter than the issue's); median of {LAUNCH_ROUNDS}"),
    ]  # fmt: skip


def _longest(gaps: dict[str, float], count: int = 4) -> str:
    """The `count` phases with the longest UI-thread gaps, longest first."""
    worst = sorted(gaps.items(), key=lambda item: -item[1])[:count]
    return ", ".join(f"{phase} {ms:.0f} ms" for phase, ms in worst)


def every_tab_figures(run: Run) -> list[Figure]:
    """One run with every tab opened while a first (full) generation runs behind; the
    bare window's heartbeat then runs as long on an idle window."""
    launch(run, ready_command(run, "every-tab"))  # untimed: writes every module's bytecode
    forget_generation(run.db, run.actor)
    ours = launch(run, window_command(run, every_tab=True), peak_rss=True).reported
    idle_ms = min(int(ours.get("heartbeat_ms", 0)), IDLE_CAP_MS)
    bare = launch(run, bare_command(run, every_tab=True, idle_ms=idle_ms), peak_rss=True).reported
    figures = [
        Figure("rss_every_tab_mb", ours["max_rss_mb"], bare["max_rss_mb"],
               Goal(at_most=300, unit="MB"), "bare window's peak RSS")
    ]  # fmt: skip
    if "max_gap_ms" in ours:  # the probe's heartbeat (main.py has none)
        seconds = ours["heartbeat_ms"] / 1000
        figures.insert(0, Figure(
            "ui_stall_max", ours["max_gap_ms"], bare["max_gap_ms"],
            Goal(at_most=100), "5 ms heartbeat in an idle bare window",
            f"worst while {ours.get('max_gap_during', '?')}; heartbeat over {seconds:.1f} s; "
            f"longest by phase: {_longest(ours.get('gaps', {}))}",
        ))  # fmt: skip
    return figures
