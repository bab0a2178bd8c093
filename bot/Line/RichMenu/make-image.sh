#!/usr/bin/env bash
# Draws default-rich-menu.png, the picture of DefaultRichMenu: 2500x1686, two rows of three areas, labels in the
# order of DefaultRichMenu.Items. Run by hand after changing the items; needs Debian's imagemagick and fonts-thai-tlwg.
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf
small=/usr/share/fonts/truetype/tlwg/Garuda.ttf
labels=("ร้องเรียน" "ติดตามเรื่อง" "ประเมินความพึงพอใจ" "ข้อเสนอแนะ" "ติดต่อเทศบาล" "ช่วยเหลือ")
hints=("แจ้งปัญหา ทุจริต สินบน" "ดูความคืบหน้าเรื่องที่แจ้ง" "บอกเราว่าบริการเป็นอย่างไร" "เสนอความคิดเห็น ติชม" "ที่อยู่ เวลาทำการ" "วิธีใช้งาน")
sizes=(120 120 76 120 108 120)
colors=("#0F766E" "#1D4ED8" "#B45309" "#7C3AED" "#15803D" "#475569")
tiles=()
for i in "${!labels[@]}"; do
  width=$(( (2500 * ((i % 3) + 1) / 3) - (2500 * (i % 3) / 3) ))
  height=843
  tile=$(mktemp --suffix=.png)
  convert -size "${width}x${height}" "xc:${colors[$i]}" \
    -fill white -font "$font" -pointsize "${sizes[$i]}" -gravity center -annotate +0-40 "${labels[$i]}" \
    -fill '#FFFFFFCC' -font "$small" -pointsize 64 -gravity center -annotate +0+110 "${hints[$i]}" \
    -stroke '#FFFFFF55' -strokewidth 6 -fill none -draw "rectangle 3,3 $((width - 4)),$((height - 4))" \
    "$tile"
  tiles+=("$tile")
done
convert \( "${tiles[0]}" "${tiles[1]}" "${tiles[2]}" +append \) \( "${tiles[3]}" "${tiles[4]}" "${tiles[5]}" +append \) -append \
  -strip -colors 64 PNG8:default-rich-menu.png
rm -f "${tiles[@]}"
identify default-rich-menu.png
