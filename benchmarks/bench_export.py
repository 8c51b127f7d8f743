"""Time the PNG export of a 2,000-node map (fixed seed) at scale 1 and 2.

Run: ``python benchmarks/bench_export.py [--nodes 2000] [--seed 7] [--scales 1,2] [--runs 3]``.
Prints two floors measured in the same run: loading the map's file and building its networkx
graph, and, per scale, a PNG of the same size that only needs filling, encoding and writing
(an empty picture). Then the time to build the scene with its analysis, the whole
``export_map`` call (best of ``--runs``) with its ratio to the floors, its painting and
encoding parts, and Qt's own PNG writer on the same image for comparison. CPU seconds are
printed beside wall seconds: on a busy machine they are the steadier figure.
"""

from __future__ import annotations

import argparse
import os
import random
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from stakeholder_map.model import Edge, Kind, Map, Node, allowed_relations  # noqa: E402


def big_map(count: int, seed: int) -> Map:
    """``count`` nodes on a compact grid (5% products), each actor with 1-3 allowed edges."""
    rng = random.Random(seed)
    kinds = [Kind.COMPANY, Kind.BUYER, Kind.DECISION_MAKER, Kind.END_USER, Kind.PERSON]
    columns = max(1, round((count * 2.2) ** 0.5))
    nodes = []
    for i in range(count):
        kind = Kind.PRODUCT if i % 20 == 0 else rng.choice(kinds)
        x, y = (i % columns) * 210.0, (i // columns) * 120.0
        nodes.append(Node(f"n{i}", kind, f"{kind.label} {i}", x=x, y=y))
    edges = []
    for node in nodes:
        if not node.kind.is_actor:
            continue
        for _ in range(rng.randint(1, 3)):
            other = rng.choice(nodes)
            choices = allowed_relations(node.kind, other.kind) if other.id != node.id else ()
            if choices:
                relation = rng.choice(choices)
                amount = float(rng.randint(1, 500)) if relation.value == "pays" else None
                edges.append(Edge(f"e{len(edges)}", node.id, other.id, relation, amount=amount))
    m = Map(f"Benchmark {count}")
    m.add(nodes, edges)
    return m


def _timed(work):
    """(result, wall seconds, CPU seconds of this process)."""
    wall, cpu = time.perf_counter(), time.process_time()
    result = work()
    return result, time.perf_counter() - wall, time.process_time() - cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--scales", default="1,2", help="comma-separated scales (default 1,2)")
    parser.add_argument("--runs", type=int, default=3, help="export_map runs per scale; the best counts")
    args = parser.parse_args()

    from PySide6.QtGui import QImage, QImageWriter

    from stakeholder_map.fileio import load_map, save_map
    from stakeholder_map.fileio.atomic import write_file
    from stakeholder_map.render import export_map
    from stakeholder_map.render.raster import encode_png, pixel_size, render_image
    from stakeholder_map.render.scene import prepare

    m = big_map(args.nodes, args.seed)
    print(f"map: {len(m.nodes)} nodes, {len(m.edges)} edges (budget: PNG 1x export_map under 2 s)")
    with tempfile.TemporaryDirectory() as folder:
        source = Path(folder) / "bench.stakemap.json"
        save_map(m, source)
        import json

        import networkx as nx

        def read_as_graph():  # the floor bench_analyze.py uses: the JSON read, a networkx graph built
            doc = json.loads(source.read_text(encoding="utf-8"))
            graph = nx.MultiDiGraph()
            graph.add_nodes_from((n["id"], n) for n in doc["nodes"])
            graph.add_edges_from((e["source"], e["target"], e["id"], e) for e in doc["edges"])
            return graph

        load_map(source)
        _, load_wall, load_cpu = _timed(read_as_graph)
        print(f"floor A, loading the map's file and building its graph: {load_wall:.2f} s (CPU {load_cpu:.2f} s)")
        prepared, wall, cpu = _timed(lambda: prepare(m))
        print(f"scene + analysis: {wall:.2f} s (CPU {cpu:.2f} s)")
        for scale in (float(s) for s in args.scales.split(",")):
            out = Path(folder) / f"bench-{scale:g}x.png"
            w, h = pixel_size(prepared.rect, scale)

            def empty_png():
                image = QImage(w, h, QImage.Format.Format_RGB32)
                image.fill(prepared.scene.theme.background)
                write_file(Path(folder) / "empty.png", encode_png(image))

            _, floor_wall, floor_cpu = _timed(empty_png)
            print(f"floor B, an empty {w} x {h} PNG filled, encoded and written: {floor_wall:.2f} s "
                  f"(CPU {floor_cpu:.2f} s)")
            runs = [_timed(lambda: export_map(m, out, scale=scale))[1:] for _ in range(max(1, args.runs))]
            wall, cpu = min(r[0] for r in runs), min(r[1] for r in runs)
            floor_a, floor_b = load_wall, floor_wall
            print(f"PNG {scale:g}x export_map: {wall:.2f} s (CPU {cpu:.2f} s; {w} x {h} px, "
                  f"{out.stat().st_size / 1e6:.1f} MB; best of {len(runs)}: "
                  + ", ".join(f"{r[0]:.2f}" for r in runs) + " s)")
            print(f"    = {wall / floor_a:.0f}x floor A, {wall / floor_b:.1f}x floor B "
                  f"(CPU {cpu / max(load_cpu, 1e-9):.0f}x and {cpu / max(floor_cpu, 1e-9):.1f}x)")
            image, paint_wall, paint_cpu = _timed(lambda: render_image(prepared, scale, transparent=False))
            data, encode_wall, encode_cpu = _timed(lambda: encode_png(image))

            def qt_writer():
                writer = QImageWriter(str(out), b"png")
                writer.setQuality(80)  # what the export used before its own encoder
                writer.write(image)

            _, qt_wall, qt_cpu = _timed(qt_writer)
            print(f"    painting alone {paint_wall:.2f} s (CPU {paint_cpu:.2f}), PNG encoding alone "
                  f"{encode_wall:.2f} s (CPU {encode_cpu:.2f}, {len(data) / 1e6:.1f} MB); "
                  f"Qt's PNG writer on the same image {qt_wall:.2f} s (CPU {qt_cpu:.2f}, "
                  f"{out.stat().st_size / 1e6:.1f} MB)")
            del image, data


if __name__ == "__main__":
    main()
