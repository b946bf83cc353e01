"""The ``milrep`` command says what the desktop application says about failed sign-ins: the wait
after three wrong passwords, and after a successful sign-in how many wrong ones preceded it."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from milrep import cli
from milrep.services.login_attempts import LoginAttempts
from tests.conftest import CHIEF_PASSWORD
from tests.core.test_cli import _no_terminal, run  # noqa: F401 - _no_terminal: an autouse fixture
from tests.helpers import OfficeFixture

WRONG = "Wrong-password-1"


def info(office: OfficeFixture, password: str, monkeypatch: pytest.MonkeyPatch) -> int:
    monkeypatch.setenv(cli.PASSWORD_ENV, password)
    return run("--db", str(office.path), "--user", "chief", "info", "--json")


def test_sign_in_after_failures_prints_their_count_once(office: OfficeFixture,
                                                        monkeypatch: pytest.MonkeyPatch,
                                                        capsys: pytest.CaptureFixture[str]
                                                        ) -> None:
    for _ in range(2):
        assert info(office, WRONG, monkeypatch) == 1
        assert capsys.readouterr().err.strip() == "Wrong user name or password."
    assert info(office, CHIEF_PASSWORD, monkeypatch) == 0
    out, err = capsys.readouterr()
    assert json.loads(out)["office"]["code"] == "17"  # the warning keeps stdout clean
    assert re.fullmatch(
        r"Warning: 2 failed sign-in attempts since your last sign-in\. The last one: "
        r"\d\d\.\d\d\.\d{4} \d\d:\d\d\. If it was not you, tell the head of office\.\n", err), err
    # said once: the next sign-in has nothing to tell
    assert info(office, CHIEF_PASSWORD, monkeypatch) == 0
    assert capsys.readouterr().err == ""


def test_throttled_sign_in_prints_the_count_and_the_wait(office: OfficeFixture,
                                                         monkeypatch: pytest.MonkeyPatch,
                                                         capsys: pytest.CaptureFixture[str]
                                                         ) -> None:
    for _ in range(3):
        assert info(office, WRONG, monkeypatch) == 1
    capsys.readouterr()
    assert info(office, CHIEF_PASSWORD, monkeypatch) == 1  # even the right password waits
    out, err = capsys.readouterr()
    assert out == ""
    assert re.fullmatch(r"Wrong password 3 times: wait (29|30) seconds before trying again\.\n",
                        err), err


def test_sign_in_after_the_wait_tells_when_the_last_failure_was(office: OfficeFixture,
                                                                monkeypatch: pytest.MonkeyPatch,
                                                                capsys: pytest.CaptureFixture[str]
                                                                ) -> None:
    last = dt.datetime(2026, 11, 24, 6, 45, tzinfo=dt.UTC)  # the wait is long over
    attempts = LoginAttempts(office.path, clock=lambda: last)
    for _ in range(4):
        attempts.record_failure("chief")
    assert info(office, CHIEF_PASSWORD, monkeypatch) == 0
    when = last.astimezone().strftime("%d.%m.%Y %H:%M")
    assert capsys.readouterr().err == (
        f"Warning: 4 failed sign-in attempts since your last sign-in. The last one: {when}. "
        "If it was not you, tell the head of office.\n")
