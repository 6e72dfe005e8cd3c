#!/usr/bin/python3
"""
Rebuilds the fonts in src/share/fonts/: Boai Sans SC, Regular and Bold, the subset of Noto Sans
CJK SC that the server draws Chinese text on pictures with (share pictures, certificates).

The characters are all of GB2312 (its 6,763 hanzi and its symbols), all 8,105 characters of
the 通用规范汉字表 (2013), every character the bundled dataset and the locale dictionaries
use, ASCII, Latin-1, general and CJK punctuation and the full-width forms. Each output file
stays under 3 MB; the output is byte-for-byte the same for the same sources.

It needs Debian's packages, and Debian's own Python (/usr/bin/python3, not a pyenv one):

    apt-get install -y fonts-noto-cjk python3-fonttools unicode-data
    /usr/bin/python3 scripts/build-fonts.py [--source /usr/share/fonts/opentype/noto]

`--source` is the folder holding NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc, for a
package unpacked elsewhere (`dpkg-deb -x fonts-noto-cjk_*.deb folder`).
"""
import argparse
import bz2
import glob
import os
import sys
import unicodedata

try:
    from fontTools import subset
    from fontTools.ttLib import TTCollection, TTFont
except ImportError:
    sys.exit(
        "fontTools is missing: install Debian's python3-fonttools (apt-get install -y "
        "python3-fonttools) and run this script with /usr/bin/python3."
    )

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))
OUT = os.path.join(ROOT, "src", "share", "fonts")
UNIHAN = "/usr/share/unicode/Unihan_OtherMappings.txt.bz2"
FAMILY = "Boai Sans SC"
MAX_BYTES = 3 * 1024 * 1024

# Besides the hanzi: ASCII, Latin-1, general punctuation (— … ‘ ’ “ ”), letterlike symbols
# (№ ℃), arrows, circled numbers, CJK symbols and punctuation (、。《》「」), and the
# half- and full-width forms (，：！ and full-width digits).
RANGES = [
    (0x0020, 0x007E),
    (0x00A0, 0x00FF),
    (0x2000, 0x206F),
    (0x2100, 0x214F),
    (0x2190, 0x21FF),
    (0x2460, 0x24FF),
    (0x3000, 0x303F),
    (0xFF00, 0xFFEF),
]

STYLES = ("Regular", "Bold")

# Controls, line and paragraph separators, surrogates and unassigned code points: nothing to draw.
UNDRAWN = {"Cc", "Zl", "Zp", "Cs", "Co", "Cn"}


def gb2312_characters():
    """Every character GB2312 encodes: its 94 × 94 table, decoded by Python's own codec."""
    found = set()
    for row in range(0xA1, 0xF8):
        for cell in range(0xA1, 0xFF):
            try:
                found.add(bytes([row, cell]).decode("gb2312"))
            except UnicodeDecodeError:
                pass
    return found


def general_standard_characters():
    """The 通用规范汉字表's 8,105 characters, from Unihan's kTGH field (Debian's unicode-data)."""
    if not os.path.exists(UNIHAN):
        sys.exit(f"{UNIHAN} is missing: install Debian's unicode-data package (15.0 or later).")

    found = set()
    with bz2.open(UNIHAN, "rt", encoding="utf-8") as lines:
        for line in lines:
            fields = line.rstrip("\n").split("\t")
            if len(fields) == 3 and fields[1] == "kTGH":
                found.add(chr(int(fields[0][2:], 16)))
    if len(found) != 8105:
        sys.exit(f"{UNIHAN} lists {len(found)} characters of the 通用规范汉字表, not 8,105.")
    return found


def site_characters():
    """Every non-ASCII character of the bundled dataset and the locale dictionaries."""
    files = [os.path.join(ROOT, "content", "data.ndjson")]
    files += sorted(glob.glob(os.path.join(ROOT, "src", "i18n", "**", "*.ts"), recursive=True))

    found = set()
    for name in files:
        with open(name, encoding="utf-8") as text:
            found.update(c for c in text.read() if ord(c) > 0x7F)
    return found


