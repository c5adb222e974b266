package ui

import (
	"fyne.io/fyne/v2/lang"

	"thidua/assets"
)

// SetupLanguage makes Fyne's own strings (dialog buttons, file dialogs, entry menus) Vietnamese
// whatever the OS language: Fyne ships no Vietnamese and has no API to force a language, so the
// same file is registered for "vi" and for "en", the fallback Fyne picks on an English Windows.
func SetupLanguage() error {
	if err := lang.AddTranslationsForLocale(assets.TranslationVI, "vi"); err != nil {
		return err
	}
	return lang.AddTranslationsForLocale(assets.TranslationVI, "en")
}
