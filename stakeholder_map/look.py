"""How each kind and relation looks, as plain data (no Qt): the canvas draws with it and the
GraphML and GEXF exports hand it to yEd and Gephi, so a map looks the same everywhere.

>>> KIND_COLOURS[Kind.PRODUCT], KIND_SIZES[Kind.END_USER], RELATION_LINES[Relation.INFLUENCES]
('#2F6FDE', (58.0, 58.0), 'dashed')
"""

from __future__ import annotations

from stakeholder_map.model import Attitude, Kind, Relation

KIND_COLOURS: dict[Kind, str] = {
    Kind.PRODUCT: "#2F6FDE",
    Kind.COMPANY: "#6B4FBB",
    Kind.BUYER: "#1E9E6A",
    Kind.DECISION_MAKER: "#D9822B",
    Kind.END_USER: "#0F9BB0",
    Kind.PERSON: "#7A8694",
}

# width and height of each kind's shape, centred on the node's position
KIND_SIZES: dict[Kind, tuple[float, float]] = {
    Kind.PRODUCT: (176.0, 68.0),
    Kind.COMPANY: (160.0, 62.0),
    Kind.BUYER: (152.0, 54.0),
    Kind.DECISION_MAKER: (66.0, 58.0),
    Kind.END_USER: (58.0, 58.0),
    Kind.PERSON: (78.0, 52.0),
}

# the outline of each kind in yEd's words
KIND_SHAPES: dict[Kind, str] = {
    Kind.PRODUCT: "roundrectangle",
    Kind.COMPANY: "rectangle",
    Kind.BUYER: "roundrectangle",
    Kind.DECISION_MAKER: "hexagon",
    Kind.END_USER: "ellipse",
    Kind.PERSON: "ellipse",
}

# Kinds whose name fits inside the shape; the others show the name below it.
NAME_INSIDE: frozenset[Kind] = frozenset({Kind.PRODUCT, Kind.COMPANY, Kind.BUYER})

RELATION_COLOURS: dict[Relation, str] = {
    Relation.PAYS: "#1E9E6A",
    Relation.DECIDES: "#D9822B",
    Relation.USES: "#2F6FDE",
    Relation.INFLUENCES: "#8E44AD",
    Relation.MEMBER_OF: "#7A8694",
}
RELATION_WIDTHS: dict[Relation, float] = {
    Relation.PAYS: 2.6, Relation.DECIDES: 2.0, Relation.USES: 2.0,
    Relation.INFLUENCES: 1.8, Relation.MEMBER_OF: 1.7,
}
RELATION_LINES: dict[Relation, str] = {
    Relation.PAYS: "line", Relation.DECIDES: "line", Relation.USES: "line",
    Relation.INFLUENCES: "dashed", Relation.MEMBER_OF: "dotted",
}

# the marker of each attitude: green for support, grey for neutral, amber and red for resistance
ATTITUDE_COLOURS: dict[Attitude, str] = {
    Attitude.CHAMPION: "#1B8A3A",
    Attitude.SUPPORTER: "#67B346",
    Attitude.NEUTRAL: "#8A94A3",
    Attitude.SCEPTIC: "#D99A00",
    Attitude.BLOCKER: "#C62828",
}
