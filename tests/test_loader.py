"""Loader: formats, metadata, ids, hashes, and every bad input of issue 7 built in tmp_path."""

from __future__ import annotations

import codecs
import hashlib
import os
import sys
from pathlib import Path

import pytest

from kursk_claims.models import Document
from kursk_claims.sources.files import LoadError, LoadWarning, collect_files, decode_bytes, iter_documents


def load(*paths: Path) -> tuple[list[Document], list[LoadWarning]]:
    docs: list[Document] = []
    warnings: list[LoadWarning] = []
    for item in iter_documents(paths):
        (docs if isinstance(item, Document) else warnings).append(item)  # type: ignore[arg-type]
    return docs, warnings


def test_folder_is_walked_sorted_with_metadata_and_jsonl(corpus: Path) -> None:
    docs, warnings = load(corpus)
    assert warnings == []
    assert [d.id for d in docs] == ["a", "b", "j1", "feed-2"]
    a = docs[0]
    assert (a.url, a.outlet, a.published) == ("https://example.org/a", "Ex", "2024-08-20")
    assert docs[1].url is None and docs[1].path == str(corpus / "b.md")
    assert docs[2].published == "2024-09-01"
    line2 = b'{"text": "The army sent 12,000 troops."}'
    assert docs[3].sha256 == hashlib.sha256(line2).hexdigest()
    assert docs[3].text == "The army sent 12,000 troops."


def test_text_is_exactly_as_on_disk(tmp_path: Path) -> None:
    raw = "line one\r\nline two\rthree\u200f \u202e x\x07\n".encode()
    (tmp_path / "crlf.txt").write_bytes(raw)
    (doc,), warnings = load(tmp_path / "crlf.txt")
    assert doc.text == raw.decode("utf-8")
    assert doc.sha256 == hashlib.sha256(raw).hexdigest()
    assert warnings == []


def test_sidecar_changes_the_hash(tmp_path: Path) -> None:
    (tmp_path / "x.txt").write_text("Some text with 5 troops.")
    (before,), _ = load(tmp_path)
    (tmp_path / "x.meta.json").write_text('{"published": "2024-08-06", "extra": [1, 2]}')
    (after,), _ = load(tmp_path)
    assert before.sha256 != after.sha256
    assert after.published == "2024-08-06"


@pytest.mark.parametrize(
    "meta",
    ["{not json", '["a list"]', '{"published": "last Tuesday"}', '{"url": 5}', '{"published": "2024-13-45"}'],
)
def test_malformed_meta_skips_that_document_only(tmp_path: Path, meta: str) -> None:
    (tmp_path / "bad.txt").write_text("Bad meta article, 10 troops.")
    (tmp_path / "bad.meta.json").write_text(meta)
    (tmp_path / "good.txt").write_text("Good article, 20 troops.")
    docs, warnings = load(tmp_path)
    assert [d.id for d in docs] == ["good"]
    assert len(warnings) == 1 and warnings[0].skipped
    assert "bad.meta.json" in str(warnings[0]) and "bad.txt skipped" in str(warnings[0])


def test_jsonl_broken_line_in_the_middle(tmp_path: Path) -> None:
    f = tmp_path / "feed.jsonl"
    f.write_bytes(
        b'{"id": "one", "text": "first"}\n'
        b'{"id": "two", "text": "sec\n'  # truncated line
        b"\n"
        b'["not", "an", "object"]\n'
        b'{"id": "five", "text": 5}\n'
        b'{"id": "six", "text": "sixth \xff"}\n'
        b'{"id": "seven", "text": "last"}'  # no trailing newline
    )
    docs, warnings = load(f)
    assert [d.id for d in docs] == ["one", "seven"]
    assert [(w.line, w.skipped) for w in warnings] == [(2, True), (4, True), (5, True), (6, True)]
    assert all(str(f) in str(w) for w in warnings)
    assert str(warnings[0]).startswith(f"{f}:2: bad JSONL line")


def test_invalid_utf8_is_decoded_with_replacement_and_a_warning(tmp_path: Path) -> None:
    raw = b"Ukraine holds 1,000 square kilometres" + b" \xff\xfe\xc3 end"
    (tmp_path / "latin.txt").write_bytes(raw)
    (doc,), (w,) = load(tmp_path)
    assert "\ufffd" in doc.text and doc.text.startswith("Ukraine holds 1,000")
    assert not w.skipped and "not valid UTF-8" in w.message and "latin.txt" in str(w)


def test_mostly_invalid_bytes_are_not_text(tmp_path: Path) -> None:
    (tmp_path / "noise.txt").write_bytes(bytes(range(128, 256)) * 20)
    (tmp_path / "ok.txt").write_text("fine")
    docs, (w,) = load(tmp_path)
    assert [d.id for d in docs] == ["ok"]
    assert w.skipped and "not UTF-8" in w.message


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-be", "utf-32", "utf-8-sig"])
def test_byte_order_marks_are_decoded(tmp_path: Path, codec: str) -> None:
    text = "Kyiv said 1,000 square kilometres — «quoted» 🙂"
    data = text.encode(codec)
    if codec == "utf-16-be":
        data = codecs.BOM_UTF16_BE + data
    (tmp_path / "bom.txt").write_bytes(data)
    (doc,), warnings = load(tmp_path)
    assert doc.text == text and warnings == []


