"""What a phone chat's export holds besides its messages: the app's own items.

A chat exported as text (WhatsApp on Android or iOS) prints one message per line after
its date, time and sender; the app writes its own items in the same places: a system
line with a date but no sender ("Messages and calls are end-to-end encrypted", "Ann
added Bo"), and in a sender's place a placeholder for what was not text: an attachment
left out ("<Media omitted>", "image omitted", "IMG-2025.jpg (file attached)"), a deleted
message, a missed call. None of these is speech. The placeholders are the app's
interface strings, in the languages it is exported in; none is a phrase of one chat.
"""

from __future__ import annotations

from .._regex import lazy

#: A system line: the date and time of a message with no sender after them.
SYSTEM_LINE = lazy(
    r"\[?\d{1,4}[/.\-]\d{1,2}[/.\-]\d{1,4}\.?,?[ \t]+(?:à[ \t]+|um[ \t]+|kl\.[ \t]+)?"
    r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \t\u00a0\u202f]*[AaPp]\.?[ \t\u00a0\u202f]?[Mm]\.?)?"
    r"(?:\]|[ \t]*[-–])[ \t]+[^:\n]+"
)

# (matched case-folded against the whole message)
_PLACEHOLDERS = (
    "this message was deleted|you deleted this message|this message was edited|"
    "missed voice call|missed video call|missed group voice call|missed group video call|"
    "diese nachricht wurde gelöscht|du hast diese nachricht gelöscht|"
    "verpasster sprachanruf|verpasster videoanruf|"
    "se eliminó este mensaje|eliminaste este mensaje|este mensaje fue eliminado|"
    "llamada de voz perdida|videollamada perdida|"
    "ce message a été supprimé|vous avez supprimé ce message|"
    "appel vocal manqué|appel vidéo manqué|"
    "esta mensagem foi apagada|você apagou esta mensagem|"
    "chamada de voz perdida|chamada de vídeo perdida|"
    "questo messaggio è stato eliminato|hai eliminato questo messaggio|"
    "chiamata vocale persa|videochiamata persa|"
    "dit bericht is verwijderd|je hebt dit bericht verwijderd|gemiste spraakoproep|"
    "это сообщение удалено|вы удалили это сообщение|пропущенный аудиозвонок|"
    "bu mesaj silindi|cevapsız sesli arama|null"
)
_PLACEHOLDER = lazy(
    rf"(?:{_PLACEHOLDERS})"
    # an attachment left out: "<Media omitted>", "<Medien ausgeschlossen>",
    # "<attached: 00000012-PHOTO-2025-11-12.jpg>", "image omitted", "imagen omitida"
    r"|<[^<>\n]{1,80}>"
    r"|(?:image|video|audio|sticker|gif|document|contact card) omitted"
    r"|(?:imagen|video|audio|sticker|documento) omitid[oa]"
    r"|(?:bild|video|audio|sticker|dokument) (?:weggelassen|ausgelassen)"
    # a file's name and the app's note: "PTT-20251112-WA0031.opus (file attached)"
    r"|[^\s()]{1,120}\.[a-z0-9]{2,5} \([^()\n]{2,40}\)"
)


def is_app_item(message: str) -> bool:
    """``message`` (a message's whole text) is a placeholder the app wrote, not speech."""
    # (iOS marks its own items with a left-to-right mark)
    if message.startswith("\u200e"):
        return True
    return _PLACEHOLDER.fullmatch(" ".join(message.split()).casefold().rstrip(".")) is not None
