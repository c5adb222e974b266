package ui

import (
	"context"
	"sync"
	"testing"
	"time"

	"fyne.io/fyne/v2/test"

	"thidua/app"
)

// heldOverview counts the overview only once gate is closed: the background load of Tổng quan
// held while the test presses the buttons.
type heldOverview struct {
	overviewPorts
	gate chan struct{}
}

func (h heldOverview) Overview(ctx context.Context, id int64, asOf time.Time) (app.Overview, error) {
	<-h.gate
	return h.overviewPorts.Overview(ctx, id, asOf)
}

// TestOverview_ActionsWaitForTheChosenCampaignsFigures: just after another campaign is chosen,
// while its figures are still counted, «Quỹ thi đua, khen thưởng…», «In báo cáo tổng kết…» and
// «Xuất Excel…» are disabled and open nothing (the previous campaign's fund is neither shown nor
// saved into the new one); «Báo cáo qua các năm…» proposes the chosen campaign's year. Once the
// figures are in, the fund dialog is the new campaign's, and saving it leaves the old fund as it was.
func TestOverview_ActionsWaitForTheChosenCampaignsFigures(t *testing.T) {
	d := mustDB(t, true)
	u, w := mustUI(t, d)
	ov := u.overview
	until(t, "the overview", func() bool { return ov.pending == 0 && ov.loaded })
	first := u.CampaignID()
	if err := d.SetFund(context.Background(), first, 5_000_000); err != nil {
		t.Fatal(err)
	}
	ov.reload(first)
	until(t, "the overview with the fund", func() bool { return ov.pending == 0 && ov.loaded && ov.ov.Fund.Set })

	gate := make(chan struct{})
	var once sync.Once
	release := func() { once.Do(func() { close(gate) }) }
	t.Cleanup(release)
	ov.svc = heldOverview{overviewPorts: ov.svc, gate: gate}
	second := mustCampaign2025(t, d, u) // the overview of 2025 is now being counted, held
	if ov.loaded || ov.pending == 0 {
		t.Fatalf("the load is not held: loaded %v, pending %d", ov.loaded, ov.pending)
	}
	for name, b := range map[string]*Button{"fund": ov.fundB, "print": ov.printB, "excel": ov.excelB} {
		if !b.Disabled() {
			t.Errorf("«%s» enabled while the figures of the campaign chosen are counted", b.Text)
		}
		test.Tap(b)
		if top := overlay(w); top != nil {
			t.Errorf("%s: a dialog opened during the load: %q", name, dialogText(w))
			closeDialog(t, w, "Hủy")
		}
	}
	for name, handler := range map[string]func(){"fund": ov.onFund, "print": ov.onPrint, "excel": ov.onExcel} {
		handler() // a press that reached the handler (a shortcut, a tap already queued)
		if top := overlay(w); top != nil {
			t.Errorf("%s handler opened a dialog during the load: %q", name, dialogText(w))
			closeDialog(t, w, "Hủy")
		}
	}
	if ov.fundForm != nil {
		t.Error("the fund dialog opened on the previous campaign's figures")
	}
	if len(ov.figures) != 0 {
		t.Errorf("%d figures of the previous campaign still on screen", len(ov.figures))
	}
	test.Tap(ov.yearsB)
	if ov.yearsForm == nil {
		t.Fatal("«Báo cáo qua các năm…» opened nothing")
	}
	if to := ov.yearsForm.items[1].Widget.(*Entry).Text; to != "2025" {
		t.Errorf("the years report proposes up to %s, want the campaign chosen (2025)", to)
	}
	test.Tap(ov.yearsForm.cancel)

	release()
	until(t, "the overview of 2025", func() bool { return ov.pending == 0 && ov.loaded })
	if ov.ov.Campaign.ID != second || ov.fundB.Disabled() || ov.printB.Disabled() || ov.excelB.Disabled() {
		t.Fatalf("after the load: campaign %d (want %d), fund/print/excel disabled %v/%v/%v", ov.ov.Campaign.ID, second,
			ov.fundB.Disabled(), ov.printB.Disabled(), ov.excelB.Disabled())
	}
	test.Tap(ov.fundB)
	if ov.fundForm == nil {
		t.Fatal("no fund dialog after the load")
	}
	if label, amount := ov.fundForm.items[0].Text, ov.fundForm.items[0].Widget.(*Entry).Text; label != "Quỹ năm 2025" || amount != "" {
		t.Errorf("fund dialog of 2025: %q = %q, want an empty «Quỹ năm 2025»", label, amount)
	}
	ov.fundForm.Submit()
	until(t, "the overview", func() bool { return ov.pending == 0 && ov.loaded })
	if f, err := d.Fund(context.Background(), first); err != nil || !f.Set || f.Amount != 5_000_000 {
		t.Errorf("the 2024 fund after saving 2025's: %+v %v", f, err)
	}
	if f, _ := d.Fund(context.Background(), second); f.Set {
		t.Errorf("2025 got a fund: %+v", f)
	}
}
