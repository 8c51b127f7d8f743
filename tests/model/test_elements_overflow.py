"""Numbers too large for a float are refused with the model's own error."""

import pytest

from stakeholder_map.model import Edge, Kind, ModelError, Node, Relation


def test_huge_coordinate_is_a_model_error():
    with pytest.raises(ModelError, match="finite number"):
        Node("n", Kind.PRODUCT, "App", x=10**400, y=0)


def test_huge_amount_is_a_model_error():
    with pytest.raises(ModelError, match="amount"):
        Edge("e", "a", "b", Relation.PAYS, amount=10**400)
