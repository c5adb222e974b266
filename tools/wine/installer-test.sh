#!/usr/bin/env bash
# The installer under wine (make test-windows): a silent install (/S), the installed program opens
# its window and creates its database, a silent install over it (the upgrade), a silent uninstall —
# which leaves the database and its backups/ folder in place.
# Usage: installer-test.sh dist/ThiDuaCCHC-Setup.exe .bin/wintest
set -euo pipefail
setup=$(realpath "$1")
. "$(dirname "$0")/env.sh" "$2"
tool=$(realpath "$wintest/wintype.exe")
start_xvfb
t0=$(date +%s)

appdata=$(winepath -u "$(wine cmd /c 'echo %APPDATA%' 2>/dev/null | tr -d '\r')")
localappdata=$(winepath -u "$(wine cmd /c 'echo %LOCALAPPDATA%' 2>/dev/null | tr -d '\r')")
inst="$localappdata/Programs/ThiDuaCCHC"
data="$appdata/ThiDuaCCHC"
key='HKCU\Software\Microsoft\Windows\CurrentVersion\Uninstall\ThiDuaCCHC'
fail() { echo "installer-test: $*"; exit 1; }

rm -rf "$inst" "$data"
echo "== cài lặng (/S)"
wine "$setup" /S; wineserver -w
[ -f "$inst/ThiDuaCCHC.exe" ] || fail "không thấy $inst/ThiDuaCCHC.exe"
[ -s "$inst/HuongDan.pdf" ] || fail "không thấy hướng dẫn sử dụng $inst/HuongDan.pdf"
[ -f "$inst/GoCaiDat.exe" ] || fail "không thấy trình gỡ cài đặt"
wine reg query "$key" /v DisplayName 2>/dev/null | grep -q "Thi" || fail "thiếu khóa gỡ cài đặt trong HKCU"
ls "$appdata/Microsoft/Windows/Start Menu/Programs/" | grep -q "CCHC.lnk" || fail "thiếu lối tắt trong Start menu"
ls "$appdata/Microsoft/Windows/Start Menu/Programs/" | grep -q "Hướng dẫn sử dụng" || fail "thiếu lối tắt Hướng dẫn sử dụng trong Start menu"

echo "== mở chương trình đã cài"
wine "$inst/ThiDuaCCHC.exe" >/dev/null 2>&1 &
app=$!
timeout 180 wine "$tool" -close -title "Thi đua CCHC — Phòng Nội vụ" -wait 120s || fail "chương trình đã cài không mở cửa sổ"
wait "$app" || true
wineserver -w
[ -f "$data/thidua.db" ] || fail "chương trình không tạo $data/thidua.db"
mkdir -p "$data/backups" && echo "bản sao lưu" >"$data/backups/thidua-thu.db"
sum=$(md5sum "$data/thidua.db")

echo "== cài đè (nâng cấp)"
wine "$setup" /S; wineserver -w
[ -f "$inst/ThiDuaCCHC.exe" ] || fail "cài đè làm mất chương trình"
[ "$(md5sum "$data/thidua.db")" = "$sum" ] || fail "cài đè làm thay đổi thidua.db"

echo "== gỡ lặng (/S)"
wine "$inst/GoCaiDat.exe" /S; wineserver -w
sleep 1; wineserver -w
[ ! -e "$inst/ThiDuaCCHC.exe" ] || fail "gỡ xong mà chương trình vẫn còn"
[ ! -e "$inst/HuongDan.pdf" ] || fail "gỡ xong mà hướng dẫn sử dụng vẫn còn"
! wine reg query "$key" >/dev/null 2>&1 || fail "gỡ xong mà khóa gỡ cài đặt vẫn còn"
[ "$(md5sum "$data/thidua.db")" = "$sum" ] || fail "gỡ cài đặt làm mất hoặc đổi thidua.db"
[ -f "$data/backups/thidua-thu.db" ] || fail "gỡ cài đặt làm mất thư mục backups"
echo "installer-test: cài, mở, nâng cấp, gỡ đều đúng; dữ liệu còn nguyên ($(( $(date +%s) - t0 )) s)"
