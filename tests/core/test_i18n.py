"""The interface speaks Vietnamese first and English on request, and the English catalog is complete.

The catalog is src/chidao/locale/en/LC_MESSAGES/django.po; the compiled django.mo is committed next to it so
that a machine without gettext still serves English. It holds every string of the package, including those
of apps that also keep a catalog of their own (LOCALE_PATHS wins over app catalogs). To refresh both after
adding strings (every locale directory is ignored so that app catalogs are left alone and everything goes to
LOCALE_PATHS):

    cd src/chidao && ../../.venv/bin/chidao makemessages -l en -e html,py --no-obsolete \
        --ignore=locale --ignore=text --ignore='demo/*'
    # translate every new or fuzzy entry (remove the fuzzy flag), then
    msgfmt --check-format -o locale/en/LC_MESSAGES/django.mo locale/en/LC_MESSAGES/django.po
"""

import ast
import gettext
import re
import shutil
from pathlib import Path

import pytest
from django.core.management import call_command

from tests.tasks.factories import make_document, make_task

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "src" / "chidao"
CATALOG = PACKAGE / "locale" / "en" / "LC_MESSAGES"


def read_po(path: Path) -> list[dict]:
    """Entries of a .po file: `msgid`, optional `msgid_plural`, `msgstr` (a list) and `flags`.

    A deliberately small reader (gettext's own tools may be absent): one entry per blank-line block,
    quoted strings concatenated, obsolete `#~` entries ignored.
    """
    entries = []
    for block in path.read_text(encoding="utf-8").split("\n\n"):
        entry: dict = {"flags": set(), "msgstr": []}
        field = None
        for line in block.splitlines():
            if line.startswith("#,"):
                entry["flags"].update(flag.strip() for flag in line[2:].split(","))
            elif line.startswith("#") or not line.strip():
                continue
            elif line.startswith('"'):
                value = ast.literal_eval(line)
                if field == "msgstr":
                    entry["msgstr"][-1] += value
                else:
                    entry[field] += value
            else:
                keyword, _, quoted = line.partition(" ")
                field = "msgstr" if keyword.startswith("msgstr") else keyword
                value = ast.literal_eval(quoted)
                if field == "msgstr":
                    entry["msgstr"].append(value)
                else:
                    entry[field] = value
        if "msgid" in entry:
            entries.append(entry)
    return entries


@pytest.fixture(scope="module")
def messages() -> list[dict]:
    return [entry for entry in read_po(CATALOG / "django.po") if entry["msgid"]]


def test_catalog_holds_the_interface_strings(messages):
    assert {"Trang chủ", "Đăng nhập", "Nhiệm vụ"} <= {entry["msgid"] for entry in messages}


def test_catalog_header_declares_english_plurals_and_utf8():
    header = read_po(CATALOG / "django.po")[0]
    assert header["msgid"] == "" and "fuzzy" not in header["flags"]
    assert "Plural-Forms: nplurals=2; plural=(n != 1);" in header["msgstr"][0]
    assert "charset=UTF-8" in header["msgstr"][0]


def test_every_message_has_an_english_translation(messages):
    untranslated = [entry["msgid"] for entry in messages if not all(s.strip() for s in entry["msgstr"])]
    assert untranslated == []


def test_no_translation_is_marked_fuzzy(messages):
    assert [entry["msgid"] for entry in messages if "fuzzy" in entry["flags"]] == []


def test_plural_messages_have_both_english_forms(messages):
    plurals = [entry for entry in messages if "msgid_plural" in entry]
    assert plurals, "the catalog has plural messages"
    assert [entry["msgid"] for entry in plurals if len(entry["msgstr"]) != 2] == []


def test_translations_keep_the_placeholders_of_the_source(messages):
    placeholder = re.compile(r"%\(\w+\)[sd]")
    wrong = [entry["msgid"] for entry in messages
             for translated in entry["msgstr"]
             if sorted(set(placeholder.findall(translated))) != sorted(set(placeholder.findall(entry["msgid"])))]
    assert wrong == []


