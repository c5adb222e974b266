package ui

import (
	"context"
	"strconv"
	"strings"

	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/container"
	"fyne.io/fyne/v2/theme"
	"fyne.io/fyne/v2/widget"

	"thidua/app"
	"thidua/app/viet"
)

// settingsTab is the Cài đặt tab: the office's names and the legal tables in force.
type settingsTab struct {
	u       *UI
	svc     app.SettingsService
	content fyne.CanvasObject

	settings   app.Settings
	form       *widget.Form
	values     map[string]*Entry // the office's names, editable
	saveOffice *Button
	salaries   []app.Dated[int64]
	salTable   *textTable
	coefs      []app.Coefficient
	coefTable  *textTable

	salRow                  int
	salAdd, salEdit, salDel *Button
	salFrom, salAmount      *Entry
	salRef                  *Entry
	salForm                 *formDialog // last opened, for tests

	blanks    *blanksView
	signers   *signersView
	capOn     *Check
	capPct    *Entry
	needInit  *Check
	saveRules *Button
}

var (
	salaryCols = []column{{"Áp dụng từ", 110}, {"Mức lương cơ sở", 150}, {"Căn cứ", 260}}
	coefCols   = []column{{"Hình thức", 220}, {"Đối tượng", 90}, {"Hệ số", 70}, {"Áp dụng từ", 110}, {"Căn cứ", 280}}
	settingKey = []string{"Cơ quan ban hành", "Tên viết tắt", "Địa danh", "Cơ quan tham mưu", "Ký hiệu quyết định"}
)

func newSettingsTab(u *UI, svc app.SettingsService, blanks app.BlankService, signers interface {
	Signers(context.Context) ([]app.Signer, error)
}) *settingsTab {
	t := &settingsTab{u: u, svc: svc, values: map[string]*Entry{}, salRow: -1}
	t.form = widget.NewForm()
	for _, k := range settingKey {
		e := textEntry("", func(s string) error { return viet.RequireText(k, s, 200) })
		e.OnChanged = func(string) { t.saveOffice.Enable() }
		t.values[k] = e
		t.form.Append(k, e)
	}
	t.values["Ký hiệu quyết định"].Validator = func(s string) error {
		if err := app.CheckSymbol(strings.ReplaceAll(viet.Normalize(s), " ", "")); err != nil {
			return plainError(app.ErrorMessage(err))
		}
		return nil
	}
	t.saveOffice = NewButtonWithIcon("Lưu thông tin cơ quan", theme.DocumentSaveIcon(), t.onSaveOffice)
	t.form.Append("", t.saveOffice)
	t.capOn = NewCheck("Giới hạn số Chiến sĩ thi đua cơ sở theo tỷ lệ (%) số Lao động tiên tiến", nil)
	t.capPct = textEntry("15", func(s string) error {
		n, err := strconv.Atoi(viet.Normalize(s))
		if err != nil || n < 1 || n > 100 {
			return plainError("Nhập tỷ lệ từ 1 đến 100.")
		}
		return nil
	})
	t.needInit = NewCheck("Chiến sĩ thi đua cơ sở phải có sáng kiến được công nhận", nil)
	t.saveRules = NewButton("Lưu quy định", t.onSaveRules)
	t.form.Append("Quy định xét", container.NewVBox(container.NewBorder(nil, nil, t.capOn, nil, t.capPct), t.needInit, t.saveRules))
	t.salTable = newTextTable(salaryCols, func() int { return len(t.salaries) }, t.salaryCell)
	t.coefTable = newTextTable(coefCols, func() int { return len(t.coefs) }, t.coefCell)
	bold := fyne.TextStyle{Bold: true}
	top := u.split("settings.top", true, 0.45,
		container.NewBorder(widget.NewLabelWithStyle("Cơ quan", fyne.TextAlignLeading, bold), nil, nil, nil, t.form),
		container.NewBorder(widget.NewLabelWithStyle("Mức lương cơ sở", fyne.TextAlignLeading, bold), t.makeSalaryButtons(), nil, nil, t.salTable),
	)
	tables := u.split("settings.tables", false, 0.4, top,
		container.NewBorder(widget.NewLabelWithStyle("Hệ số tiền thưởng (× mức lương cơ sở)", fyne.TextAlignLeading, bold), nil, nil, nil, t.coefTable),
	)
	t.blanks = newBlanksView(u, blanks)
	t.signers = newSignersView(u, signers, svc)
	tabs := container.NewAppTabs(
		container.NewTabItem("Chung", tables),
		container.NewTabItem("Người ký", t.signers.content),
		container.NewTabItem("Phôi Giấy khen", t.blanks.content),
	)
	if bs, ok := svc.(app.BackupService); ok {
		u.backups = newBackupView(u, bs)
		tabs.Append(container.NewTabItem("Sao lưu và phục hồi", u.backups.content))
	}
	if as, ok := svc.(app.AuditService); ok {
		u.audit = newAuditView(u, as)
		tabs.Append(container.NewTabItem("Nhật ký thay đổi", u.audit.content))
	}
	t.content = tabs
	return t
}

