"""Run the per-document step over many documents: in this process, in local worker
processes, or on a Dask distributed cluster. The step is a pure function of the document,
so every way gives the same facts in the same order.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Sequence
from concurrent.futures import ProcessPoolExecutor

from kg.errors import KgError


def default_workers() -> int:
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1


def run(step: Callable, items: Sequence, workers: int = 1, scheduler: str | None = None,
        progress: bool | None = None, warm: Callable | None = None) -> list:
    """[step(x) for x in items], spread as asked; a progress bar on a terminal only
    (progress=None), always (True) or never (False)."""
    from tqdm import tqdm

    bar = tqdm(total=len(items), unit="doc", disable=(None if progress is None else not progress),
               leave=False)
    try:
        if scheduler:
            return _on_dask(step, items, scheduler, bar)
        if workers <= 1 or len(items) < 2:
            out = []
            for x in items:
                out.append(step(x))
                bar.update()
            return out
        if warm is not None:
            warm()  # loaded once here, shared with the forked workers
        ctx = multiprocessing.get_context("fork")
        with ProcessPoolExecutor(max_workers=workers, mp_context=ctx, initializer=_die_with_parent) as pool:
            out = []
            for result in pool.map(step, items, chunksize=max(1, min(16, len(items) // (4 * workers)))):
                out.append(result)
                bar.update()
            return out
    finally:
        bar.close()


def _die_with_parent() -> None:
    """A worker whose build is killed (SIGKILL cannot be caught) ends too, on Linux."""
    try:
        import ctypes
        import signal

        ctypes.CDLL("libc.so.6", use_errno=True).prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass


def _on_dask(step: Callable, items: Sequence, scheduler: str, bar) -> list:
    try:
        from dask.distributed import Client, as_completed
    except ImportError as exc:
        raise KgError("--scheduler needs Dask: pip install 'dask[distributed]'") from exc
    try:
        client = Client(scheduler, timeout="10s")
    except OSError as exc:
        raise KgError(f"--scheduler {scheduler}: cannot reach the Dask scheduler ({exc}); "
                      "check the address and that `dask scheduler` runs there") from exc
    with client:
        futures = client.map(step, list(items), pure=False)
        for _ in as_completed(futures):
            bar.update()
        return client.gather(futures)
