# Thi đua CCHC — the same commands the README and .ci/run use.
# Every build and test uses -tags migrated_fynedo: without it Fyne ≥ 2.6 compiles thread checks that
# make tables slow (fyne#5689). Go's build cache is kept: a cold build compiles GLFW and SQLite for
# minutes, a warm one takes seconds. Never clean it here.

TAGS      := migrated_fynedo
GO        ?= go
SUDO      := $(shell [ "$$(id -u)" = 0 ] || echo sudo)
LINUX_PKGS := gcc pkg-config libgl1-mesa-dev libx11-dev libxcursor-dev libxrandr-dev libxinerama-dev \
              libxi-dev libxxf86vm-dev poppler-utils file
WIN_PKGS  := gcc-mingw-w64-x86-64 file
# The tests open the workbooks as a unit without Excel would: LibreOffice, headless.
TEST_PKGS := libreoffice-calc-nogui
VERSION   := $(shell sed -n 's/^ *Version *= *"\(.*\)"/\1/p' FyneApp.toml)
DB        ?=

.PHONY: deps deps-test deps-windows run build test lint vet windows clean-dist test-windows installer fuzz manual manual-shots

# apt-get only what is missing (dpkg-query), so a ready machine does not touch the network.
define apt_install
	@missing=""; for p in $(1); do \
		dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
		echo "Cài gói còn thiếu:$$missing"; \
		$(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq --no-install-recommends $$missing; \
	fi
endef

deps:
	$(call apt_install,$(LINUX_PKGS))
	@command -v $(GO) >/dev/null || { echo "Cần Go 1.26 (https://go.dev/dl) trong PATH."; exit 1; }

deps-test: deps
	$(call apt_install,$(TEST_PKGS))

deps-windows: deps
	$(call apt_install,$(WIN_PKGS))

build: deps
	$(GO) build -tags $(TAGS) -ldflags "-X main.version=$(VERSION)" -o thidua .

run: build
	./thidua $(if $(DB),-db $(DB))

vet: deps
	$(GO) vet -tags $(TAGS) ./...

lint: vet
	$(GO) tool staticcheck -tags $(TAGS) ./...
	$(GO) tool gocyclo -over 15 -ignore '_test' .

# LANG: Fyne reads the locale at start and logs an error for "C"; the office's is Vietnamese.
# go test runs every fuzz target over its committed corpus (testdata/fuzz); fuzz then mutates each
# FUZZTIME more inputs.
test: deps-test lint
	LANG=vi_VN.UTF-8 $(GO) test -race -tags $(TAGS) ./...
	$(MAKE) fuzz

# Every parser of outside input: package:target, FUZZTIME each.
FUZZTIME    ?= 30000x
FUZZTARGETS := ./sheet:FuzzReadCSV ./sheet:FuzzReadXLSX ./sheet:FuzzCSVRoundTrip \
               ./app/lists:FuzzParseUnitsRows ./app/lists:FuzzParsePeopleRows ./app/lists:FuzzParseProposalsRows \
               ./app/lists:FuzzParseAwardHistoryRows ./app/lists:FuzzParsePeople ./app/lists:FuzzParseAwardHistory \
               ./app/viet:FuzzParseDate ./app/viet:FuzzParseDecisionNumber ./app/viet:FuzzParseFixed \
               ./app/viet:FuzzParseYear ./app/viet:FuzzCheckPhoneEmail ./app/viet:FuzzMoneyInWords \
               ./app/viet:FuzzNormalize ./app:FuzzParsePoints ./app:FuzzParseCoefficient ./app:FuzzBonus

# FUZZTIME is a count of inputs (30000x), not a duration: with a duration the fuzzer may stop with
# «context deadline exceeded» when time runs out while it shrinks a new input — seen twice in a row
# on a loaded machine. Such a run (no failing input written) is still repeated once; a real failure
# writes its input under testdata/fuzz and fails.
fuzz:
	@for t in $(FUZZTARGETS); do \
		pkg=$${t%%:*}; name=$${t##*:}; \
		echo "fuzz $$pkg $$name ($(FUZZTIME))"; \
		for try in 1 2; do \
			$(GO) test -tags $(TAGS) -run='^$$' -fuzz="^$$name\$$" -fuzztime=$(FUZZTIME) -fuzzminimizetime=100x $$pkg > .fuzz.log 2>&1 \
				&& { tail -1 .fuzz.log; break; }; \
			cat .fuzz.log; \
			if grep -q "Failing input written" .fuzz.log || [ $$try = 2 ]; then rm -f .fuzz.log; exit 1; fi; \
			echo "(lần chạy bị dừng giữa chừng, chạy lại)"; \
		done; \
	done; rm -f .fuzz.log

# The Windows exe, cross-built with mingw-w64 through the Fyne packager, which embeds the icon, name,
# version and ID of FyneApp.toml. The packager is a go.mod tool, built for Linux before CC is set to
# mingw (building it with that CC fails). It rewrites Build in FyneApp.toml on every run: the file is
# restored afterwards so the tree stays clean. In --release mode the packager compiles C with
# -D_FORTIFY_SOURCE=3 -fstack-protector-strong; mingw-w64 keeps __stack_chk_fail and __memcpy_chk in
# libssp, linked statically here so that the exe needs no DLL beside it.
windows: deps-windows
	$(GO) build -o .bin/fyne fyne.io/tools/cmd/fyne
	mkdir -p dist
	cp FyneApp.toml .bin/FyneApp.toml.keep
	CGO_ENABLED=1 GOOS=windows GOARCH=amd64 CC=x86_64-w64-mingw32-gcc CGO_LDFLAGS="-l:libssp.a" \
		.bin/fyne package -os windows --release --tags $(TAGS) --name ThiDuaCCHC.exe \
		|| { cp .bin/FyneApp.toml.keep FyneApp.toml; exit 1; }
	cp .bin/FyneApp.toml.keep FyneApp.toml
	mv -f ThiDuaCCHC.exe dist/ThiDuaCCHC.exe
	@file dist/ThiDuaCCHC.exe
	@ls -l dist/ThiDuaCCHC.exe

# The Windows checks under Debian's wine on a virtual display (tools/wine/README.md): Unikey's
# typing into the real exe, then the installer. The test tool and the bcryptprimitives.dll stand-in
# that wine 8.0 lacks (Go >= 1.22 needs ProcessPrng) are built here with mingw-w64, for the test
# only: neither ever ships.
WINE_PKGS := wine wine64 xvfb xauth nsis
WINTEST   := .bin/wintest

test-windows: windows installer
	$(call apt_install,$(WINE_PKGS))
	mkdir -p $(WINTEST)
	CGO_ENABLED=0 GOOS=windows GOARCH=amd64 $(GO) build -o $(WINTEST)/wintype.exe ./tools/wintype
	x86_64-w64-mingw32-gcc -O2 -s -shared -o $(WINTEST)/bcryptprimitives.dll \
		tools/wine/bcryptprimitives.c tools/wine/bcryptprimitives.def -ladvapi32
	bash tools/wine/typing-test.sh dist/ThiDuaCCHC.exe $(WINTEST)
	bash tools/wine/installer-test.sh dist/ThiDuaCCHC-Setup.exe $(WINTEST)

# The installer: per user, no administrator rights, Vietnamese pages (tools/installer/ThiDuaCCHC.nsi),
# with the manual dist/HuongDan.pdf made by the Linux build of the same sources.
installer: windows manual
	$(call apt_install,nsis)
	makensis -V2 -INPUTCHARSET UTF8 -DVERSION=$(VERSION) -DEXE=$(CURDIR)/dist/ThiDuaCCHC.exe \
		-DMANUAL=$(CURDIR)/dist/HuongDan.pdf -DOUTFILE=$(CURDIR)/dist/ThiDuaCCHC-Setup.exe tools/installer/ThiDuaCCHC.nsi
	@ls -l dist/ThiDuaCCHC-Setup.exe

# «Hướng dẫn sử dụng» as PDF (manual/*.md and their pictures, embedded in the program).
manual: build
	mkdir -p dist
	rm -f dist/HuongDan.pdf
	./thidua print manual -o dist/HuongDan.pdf

# The manual's pictures (manual/shots/*.png), drawn by the headless test driver on the sample data
# at 1366×768 (ui/manual_shots_test.go lists them); commit them. TestManualShots fails until then.
manual-shots: deps
	THIDUA_MANUAL_SHOTS=1 LANG=vi_VN.UTF-8 $(GO) test -tags $(TAGS) -count=1 -run '^TestManualShots$$' ./ui
