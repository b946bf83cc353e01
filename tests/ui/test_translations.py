"""The Russian and Kazakh catalogues: complete, placeholder-safe, compiled, and up to date with the code.

When a test here fails after you added or changed a visible string: run ``make translations``
(``python -m ui.i18n_tools update``), translate the new entries (``python -m ui.i18n_tools unfinished
ru`` / ``kk``, then ``apply``), and commit ``resources/translations/`` together with your change.
"""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui import i18n_tools

LANGUAGES = i18n_tools.LANGUAGES
HOW_TO_FIX = ("run `make translations` (python -m ui.i18n_tools update), translate the new entries "
              "(python -m ui.i18n_tools unfinished LANG / apply LANG FILE.json) and commit "
              "resources/translations/")

# str.format fields: {name}, {name:,}, {n:,}, {0}, {obj.attr}; "{{" escapes are not fields.
FIELD = re.compile(r"(?<!\{)\{([A-Za-z_0-9][^{}]*)\}(?!\})")
HTML_TAG = re.compile(r"</?[A-Za-z][^<>]*>")


def _messages(lang: str) -> list[tuple[str, str, ET.Element]]:
    """(context, source, <message> element) for every message of the committed catalogue."""
    root = ET.parse(i18n_tools.ts_path(lang)).getroot()
    return [(ctx.findtext("name") or "", msg.findtext("source") or "", msg)
            for ctx in root.iter("context") for msg in ctx.iter("message")]


def _texts(msg: ET.Element) -> list[str]:
    """Every translated text of a message (each plural form for a numerus message)."""
    tr = msg.find("translation")
    if tr is None:
        return []
    forms = tr.findall("numerusform")
    return [f.text or "" for f in forms] if forms else [tr.text or ""]


