"""What an analysis returns: plain, immutable data that panels, badges and the CLI read.

>>> f = Finding("no_users", Severity.WARNING, ("app",), (), 'Nobody uses "App".')
>>> a = Analysis({"ann": (Role.USER,)}, (f,), {"ann": Stake(0.5, uses=("app",))})
>>> a.to_json()["findings"][0]["severity"]
'warning'
>>> a.ranking
{'ann': 0.5}
>>> a.findings_for("app") == (f,)
True
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Any, Mapping

from stakeholder_map.analysis.ranking import Stake
from stakeholder_map.analysis.terms import FindingCode, Role, Severity

JSON_VERSION = 1  # of the command line's JSON: ``roles`` and ``findings`` keep the spec's shape


@dataclass(frozen=True, slots=True)
class Finding:
    """A gap in the map: which nodes (and edges) it is about, and one plain sentence."""

    code: str
    severity: Severity
    nodes: tuple[str, ...]
    edges: tuple[str, ...] = ()
    message: str = ""

    @property
    def label(self) -> str:
        """The finding's short name ("No users"), or its code when the code is not a known one."""
        try:
            return FindingCode(self.code).label
        except ValueError:
            return self.code

    def to_json(self) -> dict[str, Any]:
        return {
            "code": str(self.code),
            "severity": str(self.severity),
            "nodes": list(self.nodes),
            "edges": list(self.edges),
            "message": self.message,
        }


@dataclass(frozen=True)
class Analysis:
    """Roles of every actor, findings most severe first, and key-stakeholder stakes.

    ``roles`` keeps the map's order of actors; each tuple is sorted by value.
    ``stakes`` maps every actor to its ``Stake`` (its score, and why).
    """

    roles: Mapping[str, tuple[Role, ...]]
    findings: tuple[Finding, ...]
    stakes: Mapping[str, Stake] = field(default_factory=dict)

    @cached_property
    def ranking(self) -> dict[str, float]:
        """Every actor's key-stakeholder score (higher matters more), in map order."""
        return {actor: stake.score for actor, stake in self.stakes.items()}

    @cached_property
    def _by_id(self) -> dict[str, tuple[Finding, ...]]:
        found: dict[str, list[Finding]] = {}
        for finding in self.findings:
            for ident in dict.fromkeys(finding.nodes + finding.edges):
                found.setdefault(ident, []).append(finding)
        return {ident: tuple(fs) for ident, fs in found.items()}

    def findings_for(self, ident: str) -> tuple[Finding, ...]:
        """The findings about a node (or an edge), most severe first."""
        return self._by_id.get(ident, ())

    def counts(self) -> dict[Severity, int]:
        """How many findings of each severity, every severity present."""
        counts = {severity: 0 for severity in Severity}
        for finding in self.findings:
            counts[finding.severity] += 1
        return counts

    def worst(self) -> Severity | None:
        """The highest severity among the findings, or None when there are none."""
        return max((f.severity for f in self.findings), key=lambda s: s.rank, default=None)

    @cached_property
    def _ranked(self) -> list[str]:
        stakes = self.stakes
        return sorted((a for a in stakes if stakes[a].score > 0), key=lambda a: -stakes[a].score)

    def key_stakeholders(self, limit: int | None = None) -> list[str]:
        """Actor ids with a score above 0, by decreasing score; ties keep the map's order."""
        return self._ranked if limit is None else self._ranked[:limit]

    def to_json(self, nodes: Mapping[str, Any] | None = None, *, key_stakeholders: int = 10) -> dict[str, Any]:
        """The command line's JSON (spec section 5), with its ``version`` and, given the
        map's ``nodes``, the top ``key_stakeholders`` with their score and why."""
        doc: dict[str, Any] = {
            "version": JSON_VERSION,
            "roles": {actor: [str(r) for r in roles] for actor, roles in self.roles.items()},
            "findings": [finding.to_json() for finding in self.findings],
        }
        if nodes is not None:
            from stakeholder_map.analysis.ranking import why

            doc["key_stakeholders"] = [
                {"id": actor, "score": self.stakes[actor].score, "why": why(nodes, actor, self.stakes[actor])}
                for actor in self.key_stakeholders(key_stakeholders)
            ]
        return doc
