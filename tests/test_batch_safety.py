"""Batches that lose nothing and say everything: outputs that mirror the input tree and cannot
collide, sources relative to the argument, permissions from the umask, a warning for every
document read with no turns or no speakers, ``--strict``, the summary line, exit codes, and
a quiet end when the reader of stdout goes away."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest
from clirun import run

from transcript.cli import outputs as _outputs
from transcript.cli.outputs import Input, expand, output_path, plan_outputs, relative_name

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4


def doc(n: int) -> str:
    """A transcript whose speakers and words name ``n``: each file's output is its own."""
    return f"Ann Lee{n}: Question number {n}?\n\nBob Ray{n}: Answer number {n}.\n"


@pytest.fixture
def tree(tmp_path: Path) -> Path:
    """in/x.txt, in/sub/x.txt and in/x.vtt: the issue's three files, one output name once."""
    root = tmp_path / "in"
    (root / "sub").mkdir(parents=True)
    (root / "x.txt").write_text(doc(1), "utf-8")
    (root / "sub" / "x.txt").write_text(doc(2), "utf-8")
    (root / "x.vtt").write_text(
        "WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Cy Dee3>Number 3 speaking.\n", "utf-8"
    )
    return root


# ---------------------------------------------------------------- naming


def test_output_path_mirrors_the_tree_and_keeps_the_extension(tmp_path: Path) -> None:
    root = str(tmp_path / "in")
    name = str(tmp_path / "in" / "sub" / "x.txt")
    assert output_path(name, root, "out", "json") == Path("out/sub/x.txt.json")
    assert output_path(name, root, "out", "csv") == Path("out/sub/x.txt.csv")
    assert output_path(name, name, "out", "jsonl") == Path("out/x.txt.jsonl")  # a file argument
    assert output_path("-", "-", "out", "json") == Path("out/stdin.json")
    assert relative_name(name, root) == "sub/x.txt"
    assert relative_name(name, name) == "x.txt"
    assert relative_name("a/b/c.txt", "a/*/c.txt") == "b/c.txt"  # a glob: below its folder


def test_folder_batch_writes_one_output_per_input(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "parse", str(tree), "-o", str(out), "-j", "1")
    assert (code, stdout) == (0, "")
    got = sorted(p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file())
    assert got == ["sub/x.txt.json", "x.txt.json", "x.vtt.json"]
    names = {
        json.loads((out / g).read_bytes())["source"]["name"]: json.loads((out / g).read_bytes())
        for g in got
    }
    assert sorted(names) == ["sub/x.txt", "x.txt", "x.vtt"]
    assert "Answer number 2." in [t["text"] for t in names["sub/x.txt"]["turns"]]
    assert "Answer number 1." in [t["text"] for t in names["x.txt"]["turns"]]
    assert "transcript: 3 files: 3 read, 5 turns, 0 with warnings, 0 failed" in err


