"""Finding schema.org `JobPosting` data in a page: JSON-LD scripts and microdata.

Both come out in one shape, plain JSON-like dicts, so that `mapping` reads them the same way.
Nothing here knows about Django: a saved page, a bookmarklet's snippet or a test fixture all go
through `postings(soup)`.
"""

from __future__ import annotations

import json
import re

from bs4 import BeautifulSoup, Tag

# What a JSON value can be; `object` rather than Any, narrowed with isinstance where read.
Node = dict[str, object]

# How deep a page's JSON-LD may nest before we stop looking (pages are not that deep; a loop of
# references must not hang us).
MAX_DEPTH = 12
_COMMENT = re.compile(r"^\s*(<!--|<!\[CDATA\[)|(-->|\]\]>)\s*$")
# Control characters that some boards leave raw inside JSON strings, which json.loads refuses.
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")


def is_job_posting(node: Node) -> bool:
    """Whether a node's @type names JobPosting (plain, prefixed or as a full IRI, or in a list)."""
    kinds = node.get("@type")
    names = kinds if isinstance(kinds, list) else [kinds]
    return any(isinstance(name, str) and _last_part(name) == "jobposting" for name in names)


def _last_part(name: str) -> str:
    return re.split(r"[/#:]", name.strip())[-1].lower()


def json_ld_postings(soup: BeautifulSoup) -> list[Node]:
    """Every JobPosting in the page's JSON-LD, with `{"@id": …}` references filled in."""
    documents: list[object] = []
    for script in soup.find_all("script"):
        kind = str(script.get("type") or "").split(";")[0].strip().lower()
        if kind != "application/ld+json":
            continue
        text = _COMMENT.sub("", script.get_text())
        try:
            documents.append(json.loads(_RAW_CONTROL.sub(" ", text)))
        except ValueError:
            continue  # one broken script must not hide the others
    nodes: list[Node] = []
    for document in documents:
        _collect(document, nodes, 0)
    # A bare {"@id": …} is a reference, not the node it names.
    by_id = {
        str(node["@id"]): node
        for node in nodes
        if isinstance(node.get("@id"), str) and len(node) > 1
    }
    return [_resolved(node, by_id, 0) for node in nodes if is_job_posting(node)]


def _collect(value: object, into: list[Node], depth: int) -> None:
    """Gather every object in a JSON-LD document: lists, @graph arrays and nested values."""
    if depth > MAX_DEPTH:
        return
    if isinstance(value, list):
        for item in value:
            _collect(item, into, depth + 1)
    elif isinstance(value, dict):
        into.append(value)
        for item in value.values():
            _collect(item, into, depth + 1)


def _resolved(value: object, by_id: dict[str, Node], depth: int) -> Node:
    """A copy of a node whose bare `{"@id": …}` values are replaced by the nodes they name."""
    assert isinstance(value, dict)
    return {key: _resolve_value(item, by_id, depth + 1) for key, item in value.items()}


def _resolve_value(value: object, by_id: dict[str, Node], depth: int) -> object:
    if depth > MAX_DEPTH:
        return value
    if isinstance(value, list):
        return [_resolve_value(item, by_id, depth + 1) for item in value]
    if isinstance(value, dict):
        target = value.get("@id")
        if set(value) == {"@id"} and isinstance(target, str) and target in by_id:
            value = by_id[target]
        return _resolved(value, by_id, depth)
    return value


# --- Microdata: itemscope / itemtype / itemprop.

# Where an element keeps its value (WHATWG microdata, "values").
_URL_ATTRIBUTES = {"a": "href", "link": "href", "area": "href", "img": "src", "source": "src"}
_VALUE_ATTRIBUTES = {"meta": "content", "data": "value", "meter": "value", "time": "datetime"}
# Properties whose HTML we keep so that line breaks survive (mapping turns it into text).
_HTML_PROPERTIES = {"description", "responsibilities", "qualifications"}


def microdata_postings(soup: BeautifulSoup) -> list[Node]:
    """Every top-level microdata item whose itemtype is JobPosting, as JSON-LD-shaped dicts."""
    found = []
    for element in soup.find_all(True, attrs={"itemscope": True}):
        kinds = str(element.get("itemtype") or "").split()
        if any(_last_part(kind) == "jobposting" for kind in kinds):
            found.append(_item(element, 0))
    return found


def _item(scope: Tag, depth: int) -> Node:
    kinds = str(scope.get("itemtype") or "").split()
    node: Node = {"@type": _last_part(kinds[0]).title() if kinds else ""}
    if depth > MAX_DEPTH:
        return node
    for element in _properties(scope):
        value = _value(element, depth)
        for name in str(element.get("itemprop") or "").split():
            name = _last_part(name) if "/" in name else name
            earlier = node.get(name)
            if earlier is None:
                node[name] = value
            elif isinstance(earlier, list):
                earlier.append(value)
            else:
                node[name] = [earlier, value]
    return node


def _properties(scope: Tag) -> list[Tag]:
    """The elements with itemprop that belong to this item, not to an item nested inside it."""
    found: list[Tag] = []
    for child in scope.children:
        if not isinstance(child, Tag):
            continue
        if child.has_attr("itemprop"):
            found.append(child)
        if not child.has_attr("itemscope"):
            found.extend(_properties(child))
    return found


def _value(element: Tag, depth: int) -> object:
    if element.has_attr("itemscope"):
        return _item(element, depth + 1)
    name = element.name
    if name in _VALUE_ATTRIBUTES and element.has_attr(_VALUE_ATTRIBUTES[name]):
        return str(element.get(_VALUE_ATTRIBUTES[name]))
    if name in _URL_ATTRIBUTES:
        return str(element.get(_URL_ATTRIBUTES[name]) or "")
    if set(str(element.get("itemprop") or "").split()) & _HTML_PROPERTIES:
        return element.decode_contents()
    return element.get_text(" ", strip=True)


# --- What every page has: its title, Open Graph tags and canonical address.


def page_meta(soup: BeautifulSoup) -> dict[str, str]:
    """The page's <title>, og:* tags and canonical link, for when there is no posting data."""
    meta: dict[str, str] = {}
    if soup.title is not None:
        meta["title"] = " ".join(soup.title.get_text().split())
    for tag in soup.find_all("meta"):
        key = str(tag.get("property") or tag.get("name") or "").strip().lower()
        content = str(tag.get("content") or "").strip()
        if key.startswith("og:") and content and key not in meta:
            meta[key] = content
    canonical = soup.find("link", rel="canonical")
    if isinstance(canonical, Tag) and canonical.get("href"):
        meta["canonical"] = str(canonical.get("href"))
    return meta
