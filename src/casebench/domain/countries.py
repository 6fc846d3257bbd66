"""Country codes and the names partners write them with, in en / es / pt / fr.

Codes are ISO 3166-1 alpha-2 in lower case, as FollowTheMoney stores them. The name
table covers the regions casebench's cases run through (Latin America and the
Caribbean, West and Lusophone Africa, Europe, North Africa and the Middle East) plus
the other countries that recur in trafficking routes; any other ISO code is still
accepted, it just shows as its code.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["COUNTRY_NAMES", "ISO_ALPHA2", "country_name", "lookup_country"]

# Kosovo's XK is user-assigned, not ISO, but every European police system uses it.
_ISO_CODES = """
    ad ae af ag ai al am ao aq ar as at au aw ax az ba bb bd be bf bg bh bi bj bl bm bn bo
    bq br bs bt bv bw by bz ca cc cd cf cg ch ci ck cl cm cn co cr cu cv cw cx cy cz de dj
    dk dm do dz ec ee eg eh er es et fi fj fk fm fo fr ga gb gd ge gf gg gh gi gl gm gn gp
    gq gr gs gt gu gw gy hk hm hn hr ht hu id ie il im in io iq ir is it je jm jo jp ke kg
    kh ki km kn kp kr kw ky kz la lb lc li lk lr ls lt lu lv ly ma mc md me mf mg mh mk ml
    mm mn mo mp mq mr ms mt mu mv mw mx my mz na nc ne nf ng ni nl no np nr nu nz om pa pe
    pf pg ph pk pl pm pn pr ps pt pw py qa re ro rs ru rw sa sb sc sd se sg sh si sj sk sl
    sm sn so sr ss st sv sx sy sz tc td tf tg th tj tk tl tm tn to tr tt tv tw tz ua ug um
    us uy uz va vc ve vg vi vn vu wf ws ye yt za zm zw xk
