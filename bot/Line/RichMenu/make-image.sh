#!/usr/bin/env bash
# Draws the pictures of RichMenuDesign: default-rich-menu.png (Citizens) and staff-rich-menu.png (Staff), 2500x1686,
# two rows of three areas, labels in the order of the design's Items. Run by hand after changing the items; needs
# Debian's imagemagick and fonts-thai-tlwg.
set -euo pipefail
cd "$(dirname "$0")"
font=/usr/share/fonts/truetype/tlwg/Garuda-Bold.ttf
small=/usr/share/fonts/truetype/tlwg/Garuda.ttf

draw() {
  local output=$1; shift
  local -n labels=$1 hints=$2 sizes=$3 colors=$4
  local tiles=()
  for i in "${!labels[@]}"; do
    local width=$(( (2500 * ((i % 3) + 1) / 3) - (2500 * (i % 3) / 3) ))
    local height=843
    local tile
    tile=$(mktemp --suffix=.png)
    convert -size "${width}x${height}" "xc:${colors[$i]}" \
      -fill white -font "$font" -pointsize "${sizes[$i]}" -gravity center -annotate +0-40 "${labels[$i]}" \
      -fill '#FFFFFFCC' -font "$small" -pointsize 64 -gravity center -annotate +0+110 "${hints[$i]}" \
      -stroke '#FFFFFF55' -strokewidth 6 -fill none -draw "rectangle 3,3 $((width - 4)),$((height - 4))" \
      "$tile"
    tiles+=("$tile")
  done
  convert \( "${tiles[0]}" "${tiles[1]}" "${tiles[2]}" +append \) \( "${tiles[3]}" "${tiles[4]}" "${tiles[5]}" +append \) -append \
    -strip -colors 64 "PNG8:$output"
  rm -f "${tiles[@]}"
  identify "$output"
}

citizen_labels=("ร้องเรียน" "ติดตามเรื่อง" "ประเมินความพึงพอใจ" "ข้อเสนอแนะ" "ติดต่อเทศบาล" "ช่วยเหลือ")
citizen_hints=("แจ้งปัญหา ทุจริต สินบน" "ดูความคืบหน้าเรื่องที่แจ้ง" "บอกเราว่าบริการเป็นอย่างไร" "เสนอความคิดเห็น ติชม" "ที่อยู่ เวลาทำการ" "วิธีใช้งาน")
citizen_sizes=(120 120 76 120 108 120)
citizen_colors=("#0F766E" "#1D4ED8" "#B45309" "#7C3AED" "#15803D" "#475569")
draw default-rich-menu.png citizen_labels citizen_hints citizen_sizes citizen_colors

staff_labels=("งานของฉัน" "เรื่องค้าง" "มาตรการทั้งหมด" "สถิติเรื่องร้องเรียน" "ข้อเสนอแนะทั้งหมด" "ช่วยเหลือ")
staff_hints=("มาตรการและงานที่ถึงกำหนด" "เรื่องร้องเรียนที่ดูแล" "ความคืบหน้าทุกมาตรการ" "รับ เสร็จ ค้าง" "จากประชาชน" "คำสั่งทั้งหมด")
staff_sizes=(120 120 96 80 86 120)
staff_colors=("#1E3A8A" "#B91C1C" "#0F766E" "#6D28D9" "#B45309" "#475569")
draw staff-rich-menu.png staff_labels staff_hints staff_sizes staff_colors