func (t *settingsTab) reload() {
	ctx := context.Background()
	var err error
	if t.settings, err = t.svc.Settings(ctx); err != nil {
		t.u.showError(err)
	}
	for k, v := range map[string]string{"Cơ quan ban hành": t.settings.Agency, "Tên viết tắt": t.settings.AgencyShort,
		"Địa danh": t.settings.Place, "Cơ quan tham mưu": t.settings.Office, "Ký hiệu quyết định": t.settings.Symbol} {
		t.values[k].SetText(v)
	}
	t.saveOffice.Disable() // until something is changed
	t.blanks.reload()
	t.signers.reload()
	raw, err := t.svc.RawSettings(ctx)
	if err != nil {
		t.u.showError(err)
	}
	t.capOn.SetChecked(raw[app.SettingCapEnabled] == "1")
	if raw[app.SettingCapPercent] != "" {
		t.capPct.SetText(raw[app.SettingCapPercent])
	}
	t.needInit.SetChecked(raw[app.SettingRequireInitiative] == "1")
	if t.salaries, err = t.svc.BaseSalaries(ctx); err != nil {
		t.u.showError(err)
	}
	if t.coefs, err = t.svc.Coefficients(ctx); err != nil {
		t.u.showError(err)
	}
	t.salTable.Refresh()
	t.coefTable.Refresh()
}

// onSaveOffice stores the office's names; decisions already issued keep theirs.
func (t *settingsTab) onSaveOffice() {
	s := t.settings
	s.Agency, s.AgencyShort, s.Place = t.values["Cơ quan ban hành"].Text, t.values["Tên viết tắt"].Text, t.values["Địa danh"].Text
	s.Office, s.Symbol = t.values["Cơ quan tham mưu"].Text, t.values["Ký hiệu quyết định"].Text
	if err := t.svc.SaveSettings(context.Background(), s); err != nil {
		t.u.showError(err)
		return
	}
	t.reload()
	t.u.notify("Đã lưu thông tin cơ quan. Các quyết định đã ban hành giữ nguyên thông tin lúc ban hành; dự thảo dùng thông tin mới.")
}

// onSaveRules stores the office's switches of the eligibility checks; they apply at once.
func (t *settingsTab) onSaveRules() {
	if err := t.capPct.Validate(); err != nil {
		t.u.showError(app.Errorf(app.EINVALID, "%s", err.Error()))
		return
	}
	ctx := context.Background()
	bit := func(b bool) string {
		if b {
			return "1"
		}
		return "0"
	}
	for k, v := range map[string]string{app.SettingCapEnabled: bit(t.capOn.Checked), app.SettingCapPercent: viet.Normalize(t.capPct.Text),
		app.SettingRequireInitiative: bit(t.needInit.Checked)} {
		if err := t.svc.SetSetting(ctx, k, v); err != nil {
			t.u.showError(err)
			return
		}
	}
	t.u.onCampaignChanged("")
	t.u.notify("Đã lưu quy định xét khen thưởng.")
}

func (t *settingsTab) salaryCell(r, c int) string {
	s := t.salaries[r]
	switch c {
	case 0:
		return viet.FormatDate(s.From)
	case 1:
		return viet.FormatMoneyVND(s.Value)
	case 2:
		return s.Ref
	}
	return ""
}

func (t *settingsTab) coefCell(r, c int) string {
	x := t.coefs[r]
	switch c {
	case 0:
		return x.FormName
	case 1:
		return x.Recipient.Label()
	case 2:
		return app.FormatCoefficient(x.Thousandths)
	case 3:
		return viet.FormatDate(x.From)
	case 4:
		return x.Ref
	}
	return ""
}
