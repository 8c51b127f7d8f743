"""The command line speaks the user's language (LANGUAGE, LC_ALL, LANG); codes stay English."""

from __future__ import annotations

import json
import os
import subprocess
import sys

from tests.cli.helpers import ROOT, assert_one_line_error, write_map

NODES = [
    {"id": "app", "kind": "product", "name": "App"},
    {"id": "ads", "kind": "company", "name": "Ad buyers"},
    {"id": "shop", "kind": "company", "name": "Shop"},
    {"id": "idle", "kind": "person", "name": "Idle"},
]
EDGES = [
    {"id": "e1", "source": "ads", "target": "app", "relation": "pays", "amount": 5001, "period": "yearly"},
    {"id": "e2", "source": "shop", "target": "app", "relation": "pays", "amount": 4999, "period": "yearly"},
]


def run(*args, **env) -> subprocess.CompletedProcess:
    environ = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_ALL", "LC_MESSAGES", "LANG")}
    environ.update({"QT_QPA_PLATFORM": "offscreen", "PYTHONIOENCODING": "utf-8", **env})
    return subprocess.run([sys.executable, "-m", "stakeholder_map", *map(str, args)], cwd=ROOT,
                          capture_output=True, text=True, timeout=120, env=environ)


def test_language_de_prints_the_analysis_in_german(tmp_path):
    path = write_map(tmp_path / "m.json", NODES, EDGES)
    done = run("analyze", path, LANGUAGE="de", LANG="C.UTF-8")
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "Stakeholder-Karte: (ohne Titel)" in out
    assert "1 Produkt, 3 Stakeholder, 2 Verbindungen" in out
    assert "Niemand nutzt „App“. [no_users]" in out
    assert "„Idle“ ist mit nichts verbunden. [isolated]" in out
    # the share in the German way: a decimal comma and a space before the sign
    assert "50,01\u00a0% des Jahresumsatzes von „App“ stammen von „Ad buyers“." in out
    assert "Befunde: " in out and "Warnungen (" in out
    assert "Ad buyers (Unternehmen): Auftraggeber" in out
    for english in ("Nobody", "Findings", "product,", "Warnings"):
        assert english not in out


def test_json_keeps_codes_and_ids_english_and_says_the_messages_in_german(tmp_path):
    path = write_map(tmp_path / "m.json", NODES, EDGES)
    english = json.loads(run("analyze", path, "--format", "json", LANG="en_US.UTF-8").stdout)
    german = json.loads(run("analyze", path, "--format", "json", LANG="de_DE.UTF-8").stdout)
    assert german["roles"] == english["roles"] == {"ads": ["client"], "shop": ["client"], "idle": []}
    strip = [{k: v for k, v in f.items() if k != "message"} for f in german["findings"]]
    assert strip == [{k: v for k, v in f.items() if k != "message"} for f in english["findings"]]
    assert {f["code"] for f in german["findings"]} >= {"no_users", "isolated", "revenue_concentration"}
    messages = {f["code"]: f["message"] for f in german["findings"]}
    assert messages["no_users"] == "Niemand nutzt „App“."
    assert {f["code"]: f["message"] for f in english["findings"]}["no_users"] == 'Nobody uses "App".'


def test_the_c_locale_and_unknown_languages_mean_english(tmp_path):
    path = write_map(tmp_path / "m.json", NODES, EDGES)
    for env in ({"LC_ALL": "C", "LANGUAGE": "de"}, {"LANG": "fr_FR.UTF-8"}, {"LANGUAGE": "fr:it"}, {}):
        out = run("analyze", path, **env).stdout
        assert 'Nobody uses "App". [no_users]' in out, env
    # LC_ALL wins over LANG; LANGUAGE's list is read in order
    assert "Niemand nutzt" in run("analyze", path, LC_ALL="de_CH.UTF-8", LANG="en_GB.UTF-8").stdout
    assert "Niemand nutzt" in run("analyze", path, LANGUAGE="fr:de", LANG="en_US.UTF-8").stdout


def test_help_and_errors_in_german_with_the_error_prefix_kept(tmp_path):
    helped = run("analyze", "--help", LANGUAGE="de")
    assert helped.returncode == 0
    assert helped.stdout.startswith("Aufruf: stakeholder-map analyze")
    assert "Optionen:" in helped.stdout and "diese Hilfe zeigen und beenden" in helped.stdout
    assert "text für Menschen (Standard) oder json für Programme" in helped.stdout

    missing = run("analyze", LANGUAGE="de")
    assert_one_line_error(missing, "diese Argumente fehlen: PATH", "siehe 'stakeholder-map analyze --help'")
    unreadable = run("analyze", tmp_path / "nope.json", LANGUAGE="de")
    assert_one_line_error(unreadable)
    wrong = run("export", tmp_path / "m.json", "-o", "x.png", "--scale", "9", LANGUAGE="de")
    assert_one_line_error(wrong, "der Maßstab muss zwischen 1 und 4 liegen, nicht 9")


def test_analyze_in_german_imports_no_qt(tmp_path):
    path = write_map(tmp_path / "m.json", NODES, EDGES)
    code = ("import sys\nfrom stakeholder_map.cli import main\nmain(['analyze', sys.argv[1]])\n"
            "print(' '.join(sorted({m.split('.')[0] for m in sys.modules})), file=sys.stderr)\n")
    environ = {**os.environ, "LANGUAGE": "de", "LANG": "de_DE.UTF-8", "PYTHONIOENCODING": "utf-8"}
    done = subprocess.run([sys.executable, "-c", code, str(path)], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env=environ)
    assert "Niemand nutzt" in done.stdout
    assert "PySide6" not in done.stderr.splitlines()[-1].split()


def test_an_lc_all_the_system_lacks_keeps_its_language_without_qt_warnings(tmp_path):
    """LC_ALL naming a locale this machine has no data for: German, and nothing on stderr
    (Qt would print four lines about falling back to C.UTF-8 on every export)."""
    path = write_map(tmp_path / "m.json", NODES, EDGES)
    done = run("export", path, "-o", tmp_path / "m.svg", "--legend", LC_ALL="de_XX.UTF-8", LANG="C.UTF-8")
    assert done.returncode == 0 and done.stderr == "", done.stderr
    assert "Entscheider" in (tmp_path / "m.svg").read_text("utf-8")
    done = run("analyze", path, LC_ALL="de_XX.UTF-8")
    assert done.stderr == "" and "1 Produkt, 3 Stakeholder, 2 Verbindungen" in done.stdout
