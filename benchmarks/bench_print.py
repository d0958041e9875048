"""In-app print preview benchmark: a delivery checklist of 1 and of 3 pages rendered to
images (what the worker does before the preview opens), then painted to a PDF printer
(what 打印 does), at the preview's 300 dpi.

    QT_QPA_PLATFORM=offscreen .venv/bin/python benchmarks/bench_print.py [--runs 3]

Prints figures as it goes; the last line is one JSON object:
{"render_1_page": {"value_ms": …}, "render_3_pages": {…}, "print_3_pages": {…},
 "page_image_mb": …, "rss_mb": …}
"""

from __future__ import annotations

import argparse
import json
import resource
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QApplication

from reports.handover_pdf import render_handover
from tests.reports.handover_sample import sample_document
from ui.widgets.pdf_preview import a4_printer, paint_pages, render_pdf


def median_ms(runs: int, work: Callable[[], object]) -> float:
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        work()
        timings.append((time.perf_counter() - started) * 1000)
    return statistics.median(timings)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=3, help="runs per figure (median)")
    args = parser.parse_args()
    _app = QApplication([])
    figures: dict[str, object] = {}
    with tempfile.TemporaryDirectory() as folder:
        one, three = Path(folder) / "one.pdf", Path(folder) / "three.pdf"
        render_handover(sample_document(), one)
        render_handover(sample_document(extra_items=60), three)
        for name, path in (("render_1_page", one), ("render_3_pages", three)):
            pages = len(render_pdf(path).pages)
            ms = median_ms(args.runs, lambda p=path: render_pdf(p))
            print(f"{name}: {pages} page(s) rendered at 300 dpi in {ms:.0f} ms")
            figures[name] = {"value_ms": round(ms), "pages": pages}
        document = render_pdf(three)

        def print_to_pdf() -> None:
            printer = a4_printer(document)
            printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
            printer.setOutputFileName(str(Path(folder) / "printed.pdf"))
            paint_pages(document.pages, printer)

        ms = median_ms(args.runs, print_to_pdf)
        print(f"print_3_pages: painted to a PDF printer in {ms:.0f} ms")
        figures["print_3_pages"] = {"value_ms": round(ms)}
        page_mb = document.pages[0].sizeInBytes() / 2**20
        print(f"one page image: {page_mb:.1f} MB")
        figures["page_image_mb"] = round(page_mb, 1)
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"peak RSS: {rss_mb:.0f} MB")
    figures["rss_mb"] = round(rss_mb)
    print(json.dumps(figures))


if __name__ == "__main__":
    main()
