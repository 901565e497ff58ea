from pathlib import Path
from typing import Any

import pytest

from kernpunt.core.brief.choose import Brief, BriefError, BriefLength
from kernpunt.core.cancel import CancelToken
from kernpunt.core.document import TranslatedArticle, segmented
from kernpunt.core.engine.translate import Progress, Translator
from kernpunt.core.formats.article import article_from_text, read_article
from kernpunt.core.models.packages import InstalledPackage, find_package
from kernpunt.core.pipeline import brief_of, other_translations, translate_article


@pytest.fixture
def package(installed_model: Path) -> InstalledPackage:
    found = find_package()
    assert found is not None
    return found


@pytest.fixture
def state(sample: Path) -> TranslatedArticle:
    """The sample as the window holds it once read: segmented, nothing translated."""
    return segmented(read_article(sample))


class Recorder:
    """Everything a job reports, in the order it reported it."""

    def __init__(self) -> None:
        self.events: list[str] = []
        self.indices: list[int] = []
        self.progress: list[Progress] = []
        self.brief_translations: list[str | None] = []

    def result(self, index: int, text: str) -> None:
        self.events.append("result")
        self.indices.append(index)

    def brief(self, brief: Brief, translations: list[str | None]) -> None:
        self.events.append("brief")
        self.brief_translations = translations

    def translate(
        self, state: TranslatedArticle, package: InstalledPackage, **options: Any
    ) -> TranslatedArticle:
        """Translate the article with every report recorded."""
        return translate_article(
            state,
            Translator(package),
            on_result=self.result,
            on_brief=self.brief,
            on_chosen=self.chosen,
            on_progress=self.progress.append,
            **options,
        )

    def chosen(self, brief: Brief) -> None:
        self.events.append("chosen")
        self.chosen_brief = brief


