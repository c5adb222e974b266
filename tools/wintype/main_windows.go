//go:build windows

// Command wintype types Vietnamese into the test window of ThiDuaCCHC.exe the way Unikey does, with
// SendInput, and checks what the entry holds. make test-windows runs both under wine:
//
//	THIDUA_TYPING_TEST=DIR ThiDuaCCHC.exe &
//	wintype -dir DIR
//
// Every word of wininput.Sequences is typed twice: with Unikey's Backspaces sent as the key
// VK_BACK, then as the character U+0008 (KEYEVENTF_UNICODE, as Unikey does on Windows 11). The keys
// the user pressed go as real key presses, Unikey's letters as Unicode characters. It prints one
// line per word and exits 1 when any text is wrong, 2 when the window cannot be reached.
package main

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
	"unsafe"

	"golang.org/x/sys/windows"

	"thidua/wininput"
)

var (
	user32                  = windows.NewLazySystemDLL("user32.dll")
	procSendInput           = user32.NewProc("SendInput")
	procFindWindowW         = user32.NewProc("FindWindowW")
	procSetForegroundWindow = user32.NewProc("SetForegroundWindow")
	procGetForegroundWindow = user32.NewProc("GetForegroundWindow")
	procVkKeyScanW          = user32.NewProc("VkKeyScanW")
	procShowWindow          = user32.NewProc("ShowWindow")
	procBringWindowToTop    = user32.NewProc("BringWindowToTop")
	procPostMessageW        = user32.NewProc("PostMessageW")
	procGetDlgItemTextW     = user32.NewProc("GetDlgItemTextW")
)

const (
	inputKeyboard     = 1
	keyeventfKeyUp    = 0x0002
	keyeventfUnicode  = 0x0004
	vkShift           = 0x10
	vkBack            = 0x08
	defaultWindowName = "Thi đua CCHC — thử gõ"
)

// keyboardInput is INPUT with a KEYBDINPUT (40 bytes on 64-bit Windows).
type keyboardInput struct {
	typ       uint32
	_         uint32
	vk, scan  uint16
	flags     uint32
	time      uint32
	extraInfo uintptr
	_         [8]byte
}

type tester struct {
	dir    string
	hwnd   uintptr
	serial int
	delay  time.Duration
}

func main() {
	dir := flag.String("dir", "", "thư mục trao đổi với cửa sổ thử gõ (THIDUA_TYPING_TEST)")
	title := flag.String("title", defaultWindowName, "tiêu đề cửa sổ")
	wait := flag.Duration("wait", 90*time.Second, "chờ cửa sổ mở tối đa")
	delay := flag.Duration("delay", 15*time.Millisecond, "nghỉ giữa hai phím")
	closeOnly := flag.Bool("close", false, "chỉ chờ cửa sổ -title mở (in chữ của hộp thông báo, nếu có) rồi đóng nó")
	flag.Parse()
	if *closeOnly {
		os.Exit(closeWindow(*title, *wait))
	}
	if *dir == "" {
		fmt.Fprintln(os.Stderr, "thiếu -dir")
		os.Exit(2)
	}
	t := &tester{dir: *dir, delay: *delay}
	if err := t.findWindow(*title, *wait); err != nil {
		fmt.Fprintln(os.Stderr, "wintype:", err)
		os.Exit(2)
	}
	failed, err := t.runAll()
	if err != nil {
		fmt.Fprintln(os.Stderr, "wintype:", err)
		os.Exit(2)
	}
	_, _ = t.command("quit", 5*time.Second)
	fmt.Printf("wintype: %d passed, %d failed\n", 2*len(wininput.Sequences)-failed, failed)
	if failed > 0 {
		os.Exit(1)
	}
}

// runAll types every word in both Backspace modes and counts the wrong texts.
func (t *tester) runAll() (failed int, err error) {
	for _, unicodeBack := range []bool{false, true} {
		mode := "VK_BACK"
		if unicodeBack {
			mode = "U+0008 "
		}
		for _, s := range wininput.Sequences {
			got, err := t.typeWord(s, unicodeBack)
			if err != nil {
				return failed, err
			}
			verdict := "đúng"
			if got != s.Want {
				verdict, failed = "SAI ", failed+1
			}
			fmt.Printf("%s  %s  %-5s %-16q → %q (cần %q)\n", verdict, mode, s.Method, s.Typed, got, s.Want)
		}
	}
	return failed, nil
}

