"""Code blocks keep their lines in every export, and are never given as a translation."""

import io
import zipfile
from datetime import UTC, datetime

import docx
import pytest

from kernpunt.core.document import TranslatedArticle
from kernpunt.core.export import render
from kernpunt.core.formats import parse
from kernpunt.core.formats.article import article_from_parsed, article_from_text
from kernpunt.core.text.segment import segment

NOW = datetime(2026, 12, 7, 10, 0, tzinfo=UTC)
CODE = "def verdubbel(x):\n    return x * 2  # ``twee``"
ARTICLE = f"""# Rekenen

Een functie verdubbelt een getal.

```python
{CODE}
```

Daarna is het getal twee keer zo groot.
"""


@pytest.fixture
def document() -> TranslatedArticle:
    article = article_from_text(ARTICLE, markdown=True)
    document = TranslatedArticle.untranslated(article, segment(article, "nl"))
    for sentence in document.sentences:
        if sentence.index not in document.verbatim:
            document.set_translation(sentence.index, f"EN {sentence.index}.")
    return document


def test_markdown_fences_the_code_with_its_lines(document: TranslatedArticle) -> None:
    text = render(document, "md", "translation", NOW).decode("utf-8")
    # The code holds a run of two backticks, so the fence is three and its lines stay apart.
    assert f"```\n{CODE}\n```" in text
    bilingual = render(document, "md", "bilingual", NOW).decode("utf-8")
    assert "| ``` def verdubbel(x): return x * 2 # ``twee`` ``` |" in bilingual


def test_plain_text_indents_the_code_line_by_line(document: TranslatedArticle) -> None:
    for content in ("translation", "bilingual"):
        text = render(document, "txt", content, NOW).decode("utf-8")
        assert "    def verdubbel(x):\n        return x * 2  # ``twee``\n" in text
        assert "→ def verdubbel" not in text, "code is not shown as a translation of itself"


def test_html_keeps_the_code_preformatted(document: TranslatedArticle) -> None:
    text = render(document, "html", "all", NOW).decode("utf-8")
    assert "<pre" in text
    assert "<code>def verdubbel(x):\n    return x * 2  # ``twee``</code></pre>" in text


def test_word_and_opendocument_keep_the_code_lines_in_fixed_type(
    document: TranslatedArticle,
) -> None:
    word = docx.Document(io.BytesIO(render(document, "docx", "translation", NOW)))
    [paragraph] = [p for p in word.paragraphs if "verdubbel(x)" in p.text]
    assert paragraph.text == CODE
    assert {run.font.name for run in paragraph.runs} == {"Courier New"}
    odt = render(document, "odt", "translation", NOW)
    content = zipfile.ZipFile(io.BytesIO(odt)).read("content.xml").decode("utf-8")
    assert "def verdubbel(x):<text:line-break/>" in content
    assert 'text:style-name="Kernpunt_20_Code"' in content


@pytest.mark.parametrize(
    "source",
    [
        "Zo gaat het verder:\n\n```\n\n        return totaal\n    # klaar\n```\n",
        "<p>Zo gaat het verder:</p><pre><code>\n        return totaal\n    # klaar\n</code></pre>",
    ],
    ids=["markdown", "web page"],
)
def test_the_first_line_of_code_keeps_its_indent_everywhere(source: str) -> None:
    markdown = not source.startswith("<")
    if markdown:
        article = article_from_text(source, markdown=True)
    else:
        parsed = parse("html", source.encode(), "code.html")
        article = article_from_parsed(parsed, source=None, format="html")
    code = "        return totaal\n    # klaar"
    assert article.block_text(article.blocks[-1]) == code
    document = TranslatedArticle.untranslated(article, segment(article, "nl"))
    assert document.sentences[-1].text == code
    assert f"```\n{code}\n```" in render(document, "md", "translation", NOW).decode("utf-8")
