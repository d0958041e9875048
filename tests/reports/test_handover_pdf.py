"""The handover PDF, checked from the file itself (pypdf): fonts embedded, Chinese text
and the VIN extract, long lists flow onto a second page with the header repeated."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from pypdf import PdfReader

from reports.handover_pdf import render_handover
from tests.reports.handover_sample import VIN, sample_document


def render(tmp_path: Path, doc) -> PdfReader:
    target = tmp_path / "交车清单.pdf"
    render_handover(doc, target)
    return PdfReader(target)


def font_descriptors(reader: PdfReader) -> list[tuple[str, dict]]:
    found = []
    for page in reader.pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            fonts = [d.get_object() for d in font.get("/DescendantFonts", [])] or [font]
            found += [(str(f.get("/BaseFont")), f.get("/FontDescriptor")) for f in fonts]
    return found


def test_every_font_is_embedded(tmp_path: Path) -> None:
    reader = render(tmp_path, sample_document(extra_items=15))
    fonts = font_descriptors(reader)
    assert fonts
    for name, descriptor in fonts:
        assert descriptor is not None, f"{name} has no font descriptor (a standard font)"
        assert "/FontFile2" in descriptor.get_object(), f"{name} is not embedded"


def test_chinese_text_and_the_vin_extract(tmp_path: Path) -> None:
    doc = sample_document()
    text = render(tmp_path, doc).pages[0].extract_text()
    for expected in ("吉祥汽车销售服务有限公司", "交车清单", "王芳", "银河E8 长续航", "冰川白"):
        assert expected in text
    assert VIN in text and "粤BD12345" in text and "XS202611230001" in text
    assert "客户签名" in text and "销售顾问签名" in text
    assert "第 1 页 / 共 1 页" in text


def test_every_item_and_remark_is_printed(tmp_path: Path) -> None:
    doc = sample_document()
    reader = render(tmp_path, doc)
    text = "".join(page.extract_text() for page in reader.pages)
    for section in doc.sections:
        assert section.title in text
        for line in section.lines:
            assert line.label in text
    assert "备胎三日内补送" in text
    assert "充电方法与充电设备" in text


def test_forty_items_make_two_pages_with_the_header_repeated(tmp_path: Path) -> None:
    doc = sample_document(extra_items=15)
    assert sum(len(s.lines) for s in doc.sections) == 40
    reader = render(tmp_path, doc)
    assert len(reader.pages) == 2
    first, second = (page.extract_text() for page in reader.pages)
    for page_text in (first, second):
        assert "吉祥汽车销售服务有限公司" in page_text and "XS202611230001" in page_text
        assert "检查项目" in page_text and "备注" in page_text  # the table's header row
    assert "第 1 页 / 共 2 页" in first and "第 2 页 / 共 2 页" in second
    assert "40" in second and "客户签名" in second


def test_without_a_logo_and_with_markup_in_remarks(tmp_path: Path) -> None:
    doc = sample_document(logo=False)
    tricky = replace(
        doc.sections[0],
        lines=[replace(doc.sections[0].lines[0], remarks="划痕<2mm & 已处理")],
    )
    reader = render(tmp_path, replace(doc, sections=[tricky, *doc.sections[1:]]))
    assert "划痕<2mm & 已处理" in reader.pages[0].extract_text()
    assert "/XObject" not in reader.pages[0]["/Resources"]


def test_the_logo_is_drawn_when_set(tmp_path: Path) -> None:
    reader = render(tmp_path, sample_document(logo=True))
    images = reader.pages[0]["/Resources"]["/XObject"]
    assert any(x.get_object()["/Subtype"] == "/Image" for x in images.values())


def test_a_logo_that_is_not_an_image_is_left_out(tmp_path: Path) -> None:
    reader = render(tmp_path, replace(sample_document(), logo=b"\x89PNG\r\n\x1a\nnot a picture"))
    assert "/XObject" not in reader.pages[0]["/Resources"]
    assert "吉祥汽车销售服务有限公司" in reader.pages[0].extract_text()


def test_long_remarks_wrap_inside_their_cell(tmp_path: Path) -> None:
    doc = sample_document()
    long_remark = "右前轮胎压偏低已补气，建议三日后复查。" * 10  # 190 characters
    first = doc.sections[0]
    lines = [replace(first.lines[0], remarks=long_remark), *first.lines[1:]]
    reader = render(
        tmp_path, replace(doc, sections=[replace(first, lines=lines), *doc.sections[1:]])
    )
    text = "".join(page.extract_text() for page in reader.pages).replace("\n", "")
    assert long_remark in text
