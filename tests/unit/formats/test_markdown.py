"""Markdown read as CommonMark: what reaches the translator is the words, not the markup."""

from kernpunt.core.formats.article import article_from_text


def blocks(source: str) -> list[tuple[str, str]]:
    article = article_from_text(source, markdown=True)
    return [(block.kind, article.block_text(block)) for block in article.blocks]


def test_setext_headings_are_headings_without_their_underlines() -> None:
    source = "Kabinet valt\n============\n\nHet is voorbij.\n\nReacties\n--------\n\nGeen."
    assert blocks(source) == [
        ("title", "Kabinet valt"),
        ("paragraph", "Het is voorbij."),
        ("heading", "Reacties"),
        ("paragraph", "Geen."),
    ]


def test_emphasis_marks_and_link_addresses_never_reach_the_text() -> None:
    source = (
        "Het kabinet is **vet** en *schuin* gevallen, meldt "
        '[de NOS](https://nos.nl/artikel/1 "NOS") en <https://example.org>.\n\n'
        "![Een foto](foto.jpg) Rutte sprak met `mr. Jansen`."
    )
    article = article_from_text(source, markdown=True)
    assert article.text == (
        "Het kabinet is vet en schuin gevallen, meldt de NOS en https://example.org.\n\n"
        "Rutte sprak met mr. Jansen."
    )


def test_code_blocks_are_kept_as_they_are_in_code_blocks() -> None:
    source = (
        "Zo roep je het aan:\n\n```python\nfor regel in tekst:\n    print(regel)\n```\n\n"
        "    ook_code()\n    nog_meer()\n\nKlaar."
    )
    assert blocks(source) == [
        ("paragraph", "Zo roep je het aan:"),
        ("code", "for regel in tekst:\n    print(regel)"),
        ("code", "ook_code()\nnog_meer()"),
        ("paragraph", "Klaar."),
    ]


def test_lists_and_quotes_stay_blocks() -> None:
    source = (
        "* eerste punt met een\n  tweede regel\n* tweede punt\n\n"
        "3. derde\n4. vierde\n\n> Dit is een zwarte dag,\n> zei de premier.\n>\n> - en een lijst"
    )
    assert blocks(source) == [
        ("list_item", "eerste punt met een\ntweede regel"),
        ("list_item", "tweede punt"),
        ("list_item", "3. derde"),
        ("list_item", "4. vierde"),
        ("quote", "Dit is een zwarte dag,\nzei de premier."),
        ("list_item", "en een lijst"),
    ]


def test_a_table_is_read_row_by_row() -> None:
    source = "| Partij | Zetels |\n|---|---|\n| VVD | 34 |\n| D66 | 24 |\n"
    assert blocks(source) == [
        ("paragraph", "Partij Zetels"),
        ("paragraph", "VVD 34"),
        ("paragraph", "D66 24"),
    ]


def test_a_second_first_level_heading_is_a_heading() -> None:
    assert blocks("# Een\n\ntekst\n\n# Twee") == [
        ("title", "Een"),
        ("paragraph", "tekst"),
        ("heading", "Twee"),
    ]
