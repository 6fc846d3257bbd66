"""File formats casebench reads and writes for other tools.

``tables`` (CSV and XLSX sniffing and reading), ``mapping`` (import specifications:
columns to schemata and properties), ``ftm`` (FollowTheMoney JSON lines), ``stix``
(STIX 2.1 bundles) and ``caseuco`` (CASE/UCO JSON-LD). Pure functions over domain
objects: the services layer does the I/O against a case.
"""
