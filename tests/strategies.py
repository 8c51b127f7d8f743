"""Hypothesis strategies for valid maps, shared by the model, file, analysis and editor tests."""

from __future__ import annotations

from hypothesis import strategies as st

from stakeholder_map.model import Agreement, Edge, Kind, Map, Node, Period, Relation

names = st.text(
    alphabet=st.characters(blacklist_categories=("Cs",)), min_size=0, max_size=30
)
tags = st.lists(names.filter(bool), max_size=3).map(tuple)
currencies = st.none() | st.sampled_from(["EUR", "USD", "JPY", "CHF"])
# Amounts as a file or a program gives them: whole numbers, exact decimals, and floats.
amounts = (
    st.integers(min_value=0, max_value=10**12)
    | st.decimals(min_value=0, max_value=10**12, places=2)
    | st.decimals(min_value=0, max_value=10**15, allow_nan=False, allow_infinity=False)
    | st.floats(min_value=0, max_value=1e9)
)
coordinates = st.floats(min_value=-1e6, max_value=1e6, allow_nan=False, allow_infinity=False)
optional_text = st.none() | names


@st.composite
def nodes(draw, node_id: str) -> Node:
    kind = draw(st.sampled_from(list(Kind)))
    placed = draw(st.booleans())
    return Node(
        node_id,
        kind,
        draw(names),
        x=draw(coordinates) if placed else None,
        y=draw(coordinates) if placed else None,
        notes=draw(optional_text),
        internal=draw(st.none() | st.booleans()) if kind is Kind.COMPANY else None,
        headcount=draw(st.none() | st.integers(min_value=1, max_value=10**9)),
        tags=draw(tags),
    )


@st.composite
def maps(draw, max_nodes: int = 12, max_edges: int = 24, only_allowed: bool = False) -> Map:
    """A valid map; with ``only_allowed`` every edge follows the spec's relation table."""
    count = draw(st.integers(min_value=0, max_value=max_nodes))
    node_list = [draw(nodes(f"n{i}")) for i in range(count)]
    edge_list: list[Edge] = []
    if node_list:
        for i in range(draw(st.integers(min_value=0, max_value=max_edges))):
            src = draw(st.sampled_from(node_list))
            tgt = draw(st.sampled_from(node_list))
            relation = draw(st.sampled_from(list(Relation)))
            if only_allowed:
                from stakeholder_map.model import allowed_relations

                choices = allowed_relations(src.kind, tgt.kind) if src.id != tgt.id else ()
                if not choices:
                    continue
                relation = draw(st.sampled_from(choices))
            pays = relation is Relation.PAYS
            edge_list.append(
                Edge(
                    f"e{i}",
                    src.id,
                    tgt.id,
                    relation,
                    amount=draw(st.none() | amounts) if pays else None,
                    period=draw(st.none() | st.sampled_from(list(Period))) if pays else None,
                    agreement=draw(st.none() | st.sampled_from(list(Agreement))) if pays else None,
                    notes=draw(optional_text),
                )
            )
    m = Map(draw(optional_text), currency=draw(currencies))
    m.add(node_list, edge_list)
    return m