def test_csv_and_jsonl_source_is_the_path_below_the_argument(
    tree: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code, out, _ = run(capsys, "parse", str(tree), "--format", "csv", "-j", "1")
    assert code == 0
    rows = list(csv.DictReader(io.StringIO(out)))
    assert [(r["source"], r["text"]) for r in rows] == [
        ("sub/x.txt", "Question number 2?"),
        ("sub/x.txt", "Answer number 2."),
        ("x.txt", "Question number 1?"),
        ("x.txt", "Answer number 1."),
        ("x.vtt", "Number 3 speaking."),
    ]
    code, out, _ = run(capsys, "parse", str(tree), "--format", "jsonl", "-j", "1")
    assert [json.loads(line)["source"] for line in out.splitlines()] == [
        "sub/x.txt",
        "sub/x.txt",
        "x.txt",
        "x.txt",
        "x.vtt",
    ]


def test_colliding_file_arguments_write_nothing(
    tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    code, _, err = run(
        capsys, "parse", str(tree / "x.txt"), str(tree / "sub" / "x.txt"), "-o", str(out)
    )
    assert code == 1
    assert "one output for several inputs" in err and "nothing written" in err
    assert not out.exists() or not any(out.rglob("*"))
    _, collisions = plan_outputs(
        [Input(str(tree / "x.txt"), str(tree / "x.txt")), Input(str(tree / "x.vtt"), str(tree))],
        out,
        "json",
    )
    assert collisions == []


@pytest.mark.parametrize("mask", [0o022, 0o027, 0o002])
def test_outputs_get_the_umask_permissions(
    mask: int, tree: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    old = os.umask(mask)
    _outputs._UMASK = None  # (read once per process: the test changes it)
    try:
        out = tmp_path / "out"
        assert run(capsys, "parse", str(tree), "-o", str(out), "-j", "1")[0] == 0
        single = tmp_path / "one.json"
        assert run(capsys, "parse", str(tree / "x.txt"), "-o", str(single))[0] == 0
    finally:
        os.umask(old)
        _outputs._UMASK = None
    for f in [*out.rglob("*.json"), single]:
        assert stat.S_IMODE(f.stat().st_mode) == 0o666 & ~mask, f


def test_a_failed_write_leaves_no_file_and_no_temporary(tmp_path: Path) -> None:
    target = tmp_path / "out.json"

    def pieces() -> Iterator[bytes]:
        yield b"{"
        raise RuntimeError("producing a piece failed")

    with pytest.raises(RuntimeError):
        _outputs.atomic_write(target, pieces())
    assert list(tmp_path.iterdir()) == []
    target.write_bytes(b"old")
    with pytest.raises(RuntimeError):
        _outputs.atomic_write(target, pieces())
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"] and target.read_bytes() == b"old"


# ---------------------------------------------------------------- never silent


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("Just a paragraph of prose, with no speaker at all.\n", "no speaker turns found"),
        ("", "empty input"),
        ("[00:00:01] Before we start.\n[00:00:05] Then we go on.\n", "no speaker label"),
    ],
)
@pytest.mark.parametrize("fmt", ["json", "jsonl", "csv"])
def test_a_document_read_with_no_turns_or_speakers_warns(
    text: str, reason: str, fmt: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    f = tmp_path / "doc.txt"
    f.write_text(text, "utf-8")
    code, _, err = run(capsys, "parse", str(f), "--format", fmt)
    lines = err.splitlines()
    assert code == 0 and len(lines) == 1, err
    assert lines[0].startswith(f"transcript: {f}: warning: {reason}")
    out = tmp_path / "strict.out"
    code, _, err = run(capsys, "parse", str(f), "--format", fmt, "--strict", "-o", str(out))
    assert code == 1 and str(f) in err
    assert not out.exists()  # (an error writes nothing)


def test_a_good_document_is_quiet(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    f = tmp_path / "doc.txt"
    f.write_text(doc(1), "utf-8")
    for fmt in ("json", "jsonl", "csv"):
        assert run(capsys, "parse", str(f), "--format", fmt, "--strict") == (
            0,
            run(capsys, "parse", str(f), "--format", fmt)[1],
            "",
        )


def test_batch_of_200_with_colliding_names_and_bad_files(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The issue's batch: 200 good files whose names collide (x.txt in every folder, x.txt
    next to x.vtt and x.md), one unreadable, one binary and one empty file."""
    root = tmp_path / "in"
    good: dict[str, int] = {}
    for i in range(200):
        folder = root / f"d{i // 4:02d}"
        folder.mkdir(parents=True, exist_ok=True)
        name = ["x.txt", "x.md", "x.text", "sub/x.txt"][i % 4]
        (folder / name).parent.mkdir(exist_ok=True)
        (folder / name).write_text(doc(i), "utf-8")
        good[f"d{i // 4:02d}/{name}"] = i
    unreadable = root / "d00" / "locked.txt"
    unreadable.write_text(doc(999), "utf-8")
    unreadable.chmod(0)
    if os.access(unreadable, os.R_OK):  # (root reads any file: refuse it as the OS would)
        real = Path.read_bytes

        def read_bytes(self: Path) -> bytes:
            if self.name == "locked.txt":
                raise PermissionError(13, "Permission denied", str(self))
            return real(self)

        monkeypatch.setattr(Path, "read_bytes", read_bytes)
    (root / "d01" / "image.txt").write_bytes(PNG)
    (root / "d02" / "empty.txt").write_bytes(b"")
    out = tmp_path / "out"
    code, stdout, err = run(capsys, "parse", str(root), "-o", str(out), "-j", "2")
    assert (code, stdout) == (1, "")
    written = {p.relative_to(out).as_posix() for p in out.rglob("*") if p.is_file()}
    assert written == {f"{rel}.json" for rel in good} | {"d02/empty.txt.json"}
    for rel, i in good.items():
        data = json.loads((out / f"{rel}.json").read_bytes())
        assert data["source"]["name"] == rel
        assert [t["text"] for t in data["turns"]] == [
            f"Question number {i}?",
            f"Answer number {i}.",
        ]
    assert f"{root / 'd00' / 'locked.txt'}: permission denied" in err
    assert f"{root / 'd01' / 'image.txt'}: input looks like binary data" in err
    assert f"{root / 'd02' / 'empty.txt'}: warning: empty input" in err
    assert "2 of 203 inputs failed:" in err
    assert err.rstrip().endswith(
        "transcript: 203 files: 201 read, 400 turns, 1 with warnings, 2 failed"
    )


# ---------------------------------------------------------------- SIGPIPE


def test_a_closed_pipe_ends_quietly(tmp_path: Path) -> None:
    big = tmp_path / "big.txt"
    big.write_text("Q: Ready?\nA: Yes.\n\n" * 60000, "utf-8")
    for fmt in ("json", "jsonl"):
        proc = subprocess.Popen(
            [sys.executable, "-m", "transcript", "parse", str(big), "--format", fmt],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.read(100)
        proc.stdout.close()  # (as `| head -c 100` does)
        err = proc.stderr.read()
        code = proc.wait()
        assert err == b"", err
        assert code in (0, -13)  # ended by SIGPIPE, as other Unix tools are, or done


# ---------------------------------------------------------------- inputs


def test_expand_keeps_the_argument_each_file_was_found_under(tree: Path) -> None:
    got = expand([str(tree), str(tree / "x.txt"), str(tree / "*.vtt"), "-"])
    assert [(Path(i.path).relative_to(tree).as_posix() if i.path != "-" else "-") for i in got] == [
        "sub/x.txt",
        "x.txt",
        "x.vtt",
        "x.txt",
        "x.vtt",
        "-",
    ]
    assert [i.root for i in got[3:]] == [str(tree / "x.txt"), str(tree / "*.vtt"), "-"]
