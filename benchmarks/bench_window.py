"""Whole-app figures of the "Large maps stay fast" issue, through the real ``MainWindow``.

Run: ``.venv/bin/python benchmarks/bench_window.py [--maps 5000,20000,20000:scattered] [--quick] [--profile]``

For each map (a size, and how its nodes are placed: ``unplaced`` by default, so the window
lays it out while opening it; ``placed``; or ``scattered`` at random with edges crossing the
whole map) a generated map (``window_maps.generate_map``, fixed seed) is saved to a
temporary file and measured in a fresh process (so memory and the first open are not
flattered by an earlier size): open through ``FileController.open_path`` to the first
painted frame of the canvas and on until the process stops using the CPU ("open to idle":
the analysis, the layout and the edge tiles all done), as a multiple of a floor measured in
the same run (reading the same JSON into a networkx MultiDiGraph), an edit (rename, then a new edge) to the analysis shown in
the window with the longest UI-thread stall meanwhile (a 5 ms heartbeat timer), a drag
step and a zoom/pan step through the window's view, and resident memory. Then start-up to
an empty window and ``--version``, as whole processes. ``--quick`` is a smoke run on a
small map. ``--profile`` prints cProfile's top functions for the open and the edit.
``--cpu`` counts CPU time instead of wall time (steadier on a shared, busy machine): the
process's for durations (open to idle: the CPU the process used until it went quiet,
beside the floor's CPU time), the UI thread's own for stalls (so waiting for the
interpreter lock is not counted there).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

clock = time.perf_counter  # --cpu: this process's CPU time (all threads)
beat_clock = time.perf_counter  # --cpu: the UI thread's own CPU time
HERE = Path(__file__).resolve().parent
ROOT = HERE.parent
sys.path[:0] = [str(HERE), str(ROOT)]

# (label, key, unit, {nodes: budget}); a positions name as key overrides the size's budget.
FIGURES = (
    ("open file to painted window", "open_s", "s", {5000: 2.0, 20000: 6.0}),
    ("  ... to analysis shown", "open_analysis_s", "s", {}),
    ("  ... to idle (CPU quiet)", "idle_s", "s", {}),
    ("  floor: JSON + networkx graph", "floor_s", "s", {}),
    ("  open to idle / floor", "idle_x", "x", {5000: 8.0, 20000: 8.0, "scattered": 12.0}),
    ("drag step (median)", "drag_ms", "ms", {5000: 16.0, 20000: 33.0}),
    ("drag release (move committed)", "drop_ms", "ms", {}),
    ("company box drag step (median)", "box_drag_ms", "ms", {5000: 16.0, 20000: 33.0}),
    ("  box drop (its members moved)", "box_drop_ms", "ms", {}),
    ("zoom/pan step at fit (median)", "zoom_ms", "ms", {5000: 33.0, 20000: 50.0}),
    ("rename to analysis shown", "rename_ms", "ms", {5000: 150.0, 20000: 500.0}),
    ("  longest UI stall meanwhile", "rename_stall_ms", "ms", {5000: 50.0}),
    ("new edge to analysis shown", "connect_ms", "ms", {5000: 150.0, 20000: 500.0}),
    ("  longest UI stall meanwhile", "connect_stall_ms", "ms", {5000: 50.0}),
    ("resident memory, map open", "rss_mb", "MB", {5000: 400.0, 20000: 800.0}),
)
STARTUP_BUDGET_S = 1.5
VERSION_BUDGET_S = 0.5


# -- measurements inside one process ----------------------------------------------------------
def rss_mb() -> float:
    """This process's resident memory (VmRSS) in MB."""
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


class PaintWatch:
    """Counts the paints of a view and when each one ended (wraps its ``paintEvent``; the
    frame is drawn when that returns). ``stop()`` removes the wrapper."""

    def __init__(self, view) -> None:
        self.count = 0
        self.ended: list[float] = []
        self._view = view
        paint = view.paintEvent

        def counted(event):
            paint(event)
            self.count += 1
            self.ended.append(clock())

        view.paintEvent = counted

    def stop(self) -> None:
        del self._view.paintEvent


