"""The analysis runner's worker mirror: one copy per document, changes applied in the
worker, one analysis at a time, and a fresh copy after anything goes wrong."""

from __future__ import annotations

import threading

import pytest

from stakeholder_map.analysis import Session, analyze
from stakeholder_map.model import Change, Kind, Map, Relation
from stakeholder_map.ui.analysis_runner import AnalysisRunner
from tests.ui.conftest import sample_map


@pytest.fixture
def runner(qtbot):
    made = AnalysisRunner()
    yield made
    made.shutdown()


@pytest.fixture
def copies(monkeypatch):
    """Counts the full copies of a map the runner makes."""
    count = []
    real = Map.copy
    monkeypatch.setattr(Map, "copy", lambda self: (count.append(1), real(self))[1])
    return count


def follow(m: Map, runner: AnalysisRunner) -> None:
    m.changed.subscribe(lambda change: runner.changed(m, change, analyse=not change.only_moves))


def newest(qtbot, runner, results):
    qtbot.waitUntil(lambda: bool(results) and not runner.is_busy(), timeout=10000)
    return results[-1]


def test_edits_reach_the_analysis_without_copying_the_map_again(qtbot, runner, copies):
    m = sample_map()
    follow(m, runner)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(m)
    newest(qtbot, runner, results)
    m.add_node("loner", Kind.PERSON, "Loner", x=5, y=5)
    assert any(f.nodes == ("loner",) for f in newest(qtbot, runner, results).findings
               if f.code == "isolated")
    m.connect("loner", "chat", Relation.USES)
    assert not any("loner" in f.nodes for f in newest(qtbot, runner, results).findings
                   if f.code == "isolated")
    assert len(copies) == 1  # the document was copied once; edits travelled as changes
    assert results[-1] == analyze(m)


def test_moves_keep_the_mirror_in_step_without_analysing(qtbot, runner):
    m = sample_map()
    follow(m, runner)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(m)
    newest(qtbot, runner, results)
    generation, count = runner.generation, len(results)
    m.move_nodes({"staff": (999, 999)})
    qtbot.wait(50)
    assert runner.generation == generation and len(results) == count
    m.update_node("staff", name="Everyone")
    newest(qtbot, runner, results)
    assert results[-1] == analyze(m)


def test_changes_during_a_run_start_exactly_one_more(qtbot, runner, monkeypatch):
    real, release, running, most = Session.analysis, threading.Event(), [0], [0]

    def slow(session):
        running[0] += 1
        most[0] = max(most[0], running[0])
        release.wait(5)
        running[0] -= 1
        return real(session)

    m = sample_map()
    follow(m, runner)
    results, calls = [], []
    runner.finished.connect(results.append)
    monkeypatch.setattr(Session, "analysis", lambda session: (calls.append(1), slow(session))[1])
    runner.schedule(m)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    for i in range(3):
        m.add_node(f"late{i}", Kind.BUYER, f"Late {i}", x=i, y=i)
    release.set()
    final = newest(qtbot, runner, results)
    assert len(calls) == 2 and most[0] == 1 and len(results) == 1
    assert {f"late{i}" for i in range(3)} <= {n for f in final.findings for n in f.nodes}


def test_a_change_the_mirror_cannot_take_is_reported_then_a_fresh_copy_is_made(qtbot, runner):
    m = sample_map()
    results, failures = [], []
    runner.finished.connect(results.append)
    runner.failed.connect(failures.append)
    runner.schedule(m)
    newest(qtbot, runner, results)
    ghost = sample_map().node("staff").with_(id="ghost")
    runner.changed(m, Change(nodes_removed=(ghost,)))  # the map never had this node
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "ghost" in failures[0]
    m.add_node("later", Kind.PERSON, "Later", x=1, y=1)
    runner.changed(m, Change(nodes_added=(m.node("later"),)))
    newest(qtbot, runner, results)
    assert results[-1] == analyze(m) and len(results) == 2


def test_a_new_document_starts_a_new_mirror(qtbot, runner):
    first, second = sample_map(), Map("Other")
    second.add_node("p", Kind.PRODUCT, "Other product", x=0, y=0)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(first)
    newest(qtbot, runner, results)
    runner.changed(second, Change(nodes_added=()))  # a change of a map it did not follow
    assert newest(qtbot, runner, results) == analyze(second)


def test_the_collector_rests_during_an_analysis_and_resumes_after(qtbot, runner, monkeypatch):
    import gc

    real, seen = Session.analysis, []
    monkeypatch.setattr(Session, "analysis", lambda s: (seen.append(gc.isenabled()), real(s))[1])
    results = []
    runner.finished.connect(results.append)
    assert gc.isenabled()
    runner.schedule(sample_map())
    newest(qtbot, runner, results)
    assert seen == [False] and gc.isenabled()


