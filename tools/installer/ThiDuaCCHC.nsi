; The Windows installer of Thi đua CCHC: make installer → dist/ThiDuaCCHC-Setup.exe (Debian's NSIS).
; For the current user, without administrator rights, into %LOCALAPPDATA%\Programs\ThiDuaCCHC;
; Start-menu and desktop shortcuts; an uninstaller listed in «Apps». The data
; (%AppData%\ThiDuaCCHC: thidua.db and backups\) is never touched: neither installing over an older
; version nor uninstalling deletes it.
; The manual (HuongDan.pdf, made by «thidua print manual» at build time) sits beside the program,
; with its own Start-menu shortcut «Hướng dẫn sử dụng Thi đua CCHC».
; makensis -INPUTCHARSET UTF8 -DVERSION=0.1.0 -DEXE=…/ThiDuaCCHC.exe -DMANUAL=…/HuongDan.pdf -DOUTFILE=…/ThiDuaCCHC-Setup.exe
Target amd64-unicode ; the program is 64-bit only; a 64-bit installer also runs under 64-bit-only wine
ManifestDPIAware true
SetCompressor /SOLID lzma

!ifndef VERSION
  !define VERSION "0.0.0"
!endif
!define APPNAME "Thi đua CCHC"
!define EXENAME "ThiDuaCCHC.exe"
!define MANUALNAME "HuongDan.pdf"
!define MANUALLINK "Hướng dẫn sử dụng ${APPNAME}"
!define REGKEY "Software\Microsoft\Windows\CurrentVersion\Uninstall\ThiDuaCCHC"

Name "${APPNAME}"
OutFile "${OUTFILE}"
RequestExecutionLevel user
InstallDir "$LOCALAPPDATA\Programs\ThiDuaCCHC"
InstallDirRegKey HKCU "${REGKEY}" "InstallLocation"
BrandingText "${APPNAME} ${VERSION} — Phòng Nội vụ"

VIProductVersion "${VERSION}.0"
VIAddVersionKey /LANG=0 "ProductName" "${APPNAME}"
VIAddVersionKey /LANG=0 "FileDescription" "Cài đặt ${APPNAME}"
VIAddVersionKey /LANG=0 "FileVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "ProductVersion" "${VERSION}"
VIAddVersionKey /LANG=0 "LegalCopyright" "Phòng Nội vụ"

!include "MUI2.nsh"
!include "FileFunc.nsh"

!define MUI_ABORTWARNING
!define MUI_WELCOMEPAGE_TEXT "Chương trình sẽ cài ${APPNAME} ${VERSION} cho tài khoản Windows này (không cần quyền quản trị).$\r$\n$\r$\nNếu máy đã có bản cũ, bản mới sẽ thay thế nó; dữ liệu (thidua.db và các bản sao lưu) được giữ nguyên.$\r$\n$\r$\nBấm «Tiếp» để tiếp tục."
!define MUI_FINISHPAGE_RUN "$INSTDIR\${EXENAME}"
!define MUI_FINISHPAGE_RUN_TEXT "Mở ${APPNAME} ngay"
!define MUI_UNCONFIRMPAGE_TEXT_TOP "Gỡ ${APPNAME} khỏi máy. Dữ liệu trong %AppData%\ThiDuaCCHC (thidua.db và thư mục backups) được giữ lại; muốn xóa hẳn thì xóa thư mục đó bằng tay."

!insertmacro MUI_PAGE_WELCOME
!insertmacro MUI_PAGE_DIRECTORY
!insertmacro MUI_PAGE_INSTFILES
!insertmacro MUI_PAGE_FINISH
!insertmacro MUI_UNPAGE_CONFIRM
!insertmacro MUI_UNPAGE_INSTFILES
!insertmacro MUI_LANGUAGE "Vietnamese"

Section "Cài đặt"
  SetShellVarContext current
  SetOutPath "$INSTDIR"
  SetOverwrite on
  File "${EXE}"
  File "/oname=${MANUALNAME}" "${MANUAL}"
  WriteUninstaller "$INSTDIR\GoCaiDat.exe"

  CreateShortcut "$SMPROGRAMS\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
  CreateShortcut "$DESKTOP\${APPNAME}.lnk" "$INSTDIR\${EXENAME}" "" "$INSTDIR\${EXENAME}" 0
  CreateShortcut "$SMPROGRAMS\${MANUALLINK}.lnk" "$INSTDIR\${MANUALNAME}"

  WriteRegStr HKCU "${REGKEY}" "DisplayName" "${APPNAME}"
  WriteRegStr HKCU "${REGKEY}" "DisplayVersion" "${VERSION}"
  WriteRegStr HKCU "${REGKEY}" "Publisher" "Phòng Nội vụ"
  WriteRegStr HKCU "${REGKEY}" "DisplayIcon" "$INSTDIR\${EXENAME},0"
  WriteRegStr HKCU "${REGKEY}" "InstallLocation" "$INSTDIR"
  WriteRegStr HKCU "${REGKEY}" "UninstallString" '"$INSTDIR\GoCaiDat.exe"'
  WriteRegStr HKCU "${REGKEY}" "QuietUninstallString" '"$INSTDIR\GoCaiDat.exe" /S'
  WriteRegDWORD HKCU "${REGKEY}" "NoModify" 1
  WriteRegDWORD HKCU "${REGKEY}" "NoRepair" 1
  ${GetSize} "$INSTDIR" "/S=0K" $0 $1 $2
  WriteRegDWORD HKCU "${REGKEY}" "EstimatedSize" "$0"
SectionEnd

; Only what the installer put there: never %AppData%\ThiDuaCCHC, and the program folder only when
; it is empty (a software opengl32.dll put there by hand stays).
Section "Uninstall"
  SetShellVarContext current
  Delete "$INSTDIR\${EXENAME}"
  Delete "$INSTDIR\${MANUALNAME}"
  Delete "$INSTDIR\GoCaiDat.exe"
  RMDir "$INSTDIR"
  Delete "$SMPROGRAMS\${APPNAME}.lnk"
  Delete "$SMPROGRAMS\${MANUALLINK}.lnk"
  Delete "$DESKTOP\${APPNAME}.lnk"
  DeleteRegKey HKCU "${REGKEY}"
SectionEnd
