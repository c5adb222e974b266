/*
 * A stand-in for Windows' bcryptprimitives.dll, for the wine tests only (make test-windows): it is
 * never shipped and never installed on a real PC.
 *
 * Go 1.22 and later take their random numbers from ProcessPrng in bcryptprimitives.dll and refuse
 * to start without it. Debian 12's wine 8.0 does not have that DLL; this one exports ProcessPrng
 * and fills the buffer from RtlGenRandom (advapi32!SystemFunction036), which wine has.
 *
 * Built by the Makefile: x86_64-w64-mingw32-gcc -shared -o bcryptprimitives.dll
 *   bcryptprimitives.c bcryptprimitives.def -ladvapi32
 */
#include <windows.h>

BOOLEAN WINAPI SystemFunction036(PVOID buffer, ULONG length);

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T length)
{
	while (length > 0) {
		ULONG n = length > 0x40000000 ? 0x40000000 : (ULONG)length;
		if (!SystemFunction036(data, n))
			return FALSE;
		data += n;
		length -= n;
	}
	return TRUE;
}

BOOL WINAPI DllMain(HINSTANCE instance, DWORD reason, LPVOID reserved)
{
	(void)instance;
	(void)reason;
	(void)reserved;
	return TRUE;
}
