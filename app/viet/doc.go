// Package viet reads and writes Vietnamese text the way the office writes it: normalisation to NFC,
// accent-insensitive search keys, Vietnamese collation and name order (given name last), dates
// («ngày 10 tháng 01 năm 2025», dd/mm/yyyy), money in figures and in words, decision and register
// numbers, decimals with a comma, and the field checks of forms and imports.
//
// It is the lowest floor of the domain: it imports nothing of it but app/apperr (the error type),
// so every other package may use it. Nothing here reads the clock.
package viet
