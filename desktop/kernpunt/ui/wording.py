"""How the window words what the core gives as numbers and codes: time left, language names."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale, QObject

if TYPE_CHECKING:
    from kernpunt.core.models.packages import Package

translate = QCoreApplication.translate

_MINUTE = 60
_HOUR = 3600


class TimeLeftWords(QObject):
    """Holds the texts, so that lupdate sees them with their plural forms under one context."""

    def less_than_a_minute(self) -> str:
        """Under a minute."""
        return self.tr("less than a minute left")

    def minutes(self, minutes: int) -> str:
        """Under an hour."""
        return self.tr("about %n min left", "", minutes)

    def hours(self, hours: int) -> str:
        """Whole hours."""
        return self.tr("about %n h left", "", hours)

    def hours_and_minutes(self, hours: int, minutes: int) -> str:
        """Hours and minutes."""
        return self.tr("about {hours} h {minutes} min left").format(hours=hours, minutes=minutes)


def time_left(seconds: float) -> str:
    """Say how long is left as a person would: "about 25 min left", not "about 1458 s left".

    Under a minute the seconds are too jumpy to be worth reading; past an hour the hours lead.
    """
    if seconds < _MINUTE - 0.5:
        return TimeLeftWords().less_than_a_minute()
    minutes = round(seconds / _MINUTE)
    if minutes < _HOUR // _MINUTE:
        return TimeLeftWords().minutes(minutes)
    hours, rest = divmod(minutes, _HOUR // _MINUTE)
    if rest == 0:
        return TimeLeftWords().hours(hours)
    return TimeLeftWords().hours_and_minutes(hours, rest)


def model_name(package: Package) -> str:
    """A model as the reader names it, in the interface's language: "Nederlands → Engels 1.8".

    The package's own names are English ("Dutch → English"), which the Dutch window showed in
    its status bar and messages as they were.
    """
    source, target = language_name(package.from_code), language_name(package.to_code)
    return f"{source} → {target} {package.version}"


def language_name(code: str | None) -> str:
    """The name of a language in the interface's language: "en" → "English" (Dutch: "Engels").

    The languages fastText most often names are translated with the interface; any other code
    gets the language's own name from Qt ("svenska"), else the code itself.
    """
    if not code:
        return translate("Languages", "unknown")
    code = code.strip().lower().replace("-", "_")
    names = _names()
    base = code.split("_")[0]
    if base in names:
        return names[base]
    locale = QLocale(code)
    if locale.language() != QLocale.Language.C:
        native = locale.nativeLanguageName()
        if native:
            return native
    return code


def _names() -> dict[str, str]:
    # Built on each call so a translator installed later is used.
    return {
        "af": translate("Languages", "Afrikaans"),
        "ar": translate("Languages", "Arabic"),
        "cs": translate("Languages", "Czech"),
        "da": translate("Languages", "Danish"),
        "de": translate("Languages", "German"),
        "el": translate("Languages", "Greek"),
        "en": translate("Languages", "English"),
        "es": translate("Languages", "Spanish"),
        "fi": translate("Languages", "Finnish"),
        "fr": translate("Languages", "French"),
        "fy": translate("Languages", "Frisian"),
        "hi": translate("Languages", "Hindi"),
        "hu": translate("Languages", "Hungarian"),
        "id": translate("Languages", "Indonesian"),
        "it": translate("Languages", "Italian"),
        "ja": translate("Languages", "Japanese"),
        "ko": translate("Languages", "Korean"),
        "lb": translate("Languages", "Luxembourgish"),
        "nl": translate("Languages", "Dutch"),
        "no": translate("Languages", "Norwegian"),
        "pl": translate("Languages", "Polish"),
        "pt": translate("Languages", "Portuguese"),
        "ro": translate("Languages", "Romanian"),
        "ru": translate("Languages", "Russian"),
        "sv": translate("Languages", "Swedish"),
        "tr": translate("Languages", "Turkish"),
        "uk": translate("Languages", "Ukrainian"),
        "zh": translate("Languages", "Chinese"),
    }
