// Package unitbook is the workbook that goes out to a unit and comes back: what it holds (Make),
// how a returned one is recognised (Identify), read cell by cell with the messages of the other
// imports, and turned into a plan of changes (Prepare) that the office reviews before storage
// applies it in one transaction. The layout in Excel is the sheet adapter's.
package unitbook