class Heartbeat:
    """A 5 ms timer on the UI thread; ``longest_gap_ms`` is the longest time between two
    beats (or between ``start`` / ``stop`` and the nearest beat): how long the UI blocked."""

    def __init__(self, interval_ms: int = 5) -> None:
        from PySide6.QtCore import Qt, QTimer

        self._timer = QTimer()
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)
        self._timer.setInterval(interval_ms)
        self._timer.timeout.connect(self._beat)
        self._last = 0.0
        self.longest_gap_ms = 0.0

    def _beat(self) -> None:
        now = beat_clock()
        self.longest_gap_ms = max(self.longest_gap_ms, (now - self._last) * 1000)
        self._last = now

    def start(self) -> None:
        self.longest_gap_ms = 0.0
        self._last = beat_clock()
        self._timer.start()

    def stop(self) -> None:
        self._beat()
        self._timer.stop()


def make_window(app):
    """A shown main window of the usual size, with the panels of a first start."""
    from stakeholder_map.ui.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    wait_until(app, lambda: not window.runner.is_busy(), 10)
    return window


def wait_until(app, condition, timeout_s: float) -> bool:
    from PySide6.QtCore import QEventLoop

    end = time.perf_counter() + timeout_s  # a real timeout, whatever ``clock`` counts
    while not condition():
        if time.perf_counter() > end:
            return False
        app.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 5)
        time.sleep(0.0005)
    return True


def measure_open(app, window, path: Path) -> dict:
    """Open ``path`` the way File > Open does; time to the first canvas paint after the
    view fitted the map, and to the analysis shown."""
    watch = PaintWatch(window.view)
    fitted = []
    fit_map = window.view.fit_map
    window.view.fit_map = lambda *a, **k: (fit_map(*a, **k), fitted.append(watch.count))  # noqa: E731
    arrived = []
    window.analysisUpdated.connect(lambda: arrived.append(clock()))
    t0, wall0, cpu0 = clock(), time.perf_counter(), time.process_time()
    if not window.files.open_path(path, ask=False):
        raise RuntimeError(f"the window did not open {path}")
    if not wait_until(app, lambda: fitted and watch.count > fitted[0], 60):
        raise RuntimeError("the canvas never painted after opening")
    opened = watch.ended[fitted[0]] - t0  # the end of the first frame after the fit
    del window.view.fit_map
    watch.stop()
    if not wait_until(app, lambda: arrived, 120):
        raise RuntimeError("no analysis arrived after opening")
    wall, cpu = idle_after(app)
    idle = cpu - cpu0 if clock is time.process_time else wall - wall0
    floor = floor_s(path)
    return {"open_s": opened, "open_analysis_s": arrived[0] - t0, "rss_mb": rss_mb(),
            "idle_s": idle, "floor_s": floor, "idle_x": idle / floor,
            "nodes": len(window.map.nodes), "edges": len(window.map.edges)}


def floor_s(path: Path, runs: int = 3) -> float:
    """The least any program must do to open the map: read the JSON and build a networkx
    MultiDiGraph of it (best of ``runs``; wall clock, or CPU time with ``--cpu``)."""
    import networkx as nx

    best = math.inf
    for _ in range(runs):
        start = clock()
        doc = json.loads(path.read_bytes())
        graph = nx.MultiDiGraph()
        graph.add_nodes_from((n["id"], n) for n in doc["nodes"])
        graph.add_edges_from((e["source"], e["target"], e["id"], e) for e in doc["edges"])
        best = min(best, clock() - start)
    return best


def idle_after(app, quiet_s: float = 0.25, share: float = 0.1, step_s: float = 0.025,
               timeout_s: float = 120.0) -> tuple[float, float]:
    """When the process (all its threads) stops using the CPU, as ``(perf_counter,
    process_time)``: the start of the first ``quiet_s`` stretch in which it used less than
    ``share`` of one core (looked at every ``step_s``). The wait blocks in Qt's event loop,
    so the measuring itself costs nothing."""
    from collections import deque

    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    samples: deque[tuple[float, float]] = deque([(time.perf_counter(), time.process_time())])
    end = samples[0][0] + timeout_s
    while samples[-1][0] < end:
        QTimer.singleShot(int(step_s * 1000), loop.quit)
        loop.exec()
        samples.append((time.perf_counter(), time.process_time()))
        while len(samples) > 1 and samples[-1][0] - samples[0][0] >= quiet_s:
            (wall0, cpu0), (wall1, cpu1) = samples[0], samples[-1]
            if cpu1 - cpu0 < share * (wall1 - wall0):
                return wall0, cpu0
            samples.popleft()
    return math.nan, math.nan