def _where(lang: str, ctx: str, source: str) -> str:
    return f"{lang}: [{ctx}] {source!r}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_catalogue_is_complete(lang: str) -> None:
    messages = _messages(lang)
    assert messages, f"{i18n_tools.ts_path(lang)} holds no messages"
    problems = []
    for ctx, source, msg in messages:
        tr = msg.find("translation")
        if tr is None or tr.get("type") in ("unfinished", "vanished", "obsolete"):
            problems.append(_where(lang, ctx, source) + " is not translated")
        elif not _texts(msg) or not all(t.strip() for t in _texts(msg)):
            problems.append(_where(lang, ctx, source) + " has an empty translation")
    assert not problems, f"{len(problems)} untranslated message(s); {HOW_TO_FIX}:\n" + "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_placeholders_and_markup_are_kept(lang: str) -> None:
    problems = []
    for ctx, source, msg in _messages(lang):
        want_fields = sorted(FIELD.findall(source))
        want_tags = sorted(HTML_TAG.findall(source))
        for text in _texts(msg):
            if not text:
                continue  # reported by test_catalogue_is_complete
            got = sorted(FIELD.findall(text))
            if got != want_fields:
                problems.append(f"{_where(lang, ctx, source)}: fields {want_fields} in the source, "
                                f"{got} in {text!r}")
            if ("%n" in source) != ("%n" in text):
                problems.append(f"{_where(lang, ctx, source)}: %n differs in {text!r}")
            if sorted(HTML_TAG.findall(text)) != want_tags:
                problems.append(f"{_where(lang, ctx, source)}: HTML tags differ in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_matches_the_source(lang: str, tmp_path: Path) -> None:
    """The committed .qm is exactly what lrelease makes of the committed .ts (lrelease is deterministic)."""
    qm = i18n_tools.qm_path(lang)
    assert qm.exists(), f"{qm} is missing; {HOW_TO_FIX}"
    fresh = tmp_path / qm.name
    subprocess.run([i18n_tools._tool("lrelease"), str(i18n_tools.ts_path(lang)), "-qm", str(fresh)],
                   check=True, capture_output=True)
    assert fresh.read_bytes() == qm.read_bytes(), (
        f"{qm.name} is stale: it was not compiled from the committed {i18n_tools.ts_path(lang).name}; "
        f"{HOW_TO_FIX}")


KNOWN = {
    "ru": {("Wizard", "Recovery code"): "Код восстановления",
           ("Organizations", "Authorized body"): "Уполномоченный орган",
           ("milrep", "Head of office"): "Начальник ВП",
           ("milrep", "Wrong user name or password."): "Неверное имя пользователя или пароль.",
           ("ContractsView", "Contracts"): "Договоры"},
    "kk": {("Wizard", "Recovery code"): "Қалпына келтіру коды",
           ("Organizations", "Authorized body"): "Уәкілетті орган",
           ("milrep", "Head of office"): "Әскери өкілдіктің бастығы",
           ("milrep", "Wrong user name or password."): "Пайдаланушы аты немесе құпиясөз қате.",
           ("ContractsView", "Contracts"): "Шарттар"},
}


@pytest.mark.parametrize("lang", LANGUAGES)
def test_compiled_catalogue_translates(lang: str, qapp: object) -> None:
    translator = QTranslator()
    assert translator.load(str(i18n_tools.qm_path(lang))), f"{i18n_tools.qm_path(lang)} does not load"
    for (ctx, source), expected in KNOWN[lang].items():
        assert translator.translate(ctx, source) == expected
    cyrillic = re.compile("[А-Яа-яЁёӘәҒғҚқҢңӨөҰұҮүҺһІі]")
    still_english = []
    for ctx, source, _msg in _messages(lang):
        words = set(re.findall(r"\b[A-Za-z][a-z]{2,}\b", FIELD.sub("", source))) - {"milrep", "Ctrl"}
        if words and not cyrillic.search(translator.translate(ctx, source) or ""):
            still_english.append(f"[{ctx}] {source!r}")
    assert not still_english, f"{lang}: shown in English: {still_english}"


@pytest.mark.parametrize("lang", LANGUAGES)
def test_no_qt_plurals(lang: str, qapp: object) -> None:
    """pyside6-lupdate extracts no Python message as numerus, so a "%n" message gets a single form
    and QTranslator falls back to English for every count whose plural form is not the first
    (Russian 2, 5, 11; Kazakh all but 1). Format the number yourself instead, as a label:
    translate("Ctx", "Days left: {n}").format(n=days)."""
    translator = QTranslator()
    assert translator.load(str(i18n_tools.qm_path(lang)))
    broken = [f"[{ctx}] {source!r}" for ctx, source, _msg in _messages(lang) if "%n" in source
              and not all(translator.translate(ctx, source, None, n) for n in (1, 2, 5, 11, 21))]
    assert not broken, ("these %n messages show in English for some counts (pyside6-lupdate makes no "
                        "plural forms); format the number with {n} instead: " + ", ".join(broken))


def test_catalogues_are_up_to_date_with_the_code(tmp_path: Path) -> None:
    """lupdate over milrep/ and ui/ finds exactly the (context, source) pairs the catalogues hold."""
    copies = []
    for lang in LANGUAGES:
        copy = tmp_path / i18n_tools.ts_path(lang).name
        shutil.copyfile(i18n_tools.ts_path(lang), copy)
        copies.append(copy)
    i18n_tools.lupdate(copies)
    for lang, copy in zip(LANGUAGES, copies, strict=True):
        committed = {(c, s) for c, s, _t in i18n_tools.entries(i18n_tools.ts_path(lang))}
        in_code = {(c, s) for c, s, _t in i18n_tools.entries(copy)}
        new = sorted(in_code - committed)
        gone = sorted(committed - in_code)
        lines = [f"  new in the code, not in the catalogue: [{c}] {s!r}" for c, s in new]
        lines += [f"  in the catalogue, no longer in the code: [{c}] {s!r}" for c, s in gone]
        assert not lines, (f"milrep_{lang}.ts is out of date with the code; {HOW_TO_FIX}:\n"
                           + "\n".join(lines))


_TRANSLATORS = {"translate", "tr"}
#: where a message's text is a variable on purpose: the translator plumbing itself
_PLUMBING = {"ui/i18n.py", "milrep/i18n.py"}


def _is_translator(node: ast.AST) -> bool:
    """``translate``, ``tr``, ``self.tr``, ``QCoreApplication.translate`` (called or not)."""
    return (isinstance(node, ast.Name) and node.id in _TRANSLATORS) or (
        isinstance(node, ast.Attribute) and node.attr in _TRANSLATORS)


def _is_message_call(node: ast.Call) -> bool:
    """A translator call with a message: ``x.translate(...)`` counts only when its first
    argument is a context text (not ``canvas.translate(x, y)`` or ``str.translate(table)``)."""
    if not _is_translator(node.func):
        return False
    if isinstance(node.func, ast.Attribute) and node.func.attr == "translate":
        first = node.args[0] if node.args else None
        return (isinstance(first, ast.Constant) and isinstance(first.value, str)) or (
            isinstance(node.func.value, ast.Name) and node.func.value.id == "QCoreApplication")
    return True


def _hidden_messages(tree: ast.AST, source: str, where: str) -> list[str]:
    """What lupdate cannot see in one module (see the test below)."""
    out = []
    for node in ast.walk(tree):
        if isinstance(node, ast.JoinedStr):
            out += [f"  {where}:{n.lineno}: a message inside an f-string" for n in ast.walk(node)
                    if isinstance(n, ast.Call) and _is_message_call(n)]
        elif isinstance(node, ast.ImportFrom):
            out += [f"  {where}:{node.lineno}: the translator imported as {a.asname}"
                    for a in node.names if a.name in _TRANSLATORS and a.asname
                    and a.asname not in _TRANSLATORS]
        elif isinstance(node, (ast.Assign, ast.AnnAssign)) and node.value is not None:
            values = node.value.elts if isinstance(node.value, ast.Tuple) else [node.value]
            targets = node.targets if isinstance(node, ast.Assign) else [node.target]
            names = [t.id for target in targets for t in ast.walk(target)
                     if isinstance(t, ast.Name)]
            if any(_is_translator(v) for v in values) and not set(names) <= _TRANSLATORS:
                out.append(f"  {where}:{node.lineno}: the translator under another name "
                           f"({', '.join(names)})")
        elif isinstance(node, ast.Call) and _is_message_call(node) and where not in _PLUMBING:
            bare_tr = isinstance(node.func, ast.Name) and node.func.id == "tr"
            if bare_tr:  # lupdate files it under no context; Qt looks it up under its own
                out.append(f"  {where}:{node.lineno}: tr() outside a class; write "
                           "translate(\"Context\", ...)")
                continue
            name = node.func.attr if isinstance(node.func, ast.Attribute) else node.func.id
            index = 1 if name == "translate" else 0  # translate(context, text), tr(text)
            args = node.args
            context_ok = index == 0 or (args and isinstance(args[0], ast.Constant))
            text = args[index] if len(args) > index else None
            literal = isinstance(text, ast.Constant) and isinstance(text.value, str)
            if (not context_ok or not literal) and "QT_TRANSLATE_NOOP" not in source:
                out.append(f"  {where}:{node.lineno}: {ast.unparse(node)[:70]} — a variable "
                           "text is found by lupdate only where QT_TRANSLATE_NOOP marks it")
    return out


def test_every_message_is_visible_to_lupdate() -> None:
    """lupdate reads ``translate("Ctx", "text")`` calls only as written: a call inside an
    f-string, through another name (``t = translate``, ``t = lambda x: translate("Ctx", x)``, a
    bare ``tr()`` helper) or with a variable text not marked by ``QT_TRANSLATE_NOOP`` is never
    extracted, or is filed under another context, so its text stays in English in every
    language without any other test noticing."""
    hidden = []
    for path in i18n_tools.source_files():
        source = path.read_text(encoding="utf-8")
        hidden += _hidden_messages(ast.parse(source), source,
                                   path.relative_to(i18n_tools.ROOT).as_posix())
    assert not hidden, ("these messages are not extracted by lupdate; call "
                        "translate(\"Context\", \"text\") directly, outside f-strings:\n"
                        + "\n".join(hidden))


@pytest.mark.parametrize("code", [
    't = translate\nt("milrep", "Seal")',
    'label = f"{translate(\'milrep\', \'Seal\')}: x"',
    't = lambda text: translate("Forms", text)',
    'def tr(text):\n    return text\ntr("Notification")',
    'translate("milrep", name)',
    'from milrep.i18n import translate as _\n_("milrep", "Seal")',
])
def test_each_hidden_form_is_caught(code: str) -> None:
    assert _hidden_messages(ast.parse(code), code, "x.py")


def test_plain_calls_and_marked_variables_pass() -> None:
    code = ('TERMS = (QT_TRANSLATE_NOOP("Forms", "Quality control"),)\n'
            'translate("milrep", "Seal")\nfor text in TERMS:\n    translate("Forms", text)\n'
            'canvas.translate(10, 20)\nself.tr("Save")\npainter.translate(5, 5)\n'
            'name.translate(TABLE)\n')
    assert _hidden_messages(ast.parse(code), code, "x.py") == []
