// Package docs decides what a printed document says — the decision of NĐ 30/2020 with its attached
// list, the Giấy khen, the payout list — as plain structs (DecisionDoc, CertificateDoc, Payout).
// Where the words go on paper is the pdf adapter's job, behind the Documents port defined here.
package docs
