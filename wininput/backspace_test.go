package wininput

import "testing"

type msg struct {
	m uint32
	w uintptr
}

func TestFilterBackspace(t *testing.T) {
	down := func(vk uintptr) msg { return msg{WMKeyDown, vk} }
	up := func(vk uintptr) msg { return msg{WMKeyUp, vk} }
	char := func(c uintptr) msg { return msg{WMChar, c} }
	cases := []struct {
		name string
		msgs []msg
		want int // Backspaces delivered
	}{
		{"injected U+0008 (Unikey, KEYEVENTF_UNICODE)", []msg{down(VKPacket), char(8), up(VKPacket)}, 1},
		{"real Backspace key: GLFW handles the key, its WM_CHAR 8 stays ignored", []msg{down(VKBack), char(8), up(VKBack)}, 0},
		{"Backspace as VK_BACK from SendInput", []msg{down(VKBack), up(VKBack), char(8)}, 0},
		{"injected letter", []msg{down(VKPacket), char('ệ'), up(VKPacket)}, 0},
		{"ordinary letter", []msg{down('A'), char('a'), up('A')}, 0},
		{"three injected Backspaces then a letter", []msg{
			down(VKPacket), char(8), up(VKPacket),
			down(VKPacket), char(8), up(VKPacket),
			down(VKPacket), char(8), up(VKPacket),
			down(VKPacket), char('ớ'), up(VKPacket)}, 3},
		{"key repeat of injected U+0008 (two downs, two chars)", []msg{down(VKPacket), char(8), down(VKPacket), char(8), up(VKPacket)}, 2},
		{"injected letter, then a real Backspace", []msg{down(VKPacket), char('ê'), up(VKPacket), down(VKBack), char(8), up(VKBack)}, 0},
		{"injected U+0008, then a real Backspace", []msg{down(VKPacket), char(8), up(VKPacket), down(VKBack), char(8), up(VKBack)}, 1},
		{"real Backspace, then injected U+0008", []msg{down(VKBack), char(8), up(VKBack), down(VKPacket), char(8), up(VKPacket)}, 1},
		{"a WM_CHAR 8 with no key before it (posted by another program)", []msg{char(8)}, 0},
		{"VK_PACKET down, then a real key before its char", []msg{down(VKPacket), down(VKBack), char(8)}, 0},
		{"Ctrl+H (WM_CHAR 8 after VK 'H')", []msg{down(VKCtrl), down('H'), char(8), up('H'), up(VKCtrl)}, 0},
		{"Alt+injected: WM_SYSKEYDOWN VK_PACKET then WM_SYSCHAR", []msg{{WMSysKeyDown, VKPacket}, {WMSysChar, 8}, char(8)}, 0},
		{"one char per key down: a second WM_CHAR 8 is not injected", []msg{down(VKPacket), char(8), char(8)}, 1},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			var f Filter
			got := 0
			for _, m := range c.msgs {
				if f.Backspace(m.m, m.w) {
					got++
				}
			}
			if got != c.want {
				t.Errorf("%d Backspaces, want %d", got, c.want)
			}
		})
	}
}

const VKCtrl = 0x11
