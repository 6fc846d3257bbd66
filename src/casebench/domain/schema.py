"""The case vocabulary: FollowTheMoney schemata and properties, plus casebench's own.

Names follow FtM (the model of OCCRP Aleph and OpenSanctions) so that export is
1:1. casebench's own schemata (Seizure, Meeting, ActionItem, Request, Travel)
name the nearest FtM schema in `ftm` for export.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from casebench.domain.values import PropType

T = PropType


@dataclass(frozen=True)
class Property:
    name: str
    label: str
    type: PropType
    range: str | None = None  # schema name an ENTITY property points to
    multiple: bool = True  # FtM: every property may hold several values


@dataclass(frozen=True)
class Schema:
    name: str
    label: str
    plural: str
    extends: tuple[str, ...]
    properties: dict[str, Property] = field(default_factory=dict)
    caption: tuple[str, ...] = ("name",)
    edge: tuple[str, str] | None = None  # (source property, target property)
    edge_label: str = ""
    directed: bool = True
    ftm: str = ""
    abstract: bool = False
    featured: tuple[str, ...] = ()
    temporal_start: tuple[str, ...] = ()
    temporal_end: tuple[str, ...] = ()

    def is_a(self, other: str) -> bool:
        return other == self.name or other in _ancestors(self.name)

    def label_of(self, prop: str) -> str:
        """The property's English label ("Weak alias"); a property the kind lacks, as named."""
        found = self.properties.get(prop)
        return found.label if found is not None else prop

    def get(self, prop: str) -> Property:
        try:
            return self.properties[prop]
        except KeyError:
            raise ValueError(f"{self.name} has no property {prop!r}") from None

    @property
    def is_edge(self) -> bool:
        return self.edge is not None


_RAW: dict[str, tuple[tuple[str, ...], dict[str, Property], dict[str, object]]] = {}


def _p(name: str, label: str, ptype: PropType = T.STRING, range_: str | None = None) -> Property:
    return Property(name, label, ptype, range_)


def _define(name: str, extends: tuple[str, ...], props: list[Property], **kw: object) -> None:
    _RAW[name] = (extends, {p.name: p for p in props}, kw)


