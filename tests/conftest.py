"""Shared test set-up: Qt runs offscreen, and hypothesis has a CI profile."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("QT_QUICK_BACKEND", "software")
# The tests read English and plain numbers (Qt's C locale: 1200) whatever the machine's language
# and locale; a test wanting German asks for it.
os.environ["LC_ALL"] = "C.UTF-8"
os.environ.pop("LANGUAGE", None)

from hypothesis import HealthCheck, settings  # noqa: E402

settings.register_profile(
    # derandomized: a CI run is the same every time (a random find must not block a landing);
    # the dev profile keeps exploring new examples
    "ci", max_examples=300, deadline=None, derandomize=True, suppress_health_check=[HealthCheck.too_slow]
)
settings.register_profile("dev", max_examples=100, deadline=None)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci" if os.environ.get("CI") else "dev"))


import sys  # noqa: E402

import pytest  # noqa: E402


@pytest.fixture(autouse=True)
def _clean_slate_after_each_test():
    """Each test leaves English and an empty clipboard behind, whatever it did or failed at."""
    yield
    from stakeholder_map import texts

    qt_core = sys.modules.get("PySide6.QtCore")
    if qt_core is not None and qt_core.QCoreApplication.instance() is not None:
        from stakeholder_map.render.language import install_language

        if texts.language() != texts.ENGLISH:
            install_language(texts.ENGLISH)
        qt_core.QLocale.setDefault(qt_core.QLocale.system())
    texts.set_language(texts.ENGLISH)
    qt_gui = sys.modules.get("PySide6.QtGui")
    if qt_gui is not None and isinstance(qt_gui.QGuiApplication.instance(), qt_gui.QGuiApplication):
        # Qt's offscreen platform crashes at exit when the clipboard still holds data (any
        # QMimeData; a real X11 clipboard does not), and a test's copy should not reach the next
        qt_gui.QGuiApplication.clipboard().clear()