def _edit_to_analysis(app, window, edit) -> tuple[float, float]:
    """Wall time from an edit to its analysis shown, and the longest UI stall meanwhile."""
    from PySide6.QtCore import QEventLoop, QTimer

    wait_until(app, lambda: not window.runner.is_busy(), 60)
    app.processEvents()
    loop = QEventLoop()
    window.analysisUpdated.connect(loop.quit)
    guard = QTimer()
    guard.setSingleShot(True)
    guard.timeout.connect(loop.quit)
    guard.start(120_000)
    beat = Heartbeat()
    done = []
    window.analysisUpdated.connect(lambda: done.append(clock()))
    beat.start()
    t0 = clock()
    edit()
    loop.exec()
    beat.stop()
    window.analysisUpdated.disconnect(loop.quit)
    if not done:
        raise RuntimeError("the analysis never arrived after the edit")
    return (done[0] - t0) * 1000, beat.longest_gap_ms


def measure_edits(app, window) -> dict:
    """A rename of a connected actor, then a new edge between two actors."""
    m = window.map
    actors = [n for n in m.nodes.values() if n.kind.is_actor]
    target = max(actors[:200], key=lambda n: len(m.edges_of(n.id)))
    rename_ms, rename_stall = _edit_to_analysis(
        app, window, lambda: window.editor.rename(target.id, target.name + " (renamed)"))
    source, dest = actors[len(actors) // 3], actors[len(actors) // 2]
    connect_ms, connect_stall = _edit_to_analysis(
        app, window, lambda: window.editor.connect(source.id, dest.id, "influences"))
    return {"rename_ms": rename_ms, "rename_stall_ms": rename_stall,
            "connect_ms": connect_ms, "connect_stall_ms": connect_stall}


def measure_view(app, window) -> dict:
    """Zoom/pan steps at fit zoom, then a drag of a well-connected node at 100%."""
    view, scene = window.view, window.scene
    view.fit_map()
    viewport = view.viewport()
    viewport.repaint()
    samples = []
    for i in range(8):
        t = clock()
        if i % 2:
            bar = view.horizontalScrollBar()
            bar.setValue(bar.value() + (40 if i % 4 == 1 else -40))
        else:
            view.set_zoom(view.zoom() * (1.05 if i % 4 else 1 / 1.05))
        viewport.repaint()
        samples.append(clock() - t)
    zoom_ms = statistics.median(samples) * 1000

    m = window.map
    node = max((n for n in m.nodes.values() if n.kind.is_actor),
               key=lambda n: len(m.edges_of(n.id)))
    item = scene.node_item(node.id)
    drag_ms, drop_ms = drag_at(app, window, item.pos())
    moved = window.map.node(node.id)
    if (moved.x, moved.y) == (node.x, node.y):
        raise RuntimeError("the drag did not move the node")
    return {"zoom_ms": zoom_ms, "drag_ms": drag_ms, "drop_ms": drop_ms,
            "drag_edges": len(m.edges_of(node.id))}


def drag_at(app, window, point) -> tuple[float, float]:
    """Drag from the scene ``point`` at 100% in 15 steps of a few pixels: the median step and
    the drop (release to repainted), in milliseconds."""
    from PySide6.QtCore import QPoint, Qt
    from PySide6.QtTest import QTest

    view, viewport = window.view, window.view.viewport()
    window.scene.clearSelection()
    view.zoom_100()
    view.centerOn(point)
    viewport.repaint()
    app.processEvents()
    start = view.mapFromScene(point)
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    samples = []
    for i in range(1, 16):
        t = clock()
        QTest.mouseMove(viewport, start + QPoint(3 * i, 2 * i))
        viewport.repaint()
        app.processEvents()
        samples.append(clock() - t)
    t = clock()
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier,
                       start + QPoint(45, 30))
    app.processEvents()
    viewport.repaint()
    return statistics.median(samples) * 1000, (clock() - t) * 1000


