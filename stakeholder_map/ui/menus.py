"""Menus and the tool bar: File (with templates, recent files, export and import), Edit,
View, Map and Help, all with mnemonics."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QToolBar

from stakeholder_map.ui import messages
from stakeholder_map.ui.shortcuts import key_sequences
from stakeholder_map.ui.export_dialog import export_with_dialog
from stakeholder_map.ui.import_dialog import import_with_dialog
from PySide6.QtCore import QCoreApplication

translate = QCoreApplication.translate


def build_menus(window, actions) -> None:
    bar = window.menuBar()
    file_menu = bar.addMenu(translate("MainWindow", "&File"))
    file_menu.setObjectName("menuFile")
    file_menu.addAction(actions.new)
    file_menu.addMenu(window.templates_menu)
    window.templates_menu.setObjectName("menuTemplates")
    fill_templates(window)
    file_menu.addAction(actions.open)
    file_menu.addMenu(window.recent_menu)
    window.recent_menu.setObjectName("menuRecent")
    window.recent_menu.aboutToShow.connect(lambda: fill_recent(window))
    fill_recent(window)
    file_menu.addSeparator()
    file_menu.addAction(actions.save)
    file_menu.addAction(actions.save_as)
    file_menu.addAction(actions.revert)
    _add_exchange(window, file_menu, actions)
    file_menu.addAction(actions.export_report)
    file_menu.addSeparator()
    file_menu.addAction(actions.print)
    file_menu.addSeparator()
    file_menu.addAction(actions.close)
    file_menu.addAction(actions.quit)

    edit = bar.addMenu(translate("MainWindow", "&Edit"))
    edit.setObjectName("menuEdit")
    for item in (actions.undo, actions.redo, None, actions.cut, actions.copy, actions.copy_image, actions.paste,
                 actions.duplicate, actions.delete, None, actions.select_all, actions.rename,
                 None, window.finder.find, window.finder.next, window.finder.previous,
                 None, actions.preferences):
        edit.addSeparator() if item is None else edit.addAction(item)

    view = bar.addMenu(translate("MainWindow", "&View"))
    view.setObjectName("menuView")
    for item in (actions.zoom_in, actions.zoom_out, actions.zoom_100, actions.fit, None,
                 actions.snap, actions.legend, None):
        view.addSeparator() if item is None else view.addAction(item)
    panels = view.addMenu(translate("MainWindow", "&Panels"))
    panels.setObjectName("menuPanels")
    for dock in window.docks.all():
        panels.addAction(dock.toggleViewAction())

    map_menu = bar.addMenu(translate("MainWindow", "&Map"))
    map_menu.setObjectName("menuMap")
    map_menu.addAction(actions.arrange)
    align = map_menu.addMenu(translate("MainWindow", "A&lign and Distribute"))
    align.setObjectName("menuAlign")
    window.align.fill(align)
    map_menu.addSeparator()
    tools = window.tools
    map_menu.addAction(tools.select)
    add = map_menu.addMenu(translate("MainWindow", "&Add"))
    add.setObjectName("menuAdd")
    add.addActions(list(tools.kinds.values()))
    link = map_menu.addMenu(translate("MainWindow", "&Connect"))
    link.setObjectName("menuConnect")
    link.addActions(list(tools.relations.values()))

    help_menu = bar.addMenu(translate("MainWindow", "&Help"))
    help_menu.setObjectName("menuHelp")
    help_menu.addAction(actions.guide)
    help_menu.addAction(actions.about)


def _add_exchange(window, menu: QMenu, actions) -> None:
    """Export and Import Spreadsheet."""
    menu.addSeparator()
    actions.export = QAction(translate("MainWindow", "&Export…"), window)
    actions.export.setObjectName("actionExport")
    actions.export.setShortcuts(key_sequences("actionExport"))
    actions.export.setStatusTip(translate("MainWindow", "Save the map as a picture, PDF, GraphML or spreadsheet"))
    actions.export.triggered.connect(lambda _=False: export_with_dialog(window))
    menu.addAction(actions.export)
    actions.import_spreadsheet = QAction(translate("MainWindow", "&Import Spreadsheet…"), window)
    actions.import_spreadsheet.setObjectName("actionImportSpreadsheet")
    actions.import_spreadsheet.setStatusTip(translate("MainWindow", "Make a map from spreadsheet (CSV) files"))
    actions.import_spreadsheet.triggered.connect(lambda _=False: import_with_dialog(window))
    menu.addAction(actions.import_spreadsheet)


def fill_templates(window) -> None:
    """One entry per ``resources/templates/*.stakemap.json``, named by its title."""
    menu = window.templates_menu
    menu.clear()
    try:
        from stakeholder_map import texts
        from stakeholder_map.resources import template_paths, template_title

        paths = template_paths(texts.language())  # the chosen language's, else English
    except (ImportError, OSError):
        paths = []
    for path in paths:
        action = menu.addAction(template_title(path))
        action.setObjectName(f"template_{path.name}")
        action.setData(str(path))
        action.triggered.connect(lambda _=False, p=path: window.files.open_template(p))
    menu.setEnabled(bool(paths))


def fill_recent(window) -> None:
    """The recent files (missing ones pruned), numbered 1-9 and 0 as mnemonics."""
    menu = window.recent_menu
    menu.clear()
    paths = window.recent.paths()
    for number, path in enumerate(paths, start=1):
        label = f"&{number % 10} {Path(path).name}"
        action = menu.addAction(label)
        action.setToolTip(messages.plain_tooltip(str(path)))
        action.setStatusTip(str(path))
        action.setData(str(path))
        action.triggered.connect(lambda _=False, p=path: window.files.open_path(p))
    if paths:
        menu.addSeparator()
        clear = menu.addAction(translate("MainWindow", "&Clear Menu"))
        clear.setObjectName("actionClearRecent")
        clear.triggered.connect(lambda: (window.recent.clear(), fill_recent(window)))
    menu.setEnabled(bool(paths))


def build_toolbar(window, actions) -> QToolBar:
    bar = QToolBar(translate("MainWindow", "Main tool bar"), window)
    bar.setObjectName("mainToolBar")
    bar.setAccessibleName(bar.windowTitle())
    bar.setMovable(False)
    bar.setIconSize(QSize(20, 20))
    bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
    for item in (actions.new, actions.open, actions.save, None, actions.undo, actions.redo,
                 None, actions.zoom_out, actions.zoom_in, actions.fit, None, actions.arrange):
        bar.addSeparator() if item is None else bar.addAction(item)
    arrange = bar.widgetForAction(actions.arrange)
    arrange.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
    arrange.setText(translate("MainWindow", "Arrange"))
    window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
    return bar