_define("Thing", (), [
    _p("name", "Name", T.NAME), _p("alias", "Alias", T.NAME), _p("weakAlias", "Weak alias", T.NAME),
    _p("previousName", "Previous name", T.NAME), _p("summary", "Summary", T.TEXT),
    _p("description", "Description", T.TEXT), _p("country", "Country", T.COUNTRY),
    _p("notes", "Notes", T.TEXT), _p("sourceUrl", "Source link", T.URL),
    _p("topics", "Topics"), _p("keywords", "Keywords"),
    _p("addressEntity", "Address", T.ENTITY, "Address"), _p("address", "Address (text)", T.ADDRESS),
    _p("photo", "Photo (exhibit file)"),
    # The id an entity had in the file it was imported from when that id could not be
    # casebench's own (longer than 128 characters, odd characters): kept to be found.
    _p("sourceId", "Source ID", T.IDENTIFIER),
], abstract=True)
_define("Interval", (), [
    _p("startDate", "Start date", T.DATE), _p("endDate", "End date", T.DATE), _p("date", "Date", T.DATE),
    _p("summary", "Summary", T.TEXT), _p("description", "Description", T.TEXT),
    _p("recordId", "Record ID", T.IDENTIFIER), _p("sourceUrl", "Source link", T.URL),
    _p("notes", "Notes", T.TEXT), _p("sourceId", "Source ID", T.IDENTIFIER),
], abstract=True, temporal_start=("date", "startDate"), temporal_end=("endDate",))
_define("LegalEntity", ("Thing",), [
    _p("email", "E-mail", T.EMAIL), _p("phone", "Phone", T.PHONE), _p("website", "Website", T.URL),
    _p("legalForm", "Legal form"), _p("incorporationDate", "Incorporation date", T.DATE),
    _p("dissolutionDate", "Dissolution date", T.DATE), _p("status", "Status"), _p("sector", "Sector"),
    _p("registrationNumber", "Registration number", T.IDENTIFIER),
    _p("idNumber", "ID number", T.IDENTIFIER), _p("taxNumber", "Tax number", T.IDENTIFIER),
    _p("jurisdiction", "Jurisdiction", T.COUNTRY), _p("mainCountry", "Main country", T.COUNTRY),
], featured=("name", "country", "registrationNumber"))
_define("Person", ("LegalEntity",), [
    _p("title", "Title"), _p("firstName", "First name", T.NAME), _p("secondName", "Second name", T.NAME),
    _p("middleName", "Middle name", T.NAME), _p("fatherName", "Patronymic", T.NAME),
    _p("motherName", "Matronymic", T.NAME), _p("lastName", "Last name", T.NAME),
    _p("birthDate", "Date of birth", T.DATE), _p("birthPlace", "Place of birth"),
    _p("deathDate", "Date of death", T.DATE), _p("position", "Position"),
    _p("nationality", "Nationality", T.COUNTRY), _p("citizenship", "Citizenship", T.COUNTRY),
    _p("passportNumber", "Passport number", T.IDENTIFIER), _p("gender", "Gender"),
    _p("role", "Role in the case"), _p("dataSubject", "Data-subject category"),
    _p("sourcePseudonym", "Source pseudonym", T.IDENTIFIER),
], featured=("name", "birthDate", "nationality", "role"))
_define("Organization", ("LegalEntity",), [], featured=("name", "country", "registrationNumber"))
_define("Company", ("Organization",), [
    _p("capital", "Capital", T.NUMBER), _p("currency", "Currency"),
], featured=("name", "jurisdiction", "registrationNumber"))
# An agency's own open proceedings ("Diligencias previas 112/2024, Juzgado n.º 3 de
# Algeciras") print in the pack's state of proceedings per country and agency.
_define("PublicBody", ("Organization",), [
    _p("proceedings", "Open proceedings", T.TEXT),
])
_define("Vehicle", ("Thing",), [
    _p("registrationNumber", "Registration number", T.IDENTIFIER), _p("type", "Type"),
    _p("model", "Model"), _p("buildDate", "Build date", T.DATE),
    _p("owner", "Owner", T.ENTITY, "LegalEntity"), _p("operator", "Operator", T.ENTITY, "LegalEntity"),
    _p("vinCode", "VIN", T.VIN),
], caption=("name", "registrationNumber", "model"), featured=("name", "registrationNumber", "model"))
_define("Vessel", ("Vehicle",), [
    _p("imoNumber", "IMO number", T.IMO), _p("mmsi", "MMSI", T.MMSI), _p("flag", "Flag", T.COUNTRY),
    _p("callSign", "Call sign", T.IDENTIFIER), _p("tonnage", "Tonnage", T.NUMBER),
    _p("navigationArea", "Navigation area"),
], caption=("name", "imoNumber"), featured=("name", "imoNumber", "flag"))
_define("Airplane", ("Vehicle",), [
    _p("serialNumber", "Serial number", T.IDENTIFIER), _p("icaoCode", "ICAO type code"),
    _p("manufacturer", "Manufacturer"),
], caption=("registrationNumber", "name"), featured=("registrationNumber", "model"))
_define("BankAccount", ("Thing",), [
    _p("bankName", "Bank"), _p("accountNumber", "Account number", T.IDENTIFIER),
    _p("iban", "IBAN", T.IBAN), _p("bic", "BIC", T.BIC), _p("accountType", "Account type"),
    _p("holder", "Holder", T.ENTITY, "LegalEntity"), _p("currency", "Currency"),
    _p("openingDate", "Opening date", T.DATE), _p("closingDate", "Closing date", T.DATE),
], caption=("iban", "accountNumber", "name"), featured=("iban", "bankName", "holder"))
_define("CryptoWallet", ("Thing",), [
    _p("publicKey", "Address", T.WALLET), _p("currency", "Currency"),
    _p("holder", "Holder", T.ENTITY, "LegalEntity"),
], caption=("publicKey", "name"), featured=("publicKey", "currency"))
_define("UserAccount", ("Thing",), [
    _p("username", "Username", T.IDENTIFIER), _p("service", "Service"), _p("email", "E-mail", T.EMAIL),
    _p("number", "Phone", T.PHONE), _p("owner", "Owner", T.ENTITY, "LegalEntity"),
], caption=("username", "email", "name"), featured=("username", "service"))
_define("Address", ("Thing",), [
    _p("full", "Full address", T.ADDRESS), _p("street", "Street"), _p("city", "City"),
    _p("postalCode", "Postal code"), _p("region", "Region"), _p("latitude", "Latitude", T.NUMBER),
    _p("longitude", "Longitude", T.NUMBER), _p("remarks", "Remarks", T.TEXT),
], caption=("full", "name", "city"), featured=("full", "city", "country"))
_define("Identification", ("Interval",), [
    _p("holder", "Holder", T.ENTITY, "LegalEntity"), _p("type", "Type"),
    _p("number", "Number", T.IDENTIFIER), _p("country", "Country", T.COUNTRY),
    _p("authority", "Authority"),
], caption=("number",), edge=None, featured=("number", "country", "holder"))
_define("Passport", ("Identification",), [
    _p("surname", "Surname", T.NAME), _p("givenName", "Given name", T.NAME),
    _p("birthDate", "Date of birth", T.DATE), _p("birthPlace", "Place of birth"),
    _p("personalNumber", "Personal number", T.IDENTIFIER),
], caption=("number",), featured=("number", "country", "holder"))
_define("Document", ("Thing",), [
    _p("title", "Title", T.NAME), _p("author", "Author"), _p("fileName", "File name"),
    _p("mimeType", "Media type"), _p("date", "Date", T.DATE), _p("language", "Language"),
], caption=("title", "fileName", "name"), temporal_start=("date",), featured=("title", "date"))
_define("Note", ("Thing",), [
    _p("entity", "About", T.ENTITY, "Thing"),
], caption=("name", "description"), featured=("description",))


