"""Saved web pages: the article's main text (not menus and footers), its title and date.

The page is parsed from the bytes on disk with lxml and its main text found with
readability-lxml, then its blocks kept where trafilatura's own reading of the page agrees
(`kernpunt.core.formats.agreement`). Neither is given a URL, and nothing the page links to is
ever fetched.
"""

from __future__ import annotations

import json
import re
from typing import TYPE_CHECKING

from kernpunt.core.formats.agreement import agreed_pieces
from kernpunt.core.formats.base import (
    ArticleError,
    Parsed,
    Piece,
    damaged,
    iso_date,
    real_title,
)
from kernpunt.core.formats.markup import element_pieces
from kernpunt.core.formats.text import decode_as, decode_text

if TYPE_CHECKING:
    from lxml.html import HtmlElement

_DECLARED_CHARSET = re.compile(rb"""<meta[^>]*?charset\s*=\s*["']?\s*([\w.:-]+)""", re.IGNORECASE)
# Where news sites put an article's publication date, most specific first.
_DATE_META = (
    "article:published_time",
    "og:article:published_time",
    "datePublished",
    "date",
    "DC.date",
    "DC.date.issued",
    "dcterms.date",
    "dcterms.created",
    "pubdate",
    "publish-date",
    "parsely-pub-date",
)
_NEVER_ARTICLE = "//script | //style | //noscript | //template | //nav | //footer"
# An <aside> inside the article is the article's own when it is a pull quote or a box of text;
# one that links elsewhere (related stories, most read) or has a class that says so is not.
_EDITORIAL_ASIDE = "//article//aside | //main//aside"
_NOT_EDITORIAL_CLASS = re.compile(
    r"related|recommend|more|popular|trending|read|teaser|promo|advert|\bads?\b|banner|widget"
    r"|sidebar|tags?\b|author|bio\b|toc\b|contents|comment|nav|menu|cookie|poll|quiz",
    re.IGNORECASE,
)
_ASIDE_LINK_SHARE = 0.3
# Some sites wrap the whole page in one <form>: only a form holding less than this share of the
# page's text (a search box, a comment form) is dropped.
_FORM_SHARE = 0.5
# Blocks inside an article that are not its text: newsletter sign-ups, share bars, appeals for
# support, paywall notices. Recognised by a word of their class or id, and dropped only when
# they hold a small part of the page's text (never the element that wraps the article).
_NOT_TEXT_CLASS = re.compile(
    r"(?:^|[\s_-])(?:newsletter|share|sharing|social|subscribe|subscription|signup|paywall"
    r"|donate|donation|promo)(?:$|[\s_-])",
    re.IGNORECASE,
)
_NOT_TEXT_SHARE = 0.2
# "Headline - BBC News", "Headline | NRC": a site's name after a separator in the page title.
_SITE_SUFFIX = re.compile(r"\s+(?:[-|–—·:]{1,2}|::)\s+[^-|–—·:]{1,40}\Z")
_SITE_PREFIX = re.compile(r"\A[^-|–—·:]{1,30}?\s+(?:[|–—·]|::)\s+")
# An XHTML file's internal DTD subset, which lxml's HTML parser would show as text ("]>").
_DOCTYPE_SUBSET = re.compile(r"<!DOCTYPE[^\[>]*\[.*?\]\s*>", re.DOTALL | re.IGNORECASE)


def parse_html(data: bytes, name: str, encoding: str | None = None) -> Parsed:
    """Read a saved web page's main text.

    Args:
        data: The page's bytes.
        name: The file's name, for messages.
        encoding: An encoding the reader chose, instead of the page's own or a detected one.

    Returns:
        The article's pieces, title, date and the encoding used.

    Raises:
        ArticleError: The page cannot be decoded or holds no article text.
    """
    import lxml.etree
    import lxml.html
    from readability import Document

    text, used = decode_html(data, name, encoding)
    text = _DOCTYPE_SUBSET.sub("", text[:65536], count=1) + text[65536:]
    parser = lxml.html.HTMLParser(
        encoding="utf-8", remove_comments=True, remove_pis=True, no_network=True
    )
    try:
        tree = lxml.html.document_fromstring(text.encode("utf-8", "replace"), parser=parser)
    except (lxml.etree.ParserError, ValueError):
        raise damaged(name, "html") from None
    date = page_date(tree)
    headline = _headline(tree)
    reference = _reference_text(text)
    editorial = _drop_boilerplate(tree)
    document = Document(tree)
    title = headline or real_title(site_free(str(document.short_title())))
    content = lxml.html.document_fromstring(
        document.summary(html_partial=True).encode("utf-8"), parser=parser
    )
    # trafilatura leaves asides out; the article's own are part of the second reading too.
    reference = "\n".join([reference, *editorial]) if reference else reference
    pieces = with_title(agreed_pieces(element_pieces(content), reference), title)
    if not any(piece.kind != "title" for piece in pieces):
        raise ArticleError("article.only_page", name=name)
    return Parsed(pieces=tuple(pieces), title=title, date=date, encoding=used)