def test_the_brief_comes_first_then_the_rest_in_order(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    record = Recorder()
    document = record.translate(state, package)
    total = len(document.sentences)
    assert total == 15 and document.complete
    brief = document.brief
    assert brief is not None and brief.size == 3 and brief.language == "dutch"
    assert record.events[0] == "chosen", "the brief is reported as soon as it is chosen"
    assert record.chosen_brief.indices == brief.indices and record.chosen_brief.key_terms == ()
    assert brief.key_terms, "the key terms come with the translated brief"
    assert record.events.count("brief") == 1
    assert record.events.index("brief") == 4, "reported once its three sentences are translated"
    assert sorted(record.indices[:3]) == list(brief.indices)
    lengths = [len(document.sentences[i].text) for i in record.indices[:3]]
    assert lengths == sorted(lengths), "the shortest first, so one can be read soonest"
    rest = [i for i in range(total) if i not in brief.indices]
    assert record.indices[3:] == rest, "then the others, in source order"
    assert sorted(record.indices) == list(range(total)), "every sentence exactly once"
    translated = [i for i, text in enumerate(record.brief_translations) if text is not None]
    assert translated == list(brief.indices), "the brief's translations are there, no others"
    assert len(record.brief_translations) == total


def test_progress_counts_the_whole_article(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    record = Recorder()
    record.translate(state, package)
    done = [progress.done for progress in record.progress]
    assert done == sorted(done) and done[-1] == 15
    assert {progress.total for progress in record.progress} == {15}
    tokens = [progress.tokens for progress in record.progress]
    assert tokens == sorted(tokens) and tokens[-1] > 0


def test_method_length_and_key_terms_are_kept(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    document = translate_article(
        state,
        Translator(package),
        brief_method="edmundson",
        brief_length="20%",
    )
    brief = document.brief
    assert brief is not None
    assert (brief.method, brief.length, brief.size) == ("edmundson", BriefLength(20, True), 3)
    texts = [term.text for term in document.key_terms]
    assert {"NAVO", "Jens Stoltenberg", "Rusland"} <= set(texts)
    assert brief.key_terms == document.key_terms
    assert document.translated_key_terms, "the complete translation has key terms too"


def test_a_bad_method_fails_before_any_work(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    record = Recorder()
    with pytest.raises(BriefError):
        record.translate(state, package, brief_method="x")
    with pytest.raises(BriefError):
        record.translate(state, package, brief_length="0")
    assert record.events == []


def test_cancel_after_the_brief_keeps_it(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    token = CancelToken()
    record = Recorder()
    document = translate_article(
        state,
        Translator(package),
        on_brief=lambda brief, texts: token.cancel(),
        on_result=record.result,
        cancel=token,
    )
    assert document.brief is not None
    assert not document.complete
    assert all(document.translations[i] for i in document.brief.indices)
    assert len(record.indices) < 15
    assert document.translated_key_terms == ()


def test_cancel_before_the_brief_is_translated(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    token = CancelToken()
    token.cancel()
    record = Recorder()
    document = record.translate(state, package, cancel=token)
    assert document.brief is None and record.events == []
    assert document.translations == [None] * 15


def test_a_short_article_is_all_brief(package: InstalledPackage) -> None:
    record = Recorder()
    article = article_from_text("Stoltenberg sprak in Brussel. Rusland antwoordde niet.")
    document = record.translate(segmented(article), package)
    assert document.complete and document.brief is not None
    assert document.brief.indices == (0, 1)
    assert record.events == ["chosen", "result", "result", "brief"]


def test_brief_on_the_english_translation(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    document = translate_article(state, Translator(package))
    brief = brief_of(document, "luhn", 4, "english")
    assert (brief.language, brief.method, brief.size) == ("english", "luhn", 4)
    assert list(brief.indices) == sorted(set(brief.indices))
    assert brief.key_terms == document.translated_key_terms
    assert brief_of(document).language == "english", "the window's call keeps working"


def test_english_brief_needs_the_whole_translation(sample: Path) -> None:
    from kernpunt.core.text.segment import segment

    article = read_article(sample)
    sentences = segment(article)
    document = TranslatedArticle(article, sentences, ["Hello."] + [None] * 14)
    with pytest.raises(BriefError, match="14 of 15 sentences are not translated"):
        brief_of(document)
    dutch = brief_of(document, language="nl")
    assert dutch.size == 3 and dutch.language == "dutch"
    with pytest.raises(BriefError, match="Dutch and English"):
        brief_of(document, language="de")


def test_the_state_handed_in_is_filled_without_segmenting_again(
    state: TranslatedArticle, package: InstalledPackage, monkeypatch: pytest.MonkeyPatch
) -> None:
    import kernpunt.core.text.segment

    state.edit(4, "The reader's own sentence.")
    sentences = state.sentences

    def again(*args: object) -> None:
        raise AssertionError("segmented a second time")

    monkeypatch.setattr(kernpunt.core.text.segment, "segment", again)
    document = translate_article(state, Translator(package))
    assert document is state and document.sentences is sentences
    assert document.complete and document.brief is not None
    assert document.translations[4] == "The reader's own sentence.", "the reader's edit stays"
    assert document.edited == {4}


CODE_ARTICLE = """# Zo werkt de terminal

Open eerst een terminal op je computer. Typ dan `git status` en druk op Enter.

```sh
git status
git log --oneline
```

De computer laat nu zien welke bestanden je hebt veranderd. Daarna kun je verder werken.

Het kabinet wil dat meer scholen les geven over computers. Dat zei de minister dinsdag.
"""


def test_code_is_shown_as_it_is_and_never_translated_or_briefed(package: InstalledPackage) -> None:
    article = article_from_text(CODE_ARTICLE, markdown=True)
    record = Recorder()
    document = translate_article(
        segmented(article),
        Translator(package),
        on_result=record.result,
        on_progress=record.progress.append,
    )
    code = [s.index for s in document.sentences if article.blocks[s.block].kind == "code"]
    assert len(code) == 1 and document.complete
    assert document.translations[code[0]] == "git status\ngit log --oneline"
    assert document.brief is not None and code[0] not in document.brief.indices
    assert sorted(record.indices) == list(range(len(document.sentences))), "each once"
    assert record.progress[-1].done == len(document.sentences)
    # A new translation keeps the code as it is.
    document.start_over()
    assert document.translations[code[0]] == "git status\ngit log --oneline"


def test_inline_code_comes_back_unchanged_in_the_translation(package: InstalledPackage) -> None:
    article = article_from_text(CODE_ARTICLE, markdown=True)
    document = translate_article(segmented(article), Translator(package))
    [typed] = [s for s in document.sentences if "git status" in s.text and "Typ" in s.text]
    assert typed.text == "Typ dan git status en druk op Enter."
    # The random model's words are noise, but the code is never among the words it changes.
    assert "git status" in (document.translations[typed.index] or "")


def test_other_translations_keep_inline_code_out_of_the_model(package: InstalledPackage) -> None:
    article = article_from_text(CODE_ARTICLE, markdown=True)
    document = segmented(article)
    [typed] = [s for s in document.sentences if "git status" in s.text and "Typ" in s.text]
    translator = Translator(package)
    seen: list[str] = []
    ask = translator.alternatives

    def alternatives(sentence: str, count: int = 4) -> list[str]:
        seen.append(sentence)
        return ask(sentence, count)

    translator.alternatives = alternatives  # type: ignore[method-assign]
    others = other_translations(document, typed.index, translator, count=3)
    # The model was asked about a marker, as for the article's own translation, not the code.
    assert seen == ["Typ dan [1] en druk op Enter."]
    assert others and len(others) == len(set(others))
    assert all("git status" in other for other in others)


def test_the_brief_and_the_rest_are_one_queue_for_the_translator(
    state: TranslatedArticle, package: InstalledPackage
) -> None:
    # As separate jobs, a translator waited for the last batch of the brief before the rest
    # began: the whole article took 1.36 times as long at beam 4.
    calls: list[tuple[int, tuple[int, ...]]] = []

    class Counting(Translator):
        def translate(self, sentences: Any, **options: Any) -> list[str | None]:
            calls.append((len(sentences), tuple(options.get("parts", ()))))
            return super().translate(sentences, **options)

    record = Recorder()
    document = translate_article(
        state, Counting(package), on_result=record.result, on_brief=record.brief
    )
    assert document.complete and document.brief is not None
    assert calls == [(15, (1, 2))], "one job: the shortest brief sentence, the brief, the rest"
    assert record.events.index("brief") == 3, "the brief is still reported before the rest"
