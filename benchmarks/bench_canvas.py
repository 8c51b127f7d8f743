"""Canvas performance against the issue-5 budgets, on generated maps (fixed seed).

Run: ``QT_QPA_PLATFORM=offscreen python benchmarks/bench_canvas.py [--large] [--cpu]``
(``--cpu`` counts this process's CPU time instead of wall time, for busy machines).
Prints each figure next to its budget. Besides painting, it times the marks of an analysis:
the first one (every stakeholder gets badges: applied in idle slices, timed here in one go)
and the one after a rename (only changed items are touched; the analysis itself runs on a
worker thread in the app, so it is not timed here). Maps look like real ones scaled up: products in
a central band, stakeholders around them, each tied to a few nearby products, with one
edge in five drawn to a product anywhere (long edges are the hard case for the index).
"""

from __future__ import annotations

import gc
import math
import os
import random
import sys
import time

clock = time.perf_counter

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QPoint, Qt  # noqa: E402
from PySide6.QtTest import QTest  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from stakeholder_map.analysis import analyze  # noqa: E402
from stakeholder_map.canvas import MapScene, MapView  # noqa: E402
from stakeholder_map.model import Edge, Kind, Map, Node  # noqa: E402

BUDGETS = {  # nodes: (build+first paint s, drag step ms, zoom/pan repaint ms, memory MB)
    5_000: (2.0, 16.0, 33.0, 400.0),
    20_000: (6.0, 33.0, 50.0, 800.0),
}


