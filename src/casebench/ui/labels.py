"""Schema and property labels marked for translation (generated from casebench.domain.schema).

The domain keeps English labels; the GUI shows them through these contexts.
"""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from casebench.domain.schema import get_schema

_SCHEMA_LABELS = (
    QT_TRANSLATE_NOOP("schema", "Action item"),
    QT_TRANSLATE_NOOP("schema", "Action items"),
    QT_TRANSLATE_NOOP("schema", "Address"),
    QT_TRANSLATE_NOOP("schema", "Addresses"),
    QT_TRANSLATE_NOOP("schema", "Aircraft"),
    QT_TRANSLATE_NOOP("schema", "Associate"),
    QT_TRANSLATE_NOOP("schema", "Associates"),
    QT_TRANSLATE_NOOP("schema", "Bank account"),
    QT_TRANSLATE_NOOP("schema", "Bank accounts"),
    QT_TRANSLATE_NOOP("schema", "Call"),
    QT_TRANSLATE_NOOP("schema", "Calls"),
    QT_TRANSLATE_NOOP("schema", "Company"),
    QT_TRANSLATE_NOOP("schema", "Companys"),
    QT_TRANSLATE_NOOP("schema", "Crypto wallet"),
    QT_TRANSLATE_NOOP("schema", "Crypto wallets"),
    QT_TRANSLATE_NOOP("schema", "Directorship"),
    QT_TRANSLATE_NOOP("schema", "Directorships"),
    QT_TRANSLATE_NOOP("schema", "Document"),
    QT_TRANSLATE_NOOP("schema", "Documents"),
    QT_TRANSLATE_NOOP("schema", "Employment"),
    QT_TRANSLATE_NOOP("schema", "Employments"),
    QT_TRANSLATE_NOOP("schema", "Event"),
    QT_TRANSLATE_NOOP("schema", "Events"),
    QT_TRANSLATE_NOOP("schema", "Family"),
    QT_TRANSLATE_NOOP("schema", "Family links"),
    QT_TRANSLATE_NOOP("schema", "Identification"),
    QT_TRANSLATE_NOOP("schema", "Identifications"),
    QT_TRANSLATE_NOOP("schema", "Interval"),
    QT_TRANSLATE_NOOP("schema", "Intervals"),
    QT_TRANSLATE_NOOP("schema", "Legal entities"),
    QT_TRANSLATE_NOOP("schema", "Legal entity"),
    QT_TRANSLATE_NOOP("schema", "Link"),
    QT_TRANSLATE_NOOP("schema", "Links"),
    QT_TRANSLATE_NOOP("schema", "Meeting"),
    QT_TRANSLATE_NOOP("schema", "Meetings"),
    QT_TRANSLATE_NOOP("schema", "Membership"),
    QT_TRANSLATE_NOOP("schema", "Memberships"),
    QT_TRANSLATE_NOOP("schema", "Note"),
    QT_TRANSLATE_NOOP("schema", "Notes"),
    QT_TRANSLATE_NOOP("schema", "Organization"),
    QT_TRANSLATE_NOOP("schema", "Organizations"),
    QT_TRANSLATE_NOOP("schema", "Ownership"),
    QT_TRANSLATE_NOOP("schema", "Ownerships"),
    QT_TRANSLATE_NOOP("schema", "Passport"),
    QT_TRANSLATE_NOOP("schema", "Passports"),
    QT_TRANSLATE_NOOP("schema", "Payment"),
    QT_TRANSLATE_NOOP("schema", "Payments"),
    QT_TRANSLATE_NOOP("schema", "People"),
    QT_TRANSLATE_NOOP("schema", "Person"),
    QT_TRANSLATE_NOOP("schema", "Public bodies"),
    QT_TRANSLATE_NOOP("schema", "Public body"),
    QT_TRANSLATE_NOOP("schema", "Representation"),
    QT_TRANSLATE_NOOP("schema", "Representations"),
    QT_TRANSLATE_NOOP("schema", "Request for co-operation"),
    QT_TRANSLATE_NOOP("schema", "Requests"),
    QT_TRANSLATE_NOOP("schema", "Seizure"),
    QT_TRANSLATE_NOOP("schema", "Seizures"),
    QT_TRANSLATE_NOOP("schema", "Thing"),
    QT_TRANSLATE_NOOP("schema", "Things"),
    QT_TRANSLATE_NOOP("schema", "Travel"),
    QT_TRANSLATE_NOOP("schema", "User account"),
    QT_TRANSLATE_NOOP("schema", "User accounts"),
    QT_TRANSLATE_NOOP("schema", "Vehicle"),
    QT_TRANSLATE_NOOP("schema", "Vehicles"),
    QT_TRANSLATE_NOOP("schema", "Vessel"),
    QT_TRANSLATE_NOOP("schema", "Vessels"),
)
# The domain's plural for Company is misspelt; show the right word until it is fixed there.
_PLURAL_FIX = {"Companys": QT_TRANSLATE_NOOP("schema", "Companies")}
_PROPERTY_LABELS = (
    QT_TRANSLATE_NOOP("property", "About"),
    QT_TRANSLATE_NOOP("property", "Account number"),
    QT_TRANSLATE_NOOP("property", "Account type"),
    QT_TRANSLATE_NOOP("property", "Address"),
    QT_TRANSLATE_NOOP("property", "Address (text)"),
    QT_TRANSLATE_NOOP("property", "Agenda item"),
    QT_TRANSLATE_NOOP("property", "Agent"),
    QT_TRANSLATE_NOOP("property", "Alias"),
    QT_TRANSLATE_NOOP("property", "Amount"),
    QT_TRANSLATE_NOOP("property", "Answered"),
    QT_TRANSLATE_NOOP("property", "Asset"),
    QT_TRANSLATE_NOOP("property", "Associate"),
    QT_TRANSLATE_NOOP("property", "Author"),
    QT_TRANSLATE_NOOP("property", "Authority"),
    QT_TRANSLATE_NOOP("property", "BIC"),
    QT_TRANSLATE_NOOP("property", "Bank"),
    QT_TRANSLATE_NOOP("property", "Beneficiary"),
    QT_TRANSLATE_NOOP("property", "Beneficiary account"),
    QT_TRANSLATE_NOOP("property", "Blocked by"),
    QT_TRANSLATE_NOOP("property", "Build date"),
    QT_TRANSLATE_NOOP("property", "Call sign"),
    QT_TRANSLATE_NOOP("property", "Caller"),
    QT_TRANSLATE_NOOP("property", "Caller number"),
    QT_TRANSLATE_NOOP("property", "Capital"),
    QT_TRANSLATE_NOOP("property", "Citizenship"),
    QT_TRANSLATE_NOOP("property", "City"),
    QT_TRANSLATE_NOOP("property", "Client"),
    QT_TRANSLATE_NOOP("property", "Closing date"),
    QT_TRANSLATE_NOOP("property", "Concealment"),
    QT_TRANSLATE_NOOP("property", "Country"),
    QT_TRANSLATE_NOOP("property", "Currency"),
    QT_TRANSLATE_NOOP("property", "Data-subject category"),
    QT_TRANSLATE_NOOP("property", "Date"),
    QT_TRANSLATE_NOOP("property", "Date of birth"),
    QT_TRANSLATE_NOOP("property", "Date of death"),
    QT_TRANSLATE_NOOP("property", "Deadline"),
    QT_TRANSLATE_NOOP("property", "Description"),
    QT_TRANSLATE_NOOP("property", "Director"),
    QT_TRANSLATE_NOOP("property", "Dissolution date"),
    QT_TRANSLATE_NOOP("property", "Duration (s)"),
    QT_TRANSLATE_NOOP("property", "E-mail"),
    QT_TRANSLATE_NOOP("property", "Employee"),
    QT_TRANSLATE_NOOP("property", "Employer"),
    QT_TRANSLATE_NOOP("property", "End date"),
    QT_TRANSLATE_NOOP("property", "File name"),
    QT_TRANSLATE_NOOP("property", "First name"),
    QT_TRANSLATE_NOOP("property", "Flag"),
    QT_TRANSLATE_NOOP("property", "Forum"),
    QT_TRANSLATE_NOOP("property", "From"),
    QT_TRANSLATE_NOOP("property", "Full address"),
    QT_TRANSLATE_NOOP("property", "Gender"),
    QT_TRANSLATE_NOOP("property", "Given name"),
    QT_TRANSLATE_NOOP("property", "Holder"),
    QT_TRANSLATE_NOOP("property", "IBAN"),
    QT_TRANSLATE_NOOP("property", "ICAO type code"),
    QT_TRANSLATE_NOOP("property", "ID number"),
    QT_TRANSLATE_NOOP("property", "IMO number"),
    QT_TRANSLATE_NOOP("property", "Important"),
    QT_TRANSLATE_NOOP("property", "Incorporation date"),
    QT_TRANSLATE_NOOP("property", "Involved"),
    QT_TRANSLATE_NOOP("property", "Jurisdiction"),
    QT_TRANSLATE_NOOP("property", "Keywords"),
    QT_TRANSLATE_NOOP("property", "Language"),
    QT_TRANSLATE_NOOP("property", "Last name"),
    QT_TRANSLATE_NOOP("property", "Latitude"),
    QT_TRANSLATE_NOOP("property", "Legal form"),
    QT_TRANSLATE_NOOP("property", "Location"),
    QT_TRANSLATE_NOOP("property", "Longitude"),
    QT_TRANSLATE_NOOP("property", "MMSI"),
    QT_TRANSLATE_NOOP("property", "Main country"),
    QT_TRANSLATE_NOOP("property", "Manufacturer"),
    QT_TRANSLATE_NOOP("property", "Matronymic"),
    QT_TRANSLATE_NOOP("property", "Media type"),
    QT_TRANSLATE_NOOP("property", "Meeting"),
    QT_TRANSLATE_NOOP("property", "Member"),
    QT_TRANSLATE_NOOP("property", "Middle name"),
    QT_TRANSLATE_NOOP("property", "Model"),
    QT_TRANSLATE_NOOP("property", "Name"),
    QT_TRANSLATE_NOOP("property", "Nationality"),
    QT_TRANSLATE_NOOP("property", "Navigation area"),
    QT_TRANSLATE_NOOP("property", "Notes"),
    QT_TRANSLATE_NOOP("property", "Number"),
    QT_TRANSLATE_NOOP("property", "Object"),
    QT_TRANSLATE_NOOP("property", "Open proceedings"),
    QT_TRANSLATE_NOOP("property", "Opening date"),
    QT_TRANSLATE_NOOP("property", "Operator"),
    QT_TRANSLATE_NOOP("property", "Organization"),
    QT_TRANSLATE_NOOP("property", "Organizer"),
    QT_TRANSLATE_NOOP("property", "Owner"),
    QT_TRANSLATE_NOOP("property", "Participant"),
    QT_TRANSLATE_NOOP("property", "Participating agencies"),
    QT_TRANSLATE_NOOP("property", "Passport number"),
    QT_TRANSLATE_NOOP("property", "Patronymic"),
    QT_TRANSLATE_NOOP("property", "Payer"),
    QT_TRANSLATE_NOOP("property", "Payer account"),
    QT_TRANSLATE_NOOP("property", "Percentage"),
    QT_TRANSLATE_NOOP("property", "Person"),
    QT_TRANSLATE_NOOP("property", "Personal number"),
    QT_TRANSLATE_NOOP("property", "Phone"),
    QT_TRANSLATE_NOOP("property", "Photo (exhibit file)"),
    QT_TRANSLATE_NOOP("property", "Place"),
    QT_TRANSLATE_NOOP("property", "Place of birth"),
    QT_TRANSLATE_NOOP("property", "Position"),
    QT_TRANSLATE_NOOP("property", "Postal code"),
    QT_TRANSLATE_NOOP("property", "Previous name"),
    QT_TRANSLATE_NOOP("property", "Purpose"),
    QT_TRANSLATE_NOOP("property", "Quantity"),
    QT_TRANSLATE_NOOP("property", "Receiver"),
    QT_TRANSLATE_NOOP("property", "Receiver number"),
    QT_TRANSLATE_NOOP("property", "Record ID"),
    QT_TRANSLATE_NOOP("property", "Reference"),
    QT_TRANSLATE_NOOP("property", "Region"),
    QT_TRANSLATE_NOOP("property", "Registration number"),
    QT_TRANSLATE_NOOP("property", "Relationship"),
    QT_TRANSLATE_NOOP("property", "Relative"),
    QT_TRANSLATE_NOOP("property", "Remarks"),
    QT_TRANSLATE_NOOP("property", "Request type"),
    QT_TRANSLATE_NOOP("property", "Requested body"),
    QT_TRANSLATE_NOOP("property", "Requesting body"),
    QT_TRANSLATE_NOOP("property", "Role"),
    QT_TRANSLATE_NOOP("property", "Role in the case"),
    QT_TRANSLATE_NOOP("property", "Route"),
    QT_TRANSLATE_NOOP("property", "Second name"),
    QT_TRANSLATE_NOOP("property", "Sector"),
    QT_TRANSLATE_NOOP("property", "Seized by"),
    QT_TRANSLATE_NOOP("property", "Sent"),
    QT_TRANSLATE_NOOP("property", "Serial number"),
    QT_TRANSLATE_NOOP("property", "Service"),
    QT_TRANSLATE_NOOP("property", "Source ID"),
    QT_TRANSLATE_NOOP("property", "Source link"),
    QT_TRANSLATE_NOOP("property", "Source pseudonym"),
    QT_TRANSLATE_NOOP("property", "Start date"),
    QT_TRANSLATE_NOOP("property", "Status"),
    QT_TRANSLATE_NOOP("property", "Street"),
    QT_TRANSLATE_NOOP("property", "Subject"),
    QT_TRANSLATE_NOOP("property", "Substance"),
    QT_TRANSLATE_NOOP("property", "Summary"),
    QT_TRANSLATE_NOOP("property", "Surname"),
    QT_TRANSLATE_NOOP("property", "Tax number"),
    QT_TRANSLATE_NOOP("property", "Title"),
    QT_TRANSLATE_NOOP("property", "To"),
    QT_TRANSLATE_NOOP("property", "Tonnage"),
    QT_TRANSLATE_NOOP("property", "Topics"),
    QT_TRANSLATE_NOOP("property", "Transaction number"),
    QT_TRANSLATE_NOOP("property", "Transport"),
    QT_TRANSLATE_NOOP("property", "Type"),
    QT_TRANSLATE_NOOP("property", "Unit"),
    QT_TRANSLATE_NOOP("property", "Username"),
    QT_TRANSLATE_NOOP("property", "VIN"),
    QT_TRANSLATE_NOOP("property", "Weak alias"),
    QT_TRANSLATE_NOOP("property", "Website"),
)


