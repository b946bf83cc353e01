"""A bundle is a standard age file: the Debian ``age`` tool decrypts it with the recipient's
identity (installed by .ci/run; under CI its absence is a failure, not a skip)."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from pyrage import x25519

from milrep.sync import envelope as env
from tests.sync.sites import Station
from tests.sync.test_exchange import _new_org


def test_the_age_tool_decrypts_a_bundle(pair: list[Station], stick: Path,
                                        tmp_path: Path) -> None:
    age = shutil.which("age")
    if age is None:
        if os.environ.get("CI"):
            pytest.fail("the age tool is not installed (.ci/run installs the Debian package)")
        pytest.skip("the age tool is not installed")
    a, b = pair
    _new_org(a, "Unit read by age")
    bundle = a.export(stick, [b]).path
    identity = tmp_path / "b.key"
    identity.write_text(str(b.keys.identity) + "\n")
    identity.chmod(0o600)
    out = subprocess.run([age, "--decrypt", "--identity", str(identity), str(bundle)],
                         capture_output=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.startswith(env.MAGIC)
    assert out.stdout == env.decrypt(bundle.read_bytes(), [b.keys.identity])
    other = tmp_path / "other.key"
    other.write_text(str(x25519.Identity.generate()) + "\n")
    refused = subprocess.run([age, "--decrypt", "--identity", str(other), str(bundle)],
                             capture_output=True, timeout=60)
    assert refused.returncode != 0
