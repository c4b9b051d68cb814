"""transcript.dask: the batch on a Dask cluster, checked against the local CLI on a real
two-process cluster (``distributed.LocalCluster(n_workers=2, processes=True)``, one for the
module). Skipped when the dask extra is not installed; ``pip install -e ".[test]"`` has it."""

from __future__ import annotations

import contextlib
import errno
import importlib.util
import io
import os
import shutil
import signal
import subprocess
import sys
import time
from collections.abc import Iterator
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

import orjson
import pytest

from transcript.cli.commands import main

ROOT = Path(__file__).resolve().parent.parent
STYLES = ROOT / "tests" / "fixtures" / "styles"
HAS_DASK = all(importlib.util.find_spec(m) for m in ("dask", "distributed", "pandas"))
needs_dask = pytest.mark.skipif(
    not HAS_DASK, reason='needs the dask extra: pip install -e ".[dask]" (the test extra has it)'
)
# Generous: the machines have 2 cores shared with other jobs; a worker starts in seconds.
TIMEOUT = 180


def test_import_transcript_does_not_import_dask() -> None:
    code = "import sys, transcript; transcript.to_json('Q: a?'); print('dask' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


# ------------------------------------------------------------------------------ fixtures


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    if not HAS_DASK:
        pytest.skip('needs the dask extra: pip install -e ".[dask]"')
    import dask
    from distributed import Client, LocalCluster

    with dask.config.set(
        {
            "distributed.comm.timeouts.connect": "90s",
            "distributed.comm.timeouts.tcp": "180s",
            "distributed.deploy.lost-worker-timeout": "60s",
        }
    ):
        cluster = LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            silence_logs=50,  # (the killed worker's warnings are expected)
        )
        c = Client(cluster, timeout="90s")
        try:
            c.wait_for_workers(2, timeout=TIMEOUT)
            yield c
        finally:
            c.close()
            cluster.close()


def _copy_archive(folder: Path, count: int = 24) -> list[str]:
    """``count`` fixture transcripts under unique names, one in a subfolder."""
    sources = sorted(STYLES.rglob("*.txt"))[:count]
    assert len(sources) == count
    paths = []
    for i, src in enumerate(sources):
        target = folder / ("sub" if i == 3 else "") / f"{i:02d}-{src.parent.name}-{src.name}"
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(src, target)
        paths.append(str(target))
    return paths


@pytest.fixture(scope="module")
def archive(tmp_path_factory: pytest.TempPathFactory) -> list[str]:
    """Good transcripts with bad inputs among them: binary data, a name that points
    nowhere (a file listed, then gone), a file that cannot be read (an input/output error,
    which even root gets) and, when the tests do not run as root, a file nobody may read."""
    folder = tmp_path_factory.mktemp("archive")
    paths = _copy_archive(folder)
    (folder / "binary.txt").write_bytes(bytes(range(256)) * 8)
    (folder / "gone.txt").symlink_to(folder / "nowhere.txt")
    (folder / "unreadable.txt").symlink_to("/proc/self/mem")  # (read at 0: EIO)
    bad = [str(folder / n) for n in ("binary.txt", "gone.txt", "unreadable.txt")]
    if os.geteuid() != 0:
        (folder / "locked.txt").write_text("Q: a?\nA: b.\n")
        (folder / "locked.txt").chmod(0)
        bad.append(str(folder / "locked.txt"))
    return paths[:5] + bad[:2] + paths[5:] + bad[2:]


