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

from stakeholder_map.texts import QT_TRANSLATE_NOOP, translate


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
        """The role's name for a person: "Paying user", in the user's language."""
        return translate("Roles", _ROLE_TEXT[self][0])

    @property
    def description(self) -> str:
        """One plain sentence saying what the role means, in the user's language."""
        return translate("Roles", _ROLE_TEXT[self][1])


_ROLE_TEXT = {
    Role.USER: (QT_TRANSLATE_NOOP("Roles", "User"), QT_TRANSLATE_NOOP("Roles", "Uses at least one product.")),
    Role.CLIENT: (
        QT_TRANSLATE_NOOP("Roles", "Client"),
        QT_TRANSLATE_NOOP("Roles", "Pays as an organisation, or under a contract: a business or contracted relationship."),
    ),
    Role.CUSTOMER: (QT_TRANSLATE_NOOP("Roles", "Customer"), QT_TRANSLATE_NOOP("Roles", "Pays as a person, without a contract: a consumer purchase.")),
    Role.PAYING_USER: (QT_TRANSLATE_NOOP("Roles", "Paying user"), QT_TRANSLATE_NOOP("Roles", "Uses a product and pays for it too.")),
    Role.SPONSORED_USER: (
        QT_TRANSLATE_NOOP("Roles", "Sponsored user"),
        QT_TRANSLATE_NOOP("Roles", "Uses a product that someone else pays for on their behalf: their company, "
        "or someone they influence or who influences them."),
    ),
    Role.FREE_USER: (QT_TRANSLATE_NOOP("Roles", "Free user"), QT_TRANSLATE_NOOP("Roles", "Uses a product that nobody pays for on their behalf.")),
    Role.DECISION_MAKER: (QT_TRANSLATE_NOOP("Roles", "Decision-maker"), QT_TRANSLATE_NOOP("Roles", "Decides whether a product is bought or adopted.")),
    Role.INFLUENCER: (
        QT_TRANSLATE_NOOP("Roles", "Influencer"),
        QT_TRANSLATE_NOOP("Roles", "Sways, directly or through others, someone who pays for or decides on a product."),
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
        """"Error", "Warning", "Info", in the user's language."""
        if self is Severity.ERROR:
            return translate("Severities", "Error")
        if self is Severity.WARNING:
            return translate("Severities", "Warning")
        return translate("Severities", "Info", "one finding")

    @property
    def plural_label(self) -> str:
        """"Errors", "Warnings", "Info" for headings."""
        if self is Severity.ERROR:
            return translate("Severities", "Errors")
        if self is Severity.WARNING:
            return translate("Severities", "Warnings")
        return translate("Severities", "Info", "several findings")


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
    # beyond the spec's list (it allows more): from the attitude, power and interest recorded
    BLOCKER_WITHOUT_CHAMPION = "blocker_without_champion"
    KEY_STAKEHOLDER_NOT_LINKED = "key_stakeholder_not_linked"
    NO_CHAMPION = "no_champion"

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
    FindingCode.BLOCKER_WITHOUT_CHAMPION: Severity.WARNING,
    FindingCode.KEY_STAKEHOLDER_NOT_LINKED: Severity.WARNING,
    FindingCode.NO_CHAMPION: Severity.INFO,
}


@dataclass(frozen=True, slots=True)
class FindingHelp:
    """A finding explained: its name, what it means, and what a product manager can do; each
    in the user's language (kept in English, translated when read)."""

    english_title: str
    english_meaning: str
    english_action: str

    @property
    def title(self) -> str:
        return translate("FindingHelp", self.english_title)

    @property
    def meaning(self) -> str:
        return translate("FindingHelp", self.english_meaning)

    @property
    def action(self) -> str:
        return translate("FindingHelp", self.english_action)

    def __str__(self) -> str:
        return f"{self.meaning} {self.action}"


FINDING_HELP: dict[str, FindingHelp] = {
    FindingCode.NO_PAYING_CUSTOMER: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "No paying customer"),
        QT_TRANSLATE_NOOP("FindingHelp", "Nobody pays for this product: no customer, no business."),
        QT_TRANSLATE_NOOP("FindingHelp", "Find out who would pay and draw a 'pays for' link. If the product is a free part of "
        "something bigger, say what pays for it (ads, a paid tier, a sponsor) and map that."),
    ),
    FindingCode.NO_USERS: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "No users"),
        QT_TRANSLATE_NOOP("FindingHelp", "Nobody on the map uses this product."),
        QT_TRANSLATE_NOOP("FindingHelp", "Add the people or groups who use it with a 'uses' link. If you cannot name them, that "
        "is the first thing to research."),
    ),
    FindingCode.COMPANY_WITHOUT_DECISION_MAKER: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Company without a decision-maker"),
        QT_TRANSLATE_NOOP("FindingHelp", "A company pays for the product, but nobody in it decides. A company decides only "
        "through its people: someone at the hotel chooses the chicken supplier. Someone in one "
        "of its departments counts: the Head of IT, member of the IT department, member of "
        "Corp, decides for Corp."),
        QT_TRANSLATE_NOOP("FindingHelp", "Find that person (purchasing manager, CIO, marketing director), add them as a "
        "decision-maker, link them 'is a member of' the company and 'decides on' the product."),
    ),
    FindingCode.UNHEARD_USERS: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Unheard users"),
        QT_TRANSLATE_NOOP("FindingHelp", "Some users have no voice in the decision: they are not among the people who decide or "
        "pay for themselves, and no chain of influence leads from them to those people. Their "
        "needs will be missed when the product is bought, renewed or cancelled."),
        QT_TRANSLATE_NOOP("FindingHelp", "Interview them, give them a champion (a team lead who has the decision-maker's ear) and "
        "draw that 'influences' link, or put their experience in front of the decision-maker "
        "yourself."),
    ),
    FindingCode.DECISION_MAKER_NOT_USER: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Decision-maker who does not use it"),
        QT_TRANSLATE_NOOP("FindingHelp", "Someone decides on the product but does not use it, like a CIO choosing software for "
        "others, or a parent choosing a toy."),
        QT_TRANSLATE_NOOP("FindingHelp", "Sell them the outcome they care about (cost, risk, compliance, what the child learns), "
        "not the screens; and make sure users' voices reach them."),
    ),
    FindingCode.USERS_NOT_CUSTOMERS: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Users are not customers"),
        QT_TRANSLATE_NOOP("FindingHelp", "The product has users and payers, but no user pays and nobody pays on the users' "
        "behalf: users and customers are different people. Typical of ad-funded and two-sided "
        "products (search, social networks, marketplaces)."),
        QT_TRANSLATE_NOOP("FindingHelp", "Treat them as two markets with two sets of needs. Watch for changes that please payers "
        "at users' expense: without users, payers leave too."),
    ),
    FindingCode.ROLE_MISMATCH: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Role does not match the kind"),
        QT_TRANSLATE_NOOP("FindingHelp", "A buyer who pays for nothing, a decision-maker who decides on nothing, or an end user "
        "who uses nothing."),
        QT_TRANSLATE_NOOP("FindingHelp", "Draw the missing link, or change the node's kind to Person if that is what they are."),
    ),
    FindingCode.ISOLATED: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Not connected"),
        QT_TRANSLATE_NOOP("FindingHelp", "A node with no links at all."),
        QT_TRANSLATE_NOOP("FindingHelp", "Connect it to what it uses, pays for, decides on or influences, or delete it."),
    ),
    FindingCode.INVALID_RELATION: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Link that does not make sense"),
        QT_TRANSLATE_NOOP("FindingHelp", "A link joins the wrong kinds (for example a product paying for a person, or someone "
        "being a member of a non-company), or joins a node to itself. It is kept and shown, but "
        "takes no part in roles or other findings."),
        QT_TRANSLATE_NOOP("FindingHelp", "Delete it, or redraw it between the right nodes (the Guide's table of links says which "
        "kinds each link joins). Such links usually come from files edited by hand."),
    ),
    FindingCode.REVENUE_CONCENTRATION: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Revenue depends on one payer"),
        QT_TRANSLATE_NOOP("FindingHelp", "One payer brings more than half of a product's yearly revenue (amounts on 'pays for' "
        "links; a monthly amount counts twelve times). Losing them would hurt. Amounts add up "
        "exactly as written: 69.99 a month is 839.88 a year, so two payers with exactly half "
        "each are not flagged."),
        QT_TRANSLATE_NOOP("FindingHelp", "Protect the relationship (renewals, their decision-maker's satisfaction) and work on "
        "other payers. Amounts are optional: the check runs when at least two payers have one."),
    ),
    FindingCode.BLOCKER_WITHOUT_CHAMPION: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Blocker with no champion"),
        QT_TRANSLATE_NOOP("FindingHelp", "Someone who decides on the product is against it (a blocker), and no champion on the "
        "map influences them. Left alone, they will stop or stall the purchase."),
        QT_TRANSLATE_NOOP("FindingHelp", "Find out what they fear (cost, risk, work for their team) and answer it; find or win "
        "a champion they listen to (a peer, their manager, a trusted user) and draw that "
        "'influences' link. Set attitudes in the Properties panel."),
    ),
    FindingCode.KEY_STAKEHOLDER_NOT_LINKED: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "Key stakeholder off the map's path"),
        QT_TRANSLATE_NOOP("FindingHelp", "A stakeholder with high power and high interest (manage closely, on the power/interest "
        "grid) has no link to any product: the map does not show how they bear on it."),
        QT_TRANSLATE_NOOP("FindingHelp", "Ask what they will do about the product: pay for it, decide on it, use it, or sway "
        "someone who does. Draw that link, or lower their power or interest if they are not "
        "that important."),
    ),
    FindingCode.NO_CHAMPION: FindingHelp(
        QT_TRANSLATE_NOOP("FindingHelp", "No champion"),
        QT_TRANSLATE_NOOP("FindingHelp", "Attitudes are recorded for the people around this product, but none of those who pay "
        "for it, decide on it or use it is a champion: nobody will sell it inside for you."),
        QT_TRANSLATE_NOOP("FindingHelp", "Find a supporter who feels the problem most (often a team lead among the users), help "
        "them win (material, a pilot, quick results) and mark them as a champion. Maps without "
        "attitudes do not get this finding."),
    ),
}