def test_notes_start_no_run_and_a_rename_only_rewords(qtbot, runner):
    m = sample_map()
    follow(m, runner)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(m)
    first = newest(qtbot, runner, results)
    generation = runner.generation
    m.update_node("staff", notes="ask them", headcount=40)
    assert runner.generation == generation and not runner.is_busy()  # nothing to redo
    m.update_node("staff", name="Every employee")
    renamed = newest(qtbot, runner, results)
    assert renamed == analyze(m) and renamed.roles == first.roles  # only the words changed


def test_new_links_update_the_workers_analysis_without_starting_over(qtbot, runner, monkeypatch):
    from stakeholder_map.analysis import session as session_module

    started = []
    real = session_module.fresh
    monkeypatch.setattr(session_module, "fresh", lambda map_, **kw: (started.append(1), real(map_, **kw))[1])
    m = sample_map()
    follow(m, runner)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(m)
    newest(qtbot, runner, results)
    whole = len(started)
    m.add_node("newbie", Kind.END_USER, "Newbie", x=3, y=3)
    m.connect("newbie", "chat", Relation.USES)
    assert newest(qtbot, runner, results) == analyze(m)
    assert len(started) == whole  # the worker re-ran rules where the links reach, no more


def test_a_notes_edit_during_a_run_keeps_its_result(qtbot, runner, monkeypatch):
    real, release, calls = Session.analysis, threading.Event(), []

    def slow(session):
        calls.append(1)
        release.wait(5)
        return real(session)

    monkeypatch.setattr(Session, "analysis", slow)
    m = sample_map()
    follow(m, runner)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(m)
    qtbot.waitUntil(lambda: calls == [1], timeout=5000)
    m.update_node("staff", notes="met them on Monday")
    release.set()
    result = newest(qtbot, runner, results)
    assert len(calls) == 1 and len(results) == 1  # still the right analysis: no rerun
    assert result == analyze(m)


def test_analyse_now_returns_the_analysis_and_later_edits_reuse_its_copy(qtbot, runner, copies):
    m = sample_map()
    follow(m, runner)
    results = []
    runner.finished.connect(results.append)
    assert runner.analyse_now(m) == analyze(m)
    assert not runner.is_busy() and len(copies) == 1  # no second run of the same map
    m.add_node("loner", Kind.PERSON, "Loner", x=5, y=5)
    assert newest(qtbot, runner, results) == analyze(m)
    assert len(copies) == 1 and len(results) == 1


def test_analyse_now_drops_what_was_scheduled_for_the_previous_map(qtbot, runner):
    old, new = sample_map(), sample_map()
    new.add_node("newcomer", Kind.PERSON, "Newcomer", x=0, y=0)
    results = []
    runner.finished.connect(results.append)
    runner.schedule(old)
    shown = runner.analyse_now(new)
    qtbot.wait(200)
    assert not runner.is_busy()
    assert shown == analyze(new) and results == []  # the old map's result never arrives


def test_analyse_now_that_fails_returns_none_and_the_worker_reports(qtbot, runner, monkeypatch):
    monkeypatch.setattr(Session, "analysis", lambda self: 1 / 0)
    failures = []
    runner.failed.connect(failures.append)
    assert runner.analyse_now(sample_map()) is None
    qtbot.waitUntil(lambda: bool(failures), timeout=5000)
    assert "ZeroDivisionError" in failures[0]


def test_no_collection_runs_on_the_analysis_worker_or_the_recovery_writer(qtbot, runner, tmp_path):
    """A collection on the worker could free the window's Qt objects there, where Qt cannot
    stop their timers (the program crashed at the next tick): with the collector asked to
    run at every allocation, every collection still happens on the UI thread."""
    import gc
    import threading

    where = []

    def watch(phase, info):
        if phase == "start":
            where.append(threading.current_thread().name)

    from stakeholder_map.ui.recovery import RecoveryStore

    store = RecoveryStore(str(tmp_path))
    threshold = gc.get_threshold()
    gc.callbacks.append(watch)
    gc.set_threshold(1)  # a collection at every allocation, wherever it happens
    try:
        results = []
        runner.finished.connect(results.append)
        m = sample_map()
        follow(m, runner)
        runner.schedule(m)
        newest(qtbot, runner, results)
        for i in range(5):
            m.add_node(f"loner{i}", Kind.PERSON, "Loner", x=5, y=5)
            newest(qtbot, runner, results)
        for i in range(3):  # recovery copies, written on their own thread
            assert store.write_async(f"doc{i}", m, None).result(10)
        store.flush(10)
    finally:
        gc.set_threshold(*threshold)
        gc.callbacks.remove(watch)
        store.close()
    assert where and set(where) == {threading.main_thread().name}
    assert gc.isenabled()
