"""HYPOTHESIS_PROFILE picks how hard the property tests look: ci (default) or deep."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SHOW = (
    "import tests.conftest\n"
    "from hypothesis import settings\n"
    "from tests.app.test_fuzz_entry_points import FUZZ\n"
    "print(settings.default.max_examples, FUZZ.max_examples)\n"
)


@pytest.mark.parametrize(
    ("profile", "counts"), [(None, "100 60"), ("ci", "100 60"), ("deep", "1000 1000")]
)
def test_the_profile_sets_the_examples_of_every_property_test(profile, counts) -> None:
    env = {k: v for k, v in os.environ.items() if k != "HYPOTHESIS_PROFILE"}
    if profile:
        env["HYPOTHESIS_PROFILE"] = profile
    shown = subprocess.run(
        [sys.executable, "-c", SHOW], cwd=ROOT, env=env, capture_output=True, text=True
    )
    assert shown.stdout.strip() == counts, shown.stderr
