// Package lists reads and writes the lists the office keeps in Excel and CSV: units, people,
// proposals, past decisions and awards. Parsing is all or nothing and names every bad cell by row
// and column; the bytes of the files are the sheet adapter's job, behind app.Spreadsheets.
package lists
