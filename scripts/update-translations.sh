#!/bin/sh
# Brings translations/sohoctap_vi.ts and translations/sohoctap_en.ts up to date with the sources
# (core, app, forms: .cpp, .h and .ui; and translations/qt-strings.cpp, the Qt strings the user sees),
# keeping every existing translation.
#
#   scripts/update-translations.sh            update translations/*.ts in place
#   scripts/update-translations.sh DIR        update DIR/sohoctap_{vi,en}.ts instead (copies, to try)
#   LUPDATE=/path/to/lupdate scripts/...      use another lupdate (default: Qt 6's, from qt6-l10n-tools)
#
# Then open translations/sohoctap_vi.ts in Qt Linguist (/usr/lib/qt6/bin/linguist) and translate every
# entry marked unfinished; the test test_translations_complete fails until none is left. The English file
# needs no work: English is the source language, so this script marks every new English entry finished
# with its source text (edit only plural forms there, if a message uses %n).
#
# Options, and why:
#   -no-obsolete      messages that left the sources leave the .ts files (git keeps the history).
#   -locations none   no file names and line numbers: they change with every edit anywhere in a source
#                     file, which would make each .ts diff noisy and conflict between branches. The
#                     context (the class name) and a grep for the source text find a message's code.
set -eu

root=$(cd "$(dirname "$0")/.." && pwd)
out=${1:-$root/translations}
out=$(cd "$out" && pwd)
lupdate=${LUPDATE:-/usr/lib/qt6/bin/lupdate}
if [ ! -x "$lupdate" ]; then
    lupdate=$(command -v lupdate6 || command -v lupdate || true)
fi
if [ -z "$lupdate" ] || [ ! -x "$lupdate" ]; then
    echo "lupdate not found: install qt6-l10n-tools (Debian) or set LUPDATE=/path/to/lupdate" >&2
    exit 1
fi

cd "$root"
for lang in vi en; do
    "$lupdate" -silent -no-obsolete -locations none -extensions cpp,h,ui \
        -source-language en -target-language "$lang" \
        core app forms translations/qt-strings.cpp -ts "$out/sohoctap_$lang.ts"
done

# English: every unfinished entry (a new message, or one whose English text changed) gets its source text
# as its translation and is marked finished. Finished entries are left alone (hand-written plural forms).
perl -0pi -e '
    s{(<message(?:\s[^>]*)?>\s*<source>((?:(?!</source>).)*)</source>(?:(?!</message>).)*?)<translation type="unfinished">.*?</translation>}{
        my ($head, $source) = ($1, $2);
        my $numerus = $head =~ /^<message[^>]*numerus="yes"/;
        $head =~ s{\s*<oldsource>.*?</oldsource>}{}s;
        $head . ($numerus
            ? "<translation>\n            <numerusform>$source</numerusform>\n            <numerusform>$source</numerusform>\n        </translation>"
            : "<translation>$source</translation>")
    }gse;
' "$out/sohoctap_en.ts"

unfinished=$(grep -c 'type="unfinished"' "$out/sohoctap_vi.ts" || true)
total=$(grep -c '<message' "$out/sohoctap_vi.ts" || true)
echo "sohoctap_vi.ts: $total messages, $unfinished to translate"