"""
ISO_ALPHA2: frozenset[str] = frozenset(_ISO_CODES.split())

# alpha-2 | alpha-3 | English | Spanish | Portuguese | French | other names, ";"-separated
_TABLE = """
ar|arg|Argentina|Argentina|Argentina|Argentine|
bo|bol|Bolivia|Bolivia|Bolívia|Bolivie|
br|bra|Brazil|Brasil|Brasil|Brésil|
cl|chl|Chile|Chile|Chile|Chili|
co|col|Colombia|Colombia|Colômbia|Colombie|
cr|cri|Costa Rica|Costa Rica|Costa Rica|Costa Rica|
cu|cub|Cuba|Cuba|Cuba|Cuba|
do|dom|Dominican Republic|República Dominicana|República Dominicana|République dominicaine|
ec|ecu|Ecuador|Ecuador|Equador|Équateur|
sv|slv|El Salvador|El Salvador|El Salvador|Salvador|
gt|gtm|Guatemala|Guatemala|Guatemala|Guatemala|
ht|hti|Haiti|Haití|Haiti|Haïti|
hn|hnd|Honduras|Honduras|Honduras|Honduras|
mx|mex|Mexico|México|México|Mexique|
ni|nic|Nicaragua|Nicaragua|Nicarágua|Nicaragua|
pa|pan|Panama|Panamá|Panamá|Panama|
py|pry|Paraguay|Paraguay|Paraguai|Paraguay|
pe|per|Peru|Perú|Peru|Pérou|
pr|pri|Puerto Rico|Puerto Rico|Porto Rico|Porto Rico|
uy|ury|Uruguay|Uruguay|Uruguai|Uruguay|
ve|ven|Venezuela|Venezuela|Venezuela|Venezuela|
bz|blz|Belize|Belice|Belize|Belize|
gy|guy|Guyana|Guyana|Guiana|Guyana|
sr|sur|Suriname|Surinam|Suriname|Suriname|
gf|guf|French Guiana|Guayana Francesa|Guiana Francesa|Guyane|Guyane française
jm|jam|Jamaica|Jamaica|Jamaica|Jamaïque|
tt|tto|Trinidad and Tobago|Trinidad y Tobago|Trinidad e Tobago|Trinité-et-Tobago|
bs|bhs|Bahamas|Bahamas|Bahamas|Bahamas|
bb|brb|Barbados|Barbados|Barbados|Barbade|
gp|glp|Guadeloupe|Guadalupe|Guadalupe|Guadeloupe|
mq|mtq|Martinique|Martinica|Martinica|Martinique|
cw|cuw|Curaçao|Curazao|Curaçau|Curaçao|
aw|abw|Aruba|Aruba|Aruba|Aruba|
dm|dma|Dominica|Dominica|Dominica|Dominique|
gd|grd|Grenada|Granada|Granada|Grenade|
lc|lca|Saint Lucia|Santa Lucía|Santa Lúcia|Sainte-Lucie|St Lucia
vc|vct|Saint Vincent and the Grenadines|San Vicente y las Granadinas|São Vicente e Granadinas|Saint-Vincent-et-les-Grenadines|
kn|kna|Saint Kitts and Nevis|San Cristóbal y Nieves|São Cristóvão e Neves|Saint-Christophe-et-Niévès|
ag|atg|Antigua and Barbuda|Antigua y Barbuda|Antígua e Barbuda|Antigua-et-Barbuda|
vg|vgb|British Virgin Islands|Islas Vírgenes Británicas|Ilhas Virgens Britânicas|Îles Vierges britanniques|
ky|cym|Cayman Islands|Islas Caimán|Ilhas Caimão|Îles Caïmans|Ilhas Cayman
bj|ben|Benin|Benín|Benim|Bénin|
bf|bfa|Burkina Faso|Burkina Faso|Burkina Faso|Burkina Faso|
cv|cpv|Cape Verde|Cabo Verde|Cabo Verde|Cap-Vert|Republic of Cabo Verde
ci|civ|Côte d'Ivoire|Costa de Marfil|Costa do Marfim|Côte d'Ivoire|Ivory Coast
gm|gmb|The Gambia|Gambia|Gâmbia|Gambie|
gh|gha|Ghana|Ghana|Gana|Ghana|
gn|gin|Guinea|Guinea|Guiné|Guinée|Guinea-Conakry;Guiné-Conacri;Guinée-Conakry
gw|gnb|Guinea-Bissau|Guinea-Bisáu|Guiné-Bissau|Guinée-Bissau|
lr|lbr|Liberia|Liberia|Libéria|Liberia|
ml|mli|Mali|Malí|Mali|Mali|
mr|mrt|Mauritania|Mauritania|Mauritânia|Mauritanie|
ne|ner|Niger|Níger|Níger|Niger|
ng|nga|Nigeria|Nigeria|Nigéria|Nigeria|
sn|sen|Senegal|Senegal|Senegal|Sénégal|
sl|sle|Sierra Leone|Sierra Leona|Serra Leoa|Sierra Leone|
tg|tgo|Togo|Togo|Togo|Togo|
cm|cmr|Cameroon|Camerún|Camarões|Cameroun|
gq|gnq|Equatorial Guinea|Guinea Ecuatorial|Guiné Equatorial|Guinée équatoriale|
st|stp|São Tomé and Príncipe|Santo Tomé y Príncipe|São Tomé e Príncipe|Sao Tomé-et-Principe|
ao|ago|Angola|Angola|Angola|Angola|
mz|moz|Mozambique|Mozambique|Moçambique|Mozambique|
ga|gab|Gabon|Gabón|Gabão|Gabon|
cg|cog|Republic of the Congo|República del Congo|República do Congo|République du Congo|Congo;Congo-Brazzaville
cd|cod|Democratic Republic of the Congo|República Democrática del Congo|República Democrática do Congo|République démocratique du Congo|DR Congo;DRC;RDC;Congo-Kinshasa
ma|mar|Morocco|Marruecos|Marrocos|Maroc|
dz|dza|Algeria|Argelia|Argélia|Algérie|
tn|tun|Tunisia|Túnez|Tunísia|Tunisie|
eg|egy|Egypt|Egipto|Egito|Égypte|
ly|lby|Libya|Libia|Líbia|Libye|
za|zaf|South Africa|Sudáfrica|África do Sul|Afrique du Sud|
ae|are|United Arab Emirates|Emiratos Árabes Unidos|Emirados Árabes Unidos|Émirats arabes unis|UAE;EAU
lb|lbn|Lebanon|Líbano|Líbano|Liban|
il|isr|Israel|Israel|Israel|Israël|
in|ind|India|India|Índia|Inde|
pk|pak|Pakistan|Pakistán|Paquistão|Pakistan|
af|afg|Afghanistan|Afganistán|Afeganistão|Afghanistan|
ir|irn|Iran|Irán|Irão|Iran|Irã
iq|irq|Iraq|Irak|Iraque|Irak|
sy|syr|Syria|Siria|Síria|Syrie|
tr|tur|Turkey|Turquía|Turquia|Turquie|Türkiye
sa|sau|Saudi Arabia|Arabia Saudita|Arábia Saudita|Arabie saoudite|
qa|qat|Qatar|Catar|Catar|Qatar|
us|usa|United States|Estados Unidos|Estados Unidos|États-Unis|USA;US;United States of America;EE. UU.;EEUU;EUA
ca|can|Canada|Canadá|Canadá|Canada|
cn|chn|China|China|China|Chine|
ru|rus|Russia|Rusia|Rússia|Russie|Russian Federation
hk|hkg|Hong Kong|Hong Kong|Hong Kong|Hong Kong|
al|alb|Albania|Albania|Albânia|Albanie|
ad|and|Andorra|Andorra|Andorra|Andorre|
at|aut|Austria|Austria|Áustria|Autriche|
by|blr|Belarus|Bielorrusia|Bielorrússia|Biélorussie|
be|bel|Belgium|Bélgica|Bélgica|Belgique|
ba|bih|Bosnia and Herzegovina|Bosnia y Herzegovina|Bósnia e Herzegovina|Bosnie-Herzégovine|
bg|bgr|Bulgaria|Bulgaria|Bulgária|Bulgarie|
hr|hrv|Croatia|Croacia|Croácia|Croatie|
cy|cyp|Cyprus|Chipre|Chipre|Chypre|
cz|cze|Czechia|Chequia|Chéquia|Tchéquie|Czech Republic;República Checa;República Tcheca;République tchèque
dk|dnk|Denmark|Dinamarca|Dinamarca|Danemark|
ee|est|Estonia|Estonia|Estónia|Estonie|Estônia
fi|fin|Finland|Finlandia|Finlândia|Finlande|
fr|fra|France|Francia|França|France|
de|deu|Germany|Alemania|Alemanha|Allemagne|
gi|gib|Gibraltar|Gibraltar|Gibraltar|Gibraltar|
gr|grc|Greece|Grecia|Grécia|Grèce|
hu|hun|Hungary|Hungría|Hungria|Hongrie|
is|isl|Iceland|Islandia|Islândia|Islande|
ie|irl|Ireland|Irlanda|Irlanda|Irlande|
it|ita|Italy|Italia|Itália|Italie|
xk|xkx|Kosovo|Kosovo|Kosovo|Kosovo|
lv|lva|Latvia|Letonia|Letónia|Lettonie|Letônia
li|lie|Liechtenstein|Liechtenstein|Liechtenstein|Liechtenstein|
lt|ltu|Lithuania|Lituania|Lituânia|Lituanie|
lu|lux|Luxembourg|Luxemburgo|Luxemburgo|Luxembourg|
mt|mlt|Malta|Malta|Malta|Malte|
md|mda|Moldova|Moldavia|Moldávia|Moldavie|
mc|mco|Monaco|Mónaco|Mónaco|Monaco|Mônaco
me|mne|Montenegro|Montenegro|Montenegro|Monténégro|
nl|nld|Netherlands|Países Bajos|Países Baixos|Pays-Bas|Holland;Holanda;Hollande;The Netherlands
mk|mkd|North Macedonia|Macedonia del Norte|Macedónia do Norte|Macédoine du Nord|Macedonia;Macedônia do Norte
no|nor|Norway|Noruega|Noruega|Norvège|
pl|pol|Poland|Polonia|Polónia|Pologne|Polônia
pt|prt|Portugal|Portugal|Portugal|Portugal|
ro|rou|Romania|Rumania|Roménia|Roumanie|Rumanía;Romênia
sm|smr|San Marino|San Marino|São Marinho|Saint-Marin|
rs|srb|Serbia|Serbia|Sérvia|Serbie|
sk|svk|Slovakia|Eslovaquia|Eslováquia|Slovaquie|
si|svn|Slovenia|Eslovenia|Eslovénia|Slovénie|Eslovênia
es|esp|Spain|España|Espanha|Espagne|
se|swe|Sweden|Suecia|Suécia|Suède|
ch|che|Switzerland|Suiza|Suíça|Suisse|
ua|ukr|Ukraine|Ucrania|Ucrânia|Ukraine|
gb|gbr|United Kingdom|Reino Unido|Reino Unido|Royaume-Uni|UK;Great Britain;Gran Bretaña;Grã-Bretanha;Grande-Bretagne
va|vat|Vatican City|Ciudad del Vaticano|Vaticano|Vatican|Holy See;Santa Sede;Saint-Siège
ge|geo|Georgia|Georgia|Geórgia|Géorgie|
am|arm|Armenia|Armenia|Arménia|Arménie|
az|aze|Azerbaijan|Azerbaiyán|Azerbaijão|Azerbaïdjan|
"""


def _lookup_key(text: str) -> str:
    # Accents, case, punctuation and a leading article never change which country is meant.
    decomposed = unicodedata.normalize("NFKD", text)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words = re.sub(r"[^a-z0-9]+", " ", plain).split()
    if len(words) > 1 and words[0] in {"the", "la", "le", "el", "les", "a", "o", "l"}:
        words = words[1:]
    return " ".join(words)


def _build() -> tuple[dict[str, str], dict[str, str]]:
    names: dict[str, str] = {}
    lookup: dict[str, str] = {}
    for line in _TABLE.strip().splitlines():
        alpha2, alpha3, english, spanish, portuguese, french, extra = line.split("|")
        names[alpha2] = english
        for label in (alpha2, alpha3, english, spanish, portuguese, french, *extra.split(";")):
            key = _lookup_key(label) if label else ""
            if not key:
                continue
            other = lookup.setdefault(key, alpha2)
            if other != alpha2:
                raise RuntimeError(f"country name {label!r} is claimed by {other} and {alpha2}")
    for code in ISO_ALPHA2:
        lookup.setdefault(code, code)
    return names, lookup


COUNTRY_NAMES: dict[str, str]
COUNTRY_NAMES, _LOOKUP = _build()


def lookup_country(text: str) -> str | None:
    """The lower-case alpha-2 code for a code or name, or None when it is not known."""
    return _LOOKUP.get(_lookup_key(text))


def country_name(code: str) -> str:
    """English name for display; an ISO code without a name shows as the code itself."""
    key = code.strip().lower()
    return COUNTRY_NAMES.get(key, key.upper())
