//go:build windows

package main

import (
	"strconv"
	"strings"
	"unsafe"

	"golang.org/x/sys/windows"
)

var (
	user32   = windows.NewLazySystemDLL("user32.dll")
	gdi32    = windows.NewLazySystemDLL("gdi32.dll")
	kernel32 = windows.NewLazySystemDLL("kernel32.dll")
	// The ordinary search order, as GLFW loads it: a software opengl32.dll beside the exe wins.
	opengl32 = windows.NewLazyDLL("opengl32.dll")

	procMessageBoxW      = user32.NewProc("MessageBoxW")
	procRegisterClassExW = user32.NewProc("RegisterClassExW")
	procUnregisterClassW = user32.NewProc("UnregisterClassW")
	procCreateWindowExW  = user32.NewProc("CreateWindowExW")
	procDestroyWindow    = user32.NewProc("DestroyWindow")
	procDefWindowProcW   = user32.NewProc("DefWindowProcW")
	procGetDC            = user32.NewProc("GetDC")
	procReleaseDC        = user32.NewProc("ReleaseDC")
	procChoosePixelFmt   = gdi32.NewProc("ChoosePixelFormat")
	procSetPixelFormat   = gdi32.NewProc("SetPixelFormat")
	procGetModuleHandleW = kernel32.NewProc("GetModuleHandleW")
	procWglCreateContext = opengl32.NewProc("wglCreateContext")
	procWglMakeCurrent   = opengl32.NewProc("wglMakeCurrent")
	procWglDeleteContext = opengl32.NewProc("wglDeleteContext")
	procGlGetString      = opengl32.NewProc("glGetString")
)

// messageBox shows a native error box (the Fyne window cannot be drawn) and waits for OK.
func messageBox(title, text string) {
	t, _ := windows.UTF16PtrFromString(title)
	m, _ := windows.UTF16PtrFromString(text)
	const mbOK, mbIconError, mbSetForeground = 0x0, 0x10, 0x10000
	procMessageBoxW.Call(0, uintptr(unsafe.Pointer(m)), uintptr(unsafe.Pointer(t)), mbOK|mbIconError|mbSetForeground)
}

// pixelFormatDescriptor is PIXELFORMATDESCRIPTOR (wingdi.h), 40 bytes.
type pixelFormatDescriptor struct {
	size, version                                               uint16
	flags                                                       uint32
	pixelType, colorBits, redBits, redShift, greenBits          uint8
	greenShift, blueBits, blueShift, alphaBits, alphaShift      uint8
	accumBits, accumRedBits, accumGreenBits, accumBlueBits      uint8
	accumAlphaBits, depthBits, stencilBits, auxBuffers, layerTy uint8
	reserved                                                    uint8
	layerMask, visibleMask, damageMask                          uint32
}

// wndClassEx is WNDCLASSEXW.
type wndClassEx struct {
	size, style                      uint32
	wndProc                          uintptr
	clsExtra, wndExtra               int32
	instance, icon, cursor, bkground uintptr
	menuName, className              *uint16
	iconSm                           uintptr
}

// openGLOK makes a hidden window with an OpenGL context, as GLFW will, and reads its version:
// Windows without a graphics driver (remote desktop, virtual machines, very old cards) only has
// «GDI Generic» OpenGL 1.1, with which GLFW cannot make Fyne's window. found tells what there is.
// A failure that has nothing to do with OpenGL lets GLFW try (showAndRun checks the window after).
func openGLOK() (found string, ok bool) {
	inst, _, _ := procGetModuleHandleW.Call(0)
	class, _ := windows.UTF16PtrFromString("ThiDuaCCHCGLCheck")
	wc := wndClassEx{style: 0x20 /* CS_OWNDC */, wndProc: procDefWindowProcW.Addr(), instance: inst, className: class}
	wc.size = uint32(unsafe.Sizeof(wc))
	if r, _, _ := procRegisterClassExW.Call(uintptr(unsafe.Pointer(&wc))); r == 0 {
		return "", true
	}
	defer procUnregisterClassW.Call(uintptr(unsafe.Pointer(class)), inst)
	const wsOverlappedWindow, wsClip = 0x00CF0000, 0x06000000
	hwnd, _, _ := procCreateWindowExW.Call(0, uintptr(unsafe.Pointer(class)), uintptr(unsafe.Pointer(class)),
		wsOverlappedWindow|wsClip, 0, 0, 16, 16, 0, 0, inst, 0)
	if hwnd == 0 {
		return "", true
	}
	defer procDestroyWindow.Call(hwnd)
	hdc, _, _ := procGetDC.Call(hwnd)
	if hdc == 0 {
		return "", true
	}
	defer procReleaseDC.Call(hwnd, hdc)
	if err := opengl32.Load(); err != nil {
		return "không có opengl32.dll", false
	}
	return contextVersion(hdc)
}

// contextVersion makes an OpenGL context on hdc and reads GL_VERSION and GL_RENDERER.
func contextVersion(hdc uintptr) (string, bool) {
	pfd := pixelFormatDescriptor{version: 1, flags: 0x4 | 0x20 | 0x1, colorBits: 24, alphaBits: 8, depthBits: 24, stencilBits: 8}
	pfd.size = uint16(unsafe.Sizeof(pfd))
	format, _, _ := procChoosePixelFmt.Call(hdc, uintptr(unsafe.Pointer(&pfd)))
	if format == 0 {
		return "không có định dạng điểm ảnh OpenGL nào", false
	}
	if r, _, _ := procSetPixelFormat.Call(hdc, format, uintptr(unsafe.Pointer(&pfd))); r == 0 {
		return "không đặt được định dạng điểm ảnh OpenGL", false
	}
	ctx, _, _ := procWglCreateContext.Call(hdc)
	if ctx == 0 {
		return "không tạo được ngữ cảnh OpenGL", false
	}
	defer procWglDeleteContext.Call(ctx)
	if r, _, _ := procWglMakeCurrent.Call(hdc, ctx); r == 0 {
		return "không dùng được ngữ cảnh OpenGL", false
	}
	defer procWglMakeCurrent.Call(0, 0)
	const glVersion, glRenderer = 0x1F02, 0x1F01
	version := glString(glVersion)
	found := "OpenGL " + version + " — " + glString(glRenderer)
	return found, versionAtLeast(version, 2, 1)
}

func glString(name uintptr) string {
	p, _, _ := procGlGetString.Call(name)
	if p == 0 {
		return "?"
	}
	return windows.BytePtrToString((*byte)(unsafe.Pointer(p)))
}

// versionAtLeast reads "major.minor…" at the start of a GL_VERSION string.
func versionAtLeast(v string, major, minor int) bool {
	f := strings.FieldsFunc(v, func(r rune) bool { return r == '.' || r == ' ' })
	if len(f) < 2 {
		return false
	}
	ma, err1 := strconv.Atoi(f[0])
	mi, err2 := strconv.Atoi(f[1])
	if err1 != nil || err2 != nil {
		return false
	}
	return ma > major || (ma == major && mi >= minor)
}
