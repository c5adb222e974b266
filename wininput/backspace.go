// Package wininput repairs Vietnamese typing with Unikey and EVKey on Windows.
//
// These programs rewrite what was typed by sending Backspaces and new letters. Some set-ups send the
// Backspace as the character U+0008 through SendInput with KEYEVENTF_UNICODE: the window then gets a
// WM_KEYDOWN whose virtual key is VK_PACKET, followed by a WM_CHAR of 8. GLFW, under Fyne, drops every
// character below 32 (glfw/glfw#2369 was never merged), so the Backspace vanishes and "Vieetj"
// becomes "Vieêtệt". A real Backspace key arrives as WM_KEYDOWN VK_BACK, which GLFW turns into a key
// event, and then as a WM_CHAR of 8 too: that one must stay ignored, or one key would delete two
// letters.
//
// Filter is the decision, a pure function of the message stream, tested on every platform; the
// Windows-only Install subclasses the window procedure and applies it.
package wininput

// Window messages and virtual keys the decision reads (winuser.h).
const (
	WMKeyDown    = 0x0100
	WMKeyUp      = 0x0101
	WMChar       = 0x0102
	WMSysKeyDown = 0x0104
	WMSysKeyUp   = 0x0105
	WMSysChar    = 0x0106

	VKBack   = 0x08
	VKPacket = 0xE7 // a character injected with KEYEVENTF_UNICODE
)

// Filter follows the key messages of one window. The zero value is ready.
type Filter struct {
	packet bool // the last key pressed was VK_PACKET, and its WM_CHAR has not come yet
}

// Backspace tells whether the message is the WM_CHAR of an injected U+0008 — to be delivered as a
// Backspace key and not passed on to GLFW (which would drop it anyway). Every other message,
// including the WM_CHAR 8 that follows a real Backspace key, goes on untouched (false).
func (f *Filter) Backspace(msg uint32, wParam uintptr) bool {
	switch msg {
	case WMKeyDown, WMSysKeyDown:
		f.packet = wParam == VKPacket
	case WMChar:
		injected := f.packet
		f.packet = false
		return injected && wParam == VKBack
	case WMSysChar:
		f.packet = false
	}
	return false
}
