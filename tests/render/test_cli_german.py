"""``stakeholder-map export`` in German: a real process run with ``LANGUAGE=de`` draws the
legend of its pictures in German, and tells its errors in German."""

from __future__ import annotations

import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from stakeholder_map import texts
from stakeholder_map.fileio import save_map
from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.model.money import with_currency

ROOT = Path(__file__).resolve().parents[2]
SVG = "{http://www.w3.org/2000/svg}"


def run_german(*args: str) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "LC_ALL", "LC_MESSAGES")}
    env.update(LANGUAGE="de", LANG="de_DE.UTF-8")  # a German session
    return subprocess.run([sys.executable, "-m", "stakeholder_map", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, timeout=120)


def in_german(function, *args):
    """What ``function`` says in German (the money's place is the language's)."""
    texts.set_language("de")
    try:
        return function(*args)
    finally:
        texts.set_language("en")


def german_map(tmp_path) -> Path:
    m = Map("Suche", currency="EUR")
    m.add_node("search", Kind.PRODUCT, "Web search", x=0, y=0)
    m.add_node("ads", Kind.COMPANY, "Advertisers", x=-260, y=0)
    m.add_node("people", Kind.END_USER, "Searchers", x=260, y=0, headcount=2500)
    m.connect("ads", "search", Relation.PAYS, amount=1200, period="yearly")
    m.connect("people", "search", Relation.USES)
    path = tmp_path / "suche.stakemap.json"
    save_map(m, path)
    return path


def test_an_svg_exported_under_language_de_has_a_german_legend(tmp_path):
    out = tmp_path / "karte.svg"
    result = run_german("export", str(german_map(tmp_path)), "-o", str(out), "--legend")
    assert result.returncode == 0, result.stderr
    root = ET.parse(out).getroot()
    words = " ".join(t.strip() for el in root.iter(SVG + "text") for t in el.itertext() if t.strip())
    for word in ("Stakeholder", "Beziehungen", "Haltung", "Fehler", "Warnung", "Hinweis"):
        assert word in words
    assert "Relations" not in words and "Attitude" not in words
    # the rows name kinds, relations and attitudes in the model's German words, and the box
    for german_word in ("Einkäufer", "Entscheider", "zahlt für", "gehört zu", "Fürsprecher", "Unternehmensrahmen"):
        assert german_word in words
    for english_word in ("Buyer", "pays for", "Champion", "Company box"):
        assert english_word not in words
    assert f"{in_german(with_currency, '1.200', 'EUR')} / Jahr" in words and "2.500 Personen" in words


def test_a_png_exported_under_language_de_draws_the_wider_german_legend(tmp_path):
    source = german_map(tmp_path)
    german, english = tmp_path / "karte.png", tmp_path / "map.png"
    result = run_german("export", str(source), "-o", str(german), "--legend")
    assert result.returncode == 0, result.stderr
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    env.update(LANGUAGE="en", LANG="en_US.UTF-8")
    subprocess.run([sys.executable, "-m", "stakeholder_map", "export", str(source), "-o", str(english),
                    "--legend"], cwd=ROOT, env=env, check=True, timeout=120)

    def width(path: Path) -> int:
        data = path.read_bytes()
        assert data[:8] == b"\x89PNG\r\n\x1a\n"
        return int.from_bytes(data[16:20], "big")

    # the legend sits beside the map and is as wide as its words: "Fehler  Warnung  Hinweis"
    # takes more room than "Error  Warning  Note"
    assert width(german) > width(english)


def test_an_export_error_under_language_de_is_german(tmp_path):
    result = run_german("export", str(german_map(tmp_path)), "-o", str(tmp_path / "karte.bmp"))
    assert result.returncode == 2
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "nicht möglich: „.bmp“ ist kein Format" in lines[0]


def test_a_report_written_under_language_de_has_german_headings(tmp_path):
    out = tmp_path / "bericht.html"
    result = run_german("report", str(german_map(tmp_path)), "-o", str(out))
    assert result.returncode == 0, result.stderr
    page = out.read_text("utf-8")
    assert '<html lang="de">' in page and "<h2>Schlüssel-Stakeholder</h2>" in page
    assert "Beziehungen" in page  # the picture's legend
    assert "Key stakeholders" not in page and "Relations" not in page


def test_a_locale_the_machine_lacks_keeps_its_country_for_numbers():
    """``LANGUAGE=de LC_ALL=de_AT.UTF-8`` without that locale installed: the fallback to C.UTF-8
    keeps the country of the locale asked for in Qt's number formats (Austria, not Germany)."""
    code = ("from stakeholder_map import texts; texts.settle_locale_environment(); "
            "from PySide6.QtWidgets import QApplication; app = QApplication([]); "
            "from stakeholder_map.render.language import locale_for; "
            "print(texts.system_language(), locale_for(texts.system_language()).name())")
    env = {k: v for k, v in os.environ.items() if k not in ("LANGUAGE", "LC_MESSAGES", "LANG")}
    env.update(LANGUAGE="de", LC_ALL="de_AT.UTF-8", QT_QPA_PLATFORM="offscreen")
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True,
                          timeout=60)
    assert done.stdout.split() == ["de", "de_AT"], done.stderr