def rename(font, style):
    """Names the subset Boai Sans SC: a modified font keeps no upstream name (OFL §3)."""
    postscript = f"{FAMILY.replace(' ', '')}-{style}"
    full = FAMILY if style == "Regular" else f"{FAMILY} {style}"
    version = font["name"].getDebugName(5).split(";")[0].replace("Version ", "")
    names = {
        1: FAMILY,
        2: style,
        3: f"{version};BOAI;{postscript}",
        4: full,
        6: postscript,
        10: f"A subset of Noto Sans CJK SC {version} {style} for pictures the Boai server draws.",
    }

    table = font["name"]
    table.names = [record for record in table.names if record.nameID not in (*names, 16, 17)]
    for name_id, value in names.items():
        table.setName(value, name_id, 3, 1, 0x409)

    cff = font["CFF "].cff
    cff.fontNames = [postscript]
    cff[0].FullName = full
    cff[0].FamilyName = FAMILY


def source_font(source, style):
    """Noto Sans CJK SC in `style`, out of Debian's collection of all the CJK faces."""
    collection = os.path.join(source, f"NotoSansCJK-{style}.ttc")
    if not os.path.exists(collection):
        sys.exit(
            f"{collection} is missing: install Debian's fonts-noto-cjk, or pass --source with "
            "the folder that holds NotoSansCJK-Regular.ttc and NotoSansCJK-Bold.ttc."
        )

    number = next(
        i
        for i, face in enumerate(TTCollection(collection, lazy=True).fonts)
        if face["name"].getDebugName(1) == "Noto Sans CJK SC"
    )
    return TTFont(collection, fontNumber=number, recalcTimestamp=False)


def build(font, style, characters):
    """Saves the subset of `font` for `characters`, named Boai Sans SC `style`."""
    # The default layout features less `locl`, which would pull in the Japanese, Korean and
    # traditional forms of thousands of glyphs and double the size.
    options = subset.Options()
    options.layout_features = [f for f in options.layout_features if f != "locl"]
    options.name_IDs = ["*"]
    options.name_languages = ["*"]
    options.notdef_outline = True
    subsetter = subset.Subsetter(options)
    subsetter.populate(unicodes=[ord(c) for c in characters])
    subsetter.subset(font)
    rename(font, style)

    path = os.path.join(OUT, f"{FAMILY.replace(' ', '')}-{style}.otf")
    font.save(path)
    size = os.path.getsize(path)
    if size > MAX_BYTES:
        sys.exit(f"{path} is {size:,} bytes, over the {MAX_BYTES:,} a tracked file may have.")
    print(f"{os.path.relpath(path, ROOT)}: {size:,} bytes, {len(font.getBestCmap()):,} characters")


def main():
    parser = argparse.ArgumentParser(description=__doc__.strip().splitlines()[0])
    parser.add_argument("--source", default="/usr/share/fonts/opentype/noto")
    args = parser.parse_args()

    required = gb2312_characters() | general_standard_characters() | site_characters()
    symbols = {chr(code) for first, last in RANGES for code in range(first, last + 1)}
    wanted = {c for c in required | symbols if unicodedata.category(c) not in UNDRAWN}

    # Only what both weights can draw, so that the listing tells the truth about each file.
    fonts = {style: source_font(args.source, style) for style in STYLES}
    characters = sorted(
        c for c in wanted if all(ord(c) in font.getBestCmap() for font in fonts.values())
    )
    left_out = wanted.difference(characters)
    print(f"{len(left_out - required):,} symbols of the ranges are not in Noto Sans CJK SC")
    if left_out & required:
        listed = " ".join(f"{c} U+{ord(c):04X}" for c in sorted(left_out & required))
        print(f"left out, as Noto Sans CJK SC cannot draw them: {listed}")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "characters.txt"), "w", encoding="utf-8") as listing:
        for start in range(0, len(characters), 64):
            listing.write("".join(characters[start : start + 64]) + "\n")
    print(f"src/share/fonts/characters.txt: {len(characters):,} characters")

    for style, font in fonts.items():
        build(font, style, characters)


if __name__ == "__main__":
    main()
