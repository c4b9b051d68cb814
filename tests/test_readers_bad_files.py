"""Bad HTML, Word and PDF files in a folder of good ones: one line each, exit 1, the good
files' results written, none for the bad (tests/test_readers.py checks each file alone)."""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

import pytest
from clirun import run

pytest.importorskip("lxml", reason="the html extra is not installed")
pytest.importorskip("docx", reason="the docx extra is not installed")
pypdf = pytest.importorskip("pypdf", reason="the pdf extra is not installed")

FORMATS = Path(__file__).parent / "fixtures" / "formats"


def _pdf(password: str | None) -> bytes:
    w = pypdf.PdfWriter()
    w.add_blank_page(200, 200)  # (no text layer, as a scan's page)
    if password:
        w.encrypt(user_password=password, algorithm="AES-256")
    out = io.BytesIO()
    w.write(out)
    return out.getvalue()


def _docx_without_document() -> bytes:
    # a zip that names itself a Word file and has no document part
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/styles.xml", "<styles/>")
    return out.getvalue()


BAD = {
    "cut.docx": (lambda: (FORMATS / "briefing.docx").read_bytes()[:9000], ".docx file"),
    "hollow.docx": (_docx_without_document, ".docx file"),
    "locked.pdf": (lambda: _pdf("secret"), "encrypted"),
    "scan.pdf": (lambda: _pdf(None), "no text layer"),
    "headless.html": (lambda: b"<html><head><title>Only a title</title></head></html>", "no body"),
}


def test_bad_files_among_good_ones(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    src = tmp_path / "in"
    src.mkdir()
    for name, (make, _) in BAD.items():
        (src / name).write_bytes(make())
    (src / "good.txt").write_text("Q: Ready?\nA: Yes.\n", "utf-8")
    (src / "good.html").write_bytes(b"<html><body><p>Q: Ready?</p><p>A: Yes.</p></body></html>")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "parse", str(src), "-o", str(out))
    assert code == 1 and stdout == ""
    for name, (_, message) in BAD.items():
        lines = [s for s in err.splitlines() if s.startswith(f"transcript: {src / name}:")]
        assert len(lines) == 1 and message in lines[0], (name, err)
    assert sorted(p.name for p in out.iterdir()) == ["good.html.json", "good.txt.json"]
    assert not list(out.glob("*.tmp*"))  # (no half-written result left behind)


@pytest.mark.parametrize("name", sorted(BAD))
def test_each_bad_file_alone(name: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    make, message = BAD[name]
    path = tmp_path / name
    path.write_bytes(make())
    target = tmp_path / "out.json"
    code, stdout, err = run(capsys, "parse", str(path), "-o", str(target))
    assert code == 1 and stdout == "" and not target.exists()
    assert len(err.splitlines()) == 1 and message in err
