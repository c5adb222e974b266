package ui

// NoOpenGLTitle and NoOpenGLMessage are what a PC without OpenGL 2.1 shows instead of the window
// (main shows them in a Windows message box, since the Fyne window itself cannot be drawn). found
// is what the PC has ("1.1.0 — GDI Generic"), dir the folder of ThiDuaCCHC.exe.
const NoOpenGLTitle = "Thi đua CCHC — không mở được cửa sổ"

// NoOpenGLMessage is the advice, with what was found and where the program is.
func NoOpenGLMessage(found, dir string) string {
	return "Máy tính này chưa có OpenGL 2.1 nên Thi đua CCHC không vẽ được cửa sổ" +
		" (tìm thấy: " + found + ").\n\n" +
		"Cách khắc phục:\n" +
		"1. Cài hoặc cập nhật trình điều khiển (driver) card màn hình từ trang của hãng máy " +
		"hoặc hãng card (Intel, AMD, NVIDIA), rồi mở lại chương trình.\n" +
		"2. Nếu đang làm việc qua Remote Desktop, trong máy ảo, hoặc card màn hình quá cũ: " +
		"chép tệp opengl32.dll của Mesa bản 64-bit (OpenGL chạy bằng phần mềm, kèm các tệp .dll " +
		"đi cùng nó) vào thư mục chương trình, rồi mở lại:\n" + dir + "\n" +
		"3. Nếu không tự làm được, hãy nhờ cán bộ tin học và cho họ xem thông báo này.\n\n" +
		"Dữ liệu của anh/chị không bị ảnh hưởng."
}
