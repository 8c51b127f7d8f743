"""Time the PNG export of a 2,000-node map (fixed seed) at scale 1 and 2.

Run: ``python benchmarks/bench_export.py [--nodes 2000] [--seed 7]``. Prints the time to
build the scene with its analysis, then for each scale the whole ``export_map`` call and
its painting and encoding parts.
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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--nodes", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()

    from stakeholder_map.render import export_map
    from PySide6.QtGui import QImageWriter

    from stakeholder_map.render.raster import PNG_QUALITY, pixel_size, render_image
    from stakeholder_map.render.scene import prepare

    m = big_map(args.nodes, args.seed)
    print(f"map: {len(m.nodes)} nodes, {len(m.edges)} edges")
    start = time.perf_counter()
    prepared = prepare(m)
    print(f"scene + analysis: {time.perf_counter() - start:.2f} s")
    with tempfile.TemporaryDirectory() as folder:
        for scale in (1, 2):
            out = Path(folder) / f"bench-{scale}x.png"
            start = time.perf_counter()
            export_map(m, out, scale=scale)
            took = time.perf_counter() - start
            w, h = pixel_size(prepared.rect, scale)
            print(f"PNG {scale}x export_map: {took:.2f} s ({w} x {h} px, {out.stat().st_size / 1e6:.1f} MB)")
            start = time.perf_counter()
            image = render_image(prepared, scale, transparent=False, legend=False)
            painted = time.perf_counter()
            writer = QImageWriter(str(out), b"png")
            writer.setQuality(PNG_QUALITY)
            writer.write(image)
            print(f"    painting alone {painted - start:.2f} s, "
                  f"PNG encoding alone {time.perf_counter() - painted:.2f} s")
            del image

if __name__ == "__main__":
    main()
