//go:build !windows

package main

// openGLOK: elsewhere GLFW reports a missing OpenGL itself, and showAndRun sees no window.
func openGLOK() (string, bool) { return "", true }

// messageBox: outside Windows the message goes to stderr only.
func messageBox(string, string) {}
