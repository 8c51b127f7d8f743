"""What a map says about its stakeholders: roles, findings and key stakeholders.

Pure functions of a ``Map``, on the standard library and the model only (no Qt, no
networkx). ``MapIndex.of(map)`` files the map's edges once; ``Facts.of(index)`` follows
the chains (membership through departments, influence); then each rule is one function
of the index and one element: ``roles_of`` and ``actor_findings`` for an actor,
``product_findings`` for a product, ``edge_findings`` for an invalid edge, ``stake_of``
for an actor's key-stakeholder score. ``analyze(map)`` runs every rule on every element;
a ``Session`` keeps one changing map's analysis up to date by running them only on the
elements a change reaches (the window's analysis runner uses one), and always gives what
``analyze`` would.

>>> from stakeholder_map.model import Kind, Map, Relation
>>> m = Map("Search advertising")
>>> _ = m.add_node("search", Kind.PRODUCT, "Web search")
>>> _ = m.add_node("ads", Kind.COMPANY, "Advertisers")
>>> _ = m.add_node("people", Kind.END_USER, "Searchers")
>>> _ = m.connect("ads", "search", Relation.PAYS, amount=1200)
>>> _ = m.connect("people", "search", Relation.USES)
>>> result = analyze(m)
>>> result.to_json()["roles"]
{'ads': ['client'], 'people': ['free_user', 'user']}
>>> [str(f.code) for f in result.findings]
['company_without_decision_maker', 'users_not_customers']
"""

from stakeholder_map.analysis.result import Analysis, Finding
from stakeholder_map.analysis.session import Effect, Session, effect, fresh
from stakeholder_map.analysis.terms import FINDING_HELP, FindingCode, FindingHelp, Role, Severity
from stakeholder_map.model import Map


def analyze(map_: Map, *, ranking: bool = True) -> Analysis:
    """Every actor's roles, every finding, and every actor's key-stakeholder stake
    (``ranking=False`` leaves the stakes out, for callers that never show them)."""
    # No pause of the collector here: it is process-wide, and the window analyses in worker
    # threads; the command line pauses the collector around its single call instead.
    return fresh(map_, ranking=ranking)[3]


__all__ = [
    "FINDING_HELP", "Analysis", "Effect", "Finding", "FindingCode", "FindingHelp", "Role",
    "Session", "Severity", "analyze", "effect",
]
