package data

import (
	"context"
	"crypto/sha256"
	"database/sql"
	"encoding/hex"
	"encoding/json"
	"fmt"
)

// Seals: when a decision is issued, revoked or imported, the SHA-256 of its content — the decision,
// its căn cứ and nơi nhận, its awards and their certificates in the register — goes into the audit
// chain as an entry «decision_seal». `thidua check` recomputes it: a bonus, a name, a date or a
// signer changed, a certificate deleted, voided or re-pointed, an award inserted, a decision set back
// to draft outside the program — each changes the content and no longer matches the seal.

// sealAfter seals what an audit entry has just changed: the decision issued, revoked or unlocked
// (back to draft by the program, which the seal then records), or the decisions an import or the
// sample data created. A new way of changing an issued decision must audit with one of these
// actions, or check reports the change.
func (d *DB) sealAfter(ctx context.Context, tx *sql.Tx, entity string, id int64, action string) error {
	switch {
	case entity == "decision" && id > 0 && (action == "issue" || action == "revoke" || action == "unlock"):
		return d.sealDecision(ctx, tx, id)
	case entity == "decision" && action == "import":
		return d.sealUnsealed(ctx, tx, "AND imported = 1")
	case action == "load_sample":
		return d.sealUnsealed(ctx, tx, "")
	}
	return nil
}

// sealDecision appends the seal of decision id to the chain.
func (d *DB) sealDecision(ctx context.Context, tx *sql.Tx, id int64) error {
	h, status, err := decisionContentHash(ctx, tx, id)
	if err != nil {
		return err
	}
	b, _ := json.Marshal(sealRecord{Hash: h, Status: status})
	return d.appendAudit(ctx, tx, "decision_seal", id, "seal", "", string(b))
}

type sealRecord struct {
	Hash   string `json:"hash"`
	Status string `json:"status"`
}

// sealUnsealed seals the issued or revoked decisions (filtered by extra) that have no seal yet.
func (d *DB) sealUnsealed(ctx context.Context, tx *sql.Tx, extra string) error {
	rows, err := tx.QueryContext(ctx, `SELECT id FROM decision WHERE status <> 'draft' `+extra+`
		AND id NOT IN (SELECT entity_id FROM audit_log WHERE entity = 'decision_seal') ORDER BY id`)
	if err != nil {
		return err
	}
	var ids []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			rows.Close()
			return err
		}
		ids = append(ids, id)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, id := range ids {
		if err := d.sealDecision(ctx, tx, id); err != nil {
			return err
		}
	}
	return nil
}

// decisionContentHash is the SHA-256 of everything a decision says and numbers. The print count is
// left out: printing is recorded, it does not change the decision.
func decisionContentHash(ctx context.Context, q queryer, id int64) (hash, status string, err error) {
	var parts []any
	var dec []any
	row := q.QueryRowContext(ctx, `SELECT number, symbol, year, signed_on, signer_name, signer_title, sign_mode, subject,
		proposal_ref, status, revoked_on, revoke_reason, imported FROM decision WHERE id = ?`, id)
	var number, revokedOn sql.NullString
	var symbol, signedOn, signer, title, mode, subject, ref, reason string
	var year, imported int
	if err := row.Scan(&number, &symbol, &year, &signedOn, &signer, &title, &mode, &subject, &ref, &status, &revokedOn, &reason, &imported); err != nil {
		return "", "", err
	}
	dec = append(dec, number.String, symbol, year, signedOn, signer, title, mode, subject, ref, status, revokedOn.String, reason, imported)
	parts = append(parts, dec)
	for _, q2 := range []string{
		`SELECT sort, text FROM decision_basis WHERE decision_id = ? ORDER BY sort`,
		`SELECT sort, text FROM decision_recipient_line WHERE decision_id = ? ORDER BY sort`,
		`SELECT id, recipient_kind, coalesce(person_id, 0), coalesce(unit_id, 0), recipient_name, coalesce(gender, ''),
			position_unit, form_code, achievement, bonus, sort FROM award WHERE decision_id = ? ORDER BY id`,
		`SELECT c.id, c.year, c.seq, c.award_id, c.status, c.void_reason FROM certificate c
			JOIN award a ON a.id = c.award_id WHERE a.decision_id = ? ORDER BY c.id`,
	} {
		rows, err := rowsAsText(ctx, q, q2, id)
		if err != nil {
			return "", "", err
		}
		parts = append(parts, rows)
	}
	b, err := json.Marshal(parts)
	if err != nil {
		return "", "", err
	}
	sum := sha256.Sum256(b)
	return hex.EncodeToString(sum[:]), status, nil
}

// rowsAsText reads every row of a query as text cells.
func rowsAsText(ctx context.Context, q queryer, query string, args ...any) ([][]string, error) {
	rows, err := q.QueryContext(ctx, query, args...)
	if err != nil {
		return nil, err
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		return nil, err
	}
	var out [][]string
	for rows.Next() {
		vals := make([]any, len(cols))
		for i := range vals {
			vals[i] = new(any)
		}
		if err := rows.Scan(vals...); err != nil {
			return nil, err
		}
		line := make([]string, len(cols))
		for i, v := range vals {
			line[i] = fmt.Sprint(*(v.(*any)))
		}
		out = append(out, line)
	}
	return out, rows.Err()
}
