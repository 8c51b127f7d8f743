"""View commands that act on whichever scene and view the window shows now."""

from __future__ import annotations


class ViewCommands:
    def __init__(self, window) -> None:
        self.window = window

    def zoom_in(self) -> None:
        self.window.view.zoom_in()

    def zoom_out(self) -> None:
        self.window.view.zoom_out()

    def zoom_100(self) -> None:
        self.window.view.zoom_100()

    def fit_map(self) -> None:
        self.window.view.fit_map()

    def set_snap(self, on: bool) -> None:
        self.window.scene.set_snap_to_grid(on)
        self.window.settings().setValue("view/snap", on)

    def set_legend(self, on: bool) -> None:
        self.window.scene.set_legend_visible(on)
        self.window.settings().setValue("view/legend", on)