def _edge(name: str, label: str, src: tuple[str, str, str], dst: tuple[str, str, str],
          extra: list[Property], ftm: str = "", directed: bool = True,
          featured: tuple[str, ...] = ("startDate",)) -> None:
    """``featured``: what the form offers after the two ends (a relationship's start; a
    payment's or a call's moment and what it moved, as imports record them)."""
    props = [_p(src[0], src[1], T.ENTITY, src[2]), _p(dst[0], dst[1], T.ENTITY, dst[2]), *extra]
    _define(name, ("Interval",), props, edge=(src[0], dst[0]), edge_label=label, ftm=ftm or name,
            caption=("role", "relationship", "name"), directed=directed,
            featured=(src[0], dst[0], *featured))


_edge("Ownership", "owns", ("owner", "Owner", "LegalEntity"), ("asset", "Asset", "Thing"),
      [_p("percentage", "Percentage", T.NUMBER), _p("role", "Role"), _p("ownershipType", "Type")])
_edge("Directorship", "directs", ("director", "Director", "LegalEntity"),
      ("organization", "Organization", "Organization"), [_p("role", "Role")])
_edge("Membership", "member of", ("member", "Member", "LegalEntity"),
      ("organization", "Organization", "Organization"), [_p("role", "Role")])
_edge("Employment", "works for", ("employee", "Employee", "Person"),
      ("employer", "Employer", "LegalEntity"), [_p("role", "Role")])
_edge("Family", "family", ("person", "Person", "Person"), ("relative", "Relative", "Person"),
      [_p("relationship", "Relationship")], directed=False)
_edge("Associate", "associate", ("person", "Person", "Person"), ("associate", "Associate", "Person"),
      [_p("relationship", "Relationship")], directed=False)
