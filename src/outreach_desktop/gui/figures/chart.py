"""A horizontal bar chart drawn with QPainter (QtCharts is not in PySide6-Essentials).

One row per cell: its label on the leading side (left in German, right in Arabic), then
the bar, then the count. The cell that folds the small counts away is drawn hatched and
grey and says so in words ("fewer than 5"), not by colour alone. The same drawing goes
into the PDF report through ``render_image``.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QLocale, QRect, QSize, Qt
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontMetrics,
    QImage,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QSizePolicy, QWidget

#: Bar area at least this many average characters wide.
MIN_BAR_CHARS = 16
#: Labels are cut (with an ellipsis) beyond this many average characters.
MAX_LABEL_CHARS = 34
SCREEN_DPI = 96


def suppressed_text(min_count: int) -> str:
    """What a folded cell shows instead of a count."""
    #: A figure cell hidden for privacy: %1 is the smallest count shown (5).
    return QCoreApplication.translate("BarChart", "fewer than %1").replace(
        "%1", QLocale().toString(min_count))


@dataclass(frozen=True)
class Bar:
    label: str
    count: int | None
    suppressed: bool = False


@dataclass(frozen=True)
class RowGeometry:
    label: QRect
    bar: QRect
    value: QRect


class BarChart(QWidget):
    """Holds ``title``, ``bars`` and ``min_count``; ``set_data`` replaces them."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title = ""
        self.bars: list[Bar] = []
        self.min_count = 5
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the table beside it is the focus stop

    def set_data(self, title: str, bars: list[Bar], min_count: int) -> None:
        self.title, self.bars, self.min_count = title, list(bars), min_count
        self.setAccessibleName(title)
        self.setAccessibleDescription(self.describe())
        self.updateGeometry()
        self.update()

    def describe(self) -> str:
        """The values in words, for screen readers."""
        if not self.bars:
            return QCoreApplication.translate("BarChart", "No figures in this period.")
        return "; ".join(f"{bar.label}: {self._spoken_value(bar)}" for bar in self.bars)

    def _value_text(self, bar: Bar) -> str:
        if bar.suppressed:  # the label says "fewer than 5" in words
            #: The count beside a hidden cell's bar: %1 is the smallest count shown (5).
            return QCoreApplication.translate("BarChart", "< %1").replace(
                "%1", QLocale().toString(self.min_count))
        return QLocale().toString(bar.count or 0)

    def _spoken_value(self, bar: Bar) -> str:
        return suppressed_text(self.min_count) if bar.suppressed \
            else QLocale().toString(bar.count or 0)

    # --- geometry ----------------------------------------------------------------------------
    @staticmethod
    def _metrics(font: QFont) -> tuple[QFontMetrics, int, int]:
        metrics = QFontMetrics(font)
        row = metrics.height() + metrics.height() // 2
        return metrics, row, metrics.averageCharWidth()

    def _title_font(self, font: QFont) -> QFont:
        title = QFont(font)
        title.setBold(True)
        return title

    def _heights(self, font: QFont, with_title: bool = True) -> tuple[int, int]:
        metrics, row, _char = self._metrics(font)
        title_height = QFontMetrics(self._title_font(font)).height() + metrics.height() // 2
        return (title_height if with_title else 0), row

    def height_for(self, font: QFont, with_title: bool = True) -> int:
        title_height, row = self._heights(font, with_title)
        rows = max(1, len(self.bars))
        return title_height + rows * row + row // 3

    def _label_width(self, font: QFont) -> int:
        metrics, _row, char = self._metrics(font)
        widest = max((metrics.horizontalAdvance(bar.label) for bar in self.bars), default=0)
        return min(widest, MAX_LABEL_CHARS * char) + char

    def _value_width(self, font: QFont) -> int:
        metrics, _row, char = self._metrics(font)
        texts = [self._value_text(bar) for bar in self.bars] or ["0"]
        return max(metrics.horizontalAdvance(t) for t in texts) + char

    def sizeHint(self) -> QSize:
        font = self.font()
        _m, _row, char = self._metrics(font)
        width = self._label_width(font) + self._value_width(font) + MIN_BAR_CHARS * char * 2
        return QSize(width, self.height_for(font))

    def minimumSizeHint(self) -> QSize:
        font = self.font()
        _m, _row, char = self._metrics(font)
        return QSize(self._label_width(font) + self._value_width(font) + MIN_BAR_CHARS * char,
                     self.height_for(font))

    def row_geometry(self, width: int, font: QFont | None = None,
                     direction: Qt.LayoutDirection | None = None,
                     with_title: bool = True) -> list[RowGeometry]:
        """Where each row's label, bar and count go in a chart ``width`` wide, mirrored
        for a right-to-left layout (the label on the leading side)."""
        font = font or self.font()
        direction = direction if direction is not None else self.layoutDirection()
        title_height, row = self._heights(font, with_title)
        _m, _r, char = self._metrics(font)
        label_width = self._label_width(font)
        value_width = self._value_width(font)
        bar_space = max(char, width - label_width - value_width - char)
        top_count = max((bar.count or 0 for bar in self.bars), default=0)
        rows = []
        for index, bar in enumerate(self.bars):
            y = title_height + index * row
            pad = row // 6
            if bar.suppressed:
                length = bar_space // 4  # no length to read off: a fixed stub
            elif top_count:
                length = max(1, round(bar_space * (bar.count or 0) / top_count)) \
                    if bar.count else 0
            else:
                length = 0
            label = QRect(0, y, label_width - char // 2, row)
            bar_rect = QRect(label_width, y + pad, length, row - 2 * pad)
            value = QRect(label_width + length + char // 2, y, value_width, row)
            if direction == Qt.LayoutDirection.RightToLeft:
                label, bar_rect, value = (_mirror(r, width) for r in (label, bar_rect, value))
            rows.append(RowGeometry(label, bar_rect, value))
        return rows

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        try:
            self.paint(painter, self.width(), self.font(), self.layoutDirection(),
                       self.palette())
        finally:
            painter.end()

    def paint(self, painter: QPainter, width: int, font: QFont,
              direction: Qt.LayoutDirection, palette: QPalette,
              with_title: bool = True) -> None:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, True)
        painter.setLayoutDirection(direction)  # text runs (and "<") read in the UI's way
        metrics = QFontMetrics(font)
        # the painter's direction turns leading/trailing into right/left for Arabic
        leading, trailing = Qt.AlignmentFlag.AlignLeading, Qt.AlignmentFlag.AlignTrailing
        vcenter = Qt.AlignmentFlag.AlignVCenter
        text_color = palette.color(QPalette.ColorRole.WindowText)
        title_height, _row = self._heights(font, with_title)
        painter.setPen(text_color)
        if with_title:
            painter.setFont(self._title_font(font))
            painter.drawText(QRect(0, 0, width, title_height), leading | vcenter, self.title)
        painter.setFont(font)
        if not self.bars:
            painter.drawText(QRect(0, title_height, width, metrics.height() * 3 // 2),
                             leading | vcenter,
                             QCoreApplication.translate("BarChart", "No figures in this period."))
            return
        bar_color = palette.color(QPalette.ColorRole.Highlight)
        grey = QColor(150, 150, 150)
        for bar, geometry in zip(self.bars, self.row_geometry(width, font, direction,
                                                                  with_title),
                                 strict=True):
            painter.setPen(text_color)
            painter.drawText(geometry.label, trailing | vcenter,
                             metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight,
                                                geometry.label.width()))
            if bar.suppressed:
                painter.setPen(QPen(grey, 1))
                painter.setBrush(QBrush(grey, Qt.BrushStyle.BDiagPattern))
            else:
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(bar_color)
            if geometry.bar.width() > 0:
                painter.drawRect(geometry.bar)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.setPen(text_color)
            painter.drawText(geometry.value, leading | vcenter, self._value_text(bar))

    def render_image(self, width_px: int, dpi: int, with_title: bool = True) -> QImage:
        """The chart as an image ``width_px`` wide, the text sized for ``dpi`` (for the PDF:
        a white background, the widget's font and direction; without the title where a
        heading says it already)."""
        ratio = dpi / SCREEN_DPI
        logical_width = max(1, round(width_px / ratio))
        font = QFont(self.font())
        height = max(1, round(self.height_for(font, with_title) * ratio))
        image = QImage(width_px, height, QImage.Format.Format_RGB32)
        image.setDotsPerMeterX(round(SCREEN_DPI / 0.0254))
        image.setDotsPerMeterY(round(SCREEN_DPI / 0.0254))
        image.setDevicePixelRatio(ratio)
        image.fill(QColor(255, 255, 255))
        palette = QPalette(self.palette())
        palette.setColor(QPalette.ColorRole.WindowText, QColor(0, 0, 0))
        palette.setColor(QPalette.ColorRole.Highlight, QColor(38, 110, 170))
        painter = QPainter(image)
        try:
            self.paint(painter, logical_width, font, self.layoutDirection(), palette,
                       with_title)
        finally:
            painter.end()
        image.setDevicePixelRatio(1.0)
        return image


def _mirror(rect: QRect, width: int) -> QRect:
    return QRect(width - rect.x() - rect.width(), rect.y(), rect.width(), rect.height())