def measure_box_drag(app, window, members: int = 2000) -> dict:
    """A company drawn as a box holding ``members`` of the map's stakeholders (packed in a
    block below it, each linked by *member of*), dragged by its header at 100%: a step moves
    the box's outline, whatever it holds; its members follow on release (``box_drop_ms``)."""
    from PySide6.QtCore import QPointF

    from stakeholder_map.model import Change, Edge, Kind, Relation

    m = window.map
    company = next(n for n in m.nodes.values() if n.kind is Kind.COMPANY)
    people = [n for n in m.nodes.values() if n.kind.is_actor and n.kind is not Kind.COMPANY][:members]
    columns = max(1, round(len(people) ** 0.5))
    # packed in a block of their own right of the map, so the box's header is free to grab
    x0 = max(n.x for n in m.nodes.values()) + 1500.0
    y0 = min(n.y for n in m.nodes.values())
    packed = tuple((n, n.with_(x=x0 + (i % columns) * 180.0, y=y0 + 140.0 + (i // columns) * 110.0))
                   for i, n in enumerate(people))
    links = tuple(Edge(m.new_id("e"), n.id, company.id, Relation.MEMBER_OF) for n in people)
    boxed = company.with_(x=x0, y=y0, members_inside=True)
    window.editor.apply(Change(nodes_changed=packed + ((company, boxed),), edges_added=links),
                        "Pack a company box")
    wait_until(app, lambda: not window.runner.is_busy(), 60)
    item = window.scene.node_item(company.id)
    # the header's left part: links to the box aim at its centre
    header = item.scenePos() + QPointF(item.box.rect.left() + 60, item.box.rect.top() + 15)
    drag_ms, drop_ms = drag_at(app, window, header)
    if people and window.map.node(people[-1].id).position == packed[-1][1].position:
        raise RuntimeError("the box drag did not move its members")
    return {"box_drag_ms": drag_ms, "box_drop_ms": drop_ms,
            "box_members": len(people)}


def measure_size(nodes: int, edges: int, *, positions: str = "unplaced", profile: bool = False,
                 folder: Path | None = None) -> dict:
    """Every in-process figure for one map (creates the QApplication when needed)."""
    from window_maps import generate_map

    from stakeholder_map.fileio import save_map
    from stakeholder_map.ui.app import application

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(folder or tmp) / f"bench-{nodes}-{positions}.stakemap.json"
        save_map(generate_map(nodes, edges, positions=positions), path)
        app = application()
        window = make_window(app)
        profiler = _profiler(profile)
        figures = measure_open(app, window, path)
        _report_profile(profiler, "open")
        figures.update(measure_view(app, window))
        profiler = _profiler(profile)
        figures.update(measure_edits(app, window))
        _report_profile(profiler, "edits")
        figures.update(measure_box_drag(app, window))
        figures["positions"] = positions
        window.editor.undo_stack.setClean()  # no "unsaved changes" question on close
        window.close()
        window.deleteLater()
        app.processEvents()
    return figures


def _profiler(on: bool):
    if not on:
        return None
    import cProfile

    profiler = cProfile.Profile()
    profiler.enable()
    return profiler


def _report_profile(profiler, what: str) -> None:
    if profiler is None:
        return
    import pstats

    profiler.disable()
    print(f"--- profile: {what} ---", file=sys.stderr)
    stats = pstats.Stats(profiler, stream=sys.stderr)
    stats.sort_stats("cumulative").print_stats(30)
    stats.sort_stats("tottime").print_stats(30)  # where the time is spent, not only under what


# -- whole processes --------------------------------------------------------------------------
def _quiet_env(home: str) -> dict:
    """An environment with its own settings and recovery folders, offscreen."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=home, XDG_CONFIG_HOME=home,
               XDG_DATA_HOME=home, XDG_CACHE_HOME=home, XDG_RUNTIME_DIR=home,
               XDG_STATE_HOME=home)
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), env.get("PYTHONPATH", "")]))
    return env


def _timed_process(args: list[str], env: dict, runs: int) -> float:
    """The median time of ``runs`` runs of a process (each must exit with status 0): wall
    time, or with ``--cpu`` the CPU time the process used."""
    import resource

    def spent() -> float:
        if clock is time.process_time:
            usage = resource.getrusage(resource.RUSAGE_CHILDREN)
            return usage.ru_utime + usage.ru_stime
        return time.perf_counter()

    times = []
    for _ in range(runs):
        t = spent()
        done = subprocess.run(args, env=env, capture_output=True, timeout=60)
        times.append(spent() - t)
        if done.returncode != 0:
            raise RuntimeError(f"{' '.join(args)} failed: {done.stderr.decode(errors='replace')[-400:]}")
    return statistics.median(times)


def measure_startup(runs: int = 3) -> dict:
    """Start-up to an empty painted window, and ``--version``, as whole processes."""
    with tempfile.TemporaryDirectory() as home:
        env = _quiet_env(home)
        version = _timed_process([sys.executable, "-m", "stakeholder_map", "--version"], env, runs)
        env["STAKEHOLDER_MAP_QUIT_AFTER_PAINT"] = "1"
        startup = _timed_process([sys.executable, "-m", "stakeholder_map"], env, runs)
    return {"startup_s": startup, "version_s": version}


def measure_in_subprocess(nodes: int, edges: int, positions: str, profile: bool) -> dict:
    """``measure_size`` in a fresh process, so memory and the first open are honest."""
    with tempfile.TemporaryDirectory() as home:
        args = [sys.executable, str(Path(__file__).resolve()), "--one", f"{nodes},{edges},{positions}"]
        if profile:
            args.append("--profile")
        if clock is time.process_time:
            args.append("--cpu")
        done = subprocess.run(args, env=_quiet_env(home), stdout=subprocess.PIPE, timeout=900)
        if done.returncode != 0:
            raise RuntimeError(f"measuring {nodes} nodes failed (status {done.returncode})")
        return json.loads(done.stdout.decode().strip().splitlines()[-1])


# -- report -----------------------------------------------------------------------------------
def verdict(value: float, budget: float | None) -> str:
    if budget is None:
        return ""
    return f"(budget {budget:g})  {'PASS' if value <= budget else 'OVER'}"


def report(results: list[tuple[int, dict]], startup: dict | None) -> list[str]:
    """The lines printed: each figure next to its budget with PASS or OVER (``results``:
    the size each map is budgeted as, and its figures)."""
    lines = []
    for nodes, figures in results:
        positions = figures.get("positions", "unplaced")
        lines.append(f"{figures['nodes']} nodes / {figures['edges']} edges, {positions}")
        for label, key, unit, budgets in FIGURES:
            value = figures[key]
            budget = budgets.get(positions, budgets.get(nodes))
            extra = f"  [node with {figures['drag_edges']} edges]" if key == "drag_ms" else ""
            if key == "box_drag_ms":
                extra = f"  [box of {figures['box_members']:,} members; plain drag step {figures['drag_ms']:.3f} ms]"
            lines.append(f"  {label:<32} {value:9.3f} {unit:<2} {verdict(value, budget)}{extra}".rstrip())
    if startup is not None:
        lines.append("processes")
        lines.append(f"  {'start-up to empty window':<32} {startup['startup_s']:9.3f} s  "
                     f"{verdict(startup['startup_s'], STARTUP_BUDGET_S)}")
        lines.append(f"  {'--version':<32} {startup['version_s']:9.3f} s  "
                     f"{verdict(startup['version_s'], VERSION_BUDGET_S)}")
    return lines


def parse_map(text: str) -> tuple[int, str]:
    """``"20000:scattered"`` -> ``(20000, "scattered")``; the layout defaults to unplaced."""
    nodes, _, positions = text.strip().partition(":")
    return int(nodes), positions or "unplaced"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--maps", default="5000,20000,20000:scattered",
                        help="maps as NODES[:unplaced|placed|scattered] (edges = 3 x nodes)")
    parser.add_argument("--quick", action="store_true", help="smoke run: one small map, one run")
    parser.add_argument("--profile", action="store_true", help="cProfile the open and the edits")
    parser.add_argument("--cpu", action="store_true", help="CPU time instead of wall time")
    parser.add_argument("--one", help=argparse.SUPPRESS)  # nodes,edges: the child process
    args = parser.parse_args(argv)
    global clock, beat_clock
    if args.cpu:
        clock, beat_clock = time.process_time, time.thread_time
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.one:
        nodes, edges, positions = args.one.split(",")
        print(json.dumps(measure_size(int(nodes), int(edges), positions=positions, profile=args.profile)))
        return 0
    maps = [(300, "unplaced")] if args.quick else [parse_map(m) for m in args.maps.split(",") if m.strip()]
    results = [(n, measure_in_subprocess(n, 3 * n, positions, args.profile)) for n, positions in maps]
    startup = measure_startup(runs=1 if args.quick else 3)
    print("clock:", "CPU time (process; UI thread for stalls)" if args.cpu else "wall clock")
    print("\n".join(report(results, startup)))
    return 0


if __name__ == "__main__":
    sys.exit(main())