_edge("Representation", "represents", ("agent", "Agent", "LegalEntity"),
      ("client", "Client", "LegalEntity"), [_p("role", "Role")])
_edge("UnknownLink", "linked to", ("subject", "Subject", "Thing"), ("object", "Object", "Thing"),
      [_p("role", "Role")])
_edge("Payment", "paid", ("payer", "Payer", "LegalEntity"),
      ("beneficiary", "Beneficiary", "LegalEntity"),
      [_p("amount", "Amount", T.NUMBER), _p("currency", "Currency"), _p("purpose", "Purpose", T.TEXT),
       _p("payerAccount", "Payer account", T.ENTITY, "BankAccount"),
       _p("beneficiaryAccount", "Beneficiary account", T.ENTITY, "BankAccount"),
       _p("transactionNumber", "Transaction number", T.IDENTIFIER)],
      featured=("date", "amount", "currency", "purpose"))
_edge("Call", "called", ("caller", "Caller", "LegalEntity"), ("receiver", "Receiver", "LegalEntity"),
      [_p("callerNumber", "Caller number", T.PHONE), _p("receiverNumber", "Receiver number", T.PHONE),
       _p("duration", "Duration (s)", T.NUMBER)],
      featured=("date", "callerNumber", "receiverNumber", "duration"))

_define("Event", ("Interval",), [
    _p("name", "Name", T.NAME), _p("involved", "Involved", T.ENTITY, "Thing"),
    _p("location", "Location", T.ENTITY, "Address"), _p("place", "Place"),
    _p("organizer", "Organizer", T.ENTITY, "LegalEntity"), _p("country", "Country", T.COUNTRY),
    _p("important", "Important"),
], caption=("name", "summary"), featured=("name", "date", "place"))
_define("Seizure", ("Event",), [
    _p("substance", "Substance"), _p("quantity", "Quantity", T.NUMBER), _p("unit", "Unit"),
    _p("concealment", "Concealment", T.TEXT), _p("route", "Route", T.TEXT),
    _p("seizedBy", "Seized by", T.ENTITY, "LegalEntity"),
], ftm="Event", featured=("name", "date", "substance", "quantity"))
_define("Travel", ("Event",), [
    _p("origin", "From"), _p("destination", "To"), _p("transport", "Transport"),
], ftm="Event", featured=("name", "date", "origin", "destination"))
_define("Meeting", ("Event",), [
    _p("forum", "Forum", T.NAME), _p("participants", "Participating agencies"),
    _p("agenda", "Agenda item", T.TEXT),
    # Named people taking part (the pack's participants, with their agency and contacts).
    _p("attendee", "Participant", T.ENTITY, "Person"),
], ftm="Event", featured=("forum", "date", "place"))
_define("ActionItem", ("Thing",), [
    _p("owner", "Owner"), _p("deadline", "Deadline", T.DATE), _p("status", "Status"),
    _p("meeting", "Meeting", T.ENTITY, "Meeting"),
    # "decision" (for the forum to take) or "action" (proposed or agreed work; the default).
    _p("actionType", "Type"),
], ftm="Note", caption=("name", "description"), temporal_start=("deadline",),
   featured=("name", "owner", "deadline", "status"))
_define("Request", ("Interval",), [
    _p("name", "Name", T.NAME), _p("requestType", "Request type"),
    _p("fromAuthority", "From"), _p("toAuthority", "To"), _p("reference", "Reference", T.IDENTIFIER),
    _p("sentDate", "Sent", T.DATE), _p("answeredDate", "Answered", T.DATE), _p("status", "Status"),
    _p("country", "Country", T.COUNTRY),
    # Who asked and who was asked, as bodies in the case (the pack counts each agency's
    # requests sent and received), and what holds an open request up.
    _p("requester", "Requesting body", T.ENTITY, "LegalEntity"),
    _p("requested", "Requested body", T.ENTITY, "LegalEntity"),
    _p("blocker", "Blocked by", T.TEXT),
], ftm="Document", caption=("reference", "name"), temporal_start=("sentDate",),
   featured=("requestType", "reference", "toAuthority", "status"))

