"""The command line: data on stdout, one line on stderr for bad input, exit codes 0/1/2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest
from clirun import run

from transcript.cli.commands import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "euronews_blinken.txt"


def test_parse_prints_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, err = run(capsys, "parse", str(EXAMPLE))
    assert code == 0 and err == ""
    doc = json.loads(out)
    assert len(doc["turns"]) == 18


def test_parse_writes_file(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "out.json"
    code, out, _ = run(capsys, "parse", str(EXAMPLE), "-o", str(target))
    assert code == 0 and out == ""
    assert json.loads(target.read_bytes())["speakers"][0]["name"] == "Efi Koutsokosta"


def test_several_inputs_give_one_document_per_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    other = tmp_path / "b.txt"
    other.write_text("Q: Ready?\nA: Yes.\n", "utf-8")
    code, out, _ = run(capsys, "parse", str(EXAMPLE), str(other), "--jobs", "1")
    assert code == 0
    lines = out.splitlines()
    assert len(lines) == 2
    assert [len(json.loads(line)["turns"]) for line in lines] == [18, 2]


def test_schema_and_validate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "schema")
    assert code == 0 and json.loads(out)["title"] == "Transcript"
    good = tmp_path / "good.json"
    run(capsys, "parse", str(EXAMPLE), "-o", str(good))
    assert run(capsys, "validate", str(good))[0] == 0
    bad = tmp_path / "bad.json"
    doc = json.loads(good.read_bytes())
    doc["turns"][3]["role"] = "narrator"
    bad.write_text(json.dumps(doc), "utf-8")
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1
    assert "turns/3/role" in err and len(err.strip().splitlines()) == 1


@pytest.mark.parametrize("content", [b"{not json", b"[]", b""])
def test_validate_rejects_malformed(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], content: bytes
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    code, _, err = run(capsys, "validate", str(bad))
    assert code == 1 and err.startswith("transcript: ") and "Traceback" not in err


def test_missing_file_directory_and_binary(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, err = run(capsys, "parse", str(tmp_path / "nope.txt"))
    assert code == 1 and out == "" and "no such file" in err and len(err.splitlines()) == 1
    code, _, err = run(capsys, "parse", str(tmp_path))
    assert code == 1 and "Traceback" not in err
    binary = tmp_path / "x.png"
    binary.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
    code, _, err = run(capsys, "parse", str(binary))
    assert code == 1 and "binary" in err and len(err.splitlines()) == 1


def test_usage_errors_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert run(capsys, "parse")[0] == 2
    assert run(capsys, "frobnicate")[0] == 2
    assert run(capsys, "parse", str(EXAMPLE), "--layout", "nonsense")[0] == 2
    assert run(capsys)[0] == 2


def test_stdin(monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]) -> None:
    import io
    import sys

    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(b"Q: Ready?\nA: Yes.\n")))
    code, out, _ = run(capsys, "parse", "-")
    assert code == 0 and [t["text"] for t in json.loads(out)["turns"]] == ["Ready?", "Yes."]


def test_speakers_table_and_json(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "speakers", str(EXAMPLE))
    assert code == 0
    header, _rule, *rows = out.splitlines()
    assert header.split()[:4] == ["name", "title", "affiliation", "role"]
    assert len(rows) == 2 and rows[0].startswith("Efi Koutsokosta")
    code, out, _ = run(capsys, "speakers", str(EXAMPLE), "--format", "json")
    data = json.loads(out)
    assert [d["name"] for d in data] == ["Efi Koutsokosta", "Antony Blinken"]
    assert sum(d["words"] for d in data) > 1000
    assert abs(sum(d["share"] for d in data) - 1.0) < 0.01
    assert [d["turns"] for d in data] == [9, 9]
    assert "role_evidence" not in data[0]  # (only on request)


def test_speakers_explain(capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "speakers", "--explain", str(EXAMPLE))
    assert code == 0
    lines = out.splitlines()
    efi = next(i for i, line in enumerate(lines) if line.startswith("Efi Koutsokosta"))
    assert lines[efi + 1].strip().startswith("interviewer (0.90): the intro:")
    assert "spoke to" in lines[efi + 1]
    code, out, _ = run(capsys, "speakers", "--explain", "--format", "json", str(EXAMPLE))
    data = json.loads(out)
    assert [d["role"] for d in data] == ["interviewer", "interviewee"]
    assert all(d["role_evidence"] for d in data)


def _compiled_as_imported() -> set[str]:
    """The package's modules that, once imported, come from no .py source."""
    import importlib
    import pkgutil

    import transcript

    return {
        info.name.partition(".")[2]
        for info in pkgutil.walk_packages(transcript.__path__, prefix="transcript.")
        if not info.ispkg
        and info.name != "transcript.__main__"  # (it runs the command when imported)
        and not (importlib.import_module(info.name).__file__ or "").endswith(".py")
    }


def test_version_says_which_modules_run_compiled(capsys: pytest.CaptureFixture[str]) -> None:
    # Checked against the modules as imported: in the pure build every one comes from its
    # .py source, and the line is the bare version; in the compiled build (CI runs this
    # suite against it too) the line names the ones loaded from extension modules.
    import transcript

    assert main(["--version"]) == 0
    compiled = sorted(_compiled_as_imported())
    build = f" (compiled: {', '.join(compiled)})" if compiled else ""
    assert capsys.readouterr().out == f"transcript {transcript.__version__}{build}\n"


def test_version_imports_no_stage() -> None:
    # `transcript --version` reads which modules are compiled from their files: importing
    # every stage to ask (the models, the quotes) cost it a third of a second
    code = (
        "import sys; from transcript.cli import main; main(['--version']); "
        "print(sorted(m for m in sys.modules if m.startswith('transcript.')))"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    loaded = out.splitlines()[-1]
    for stage in ("transcript.pipeline", "transcript._models", "transcript.quotes"):
        assert f"'{stage}" not in loaded


def test_version_lists_compiled_modules(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # Two modules made to look compiled (as the mypyc build leaves them: an extension file
    # beside the source), the others as they are.
    import importlib.machinery

    import transcript

    real = importlib.machinery.FileFinder.find_spec
    faked = {"transcript.reading.lexer", "transcript.pipeline"}

    def find_spec(
        self: importlib.machinery.FileFinder, name: str, target: object = None
    ) -> importlib.machinery.ModuleSpec | None:
        spec = real(self, name, target)  # type: ignore[arg-type]
        if spec is not None and name in faked:
            so = importlib.machinery.EXTENSION_SUFFIXES[0]
            return importlib.machinery.ModuleSpec(name, None, origin=f"/x/{name}{so}")
        return spec

    expected = sorted(_compiled_as_imported() | {"reading.lexer", "pipeline"})
    monkeypatch.setattr(importlib.machinery.FileFinder, "find_spec", find_spec)
    assert main(["--version"]) == 0
    out = capsys.readouterr().out
    assert out == f"transcript {transcript.__version__} (compiled: {', '.join(expected)})\n"
