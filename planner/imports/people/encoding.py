"""Text encodings of participant lists saved by Excel and others on Chinese Windows.

Byte order marks decide first, then strict UTF-8, then charset-normalizer limited to the
encodings partners actually send. Big5 is decoded as Big5-HKSCS and GBK as GB18030 (supersets:
Hong Kong names and rare characters decode instead of failing).
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass

from charset_normalizer import from_bytes

from planner.domain.errors import PlannerError

# What charset-normalizer may choose from; anything else is a guess we would rather not make.
_CANDIDATES = ["utf_8", "utf_16", "utf_16_le", "utf_16_be", "big5", "big5hkscs", "gb18030",
               "gbk", "gb2312", "cp1252"]
# Decode with the superset of what was detected.
_SUPERSET = {"big5": "big5hkscs", "cp950": "big5hkscs", "gbk": "gb18030", "gb2312": "gb18030",
             "cp936": "gb18030", "hz": "gb18030"}
_LABELS = {"utf_8": "UTF-8", "utf_8_sig": "UTF-8 (BOM)", "utf_16": "UTF-16",
           "utf_16_le": "UTF-16LE", "utf_16_be": "UTF-16BE", "utf_32": "UTF-32",
           "big5hkscs": "Big5-HKSCS", "gb18030": "GB18030", "cp1252": "Windows-1252"}
_BOMS = ((codecs.BOM_UTF32_LE, "utf_32"), (codecs.BOM_UTF32_BE, "utf_32"),
         (codecs.BOM_UTF8, "utf_8_sig"), (codecs.BOM_UTF16_LE, "utf_16"),
         (codecs.BOM_UTF16_BE, "utf_16"))


@dataclass(frozen=True)
class Decoded:
    text: str
    encoding: str  # Python codec name, e.g. 'big5hkscs'
    label: str  # what to show: 'Big5-HKSCS'
    bom: bool
    # A file mixing encodings (UTF-8 rows pasted into a Big5 list, say): the lines (1-based)
    # in the other one, each decoded in its own, and that encoding's label.
    other_lines: tuple[int, ...] = ()
    other_label: str | None = None


def decode(data: bytes, name: str) -> Decoded:
    """Decode a text file's bytes; PlannerError 'import_binary' when it is not text."""
    for bom, codec in _BOMS:
        if data.startswith(bom):
            return _decoded(data, codec, bom=True, name=name)
    if _looks_utf16(data):
        codec = "utf_16_le" if data[1:200:2].count(0) > data[0:200:2].count(0) else "utf_16_be"
        return _decoded(data, codec, bom=False, name=name)
    if b"\x00" in data[:8192]:
        raise PlannerError("import_binary", file=name)
    try:
        return Decoded(data.decode("utf_8"), "utf_8", _LABELS["utf_8"], False)
    except UnicodeDecodeError:
        pass
    mixed = _mixed(data, name)
    if mixed is not None:
        return mixed
    return _decoded(data, _detect(data, name), bom=False, name=name)


def _detect(data: bytes, name: str) -> str:
    best = from_bytes(data, cp_isolation=_CANDIDATES).best()
    if best is None:
        raise PlannerError("import_binary", file=name)
    return _SUPERSET.get(best.encoding, best.encoding)


def _is_utf8(line: bytes) -> bool:
    try:
        line.decode("utf_8")
    except UnicodeDecodeError:
        return False
    return True


def _mixed(data: bytes, name: str) -> Decoded | None:
    """Lines of UTF-8 among lines of another encoding: each line decoded in its own, the
    minority reported (a whole-file guess would turn one group into mojibake)."""
    lines = data.split(b"\n")
    foreign = [i for i, line in enumerate(lines) if not line.isascii()]
    utf8 = [i for i in foreign if _is_utf8(lines[i])]
    utf8_set = set(utf8)
    legacy = [i for i in foreign if i not in utf8_set] if utf8 else []
    if not utf8 or not legacy:
        return None
    codec = _detect(b"\n".join(lines[i] for i in legacy), name)
    decoded = []
    for i, line in enumerate(lines):
        try:
            decoded.append(line.decode("utf_8" if i in utf8_set else codec))
        except UnicodeDecodeError as exc:
            position = sum(len(x) + 1 for x in lines[:i]) + exc.start
            raise PlannerError("import_undecodable", file=name, encoding=_label(codec),
                               position=position) from exc
    main, other = ("utf_8", codec) if len(utf8) >= len(legacy) else (codec, "utf_8")
    minority = legacy if main == "utf_8" else utf8
    return Decoded("\n".join(decoded), main, _label(main), False,
                   tuple(i + 1 for i in minority), _label(other))


def _looks_utf16(data: bytes) -> bool:
    """Text in UTF-16 without a BOM: a NUL in every other byte of a mostly-ASCII head."""
    head = data[:400]
    if len(head) < 4:
        return False
    odd, even = head[1::2].count(0), head[0::2].count(0)
    return max(odd, even) >= len(head) // 4 and min(odd, even) == 0


def _decoded(data: bytes, codec: str, *, bom: bool, name: str) -> Decoded:
    try:
        text = data.decode(codec)
    except UnicodeDecodeError as exc:
        raise PlannerError("import_undecodable", file=name, encoding=_label(codec),
                           position=exc.start) from exc
    if text.startswith("\ufeff"):  # utf_16 and utf_32 keep no BOM; this is for safety
        text = text[1:]
    return Decoded(text, codec, _label(codec), bom)


def _label(codec: str) -> str:
    return _LABELS.get(codec, codec.replace("_", "-").upper())