REQUEST_TYPES = ("MLA", "JIT", "police", "INTERPOL", "Europol", "EIO", "rogatory")
ACTION_TYPES = ("decision", "action")


def _ancestors(name: str) -> list[str]:
    out: list[str] = []
    for parent in _RAW[name][0]:
        out.append(parent)
        out.extend(_ancestors(parent))
    return out


def _build() -> dict[str, Schema]:
    built: dict[str, Schema] = {}
    for name, (extends, own, kw) in _RAW.items():
        props: dict[str, Property] = {}
        for anc in reversed(_ancestors(name)):
            props.update(_RAW[anc][1])
        props.update(own)
        inherited: dict[str, object] = {}
        for anc in reversed(_ancestors(name)):
            inherited.update({k: v for k, v in _RAW[anc][2].items() if k != "abstract"})
        inherited.update(kw)
        label = _LABELS.get(name, (name, name + "s"))
        built[name] = Schema(
            name=name, label=label[0], plural=label[1], extends=extends, properties=props,
            caption=inherited.get("caption", ("name",)),  # type: ignore[arg-type]
            edge=inherited.get("edge"),  # type: ignore[arg-type]
            edge_label=str(inherited.get("edge_label", "")),
            directed=bool(inherited.get("directed", True)),
            ftm=str(kw.get("ftm", name)),
            abstract=bool(kw.get("abstract", False)),
            featured=inherited.get("featured", ("name",)),  # type: ignore[arg-type]
            temporal_start=inherited.get("temporal_start", ()),  # type: ignore[arg-type]
            temporal_end=inherited.get("temporal_end", ()),  # type: ignore[arg-type]
        )
    return built


_LABELS: dict[str, tuple[str, str]] = {
    "LegalEntity": ("Legal entity", "Legal entities"), "PublicBody": ("Public body", "Public bodies"),
    "BankAccount": ("Bank account", "Bank accounts"), "CryptoWallet": ("Crypto wallet", "Crypto wallets"),
    "UserAccount": ("User account", "User accounts"), "Address": ("Address", "Addresses"),
    "Identification": ("Identification", "Identifications"), "Person": ("Person", "People"),
    "Airplane": ("Aircraft", "Aircraft"), "Family": ("Family", "Family links"),
    "Associate": ("Associate", "Associates"), "UnknownLink": ("Link", "Links"),
    "ActionItem": ("Action item", "Action items"), "Request": ("Request for co-operation", "Requests"),
    "Ownership": ("Ownership", "Ownerships"), "Company": ("Company", "Companies"), "Employment": ("Employment", "Employments"),
    "Membership": ("Membership", "Memberships"), "Directorship": ("Directorship", "Directorships"),
    "Representation": ("Representation", "Representations"), "Travel": ("Travel", "Travel"),
}

SCHEMATA: dict[str, Schema] = _build()


def get_schema(name: str) -> Schema:
    try:
        return SCHEMATA[name]
    except KeyError:
        concrete = ", ".join(sorted(s.name for s in SCHEMATA.values() if not s.abstract))
        raise ValueError(f"unknown schema {name!r}; known schemata: {concrete}") from None


def concrete_schemata() -> list[Schema]:
    return [s for s in SCHEMATA.values() if not s.abstract]


# Properties whose values act as nodes in link analysis (FtM and i2 practice).
IDENTIFIER_NODE_TYPES = (T.PHONE, T.EMAIL, T.IBAN, T.WALLET)
# Strong identifiers that propose a merge when two entities share one.
STRONG_MATCH_TYPES = (T.PHONE, T.EMAIL, T.IBAN, T.IMO, T.MMSI, T.VIN, T.WALLET, T.BIC)
STRONG_MATCH_PROPS = ("registrationNumber", "passportNumber", "idNumber", "taxNumber", "number")
