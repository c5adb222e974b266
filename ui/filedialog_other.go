//go:build !windows

package ui

import "fyne.io/fyne/v2"

// nativeOpen: outside Windows Fyne's own dialog is used (false).
func (u *UI) nativeOpen([]string, func(fyne.URIReadCloser, error)) bool { return false }

// nativeSave: outside Windows Fyne's own dialog is used (false).
func (u *UI) nativeSave(string, func(fyne.URIWriteCloser, error)) bool { return false }
