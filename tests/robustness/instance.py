"""Another program instance for the tests: it writes a recovery copy, then dies.

Run as ``python instance.py ROOT MODE``; it prints its session name once the copy is on
disk. MODE ``exit`` leaves without releasing its lock (``os._exit``, like a crash); MODE
``wait`` keeps running until killed (the tests send SIGKILL); MODE ``empty`` writes no copy
and leaves like ``exit``.
"""

import os
import sys
import time

from stakeholder_map.model import Kind, Map, Relation
from stakeholder_map.ui.recovery import RecoveryStore


def crashed_map() -> Map:
    """The map the other instance had open; the tests compare the restored one with it."""
    m = Map("Crashed plan", extra={"owner": "ops"})
    m.add_node("app", Kind.PRODUCT, "Booking app", x=10.5, y=-20)
    m.add_node("hotel", Kind.COMPANY, "Hotel chain", x=200, y=0, internal=False, notes="HQ\nParis")
    m.connect("hotel", "app", Relation.PAYS, edge_id="e1", amount=1200, period="monthly")
    return m


def main(root: str, mode: str) -> None:
    store = RecoveryStore(root)
    if mode != "empty":
        store.write("doc1", crashed_map(), "/maps/plan.stakemap.json" if mode == "exit" else None)
    print(store.session, flush=True)
    if mode == "wait":
        time.sleep(120)
    os._exit(0)  # no clean-up at all, as after a crash


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