def schema_label(name: str, plural: bool = False) -> str:
    try:
        sch = get_schema(name)
    except ValueError:
        return name
    text = _PLURAL_FIX.get(sch.plural, sch.plural) if plural else sch.label
    return QCoreApplication.translate("schema", str(text))


# shown first on every form that has them, after the kind's own featured properties
ALSO_FEATURED = ("name", "alias", "phone", "email", "country")


def featured_properties(schema_name: str) -> list[str]:
    """The properties a kind's form shows first: its own featured ones (a relationship's
    ends first), then the common ones it has (name, alias, phone, ...)."""
    schema = get_schema(schema_name)
    return list(dict.fromkeys(p for p in (*schema.featured, *ALSO_FEATURED) if p in schema.properties))


def property_order(schema_name: str, props: Iterable[str]) -> list[str]:
    """``props`` in the order an entity's properties are shown, on the form and in its
    values table: the featured ones, then the rest by their label in the user's language."""
    wanted = set(props)
    first = [p for p in featured_properties(schema_name) if p in wanted]
    rest = sorted(wanted.difference(first), key=lambda p: (prop_label(schema_name, p).casefold(), p))
    return first + rest


def prop_label(schema: str, prop: str) -> str:
    try:
        label = get_schema(schema).get(prop).label
    except ValueError:
        return prop
    return QCoreApplication.translate("property", label)
