"""The analysis's words: roles, severities, finding codes, and their plain-English help.

>>> Role.PAYING_USER.label
'Paying user'
>>> Severity.WARNING.rank > Severity.INFO.rank
True
>>> FindingCode.NO_USERS.severity
<Severity.WARNING: 'warning'>
>>> FINDING_HELP["no_users"].title
'No users'
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class Role(StrEnum):
    """What an actor is to the products it touches (spec section 2)."""

    USER = "user"
    CLIENT = "client"
    CUSTOMER = "customer"
    PAYING_USER = "paying_user"
    SPONSORED_USER = "sponsored_user"
    FREE_USER = "free_user"
    DECISION_MAKER = "decision_maker"
    INFLUENCER = "influencer"

    @property
    def label(self) -> str:
        """The role's name for a person: "Paying user"."""
        return _ROLE_TEXT[self][0]

    @property
    def description(self) -> str:
        """One plain sentence saying what the role means."""
        return _ROLE_TEXT[self][1]


_ROLE_TEXT = {
    Role.USER: ("User", "Uses at least one product."),
    Role.CLIENT: (
        "Client",
        "Pays as an organisation, or under a contract: a business or contracted relationship.",
    ),
    Role.CUSTOMER: ("Customer", "Pays as a person, without a contract: a consumer purchase."),
    Role.PAYING_USER: ("Paying user", "Uses a product and pays for it too."),
    Role.SPONSORED_USER: (
        "Sponsored user",
        "Uses a product that someone else pays for on their behalf: their company, "
        "or someone they influence or who influences them.",
    ),
    Role.FREE_USER: ("Free user", "Uses a product that nobody pays for on their behalf."),
    Role.DECISION_MAKER: ("Decision-maker", "Decides whether a product is bought or adopted."),
    Role.INFLUENCER: (
        "Influencer",
        "Sways, directly or through others, someone who pays for or decides on a product.",
    ),
}


class Severity(StrEnum):
    """How much a finding matters; ``rank`` orders them (error highest)."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return _SEVERITY_RANK[self]

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def plural_label(self) -> str:
        """"Errors", "Warnings", "Info" for headings."""
        return {"error": "Errors", "warning": "Warnings", "info": "Info"}[self.value]


_SEVERITY_RANK = {Severity.ERROR: 3, Severity.WARNING: 2, Severity.INFO: 1}


class FindingCode(StrEnum):
    """The gaps the analysis flags (spec section 3)."""

    NO_PAYING_CUSTOMER = "no_paying_customer"
    NO_USERS = "no_users"
    COMPANY_WITHOUT_DECISION_MAKER = "company_without_decision_maker"
    UNHEARD_USERS = "unheard_users"
    DECISION_MAKER_NOT_USER = "decision_maker_not_user"
    USERS_NOT_CUSTOMERS = "users_not_customers"
    ROLE_MISMATCH = "role_mismatch"
    ISOLATED = "isolated"
    INVALID_RELATION = "invalid_relation"
    REVENUE_CONCENTRATION = "revenue_concentration"

    @property
    def severity(self) -> Severity:
        return _CODE_SEVERITY[self]

    @property
    def label(self) -> str:
        return FINDING_HELP[self].title


_CODE_SEVERITY = {
    FindingCode.NO_PAYING_CUSTOMER: Severity.ERROR,
    FindingCode.NO_USERS: Severity.WARNING,
    FindingCode.COMPANY_WITHOUT_DECISION_MAKER: Severity.WARNING,
    FindingCode.UNHEARD_USERS: Severity.WARNING,
    FindingCode.DECISION_MAKER_NOT_USER: Severity.INFO,
    FindingCode.USERS_NOT_CUSTOMERS: Severity.INFO,
    FindingCode.ROLE_MISMATCH: Severity.WARNING,
    FindingCode.ISOLATED: Severity.WARNING,
    FindingCode.INVALID_RELATION: Severity.ERROR,
    FindingCode.REVENUE_CONCENTRATION: Severity.WARNING,
}


@dataclass(frozen=True, slots=True)
class FindingHelp:
    """A finding explained: its name, what it means, and what a product manager can do."""

    title: str
    meaning: str
    action: str

    def __str__(self) -> str:
        return f"{self.meaning} {self.action}"


FINDING_HELP: dict[str, FindingHelp] = {
    FindingCode.NO_PAYING_CUSTOMER: FindingHelp(
        "No paying customer",
        "Nobody pays for this product: no customer, no business.",
        "Find out who would pay for it and draw a 'pays' link, or decide it is a free "
        "part of a product that somebody does pay for.",
    ),
    FindingCode.NO_USERS: FindingHelp(
        "No users",
        "Nobody uses this product on the map.",
        "Add the people or groups who use it with a 'uses' link.",
    ),
    FindingCode.COMPANY_WITHOUT_DECISION_MAKER: FindingHelp(
        "Company without a decision-maker",
        "A company pays for the product, but nobody in it is shown deciding to buy it. "
        "A company decides only through its people.",
        "Find the person who signs off (a manager, a buyer, a director), add them as a "
        "member of the company and draw their 'decides' link.",
    ),
    FindingCode.UNHEARD_USERS: FindingHelp(
        "Unheard users",
        "Some users have no chain of influence to anyone who decides on the product (a "
        "decision-maker, or a person who pays for it): their needs may never reach the "
        "people who choose it.",
        "Talk to these users, or connect them to the deciders, for example through a "
        "champion who 'influences' a decision-maker.",
    ),
    FindingCode.DECISION_MAKER_NOT_USER: FindingHelp(
        "Decision-maker is not a user",
        "Someone decides on the product without using it, as often happens in enterprise "
        "sales.",
        "Show this person the value for the users they decide for: outcomes, price, "
        "reputation, rather than features.",
    ),
    FindingCode.USERS_NOT_CUSTOMERS: FindingHelp(
        "Users are not customers",
        "Nobody who uses the product pays for it, and nobody pays on their behalf: its "
        "users and its customers are different people (ad-funded or two-sided products).",
        "Serve both sides on purpose: the users for their attention, the customers for "
        "what they pay for.",
    ),
    FindingCode.ROLE_MISMATCH: FindingHelp(
        "Role does not match the kind",
        "The stakeholder is drawn as a buyer that pays for nothing, a decision-maker that "
        "decides nothing, or an end user that uses nothing.",
        "Add the missing link, or change the stakeholder's kind.",
    ),
    FindingCode.ISOLATED: FindingHelp(
        "Not connected",
        "This item has no link to anything.",
        "Connect it to the map or delete it.",
    ),
    FindingCode.INVALID_RELATION: FindingHelp(
        "Link that does not make sense",
        "This link joins kinds that the relation does not allow (for example a product "
        "that pays), or joins an item to itself. It is ignored by the rest of the analysis.",
        "Delete the link, reverse it, or choose another relation.",
    ),
    FindingCode.REVENUE_CONCENTRATION: FindingHelp(
        "Revenue concentration",
        "One payer brings more than half of the product's yearly revenue.",
        "Reduce the risk of losing that payer: find more customers or secure a longer "
        "agreement.",
    ),
}