def test_binary_and_empty_files_are_skipped(tmp_path: Path) -> None:
    (tmp_path / "blob.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + b"\x00\x01\x02\x00" * 500)
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.md").write_text("  \n\t\r\n ")
    (tmp_path / "empty.jsonl").write_bytes(b"")
    (tmp_path / "few_nuls.txt").write_bytes(b"A long enough article text. " * 20 + b"\x00 end")
    docs, warnings = load(tmp_path)
    assert [d.id for d in docs] == ["few_nuls"]
    assert "\x00" in docs[0].text
    by_name = {Path(w.path).name: w.message for w in warnings}
    assert set(by_name) == {"blob.txt", "empty.txt", "blank.md", "empty.jsonl"}
    assert "binary" in by_name["blob.txt"]
    assert "empty" in by_name["blank.md"]


def test_huge_single_line_file(tmp_path: Path) -> None:
    line = ("Ukraine captured 1,000 square kilometres. " * 500_000)[: 20 * 1024 * 1024]
    (tmp_path / "huge.txt").write_text(line)
    (doc,), warnings = load(tmp_path)
    assert len(doc.text) == 20 * 1024 * 1024 and warnings == []


@pytest.mark.skipif(sys.platform == "win32", reason="symlinks")
def test_symlink_loop_and_broken_links_are_warned_and_walk_goes_on(tmp_path: Path) -> None:
    root = tmp_path / "root"
    sub = root / "sub"
    sub.mkdir(parents=True)
    (sub / "x.txt").write_text("x text")
    os.symlink(root, sub / "loop")  # sub/loop -> root
    os.symlink(tmp_path / "nowhere.txt", root / "dangling.txt")
    os.symlink("self.txt", root / "self.txt")  # a self-referencing link (ELOOP)
    (root / "y.txt").write_text("y text")
    docs, warnings = load(root)
    assert [d.id for d in docs] == ["x", "y"]
    messages = " | ".join(str(w) for w in warnings)
    assert "symlink loop" in messages and "dangling.txt" in messages and "self.txt" in messages


@pytest.mark.skipif(hasattr(os, "geteuid") and os.geteuid() == 0, reason="root can read anything")
def test_unreadable_file_is_warned(tmp_path: Path) -> None:
    locked = tmp_path / "locked.txt"
    locked.write_text("secret")
    locked.chmod(0)
    (tmp_path / "open.txt").write_text("open")
    try:
        docs, warnings = load(tmp_path)
    finally:
        locked.chmod(0o644)
    assert [d.id for d in docs] == ["open"]
    assert "locked.txt" in str(warnings[0]) and warnings[0].skipped


def test_unreadable_file_read_error_is_warned(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "b.txt").write_text("b")
    real = Path.read_bytes

    def flaky(self: Path) -> bytes:
        if self.name == "a.txt":
            raise PermissionError(13, "Permission denied")
        return real(self)

    monkeypatch.setattr(Path, "read_bytes", flaky)
    docs, (w,) = load(tmp_path)
    assert [d.id for d in docs] == ["b"]
    assert "a.txt" in str(w) and "Permission denied" in w.message


def test_missing_path_and_empty_folder_are_errors(tmp_path: Path) -> None:
    with pytest.raises(LoadError, match="no such file"):
        collect_files([tmp_path / "missing"])
    (tmp_path / "empty").mkdir()
    (tmp_path / "empty" / "notes.pdf").write_bytes(b"%PDF")
    with pytest.raises(LoadError, match="no .txt, .md or .jsonl"):
        collect_files([tmp_path / "empty"])


def test_folder_with_only_bad_documents_is_an_error_after_warnings(tmp_path: Path) -> None:
    (tmp_path / "e.txt").write_text("")
    items = []
    with pytest.raises(LoadError, match="no readable documents"):
        for item in iter_documents([tmp_path]):
            items.append(item)
    assert len(items) == 1 and isinstance(items[0], LoadWarning)


def test_duplicate_ids_keep_the_first(tmp_path: Path) -> None:
    (tmp_path / "a").mkdir()
    (tmp_path / "b").mkdir()
    (tmp_path / "a" / "x.txt").write_text("first")
    (tmp_path / "b" / "x.md").write_text("second")
    docs, (w,) = load(tmp_path)
    assert [d.text for d in docs] == ["first"]
    assert "duplicate document id 'x'" in w.message


def test_hidden_files_and_meta_files_are_not_documents(tmp_path: Path) -> None:
    (tmp_path / ".git").mkdir()
    (tmp_path / ".git" / "HEAD.txt").write_text("ref")
    (tmp_path / "a.txt").write_text("a")
    (tmp_path / "a.meta.json").write_text("{}")
    (tmp_path / "other.meta.json").write_text("{}")
    files, _ = collect_files([tmp_path])
    assert [f.name for f in files] == ["a.txt"]


@pytest.mark.parametrize(
    ("data", "expected"),
    [
        (b"plain", ("plain", None)),
        (codecs.BOM_UTF8 + b"bom", ("bom", None)),
        (b"\x00" * 10 + b"abc", (None, "looks binary (many NUL bytes); skipped")),
    ],
)
def test_decode_bytes(data: bytes, expected: tuple[str | None, str | None]) -> None:
    assert decode_bytes(data) == expected