func (t *tester) findWindow(title string, wait time.Duration) error {
	name, _ := windows.UTF16PtrFromString(title)
	deadline := time.Now().Add(wait)
	for time.Now().Before(deadline) {
		h, _, _ := procFindWindowW.Call(0, uintptr(unsafe.Pointer(name)))
		if h != 0 {
			t.hwnd = h
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return fmt.Errorf("không thấy cửa sổ «%s» sau %s", title, wait)
}

// focus brings the test window to the front, retrying: under wine on a bare X server the first
// attempts may come before the window is mapped.
func (t *tester) focus() error {
	for i := 0; i < 40; i++ {
		procShowWindow.Call(t.hwnd, 5) // SW_SHOW
		procBringWindowToTop.Call(t.hwnd)
		procSetForegroundWindow.Call(t.hwnd)
		if fg, _, _ := procGetForegroundWindow.Call(); fg == t.hwnd {
			return nil
		}
		time.Sleep(250 * time.Millisecond)
	}
	return errors.New("không đưa được cửa sổ thử gõ lên trước (SetForegroundWindow)")
}

// typeWord clears the entry, types the word and reads the entry back once it no longer changes.
func (t *tester) typeWord(s wininput.Sequence, unicodeBack bool) (string, error) {
	if _, err := t.command("clear", 10*time.Second); err != nil {
		return "", err
	}
	if err := t.focus(); err != nil {
		return "", err
	}
	for _, st := range s.Steps {
		for _, r := range st.Keys {
			if err := t.key(r); err != nil {
				return "", err
			}
		}
		for _, r := range st.Sent {
			if err := t.injected(r, unicodeBack); err != nil {
				return "", err
			}
		}
	}
	return t.settled(s.Want)
}

// settled reads the entry until it holds want or stops changing (input is processed asynchronously).
func (t *tester) settled(want string) (string, error) {
	time.Sleep(300 * time.Millisecond)
	last := "\x00"
	for i := 0; i < 15; i++ {
		got, err := t.command("read", 10*time.Second)
		if err != nil {
			return "", err
		}
		if got == want || (got == last && i >= 3) {
			return got, nil
		}
		last = got
		time.Sleep(300 * time.Millisecond)
	}
	return last, nil
}

// key presses the key of r on the keyboard (shift when the layout needs it), as a user does.
func (t *tester) key(r rune) error {
	v, _, _ := procVkKeyScanW.Call(uintptr(r))
	if int16(v) == -1 {
		return t.unicode(r)
	}
	vk, shift := uint16(v&0xff), v&0x100 != 0
	var in []keyboardInput
	if shift {
		in = append(in, keyboardInput{typ: inputKeyboard, vk: vkShift})
	}
	in = append(in, keyboardInput{typ: inputKeyboard, vk: vk}, keyboardInput{typ: inputKeyboard, vk: vk, flags: keyeventfKeyUp})
	if shift {
		in = append(in, keyboardInput{typ: inputKeyboard, vk: vkShift, flags: keyeventfKeyUp})
	}
	return t.send(in)
}

// injected sends what Unikey sends: a Backspace (as VK_BACK or as U+0008) or a Unicode letter.
func (t *tester) injected(r rune, unicodeBack bool) error {
	if r == '\b' && !unicodeBack {
		return t.send([]keyboardInput{{typ: inputKeyboard, vk: vkBack}, {typ: inputKeyboard, vk: vkBack, flags: keyeventfKeyUp}})
	}
	return t.unicode(r)
}

func (t *tester) unicode(r rune) error {
	return t.send([]keyboardInput{
		{typ: inputKeyboard, scan: uint16(r), flags: keyeventfUnicode},
		{typ: inputKeyboard, scan: uint16(r), flags: keyeventfUnicode | keyeventfKeyUp}})
}

func (t *tester) send(in []keyboardInput) error {
	n, _, err := procSendInput.Call(uintptr(len(in)), uintptr(unsafe.Pointer(&in[0])), unsafe.Sizeof(in[0]))
	if int(n) != len(in) {
		return fmt.Errorf("SendInput gửi %d/%d sự kiện: %v", n, len(in), err)
	}
	time.Sleep(t.delay)
	return nil
}

// command asks the test window to do op ("clear", "read", "quit") and returns the entry's text.
func (t *tester) command(op string, timeout time.Duration) (string, error) {
	t.serial++
	id := strconv.Itoa(t.serial)
	reply := filepath.Join(t.dir, "reply")
	_ = os.Remove(reply)
	tmp := filepath.Join(t.dir, "cmd.tmp")
	if err := os.WriteFile(tmp, []byte(id+" "+op), 0o644); err != nil {
		return "", err
	}
	if err := os.Rename(tmp, filepath.Join(t.dir, "cmd")); err != nil {
		return "", err
	}
	deadline := time.Now().Add(timeout)
	for time.Now().Before(deadline) {
		b, err := os.ReadFile(reply)
		if err == nil {
			if first, text, _ := strings.Cut(string(b), "\n"); first == id {
				return text, nil
			}
		}
		time.Sleep(50 * time.Millisecond)
	}
	return "", fmt.Errorf("cửa sổ thử gõ không trả lời lệnh «%s» sau %s", op, timeout)
}

// closeWindow waits for a window, prints the text of a message box (its static text, id 0xFFFF),
// and closes it: the installer test checks that the installed program opens its window, and the
// OpenGL check reads the message shown instead.
func closeWindow(title string, wait time.Duration) int {
	t := &tester{}
	if err := t.findWindow(title, wait); err != nil {
		fmt.Fprintln(os.Stderr, "wintype:", err)
		return 2
	}
	buf := make([]uint16, 4096)
	if n, _, _ := procGetDlgItemTextW.Call(t.hwnd, 0xFFFF, uintptr(unsafe.Pointer(&buf[0])), uintptr(len(buf))); n > 0 {
		fmt.Println(windows.UTF16ToString(buf[:n]))
		procPostMessageW.Call(t.hwnd, 0x0111, 1, 0) // WM_COMMAND IDOK
		return 0
	}
	fmt.Printf("wintype: cửa sổ «%s» đã mở\n", title)
	procPostMessageW.Call(t.hwnd, 0x0010, 0, 0) // WM_CLOSE
	return 0
}
