"""Core messages reach the command line in the user's language, from the same catalogues."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from milrep import i18n
from milrep.errors import AuthenticationError
from milrep.db.keyslots import KeySlotFile
from milrep.db.store import open_database


@pytest.fixture(autouse=True)
def _english_again() -> Iterator[None]:
    yield
    i18n.set_translator(None)


@pytest.mark.parametrize(("env", "lang"), [
    ({"MILREP_LANG": "kk"}, "kk"), ({"LANG": "ru_RU.UTF-8"}, "ru"),
    ({"LC_ALL": "kk_KZ.UTF-8", "LANG": "ru_RU.UTF-8"}, "kk"), ({"LANG": "de_DE.UTF-8"}, "en"),
    ({}, "en"), ({"LANG": "C.UTF-8"}, "en")])
def test_language_from_environment(env: dict[str, str], lang: str) -> None:
    assert i18n.language_from_environment(env) == lang


def test_russian_catalogue_translates_a_core_message(office, db_path) -> None:  # type: ignore[no-untyped-def]
    catalogue = i18n.load_catalogue("ru")
    source = "Wrong user name or password."
    assert ("milrep", source) in catalogue, "run `make translations` and translate"
    i18n.install_catalogue("ru")
    with pytest.raises(AuthenticationError) as e:
        open_database(db_path, "chief", "not the password 1")
    assert str(e.value) == catalogue[("milrep", source)] != source
    assert KeySlotFile.path_for(db_path).exists()


def test_missing_catalogue_means_english(tmp_path) -> None:  # type: ignore[no-untyped-def]
    assert i18n.load_catalogue("kk", tmp_path) == {}
    i18n.install_catalogue("en")
    assert i18n.translate("milrep", "Name") == "Name"


def test_the_command_speaks_the_users_language(office, db_path, monkeypatch, capsys) -> None:  # type: ignore[no-untyped-def]
    from milrep import cli

    monkeypatch.setenv("MILREP_LANG", "kk")
    monkeypatch.setenv("MILREP_PASSWORD", "not the password 1")
    assert cli.main(["--db", str(db_path), "--user", "chief", "info"]) == 1
    expected = i18n.load_catalogue("kk")[("milrep", "Wrong user name or password.")]
    assert expected in capsys.readouterr().err
