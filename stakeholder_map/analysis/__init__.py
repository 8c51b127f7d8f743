"""What a map says about its stakeholders: roles, findings and key stakeholders.

Pure functions of a ``Map`` (model, NumPy and SciPy only, no Qt). ``analyze(map)`` works
everything out from scratch; a ``Session`` keeps one changing map's analysis up to date
doing only the work each change needs (the window's analysis runner uses one), and always
gives what ``analyze`` would.

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


from stakeholder_map.analysis.graph import MapIndex
from stakeholder_map.analysis.findings import all_findings
from stakeholder_map.analysis.ranking import key_stakeholder_scores
from stakeholder_map.analysis.result import Analysis, Finding
from stakeholder_map.analysis.roles import actor_roles, usage
from stakeholder_map.analysis.session import Effect, Session, effect
from stakeholder_map.analysis.terms import FINDING_HELP, FindingCode, FindingHelp, Role, Severity
from stakeholder_map.model import Map


def analyze(map_: Map, *, ranking: bool = True) -> Analysis:
    """Every actor's roles, every finding, and every actor's key-stakeholder score.

    ``ranking=False`` skips the key-stakeholder scores (``Analysis.ranking`` is then
    empty): the command line's JSON does not show them.
    """
    # No pause of the collector here: it is process-wide, and the window analyses in worker
    # threads; the command line pauses the collector around its single call instead.
    index = MapIndex.of(map_)
    use = usage(index)
    return Analysis(
        roles=actor_roles(index, use),
        findings=all_findings(index, use),
        ranking=key_stakeholder_scores(index) if ranking else {},
    )


__all__ = [
    "FINDING_HELP", "Analysis", "Effect", "Finding", "FindingCode", "FindingHelp", "Role",
    "Session", "Severity", "analyze", "effect",
]
