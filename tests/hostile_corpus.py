"""Write a corpus of hostile inputs beside a few good articles, with what claimgraph must make of each.

    python tests/hostile_corpus.py OUT_DIR

Nothing binary is kept in the repository: every file is made here, bombs included (small ones; the limits they trip
are lowered by SETTINGS, which the tests pass to claimgraph). `expected(root)` says, for every input, how many of its
documents must be stored, which error codes must be listed against it, or that it is skipped."""
from __future__ import annotations

import codecs
import gzip
import io
import json
import os
import sys
import zlib
from dataclasses import dataclass, field
from pathlib import Path

# limits lowered so that small files trip them: a bomb of a few megabytes stands for one of gigabytes
SETTINGS = {
    "CLAIMGRAPH_MAX_CHARS": "60000",
    "CLAIMGRAPH_MAX_RECORD_BYTES": "300000",
    "CLAIMGRAPH_MAX_FILE_BYTES": "20000000",
    "CLAIMGRAPH_MAX_SENTENCE_CHARS": "5000",
    "CLAIMGRAPH_MAX_HTML_ELEMENTS": "5000",
}

TOWNS = ["Marlow Bay", "Queensferry", "Oakhollow", "Stennis", "Brackwater", "Pellham"]


def story(n: int) -> str:
    town = TOWNS[n % len(TOWNS)]
    return (f"The water board of {town} raised its charges by {n + 2} percent on Thursday, a spokeswoman said. "
            f"Two engineers told the local radio that the pumping station in {town} would probably close next year. "
            "The board denied that the rise was linked to the drought.")


def news_page(n: int, extra_head: str = "", charset: str = "utf-8") -> str:
    return (f"<!DOCTYPE html><html lang='en'><head><meta charset='{charset}'><title>Charges rise in "
            f"{TOWNS[n % len(TOWNS)]}</title>{extra_head}</head><body><nav><a href='/'>Home</a></nav><article>"
            f"<h1>Charges rise</h1><p>{story(n)}</p><p>The board will meet again in March, according to a "
            "statement.</p></article><footer>Contact</footer></body></html>")


def rss(entries: list[str], declaration: str = '<?xml version="1.0" encoding="utf-8"?>') -> str:
    items = "".join(f"<item><title>Entry {k}</title><link>https://feed.example/{k}</link>"
                    f"<pubDate>Tue, 04 Mar 2025 10:00:00 GMT</pubDate><description>{text}</description></item>"
                    for k, text in enumerate(entries))
    return f"{declaration}<rss version='2.0'><channel><title>Valley Wire</title>{items}</channel></rss>"


def warc_record(uri: str, body: bytes, content_type: str = "text/html", status: str = "200 OK") -> bytes:
    http = f"HTTP/1.1 {status}\r\nContent-Type: {content_type}\r\n\r\n".encode() + body
    head = ("WARC/1.0\r\nWARC-Type: response\r\n"
            f"WARC-Record-ID: <urn:uuid:{abs(hash(uri)) % 10**12:012d}-0000-0000-0000-000000000000>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n"
            f"Content-Type: application/http; msgtype=response\r\nContent-Length: {len(http)}\r\n\r\n").encode()
    return head + http + b"\r\n\r\n"


def warc(records: list[bytes], gzipped: bool) -> bytes:
    if not gzipped:
        return b"".join(records)
    return b"".join(gzip.compress(r) for r in records)  # one member a record, as crawlers write them


def bomb_member(uri: str, zeros: int) -> bytes:
    """A gzipped WARC record whose page is `zeros` zero bytes: megabytes on disk stand for much more inflated."""
    http = b"HTTP/1.1 200 OK\r\nContent-Type: text/html\r\n\r\n"
    head = ("WARC/1.0\r\nWARC-Type: response\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000b0b0>\r\n"
            f"WARC-Target-URI: {uri}\r\nWARC-Date: 2025-03-04T10:00:00Z\r\n"
            "Content-Type: application/http; msgtype=response\r\n"
            f"Content-Length: {len(http) + zeros}\r\n\r\n").encode()
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    out = io.BytesIO()
    out.write(packer.compress(head + http))
    block = b"\0" * (1 << 20)
    left = zeros
    while left > 0:
        out.write(packer.compress(block[:min(left, len(block))]))
        left -= len(block)
    out.write(packer.compress(b"\r\n\r\n"))
    out.write(packer.flush())
    return out.getvalue()


@dataclass
class Expect:
    """What must become of one input: documents stored from it, error codes listed against it, or a skip."""

    stored: int = 0
    errors: list[str] = field(default_factory=list)
    skipped: bool = False
    warning: str | None = None  # words a stored document's warnings must hold