def decode_html(data: bytes, name: str, encoding: str | None = None) -> tuple[str, str]:
    """Decode a page: the reader's choice, else a byte-order mark, its declared charset, a guess.

    Raises:
        ArticleError: The bytes are empty, binary or in no usable encoding.
    """
    if encoding is None and not data.startswith((b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff")):
        declared = _DECLARED_CHARSET.search(data[:4096])
        if declared:
            try:
                charset = declared.group(1).decode("ascii")
                return decode_as(data, name, charset), charset.lower()
            except (ArticleError, UnicodeDecodeError):
                pass  # A page that lies about its charset is decoded like plain text.
    return decode_text(data, name, encoding)


def _drop_boilerplate(tree: HtmlElement) -> list[str]:
    """Drop scripts, navigation, footers, asides, forms and share bars that do not hold the page.

    Returns:
        The text of the asides kept as the article's own, which are now plain ``<div>``s.
    """
    for element in tree.xpath(_NEVER_ARTICLE):
        element.drop_tree()
    editorial = _editorial_asides(tree)
    for element in tree.xpath("//aside"):
        element.drop_tree()
    # An embedded post (a tweet) is a quote the article makes; readability drops anything
    # whose class says "tweet" or "twitter" as page furniture.
    for quote in tree.xpath("//blockquote[@class]"):
        del quote.attrib["class"]
    page_length = len(tree.text_content())
    for form in tree.xpath("//form"):
        if len(form.text_content()) < _FORM_SHARE * page_length:
            form.drop_tree()
        else:  # readability drops every form it finds, this one included
            form.tag = "div"
    for element in tree.xpath("//body//*[@class or @id]"):
        marks = f"{element.get('class', '')} {element.get('id', '')}"
        if (
            _NOT_TEXT_CLASS.search(marks)
            and element.getparent() is not None
            and len(element.text_content()) < _NOT_TEXT_SHARE * page_length
        ):
            element.drop_tree()
    return editorial


def _editorial_asides(tree: HtmlElement) -> list[str]:
    """Turn the asides that are the article's own into ``<div>``s, and return their text."""
    texts = []
    for aside in tree.xpath(_EDITORIAL_ASIDE):
        marks = f"{aside.get('class', '')} {aside.get('id', '')} {aside.get('role', '')}"
        text = aside.text_content()
        linked = sum(len(link.text_content()) for link in aside.iter("a"))
        if (
            _NOT_TEXT_CLASS.search(marks)
            or _NOT_EDITORIAL_CLASS.search(marks)
            or not text.strip()
            or linked > _ASIDE_LINK_SHARE * len(text)
        ):
            continue
        aside.tag = "div"
        texts.append(" ".join(text.split()))
    return texts


def _reference_text(text: str) -> str:
    """The page's main text as trafilatura reads it on its own; empty when it finds none."""
    import trafilatura

    extracted = trafilatura.extract(
        text, favor_precision=True, include_comments=False, deduplicate=False
    )
    return extracted or ""


def page_date(tree: HtmlElement) -> str | None:
    """Return a page's publication date from its metadata, if it gives one."""
    for key in _DATE_META:
        for value in tree.xpath(
            "//meta[@property=$key or @name=$key or @itemprop=$key]/@content", key=key
        ):
            date = iso_date(value)
            if date:
                return date
    for script in tree.xpath("//script[@type='application/ld+json']/text()"):
        date = _linked_data_date(script)
        if date:
            return date
    for value in tree.xpath("//time/@datetime"):
        date = iso_date(value)
        if date:
            return date
    return None


def with_title(pieces: list[Piece], title: str | None) -> list[Piece]:
    """Put the headline first as the title block, taken from the text when it is there.

    A headline found further on (after a kicker, a date line) moves to the front instead of
    being shown twice.
    """
    if title is None:
        return pieces
    for index, piece in enumerate(pieces[:3]):
        if piece.text.casefold() == title.casefold():
            return [*pieces[:index], Piece("title", piece.text), *pieces[index + 1 :]]
    rest = [piece for piece in pieces if piece.text.casefold() != title.casefold()]
    return [Piece("title", title), *rest]


def site_free(title: str) -> str:
    """Take the site's name off a page title: "Headline - BBC News" becomes "Headline"."""
    for pattern in (_SITE_SUFFIX, _SITE_PREFIX):
        shorter = pattern.sub("", title.strip())
        if shorter != title.strip() and len(shorter.split()) >= 3:
            return shorter
    return title


def _headline(tree: HtmlElement) -> str | None:
    h1s = [heading.text_content() for heading in tree.xpath("//h1")]
    for value in (*tree.xpath("//meta[@property='og:title']/@content"), *h1s):
        title = real_title(value)
        if title is None:
            continue
        # og:title often repeats the site's name; the page's own <h1> never does.
        return title if value in h1s else real_title(site_free(title))
    return None


def _linked_data_date(script: str) -> str | None:
    try:
        data = json.loads(script)
    except (ValueError, RecursionError):
        return None
    for item in data if isinstance(data, list) else [data]:
        if isinstance(item, dict):
            date = iso_date(item.get("datePublished"))
            if date:
                return date
    return None
