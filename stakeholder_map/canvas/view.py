"""The view: zoom (Ctrl+wheel around the cursor, Ctrl+plus/minus), pan (middle button,
Space+drag, scrollbars, wheel), fit and 100%; a dotted grid, the pinned legend and the
empty-map hint.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QBrush, QColor, QPainter, QPen, QPixmap, QPixmapCache, QTransform
from PySide6.QtWidgets import QStyleOptionGraphicsItem
from PySide6.QtWidgets import QGraphicsView

from stakeholder_map.canvas import text
from stakeholder_map.canvas.legend import legend_size, paint_legend
from stakeholder_map.canvas.overview import OVERVIEW_MIN_ITEMS, OVERVIEW_ZOOM
from stakeholder_map.canvas.style import GRID
from stakeholder_map.texts import QT_TRANSLATE_NOOP, language

MIN_ZOOM = 0.05
# opening or arranging a small map never shrinks it below this: names and role badges stay
# readable, and a little scrolling shows the rest
READABLE_ZOOM = 0.75
# "small": at the readable zoom the map is at most this many view widths and heights
READABLE_SPAN = 2.0
MAX_ZOOM = 8.0
ZOOM_STEP = 1.25
EMPTY_HINT = QT_TRANSLATE_NOOP("Canvas", "Start with a product: pick Product in the palette and click "
                               "here. Then add who pays, who uses and who decides.")


class MapView(QGraphicsView):
    """Shows a ``MapScene``; ``zoomChanged(scale)`` follows every zoom (1.0 = 100%)."""

    zoomChanged = Signal(float)

    def __init__(self, scene, parent=None) -> None:
        super().__init__(scene, parent)
        scene.extent.report_moves_of(self)
        self.setObjectName("canvas")
        self.setAccessibleName(QCoreApplication.translate("Canvas", "canvas"))
        self.setAccessibleDescription(QCoreApplication.translate(
            "Canvas", "The stakeholder map. Drag nodes to move them; Ctrl+wheel zooms."))
        self.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing
                            | QPainter.RenderHint.SmoothPixmapTransform)
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        # a big map's parked links join the index before Qt selects what the band touches
        self.rubberBandChanged.connect(self._band_moved)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.SmartViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState, False)
        # the background and its dots are drawn once per zoom and then blitted (a drag step
        # repaints much of the view); a theme change resets it (see MapScene.set_theme)
        self.setCacheMode(QGraphicsView.CacheModeFlag.CacheBackground)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._pan_from: QPoint | None = None
        # After "fit map", resizing the window fits again until the user zooms or pans
        # (a map opened before the window reaches its final size still fills it).
        self._fitted = False
        self._fit_readable = False
        self._legend_at: QPointF | None = None  # the legend's top-left; None: bottom-left
        self._legend_grab: QPointF | None = None
        self._fit_zoom = MIN_ZOOM  # the last "fit map" zoom: a huge map may need less than 5%
        self._dots_key = None
        # edge tiles are cached as pixmaps; Qt's default 10 MB cache is too small for a big window
        QPixmapCache.setCacheLimit(max(QPixmapCache.cacheLimit(), 96 * 1024))
        self._dots = QBrush()
        self._legend_key = None
        self._legend = QPixmap()
        self._space = False
        # after a small zoom the overview shows its cached drawing scaled; a sharp one
        # follows once the zooming pauses
        self._sharpen = QTimer(self)
        self._sharpen.setSingleShot(True)
        self._sharpen.setInterval(150)
        self._sharpen.timeout.connect(self._sharpen_overview)
        scene.toolChanged.connect(lambda _tool: self.viewport().setCursor(self.tool_cursor()))
        scene.legendVisibilityChanged.connect(lambda _v: self.viewport().update())
        self.viewport().setCursor(self.tool_cursor())

    # -- zoom ------------------------------------------------------------------------------
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, value: float, anchor: QPointF | None = None) -> None:
        """Zoom to ``value`` (clamped to 5%..800%, or down to the "fit map" zoom of a map too
        big for 5%), keeping ``anchor`` (viewport pixels) still."""
        value = max(min(MIN_ZOOM, self._fit_zoom), min(MAX_ZOOM, value))
        self._fitted = False
        current = self.zoom()
        if abs(value - current) < 1e-9:
            return
        if anchor is None:
            anchor = QPointF(self.viewport().rect().center())
        before = self.mapToScene(anchor.toPoint())
        old_anchor = self.transformationAnchor()
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.NoAnchor)
        self.setTransform(QTransform.fromScale(value, value))
        self._moved()
        shift = self.mapFromScene(before) - anchor.toPoint()  # scroll the anchor back under itself
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + shift.x())
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + shift.y())
        self.setTransformationAnchor(old_anchor)
        self.zoomChanged.emit(self.zoom())

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom() * ZOOM_STEP)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom() / ZOOM_STEP)

    def zoom_100(self) -> None:
        self.set_zoom(1.0)

    def fit_map(self, readable: bool = False) -> None:
        """Show the whole map (never magnified above 100%). With ``readable`` (opening a map,
        arranging it) a small map is shown no smaller than ``READABLE_ZOOM``, centred."""
        scene = self.scene()
        if scene is None:
            return
        rect = scene.map_rect()
        whole = QRectF(self.viewport().rect())
        if rect.isEmpty() or whole.isEmpty():
            return

        def fit(area: QRectF) -> float:
            # a few pixels to spare: scrolling snaps to whole pixels, which at a small zoom
            # is a long way in the scene
            area = area.adjusted(8, 8, -8, -8)
            if area.width() < 50 or area.height() < 50:
                return 0.0
            return min(area.width() / rect.width(), area.height() / rect.height(), 1.0)

        view = whole
        if scene.legend_visible:
            # Keep the map clear of the legend pinned bottom-left: beside it or above it,
            # whichever shows the map larger.
            legend = legend_size()
            beside = whole.adjusted(legend.width() + 24, 0, 0, 0)
            above = whole.adjusted(0, 0, 0, -(legend.height() + 24))
            view = max((beside, above), key=fit)
            if fit(view) == 0.0:
                view = whole
        scale = fit(view) or min(whole.width() / rect.width(), whole.height() / rect.height(), 1.0)
        self._fit_zoom = scale
        if readable and scale < READABLE_ZOOM and (
                rect.width() * READABLE_ZOOM <= READABLE_SPAN * whole.width()
                and rect.height() * READABLE_ZOOM <= READABLE_SPAN * whole.height()):
            scale = READABLE_ZOOM
        self.set_zoom(scale)
        # put the map's centre at the centre of the free area
        offset = (view.center() - QRectF(self.viewport().rect()).center()) / self.zoom()
        self.centerOn(rect.center() - offset)
        self._fitted = True
        self._fit_readable = readable
        self.zoomChanged.emit(self.zoom())
        # The new zoom may show or hide a scroll bar, which resizes the viewport (and fits
        # again): settled now, before the first frame, not after it (a big map's overview
        # would be drawn twice, at zooms 2% apart).
        QCoreApplication.sendPostedEvents(self, QEvent.Type.MetaCall)  # (Qt shows or hides them in a queued call)

    # -- wheel, keys and panning -----------------------------------------------------------
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            delta = event.angleDelta().y() or event.angleDelta().x()
            if delta:
                self.set_zoom(self.zoom() * (ZOOM_STEP ** (delta / 120.0)), event.position())
            event.accept()
            return
        super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        ctrl = event.modifiers() & Qt.KeyboardModifier.ControlModifier
        if ctrl and event.key() in (Qt.Key.Key_Plus, Qt.Key.Key_Equal):
            self.zoom_in()
            return
        if ctrl and event.key() == Qt.Key.Key_Minus:
            self.zoom_out()
            return
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self.scene().renaming() is None:
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat() and self._space:
            self._space = False
            self.viewport().setCursor(self.tool_cursor())
            event.accept()
            return
        super().keyReleaseEvent(event)

    def mousePressEvent(self, event) -> None:
        left = event.button() == Qt.MouseButton.LeftButton
        if (left and not self._space and self.scene().legend_visible
                and self.legend_rect().contains(event.position())):
            self._legend_grab = event.position() - self.legend_rect().topLeft()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        middle = event.button() == Qt.MouseButton.MiddleButton
        if middle or (self._space and event.button() == Qt.MouseButton.LeftButton):
            self._pan_from = event.position().toPoint()
            self._fitted = False
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event) -> None:
        if self._legend_grab is not None:
            self._legend_at = event.position() - self._legend_grab
            self.viewport().update()
            event.accept()
            return
        if self._pan_from is not None:
            now = event.position().toPoint()
            delta = now - self._pan_from
            self._pan_from = now
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)

    def mouseReleaseEvent(self, event) -> None:
        if self._legend_grab is not None:
            self._legend_grab = None
            self._legend_at = self.legend_rect().topLeft()  # kept inside the view
            self.viewport().setCursor(self.tool_cursor())
            event.accept()
            return
        if self._pan_from is not None:
            self._pan_from = None
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor if self._space else self.tool_cursor())
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def tool_cursor(self) -> Qt.CursorShape:
        scene = self.scene()
        if scene is None or scene.tool.is_select:
            return Qt.CursorShape.ArrowCursor
        return Qt.CursorShape.CrossCursor

    # -- background and overlays -----------------------------------------------------------
    def drawBackground(self, painter: QPainter, rect: QRectF) -> None:
        theme = self.scene().theme
        painter.fillRect(rect, theme.background)
        spacing = GRID
        while spacing * self.zoom() < 12:  # keep dots at least 12 pixels apart
            spacing *= 5
        if spacing * self.zoom() > 400:
            return
        pixels = max(2, round(spacing * self.zoom()))
        brush = self._dot_brush(pixels, theme.grid_dot)
        # one texture cell spans one grid step, anchored at the scene origin
        brush.setTransform(QTransform.fromScale(spacing / pixels, spacing / pixels))
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform, False)
        painter.fillRect(rect, brush)
        painter.restore()

    def _dot_brush(self, pixels: int, colour: QColor) -> QBrush:
        key = (pixels, colour.rgba())
        if self._dots_key != key:
            image = QPixmap(pixels, pixels)
            image.fill(Qt.GlobalColor.transparent)
            p = QPainter(image)
            p.fillRect(QRectF(0, 0, 2, 2), colour)
            p.end()
            self._dots_key, self._dots = key, QBrush(image)
        return QBrush(self._dots)

    def drawForeground(self, painter: QPainter, rect: QRectF) -> None:
        scene = self.scene()
        if scene.map is not None and not scene.map.nodes:
            self._draw_hint(painter)
        if scene.legend_visible:
            painter.save()
            painter.resetTransform()
            corner = self.legend_rect().topLeft() - QPointF(1, 1)
            painter.drawPixmap(corner, self._legend_picture(scene.theme, painter.device().devicePixelRatioF()))
            painter.restore()

    def legend_rect(self) -> QRectF:
        """Where the legend is, in viewport pixels: bottom-left unless the person moved it
        (it is dragged with the left button), always inside the view."""
        size = legend_size()
        area = QRectF(self.viewport().rect())
        at = self._legend_at if self._legend_at is not None else QPointF(
            12, area.height() - size.height() - 12)
        x = max(0.0, min(at.x(), area.width() - size.width()))
        y = max(0.0, min(at.y(), area.height() - size.height()))
        return QRectF(QPointF(x, y), size)

    def _legend_picture(self, theme, ratio: float) -> QPixmap:
        """The pinned legend, drawn once per theme and pixel ratio (drawing it on every
        paint cost 1 ms, twice per drag step)."""
        key = (theme.background.rgba(), theme.text.rgba(), theme.is_dark, ratio, language())
        if self._legend_key != key:
            size = legend_size()
            picture = QPixmap(round((size.width() + 2) * ratio), round((size.height() + 2) * ratio))
            picture.setDevicePixelRatio(ratio)
            picture.fill(Qt.GlobalColor.transparent)
            p = QPainter(picture)
            p.setRenderHints(QPainter.RenderHint.Antialiasing | QPainter.RenderHint.TextAntialiasing)
            paint_legend(p, QPointF(1, 1), theme)
            p.end()
            self._legend_key, self._legend = key, picture
        return self._legend

    def _draw_hint(self, painter: QPainter) -> None:
        painter.save()
        painter.resetTransform()
        area = QRectF(self.viewport().rect())
        width = min(440.0, area.width() - 40)
        lines = text.wrap(QCoreApplication.translate("Canvas", EMPTY_HINT), "hint", width, 4)
        lh = text.line_height("hint") + 2
        top = area.center().y() - lh * len(lines) / 2
        painter.setFont(text.font("hint"))
        painter.setPen(self.scene().theme.muted_text)
        for i, line in enumerate(lines):
            painter.drawText(QRectF(area.center().x() - width / 2, top + i * lh, width, lh),
                             Qt.AlignmentFlag.AlignCenter, line)
        painter.restore()

    # -- the overview of a big map seen from far away ----------------------------------------
    def overview_active(self) -> bool:
        scene = self.scene()
        big = scene.item_count() >= OVERVIEW_MIN_ITEMS
        return big and self.zoom() < OVERVIEW_ZOOM

    def prepare_frame(self) -> None:
        """Gather now what the next frame draws from far (the overview's geometry of a big
        map), e.g. while a map opens."""
        if self.scene() is not None and self.overview_active():
            self.scene().overview.gather(self.scene())

    def paintEvent(self, event) -> None:
        scene = self.scene()
        if scene is not None:
            scene.extent.view_moved()  # in case the view moved some way that was not reported
        if scene is None or not self.overview_active():
            if scene is not None:  # a close look needs the edges in sight in their tiles
                scene.edge_layer.file_visible(scene.extent.visible_area())
            super().paintEvent(event)
            return
        painter = QPainter(self.viewport())
        painter.setClipRegion(event.region())
        painter.setTransform(self.viewportTransform())
        exposed = self.mapToScene(event.rect()).boundingRect()
        self.drawBackground(painter, exposed)
        visible = self.mapToScene(self.viewport().rect()).boundingRect()
        if scene.overview.paint(painter, scene, self.zoom(), visible) and not self._sharpen.isActive():
            self._sharpen.start()
        for item in scene.gestures.items():  # the rubber line and the name editor stay visible
            painter.save()
            painter.setTransform(item.sceneTransform() * self.viewportTransform())
            item.paint(painter, QStyleOptionGraphicsItem(), None)
            painter.restore()
        self.drawForeground(painter, exposed)
        band = self.rubberBandRect()
        if not band.isNull():
            painter.resetTransform()
            colour = QColor(scene.theme.selection)
            painter.setPen(QPen(colour, 1.0))
            colour.setAlpha(40)
            painter.setBrush(colour)
            painter.drawRect(band)
        painter.end()

    def _band_moved(self, band: QRect, _from: QPointF, _to: QPointF) -> None:
        scene = self.scene()
        if scene is not None and not band.isNull():
            scene.links.admit_near(self.mapToScene(band).boundingRect())

    def _moved(self) -> None:
        scene = self.scene()
        if scene is not None:
            scene.extent.view_moved()

    def _sharpen_overview(self) -> None:
        scene = self.scene()
        if scene is not None and scene.marks.pending():
            # the first analysis of a big map is still being marked, a slice at a time:
            # the finding rings are drawn once it is done, not again after every few slices
            self._sharpen.start()
            return
        if scene is not None and self.overview_active():
            scene.overview.refresh()
            self.viewport().update()

    def scrollContentsBy(self, dx: int, dy: int) -> None:
        super().scrollContentsBy(dx, dy)
        scene = self.scene()
        if scene is not None:
            scene.extent.view_moved()
        if scene is not None and (scene.legend_visible or not scene.map.nodes):  # overlays are pinned to the viewport
            self.viewport().update()

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._moved()
        if self._fitted:
            self.fit_map(self._fit_readable)
        self.viewport().update()