def _cli(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> tuple[int, dict[str, bytes], list[str]]:
    """The local batch: exit code, the files written (relative path -> bytes), stderr.
    (One process: forking worker processes from this one, whose Dask client runs threads,
    could deadlock.)"""
    capsys.readouterr()
    rc = main(["parse", *args, "--jobs", "1"])
    err = capsys.readouterr().err.splitlines()
    out = Path(args[args.index("-o") + 1])
    return rc, _tree(out), err


def _tree(folder: Path) -> dict[str, bytes]:
    """Every file under ``folder`` but the hidden ones (a killed writer's temporary file)."""
    return {
        str(p.relative_to(folder)): p.read_bytes()
        for p in sorted(folder.rglob("*"))
        if p.is_file() and not p.name.startswith(".")
    }


def _cli_errors(err: list[str]) -> dict[str, str]:
    """input -> message, from the local batch's closing summary."""
    return {
        line.strip().split(": ", 1)[0]: line.strip().split(": ", 1)[1]
        for line in err
        if line.startswith("  ")
    }


# ---------------------------------------------------------------------- without a cluster


@needs_dask
def test_plan_keeps_order_balances_sizes_and_isolates_big_files() -> None:
    from transcript.dask import _PER_FILE, _plan

    runs = _plan([100] * 10, target=3 * (100 + _PER_FILE))
    assert [list(r) for r in runs] == [[0, 1, 2], [3, 4, 5], [6, 7, 8], [9]]
    runs = _plan([10, 10, 500, 10, 10], target=10**6, big=100)
    assert [list(r) for r in runs] == [[0, 1], [2], [3, 4]]
    runs = _plan([5_000_000, 10, 10, 10], target=1_000_000)  # one size-heavy run, then the rest
    assert [list(r) for r in runs] == [[0], [1, 2, 3]]
    assert _plan([], target=1) == []
    assert [i for r in _plan(list(range(0, 10**6, 997)), 50_000) for i in r] == list(
        range(len(range(0, 10**6, 997)))
    )


@needs_dask
def test_a_big_input_is_written_piece_by_piece_with_the_same_bytes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    """The partition of one input over BIG_FILE writes its JSON a chunk of turns at a time
    (``iter_json``): the CLI's bytes. (Here in this process, on a small file.)"""
    from transcript import dask as tdask

    inputs = _copy_archive(tmp_path / "in", count=2)
    rc, files, _ = _cli([*inputs, "-o", str(tmp_path / "cli")], capsys)
    target = str(tmp_path / "out" / "x.json")
    pieces: list[int] = []
    real = tdask._write

    def counting(target: str, data: Any) -> None:
        data = list(data)
        pieces.append(len(data))
        real(target, data)

    monkeypatch.setattr(tdask, "_write", counting)
    source = Path(inputs[1]).name  # (as the CLI names a file given by name)
    job = [(inputs[1], source, target)]
    got = tdask._write_partition(job, "json", False, "auto", False, True)
    assert got == [tdask.FileResult(inputs[1], target, None)] and pieces[0] >= 3
    assert Path(target).read_bytes() in files.values() and rc == 0
    assert tdask._plan([10, tdask.BIG_FILE + 1, 10], target=10**9) == [
        range(0, 1),
        range(1, 2),
        range(2, 3),
    ]


@needs_dask
def test_fsspec_url_inputs_are_fetched_under_their_own_name(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """An object-store URL (memory://, in this process: the synchronous scheduler) gives
    the bytes the CLI writes for a local file of that name; a missing object, an error."""
    import fsspec

    from transcript.dask import read_transcripts

    [src] = _copy_archive(tmp_path / "in", count=1)
    fs = fsspec.filesystem("memory")
    fs.pipe("/bucket/x/" + Path(src).name, Path(src).read_bytes())
    got = read_transcripts(["memory://bucket/x/*.txt", "memory://bucket/x/missing.txt"]).compute(
        scheduler="sync"
    )
    rc, files, _ = _cli([src, "-o", str(tmp_path / "out") + os.sep], capsys)
    assert rc == 0
    assert got[0].path == f"memory://bucket/x/{Path(src).name}"
    assert got[0].output == next(iter(files.values()))
    assert got[1].output is None and got[1].error == "no such file"


# ------------------------------------------------------------------------- on the cluster


def test_read_transcripts_in_input_order_and_equal_to_the_cli(
    client: Any, archive: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from distributed import get_task_stream

    from transcript.dask import read_transcripts

    rc, files, err = _cli([*archive, "-o", str(tmp_path / "cli")], capsys)
    cli_errors = _cli_errors(err)
    bag = read_transcripts(archive, partition_bytes=20_000)
    assert bag.npartitions >= 4
    with client.as_current(), get_task_stream(client) as stream:
        results = bag.compute(timeout=TIMEOUT)
    assert [r.path for r in results] == archive
    outputs = set(files.values())
    for r in results:
        if r.path in cli_errors:
            assert (r.output, r.error) == (None, cli_errors[r.path])
        else:
            assert r.error is None and r.output in outputs
            assert orjson.loads(r.output)["source"]["name"] == Path(r.path).name
    assert len(outputs) == len(results) - len(cli_errors) == 24
    assert rc == 1 and len(cli_errors) == len(archive) - 24 >= 3
    assert "binary data" in cli_errors[archive[5]] and cli_errors[archive[6]] == "no such file"
    assert cli_errors[archive[-1 if os.geteuid() == 0 else -2]].startswith("cannot read")
    # The work ran in the worker processes: every task of ours on a worker of the cluster,
    # and each worker built its parser there (not in this process, which built none here).
    workers = set(client.scheduler_info()["workers"])
    ours = [t for t in stream.data if "read_partition" in str(t["key"])]
    assert len(ours) == bag.npartitions and {t["worker"] for t in ours} <= workers
    pids = client.run(os.getpid)
    assert set(pids) == workers and os.getpid() not in pids.values()
    built = client.run(lambda: sys.modules["transcript.cli.batch"]._PARSER is not None)
    assert any(built.values())


def test_models_on_request(client: Any, archive: list[str]) -> None:
    import transcript
    from transcript.dask import read_transcripts

    with client.as_current():
        results = read_transcripts(archive[:3], models=True).compute(timeout=TIMEOUT)
    for r in results:
        want = transcript.parse_bytes(Path(r.path).read_bytes(), source=Path(r.path).name)
        assert isinstance(r.output, transcript.Transcript) and r.output == want


@pytest.mark.parametrize("fmt", ["json", "csv"])
def test_to_json_files_writes_the_clis_files(
    client: Any,
    archive: list[str],
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    fmt: str,
) -> None:
    from transcript.dask import to_json_files

    folder = str(Path(archive[0]).parent)  # a folder, walked as the CLI walks it
    rc, files, err = _cli(
        [folder, archive[6], "-o", str(tmp_path / "cli"), "--format", fmt], capsys
    )
    with client.as_current():
        results = to_json_files(
            [folder, archive[6]], tmp_path / "dask", fmt=fmt, partition_bytes=30_000
        )
    assert _tree(tmp_path / "dask") == files and len(files) == 24
    errors = {r.path: r.error for r in results if r.error is not None}
    assert errors == _cli_errors(err) and rc == 1
    written = [r.output for r in results if r.error is None]
    assert sorted(str(Path(w).relative_to(tmp_path / "dask")) for w in written) == sorted(files)


def test_turns_dataframe_is_the_csv_table(
    client: Any, archive: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    import pandas as pd

    from transcript.dask import turns_dataframe
    from transcript.writing.export import CSV_COLUMNS

    good = [p for p in archive if "-" in Path(p).name][:8]
    capsys.readouterr()
    assert main(["parse", *good, "--format", "csv", "--jobs", "1"]) == 0
    csv = capsys.readouterr().out
    want = pd.read_csv(io.StringIO(csv), keep_default_na=False, na_values=[""], dtype=str)
    ddf = turns_dataframe([*good, archive[5]], partition_bytes=20_000)
    assert tuple(ddf.columns) == CSV_COLUMNS and ddf.npartitions > 1
    with client.as_current():
        got = ddf.compute(timeout=TIMEOUT)
    assert len(got) == len(want) > 50
    assert str(got["index"].dtype) == "int64" and str(got["start"].dtype) == "float64"
    for column in CSV_COLUMNS:  # cell by cell, as the CSV writes them
        cells = [
            "" if pd.isna(v) else (repr(v) if isinstance(v, float) else str(v)) for v in got[column]
        ]
        assert cells == want[column].fillna("").tolist(), column


def _open_writer(fifo: Path, deadline: float) -> int:
    """Open the FIFO's writing end once a reader has it open (a worker reading it)."""
    while True:
        try:
            return os.open(fifo, os.O_WRONLY | os.O_NONBLOCK)
        except OSError as exc:
            if exc.errno != errno.ENXIO or time.monotonic() > deadline:
                raise
            time.sleep(0.05)


def _open_files(pid: int) -> set[str]:
    found: set[str] = set()
    try:
        fds = os.listdir(f"/proc/{pid}/fd")
    except OSError:  # (the process is gone)
        return found
    for fd in fds:
        with contextlib.suppress(OSError):  # (closed meanwhile)
            found.add(os.readlink(f"/proc/{pid}/fd/{fd}"))
    return found


def test_a_worker_killed_mid_partition_leaves_every_output_whole(
    client: Any, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """One partition of 12 inputs; the 7th is a FIFO, so the worker that converts it
    stops there, after the first six, waiting for data. The test kills that worker
    (SIGKILL); the partition runs again on a worker that finds a plain file under that
    name: every output is then the CLI's, whole."""
    from transcript.dask import to_json_files

    reference = _copy_archive(tmp_path / "ref", count=12)
    rc, files, _ = _cli([*reference, "-o", str(tmp_path / "cli")], capsys)
    shutil.copytree(tmp_path / "ref", tmp_path / "in")
    inputs = [p.replace(str(tmp_path / "ref"), str(tmp_path / "in")) for p in reference]
    content = Path(inputs[6]).read_bytes()
    Path(inputs[6]).unlink()
    os.mkfifo(inputs[6])
    assert rc == 0 and len(files) == 12

    before = client.run(os.getpid)
    deadline = time.monotonic() + TIMEOUT
    pool = ThreadPoolExecutor(1)

    def run() -> Any:
        with client.as_current():
            return to_json_files(inputs, tmp_path / "out", partition_bytes=10**9)

    job = pool.submit(run)
    try:
        fd = _open_writer(Path(inputs[6]), deadline)  # a worker is now blocked reading it
        readers: list[int] = []
        while not readers and time.monotonic() < deadline:  # (its open returns just after)
            readers = [pid for pid in before.values() if inputs[6] in _open_files(pid)]
        assert len(readers) == 1, (before, readers)
        # The FIFO's name now goes to a plain file with the contents, for the retry: the
        # worker holds the FIFO itself, then dies with it.
        Path(inputs[6]).unlink()
        Path(inputs[6]).write_bytes(content)
        os.kill(readers[0], signal.SIGKILL)
        os.close(fd)
        try:
            results = job.result(timeout=TIMEOUT)
        except TimeoutError:
            pids = client.run(os.getpid)
            held = {p: inputs[6] in _open_files(p) for p in pids.values()}
            stacks = client.run(
                lambda: {
                    t: "".join(__import__("traceback").format_stack(f))
                    for t, f in sys._current_frames().items()
                }
            )
            raise AssertionError((readers, pids, held, client.processing(), stacks)) from None
    finally:
        if not job.done():  # (a failure above: let the job end)
            with contextlib.suppress(OSError):
                fd = os.open(inputs[6], os.O_WRONLY | os.O_NONBLOCK)
                os.write(fd, content)
                os.close(fd)
        pool.shutdown(wait=False, cancel_futures=True)
    assert [(r.path, r.error) for r in results] == [(p, None) for p in inputs]
    assert _tree(tmp_path / "out") == files
    client.wait_for_workers(2, timeout=TIMEOUT)  # (the nanny restarts the killed one)
    assert readers[0] not in client.run(os.getpid).values()


def test_cli_scheduler_option(
    client: Any, archive: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = str(Path(archive[0]).parent)
    rc, files, err = _cli([folder, archive[6], "-o", str(tmp_path / "cli")], capsys)
    address = client.scheduler.address
    got_rc, got_files, got_err = _cli(
        [folder, archive[6], "-o", str(tmp_path / "dask"), "--scheduler", address], capsys
    )
    assert (got_rc, got_files) == (rc, files) and rc == 1 and len(files) == 24
    assert sorted(got_err) == sorted(err)  # the same messages and summary
    assert "transcript: 3 of 27 inputs failed:" in got_err  # (24 of 27 written)


def test_cli_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    if not HAS_DASK:
        pytest.skip("needs the dask extra")
    assert main(["parse", str(STYLES), "--dask", "local"]) == 2
    assert "-o" in capsys.readouterr().err
    assert main(["parse", "-", "-o", str(tmp_path), "--dask", "local"]) == 2
    assert "stdin" in capsys.readouterr().err
    assert main(["parse", str(STYLES), "-o", str(tmp_path), "--dask", "remote"]) == 2


@needs_dask
def test_cli_dask_local_starts_and_stops_its_own_cluster(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """A whole process, as a user runs it: no client of this process to lean on."""
    inputs = _copy_archive(tmp_path / "in", count=6)
    rc, files, _ = _cli([str(tmp_path / "in"), "-o", str(tmp_path / "cli")], capsys)
    out = tmp_path / "dask"
    cmd = [sys.executable, "-m", "transcript", "parse", str(tmp_path / "in"), "-o", str(out)]
    proc = subprocess.run(
        [*cmd, "--dask", "local", "--jobs", "2"], capture_output=True, text=True, timeout=TIMEOUT
    )
    assert (proc.returncode, rc) == (0, 0), proc.stderr[-2000:]
    assert "Traceback" not in proc.stderr
    assert _tree(out) == files and len(files) == len(inputs)