def write(root: Path) -> dict[str, Expect]:
    """Write the corpus under root/batch (a folder given as one path) and root/named (given one by one)."""
    batch = root / "batch"
    named = root / "named"
    batch.mkdir(parents=True, exist_ok=True)
    named.mkdir(parents=True, exist_ok=True)
    expect: dict[str, Expect] = {}
    numbers = iter(range(1000))  # a new story for every article, so none is a copy of another

    def story(_: int) -> str:
        return globals()["story"](next(numbers))

    def news_page(_: int, **options) -> str:
        return globals()["news_page"](next(numbers), **options)

    def put(name: str, data: bytes | str, outcome: Expect, folder: Path = batch) -> Path:
        path = folder / name
        path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
        expect[str(path)] = outcome
        return path

    # five good articles, one a format
    put("good.txt", story(0), Expect(stored=1))
    put("good.html", news_page(1), Expect(stored=1))
    put("good.jsonl", json.dumps({"text": story(2), "published": "2025-03-04", "outlet": "Star"}) + "\n",
        Expect(stored=1))
    put("good.rss", rss([story(3)]), Expect(stored=1))
    put("good.warc.gz", warc([warc_record("https://a.example/4", news_page(4).encode())], gzipped=True),
        Expect(stored=1))

    # text that is no text, or not UTF-8
    put("empty.txt", "", Expect(errors=["E001"]))
    put("blank.txt", " \n\t\n", Expect(errors=["E001"]))
    put("image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, Expect(errors=["E002"]))
    put("utf16-no-bom.txt", story(5).encode("utf-16-le"), Expect(errors=["E002"]))
    put("latin1.txt", "Le maire de Besançon a déclaré que la crèche fermerait.".encode("latin-1"),
        Expect(errors=["E003"]))
    put("cp1252.html", f"<html><body><article><p>{story(0)} \u201cNo comment,\u201d she said.</p></article>"
        "</body></html>".encode("cp1252"), Expect(errors=["E003"]))
    put("declared-latin1.html", news_page(2, charset="iso-8859-1").replace("Charges rise", "Charges rise à")
        .encode("latin-1"), Expect(stored=1))
    put("utf16-bom.txt", codecs.BOM_UTF16_LE + story(3).encode("utf-16-le"), Expect(stored=1))
    put("utf8-bom.txt", codecs.BOM_UTF8 + story(4).encode(), Expect(stored=1))
    put("nul-late.txt", story(5) + "\x00" + story(0), Expect(errors=["E002"]))

    # too much of something
    put("too-long.txt", (story(1) + " ") * 400, Expect(errors=["E004"]))
    put("no-punctuation.txt", " ".join(["word"] * 3000), Expect(errors=["E016"]))
    put("huge-page.html", "<html><body><article><p>" + story(2) * 1500 + "</p></article></body></html>",
        Expect(errors=["E004"]))
    put("long-line.jsonl", json.dumps({"text": story(3) * 2000}) + "\n" + json.dumps({"text": story(4)}) + "\n",
        Expect(stored=1, errors=["E004"]))

    # markup built to break parsers
    put("many-elements.html", "<html><body><article>" + "<span>a</span>" * 12000 + f"<p>{story(0)}</p></article>"
        "</body></html>", Expect(errors=["E004"]))
    put("menu-only.html", "<html><body><nav><ul>" + "<li><a href='/x'>Section</a></li>" * 20 + "</ul></nav></body>"
        "</html>", Expect(errors=["E005"]))
    put("empty-page.html", "<html></html>", Expect(errors=["E005"]))
    put("unclosed.html", "<html><body><article><p>" + story(5) + "<p><b><i>" + "<div>" * 50, Expect(stored=1))
    put("deep-nesting.html", "<html><body>" + "<div>" * 5000 + f"<p>{story(0)}</p>" + "</div>" * 5000
        + "</body></html>", Expect(errors=["E005"]))
    put("terminal-escapes.txt", story(1) + " \x1b]0;owned\x07\x1b[31mThe mayor said the dam was safe.\x1b[0m",
        Expect(stored=1))
    put("chinese.txt", "北京市政府周二宣布，将在明年扩建地铁线路。发言人表示，工程预计耗时两年。", Expect(stored=1,
        warning="not English"))

    # JSON Lines, line by line
    put("lines.jsonl", "\n".join([
        json.dumps({"text": story(1)}),
        '{"text": "unterminated',
        json.dumps({"title": "no text"}),
        json.dumps({"text": story(2), "published": "not-a-date"}),
        json.dumps({"text": "Police said \udc80 two cars collided."}),
        json.dumps({"text": story(3)})[:-10],  # the file is cut off inside its last line
    ]), Expect(stored=1, errors=["E007", "E007", "E007", "E003", "E007"]))
    put("nul-line.jsonl", json.dumps({"text": story(4)}) + "\n" + "x" * 70000 + "\x00\n", Expect(stored=1,
        errors=["E002"]))

    # feeds
    whole = rss([story(0), story(1), story(2)])
    put("cut.rss", whole[:whole.index("<item><title>Entry 2")] + "<item><title>Ent", Expect(stored=2,
        errors=["E010"]))
    other = rss([story(0), story(1), story(2)])
    put("cut-inside-entry.rss", other[:other.index("drought", other.index("Entry 1"))], Expect(stored=1,
        errors=["E010"]))
    put("garbage.rss", "this is not a feed at all", Expect(errors=["E010"]))
    put("no-entries.atom", "<?xml version='1.0'?><feed xmlns='http://www.w3.org/2005/Atom'><title>x</title></feed>",
        Expect(errors=["E010"]))
    put("latin1-declared.rss", rss([story(3) + " Café crème."], '<?xml version="1.0" encoding="iso-8859-1"?>')
        .encode("latin-1"), Expect(stored=1))
    laughs = ('<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">'
              + "".join(f'<!ENTITY lol{k} "{("&lol%s;" % ("" if k == 1 else k - 1)) * 10}">' for k in range(1, 10))
              + ']><rss version="2.0"><channel><title>Laughs</title><item><title>t</title>'
              "<description>&lol9;</description></item></channel></rss>")
    put("external-entity.rss", '<?xml version="1.0"?><!DOCTYPE rss [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
        + rss([story(0) + " &x;"]).split("?>", 1)[1], Expect(stored=1))
    put("laughs.rss", laughs, Expect(stored=1))  # stored with its entity unexpanded, a few bytes

    # archives
    three = [warc_record(f"https://c.example/{k}", news_page(k).encode()) for k in range(3)]
    gz = warc(three, gzipped=True)
    put("cut.warc.gz", gz[:len(gz) - 200], Expect(stored=2, errors=["E011"]))
    plain = warc([warc_record(f"https://e.example/{k}", news_page(k).encode()) for k in range(3)], gzipped=False)
    put("cut.warc", plain[:len(plain) - 200], Expect(stored=2, errors=["E011"]))
    put("record-bomb.warc.gz", bomb_member("https://bomb.example/1", 8_000_000)
        + gzip.compress(warc_record("https://bomb.example/2", news_page(5).encode())), Expect(stored=1,
        errors=["E012"]))
    put("file-bomb.warc.gz", gzip.compress(warc_record("https://bomb.example/3", news_page(0).encode()))
        + bomb_member("https://bomb.example/4", 40_000_000), Expect(stored=1, errors=["E012"]))
    put("not-warc.warc", "hello, this is not an archive\n" * 10, Expect(errors=["E011"]))
    put("images-only.warc.gz", warc([warc_record("https://d.example/i", b"\x89PNG", "image/png")], gzipped=True),
        Expect(errors=["E011"]))
    put("notes.tar.gz", gzip.compress(b"not a crawl"), Expect(errors=["E006"]))

    # what a folder holds that is not read: reported once each, with the reason
    put("report.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n", Expect(skipped=True))
    put("notes.docx", b"PK\x03\x04\x00\x00", Expect(skipped=True))
    fifo_in_folder = batch / "pipe.txt"
    os.mkfifo(fifo_in_folder)
    expect[str(fifo_in_folder)] = Expect(skipped=True)
    loop = batch / "loop.txt"
    os.symlink(loop.name, loop)
    expect[str(loop)] = Expect(skipped=True)

    # paths named one by one
    fifo = named / "named-pipe.txt"
    os.mkfifo(fifo)
    expect[str(fifo)] = Expect(errors=["E015"])
    expect[str(named / "missing.txt")] = Expect(errors=["E008"])
    named_loop = named / "loop.txt"
    os.symlink(named_loop.name, named_loop)
    expect[str(named_loop)] = Expect(errors=["E008"])
    put("unsupported.pdf", b"%PDF-1.4\n", Expect(errors=["E006"]), folder=named)
    return expect


def arguments(root: Path, expect: dict[str, Expect]) -> list[str]:
    """The paths to give claimgraph: the batch folder, then the named inputs one by one."""
    return [str(root / "batch"), *sorted(p for p in expect if Path(p).parent == root / "named")]


if __name__ == "__main__":
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "hostile")
    written = write(out)
    print(json.dumps({path: vars(outcome) for path, outcome in written.items()}, indent=1))