def generate(nodes: int, edges: int, seed: int = 5) -> Map:
    rng = random.Random(seed)
    products = max(1, nodes // 10)
    side = math.sqrt(nodes) * 260
    node_list = []
    for i in range(products):
        node_list.append(Node(f"p{i}", Kind.PRODUCT, f"Product {i}", x=rng.uniform(-side / 4, side / 4),
                              y=rng.uniform(-side / 2, side / 2)))
    actor_kinds = [k for k in Kind if k.is_actor]
    for i in range(nodes - products):
        kind = rng.choice(actor_kinds)
        node_list.append(Node(f"a{i}", kind, f"{kind.label} number {i}", x=rng.uniform(-side / 2, side / 2),
                              y=rng.uniform(-side / 2, side / 2)))
    actors = node_list[products:]
    prods = node_list[:products]
    by_band = sorted(prods, key=lambda p: p.y)
    edge_list = []
    relations = ["pays", "uses", "decides"]
    for i in range(edges):
        a = rng.choice(actors)
        if rng.random() < 0.8:
            # a product near the actor's height: a local edge
            lo = max(0, min(len(by_band) - 8, int((a.y + side / 2) / side * len(by_band)) - 4))
            p = rng.choice(by_band[lo:lo + 8])
        else:
            p = rng.choice(prods)
        rel = rng.choice(relations)
        extra = {"amount": rng.randint(1, 5000), "period": "monthly"} if rel == "pays" else {}
        edge_list.append(Edge(f"e{i}", a.id, p.id, rel, **extra))
    m = Map("benchmark")
    m.add(node_list, edge_list)
    return m


def rss_mb() -> float:
    with open("/proc/self/status") as f:
        for line in f:
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return float("nan")


def measure(app: QApplication, nodes: int, edges: int) -> None:
    m = generate(nodes, edges)
    base = rss_mb()
    t0 = clock()
    scene = MapScene(m)
    view = MapView(scene)
    view.resize(1400, 900)
    view.show()
    view.fit_map()
    view.viewport().repaint()  # the first paint: the whole map, seen from far
    build = clock() - t0
    t0 = clock()
    scene.edge_layer.file_all()  # every edge at once (the window files those a close look needs)
    app.processEvents()
    filing = clock() - t0
    memory = rss_mb() - base
    # as the window does (ui/heap.py): the open map's objects leave the collector's sight,
    # else full collections over them land in whatever is measured next
    gc.collect()
    gc.freeze()

    # the marks of an analysis: the first one, then one after a rename
    analysis = analyze(m)
    t0 = clock()
    scene.set_analysis(analysis)
    scene.marks.finish()
    view.viewport().repaint()
    first_marks = clock() - t0
    gc.collect()
    gc.freeze()
    actor = next(n for n in m.nodes.values() if n.kind is not Kind.PRODUCT)
    t0 = clock()
    m.update_node(actor.id, name=actor.name + " (renamed)")
    view.viewport().repaint()
    rename_ms = (clock() - t0) * 1000
    renamed = analyze(m)
    t0 = clock()
    scene.set_analysis(renamed)
    view.viewport().repaint()
    marks_ms = (clock() - t0) * 1000
    left = scene.marks.pending()
    scene.marks.finish()

    # zoom and pan at fit zoom
    samples = []
    for i in range(6):
        t = clock()
        if i % 2:
            view.horizontalScrollBar().setValue(view.horizontalScrollBar().value() + 40)
        else:
            view.set_zoom(view.zoom() * (1.02 if i % 4 else 0.98))
        view.viewport().repaint()
        samples.append(clock() - t)
    fit_ms = sorted(samples)[len(samples) // 2] * 1000
    fit_zoom = view.zoom()

    # one drag step at 100%: move a well-connected node, its edges follow, repaint
    item = max(scene.node_items(), key=lambda n: len(n.edges) if n.node.kind is not Kind.PRODUCT else 0)
    view.zoom_100()
    view.centerOn(item)
    view.viewport().repaint()
    samples, full = [], []
    # a real drag: press on the node, move the mouse in steps, each step repaints
    moves = []
    scene.moveRequested.connect(moves.append)
    viewport = view.viewport()
    start = view.mapFromScene(item.pos())
    QTest.mousePress(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start)
    app.processEvents()
    for i in range(1, 21):
        t = clock()
        QTest.mouseMove(viewport, start + QPoint(3 * i, 2 * i))
        app.processEvents()
        samples.append(clock() - t)
    QTest.mouseRelease(viewport, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier, start + QPoint(60, 40))
    app.processEvents()
    for i in range(5):
        t = clock()
        view.viewport().repaint()  # the worst case: the whole viewport
        full.append(clock() - t)
    assert len(moves) == 1 and item.node.id in moves[0], "the drag did not happen"
    drag_ms = sorted(samples)[len(samples) // 2] * 1000
    full_ms = sorted(full)[len(full) // 2] * 1000

    budget = BUDGETS[nodes]
    print(f"{nodes:>6} nodes / {edges:>6} edges")
    print(f"  build + first paint : {build:7.2f} s   (budget {budget[0]} s)")
    print(f"  filing every edge   : {filing:7.2f} s   (edges filed in their drawing tiles)")
    print(f"  drag step (median)  : {drag_ms:7.1f} ms  (budget {budget[1]} ms, node with {len(item.edges)} edges)")
    print(f"  full repaint at 100%: {full_ms:7.1f} ms  (no budget; every visible item repainted)")
    print(f"  zoom/pan at fit     : {fit_ms:7.1f} ms  (budget {budget[2]} ms, fit zoom {fit_zoom:.3f})")
    print(f"  memory              : {memory:7.0f} MB  (budget {budget[3]} MB)")
    print(f"  first analysis marks: {first_marks:7.2f} s   (no budget; in idle slices of 8 ms in the app)")
    print(f"  rename, repaint     : {rename_ms:7.1f} ms  (at fit zoom)")
    print(f"  its analysis marks  : {marks_ms:7.1f} ms  (with repaint; {left} items left for idle slices)")
    view.close()
    scene.detach()
    gc.unfreeze()


def main(argv: list[str]) -> int:
    global clock
    if "--cpu" in argv:  # on a shared, busy machine: count only this process's CPU time
        clock = time.process_time
    app = QApplication.instance() or QApplication([])
    print("clock:", "process CPU time" if clock is time.process_time else "wall clock")
    measure(app, 5_000, 15_000)
    if "--large" in argv:
        measure(app, 20_000, 60_000)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
