# Sourced by the wine tests: a wine prefix of the checkout's own (.bin/wine, made once: ~15 s),
# with the bcryptprimitives.dll stand-in in system32, and a virtual X display. No window manager
# is needed. cleanup runs at exit.
# Usage: . tools/wine/env.sh WINTEST_DIR
wintest=$1
export WINEPREFIX=${WINEPREFIX:-$PWD/.bin/wine}
export WINEDEBUG=${WINEDEBUG:--all}
export WINEDLLOVERRIDES="mscoree,mshtml=" # no Mono or Gecko download prompts
export WINEARCH=win64
unset WAYLAND_DISPLAY

if [ ! -f "$WINEPREFIX/system.reg" ]; then
	echo "Tạo wine prefix $WINEPREFIX…"
	t0=$(date +%s)
	wineboot -i >/dev/null 2>&1 || true
	wineserver -w
	echo "wineboot: $(( $(date +%s) - t0 )) s"
fi
cp -f "$wintest/bcryptprimitives.dll" "$WINEPREFIX/drive_c/windows/system32/bcryptprimitives.dll"

xvfb_pid=""
start_xvfb() { # start_xvfb [extra Xvfb options]: a free display number, then wait for it
	local n
	for n in $(seq 91 120); do
		[ -e "/tmp/.X11-unix/X$n" ] || [ -e "/tmp/.X$n-lock" ] || break
	done
	Xvfb ":$n" -screen 0 1280x800x24 -nolisten tcp "$@" >/dev/null 2>&1 &
	xvfb_pid=$!
	export DISPLAY=":$n"
	for _ in $(seq 1 50); do
		[ -e "/tmp/.X11-unix/X$n" ] && return 0
		sleep 0.1
	done
	echo "Xvfb :$n không khởi động được"; return 1
}
stop_xvfb() {
	if [ -n "$xvfb_pid" ]; then kill "$xvfb_pid" 2>/dev/null || true; wait "$xvfb_pid" 2>/dev/null || true; xvfb_pid=""; fi
}
cleanup() {
	wineserver -k 2>/dev/null || true
	stop_xvfb
}
trap cleanup EXIT
