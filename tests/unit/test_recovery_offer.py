"""A crashed run's journal, offered and not answered yet, waits for the next start."""

from pathlib import Path

from kernpunt.ui import recovery
from kernpunt.ui.recovery import Recovery

GONE = 4_000_000  # a process id no Linux hands out


def test_an_unanswered_offer_of_a_window_that_ended_is_offered_again(tmp_path: Path) -> None:
    folder = tmp_path / "state"
    folder.mkdir()
    crashed = folder / "recovery-3999999.json"
    recovery.save(Recovery(text="Een artikel.", pid=3_999_999), crashed)
    ended = folder / f"recovery-{GONE}.json"
    assert recovery.load(ended) is not None, "the window that ended took it over"
    held = recovery.hold_offer(ended)
    assert held.name == f"recovery-{GONE}-offer.json" and not ended.exists()
    recovery.save(Recovery(text="Wat dat venster zelf las.", pid=GONE), ended)

    mine = folder / "recovery-1.json"
    first = recovery.load(mine)
    assert first is not None
    recovery.clear(mine)
    second = recovery.load(mine)
    assert second is not None
    assert {first.text, second.text} == {"Een artikel.", "Wat dat venster zelf las."}
    recovery.clear(mine)
    assert recovery.load(mine) is None and list(folder.iterdir()) == []