def test_compiled_catalog_is_up_to_date_with_the_po(messages):
    with open(CATALOG / "django.mo", "rb") as handle:
        compiled = gettext.GNUTranslations(handle)

    def compiled_text(entry):
        if "msgid_plural" in entry:
            return compiled.ngettext(entry["msgid"], entry["msgid_plural"], 2)
        if "msgctxt" in entry:
            return compiled.pgettext(entry["msgctxt"], entry["msgid"])
        return compiled.gettext(entry["msgid"])

    stale = [entry["msgid"] for entry in messages if compiled_text(entry) != entry["msgstr"][-1]]
    assert stale == [], "compile the catalog with msgfmt (see this module's docstring)"


def extracted_msgids(workdir: Path, monkeypatch, settings) -> set[str]:
    """The msgids makemessages finds in the package's templates and Python files today.

    It runs on a copy of the package: makemessages writes temporary files next to the templates it reads,
    and must not touch the committed catalogs.
    """
    copy = workdir / "chidao"
    shutil.copytree(PACKAGE, copy, ignore=shutil.ignore_patterns(
        "locale", "text", "demo", "data", "static", "__pycache__", "*.mo", "*.po", "*.yaml", "*.txt"))
    monkeypatch.chdir(copy)
    settings.LOCALE_PATHS = [str(workdir / "locale")]
    call_command("makemessages", locale=["en"], extensions=["html", "py"], verbosity=0)
    return {entry["msgid"] for entry in read_po(workdir / "locale" / "en" / "LC_MESSAGES" / "django.po")}


@pytest.mark.skipif(shutil.which("xgettext") is None, reason="gettext tools are not installed")
def test_every_translatable_string_of_the_code_is_in_the_english_catalog(messages, tmp_path, monkeypatch,
                                                                        settings):
    in_code = extracted_msgids(tmp_path, monkeypatch, settings) - {""}
    assert "Trang chủ" in in_code
    missing = sorted(in_code - {entry["msgid"] for entry in messages})
    assert missing == [], "run makemessages and translate (see this module's docstring)"


# ---------------------------------------------------------------------------------------------- pages


def test_home_page_is_vietnamese_by_default(client, db):
    page = client.get("/").content.decode()
    assert '<html lang="vi">' in page
    assert "Trang chủ" in page and ">Home<" not in page


def test_home_page_speaks_english_to_a_browser_asking_for_english(client, db):
    page = client.get("/", headers={"accept-language": "en-GB,en;q=0.9"}).content.decode()
    assert '<html lang="en">' in page
    assert ">Home<" in page and "Trang chủ" not in page


def test_home_page_stays_vietnamese_for_a_browser_asking_for_an_unknown_language(client, db):
    page = client.get("/", headers={"accept-language": "fr"}).content.decode()
    assert '<html lang="vi">' in page


def test_login_page_speaks_english_with_the_language_cookie(client, db):
    client.cookies["django_language"] = "en"
    page = client.get("/dang-nhap/").content.decode()
    assert "Log in" in page and "Đăng nhập" not in page


def test_task_page_speaks_english_to_an_agency_officer_who_chose_english(client, agency_officer, agency):
    task = make_task(make_document(), lead_agency=agency)
    client.force_login(agency_officer)
    client.cookies["django_language"] = "en"
    page = client.get(f"/tasks/{task.pk}/").content.decode()
    assert "Lead agency" in page and "Progress reports" in page
    assert "Cơ quan chủ trì" not in page


def test_language_switcher_posts_to_set_language_and_remembers_the_choice(client, db):
    page = client.get("/").content.decode()
    assert 'action="/i18n/setlang/"' in page and 'name="language"' in page
    response = client.post("/i18n/setlang/", {"language": "en", "next": "/"})
    assert response.status_code == 302 and response["Location"] == "/"
    assert ">Home<" in client.get("/").content.decode()
    client.post("/i18n/setlang/", {"language": "vi", "next": "/"})
    assert "Trang chủ" in client.get("/").content.decode()
