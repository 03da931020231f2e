#!/bin/sh
# Regenerates public/og-default.png, the social preview image used when a page has no image of its own.
# Run once by hand after changing the site name; the PNG is committed so builds need no ImageMagick.
# Needs ImageMagick and the Noto CJK fonts (Debian: apt-get install imagemagick fonts-noto-cjk).
# 1200×630 is the size Open Graph and X cards expect for large previews.
set -eu
cd "$(dirname "$0")/.."
CONVERT=${CONVERT:-convert}
"$CONVERT" -size 1200x630 xc:'#1d4f86' \
  -fill '#fdfcf9' -font Noto-Sans-CJK-JP-Bold -pointsize 92 -gravity center -annotate +0-90 '国際情勢ダイジェスト' \
  -font Noto-Sans-CJK-JP -pointsize 52 -annotate +0+40 'World Affairs Digest' \
  -fill '#e4ecf6' -pointsize 30 -annotate +0+150 '和平と紛争をめぐる動きを、日本語と英語で' \
  -fill '#c2410c' -draw 'rectangle 0,600 1200,630' \
  -strip -define png:compression-level=9 \
  -depth 8 PNG24:public/og-default.png
