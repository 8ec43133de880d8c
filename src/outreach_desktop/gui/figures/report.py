"""The figures as a PDF report, ready for the programme's report to the state.

Laid out like the forms' PDFs (gui/forms/pdf.py): HTML in a ``QTextDocument`` written by
``QPdfWriter``; every text escaped. The charts go in as images (``addResource``), so the
PDF holds one image per chart beside its table. The bytes are made in the GUI thread
(fonts, painting) and written to disk on the worker.
"""

from __future__ import annotations

import html
from dataclasses import dataclass, field

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import QImage, QPageLayout, QPageSize, QPdfWriter, QTextDocument

#: Resolution of the PDF's layout, and of the chart images in it.
PDF_DPI = 300
IMAGE_DPI = 150
CSS_DPI = 96


def _esc(text: str) -> str:
    return html.escape(text).replace("\n", "<br/>")


@dataclass
class ReportSection:
    heading: str
    rows: list[tuple[str, str]]  # label, count text
    chart: QImage | None = None
    summary: str = ""


@dataclass
class Report:
    title: str
    lines: list[str]  # period, filters, generated on
    note: str
    sections: list[ReportSection] = field(default_factory=list)
    right_to_left: bool = False
    headers: tuple[str, str] = ("", "")


def report_html(report: Report, image_width: int) -> str:
    """The report as HTML; a section's chart is ``chart<n>`` (see ``render_report``),
    ``image_width`` wide in CSS pixels (1/96 inch: QTextDocument scales them to the
    PDF's resolution)."""
    direction = "rtl" if report.right_to_left else "ltr"
    align = "right" if report.right_to_left else "left"
    far = "left" if report.right_to_left else "right"
    parts = [f'<html><body dir="{direction}" style="font-size: 10pt;">',
             f'<h1 align="{align}" style="font-size: 16pt;">{_esc(report.title)}</h1>']
    for line in report.lines:
        parts.append(f'<p align="{align}" style="margin: 0;">{_esc(line)}</p>')
    parts.append(f'<p align="{align}" style="font-size: 9pt; color: #444;">'
                 f'{_esc(report.note)}</p>')
    for index, section in enumerate(report.sections):
        parts.append(f'<h2 align="{align}" style="font-size: 12pt; margin-top: 14px;">'
                     f'{_esc(section.heading)}</h2>')
        if section.summary:
            parts.append(f'<p align="{align}">{_esc(section.summary)}</p>')
        if section.chart is not None:
            width = image_width
            height = round(section.chart.height() * image_width / section.chart.width())
            parts.append(f'<p align="{align}"><img src="chart{index}" width="{width}" '
                         f'height="{height}"/></p>')
        if section.rows:
            parts.append(f'<table dir="{direction}" width="60%" align="{align}" '
                         'cellspacing="0" cellpadding="3" border="1" '
                         'style="border-collapse: collapse; border-color: #999;">')
            parts.append(f'<tr><th align="{align}">{_esc(report.headers[0])}</th>'
                         f'<th align="{far}">{_esc(report.headers[1])}</th></tr>')
            for label, count in section.rows:
                parts.append(f'<tr><td align="{align}">{_esc(label)}</td>'
                             f'<td align="{far}">{_esc(count)}</td></tr>')
            parts.append("</table>")
    parts.append("</body></html>")
    return "".join(parts)


def page_width_px() -> int:
    """The printable width of an A4 page with 15 mm margins, in PDF layout pixels."""
    layout = _page_layout()
    return layout.paintRectPixels(PDF_DPI).width()


def chart_width_px() -> int:
    """How wide a chart image is made for the report."""
    return page_width_px() * IMAGE_DPI // PDF_DPI


def _page_layout() -> QPageLayout:
    return QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                       QMarginsF(15, 15, 15, 15), QPageLayout.Unit.Millimeter)


def render_report(report: Report) -> bytes:
    """A4 PDF bytes of the report (GUI thread)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setTitle(report.title)
    writer.setCreator("Outreach Desktop")
    writer.setResolution(PDF_DPI)
    writer.setPageLayout(_page_layout())
    document = QTextDocument()
    document.documentLayout().setPaintDevice(writer)
    document.setDocumentMargin(0)
    for index, section in enumerate(report.sections):
        if section.chart is not None:
            document.addResource(QTextDocument.ResourceType.ImageResource,
                                 QUrl(f"chart{index}"), section.chart)
    rect = writer.pageLayout().paintRectPixels(writer.resolution())
    document.setHtml(report_html(report, rect.width() * CSS_DPI // PDF_DPI))
    document.setPageSize(QSizeF(rect.size()))
    document.print_(writer)
    del writer  # finishes the file
    buffer.close()
    return bytes(data.data())
