"""Plain-text articles: bytes checked and decoded (UTF-8, or what a byte-order mark says), boilerplate lines blanked."""
from __future__ import annotations

import codecs
from pathlib import Path
from typing import Any

from ..document import Document
from ..errors import document_error
from .. import dateline
from .boilerplate import blank_plain_lines

# longest first: the UTF-32 LE mark begins with the UTF-16 LE one
_BOMS = [(codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"), (codecs.BOM_UTF8, "utf-8-sig"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")]


def decode(data: bytes, name: str, declared: str | None = None) -> str:
    """The text of a file's bytes, or a DocumentError saying why not (binary, not UTF-8 and which encoding it likely
    is). A byte-order mark says the encoding; `declared` is one the file names for itself (an HTML page's charset),
    tried when UTF-8 fails."""
    for bom, encoding in _BOMS:
        if data.startswith(bom):  # Windows editors save "Unicode" text this way; its NULs are not binary
            try:
                return data.decode(encoding).removeprefix("\ufeff")
            except UnicodeDecodeError as exc:
                raise document_error("E003", "%s with a byte-order mark, but byte %d: %s"
                                     % (encoding.upper(), exc.start, exc.reason), document=name) from exc
    refuse_binary(data, name)
    return decode_utf8(data, name, declared)


def refuse_binary(data: bytes, name: str) -> None:
    nul = data.find(b"\x00")
    if nul >= 0:  # text never holds NUL; images, archives and office files do, early and often
        hint = "; it looks like UTF-16 text without a byte-order mark" if utf16_without_bom(data) else ""
        raise document_error("E002", f"it contains NUL bytes, the first at byte {nul}{hint}", document=name)


def utf16_without_bom(data: bytes) -> bool:
    """ASCII text in UTF-16 has a NUL in every other byte, all on the same side."""
    sample = data[:4096]
    if len(sample) < 16:
        return False
    even, odd = sample[0::2], sample[1::2]
    return even.count(0) > 0.9 * len(even) or odd.count(0) > 0.9 * len(odd)


def decode_utf8(data: bytes, name: str, declared: str | None = None) -> str:
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        text = decode_declared(data, declared)
        if text is None:
            where = f"byte {exc.start}: {exc.reason}" + (f"; nor is it {declared}" if declared else "")
            likely = likely_encoding(data)
            if likely:
                where += (f"; it is likely {likely}: convert it to UTF-8 (iconv -f {likely} -t UTF-8) "
                          "or declare the charset")
            raise document_error("E003", where, document=name) from exc
    return text.removeprefix("\ufeff")  # a byte-order mark is not part of the story


def decode_declared(data: bytes, declared: str | None) -> str | None:
    if not declared:
        return None
    try:
        return data.decode(codecs.lookup(declared).name)
    except (LookupError, UnicodeDecodeError):
        return None


def likely_encoding(data: bytes) -> str | None:
    """The legacy encoding bytes that are not UTF-8 most likely are, for the error message only: never used to
    decode, since a wrong guess silently changes every accented letter."""
    sample = data[:65536]
    guess = None
    try:
        from charset_normalizer import from_bytes
        best = from_bytes(sample).best()
        guess = best.encoding if best is not None else None
    except Exception:  # an optional nicety: the plain guess below is enough
        pass
    # on a few accented letters the detector cannot tell the single-byte Western encodings apart; the one that most
    # such text is in is named
    if guess is None or guess.startswith(("cp125", "latin", "iso8859", "mac", "cp850", "cp437")) and \
            guess not in ("cp1251", "iso8859_5", "cp1253", "iso8859_7", "cp1255", "cp1256"):
        try:
            sample.decode("cp1252")
            return "CP1252"  # Windows Latin-1, a superset of the printable ISO-8859-1
        except UnicodeDecodeError:
            return "ISO-8859-1"
    if guess in ("utf_8", "ascii"):
        return None
    return guess.replace("_", "-").upper()


def read(path: Path, bounds: Any = None):
    # a page copied as text keeps its teasers, related links and sign-up prompts: blanked, not cut, so that every
    # offset is still one into the file
    raw = decode(path.read_bytes(), str(path))
    text = blank_plain_lines(raw)
    # a wire story names its outlet in its dateline, as a page names its site, and a copied page keeps its date
    # line (read before it is blanked: a "Published ... | Updated ..." line says when, and is blanked as no claim);
    # --outlet fills what a file lacks, and --published overrides the date line
    yield Document(text=text, path=str(path), outlet=dateline.outlet(text), published=dateline.published(raw))
