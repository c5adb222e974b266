package ui

import (
	"fyne.io/fyne/v2"
	"fyne.io/fyne/v2/storage/repository"
)

// GuardFiles makes every write through Fyne's file dialogs ask refuse first: a save dialog opens
// (and truncates) the chosen file before the program sees it, so a clerk who picks or types the
// name of the database, its -wal/-shm, a backup or a read-only file would destroy it. refuse says
// why a path may not be written (nil: it may). Call it once the app exists (the driver registers
// the file repository).
func GuardFiles(refuse func(path string) error) error {
	inner, err := repository.ForScheme("file")
	if err != nil {
		return err
	}
	if _, done := inner.(*guardedFiles); done {
		return nil
	}
	repository.Register("file", &guardedFiles{inner: inner, refuse: refuse})
	guard = refuse
	return nil
}

// guard is the refuse of GuardFiles, for the files the window writes itself (writeFree).
var guard func(path string) error

// refusePath says why the window may not write path (nil: it may, or no guard is set).
func refusePath(path string) error {
	if guard == nil {
		return nil
	}
	return guard(path)
}

// guardedFiles is Fyne's file repository with writes to protected files refused.
type guardedFiles struct {
	inner  repository.Repository
	refuse func(path string) error
}

var (
	_ repository.WritableRepository     = (*guardedFiles)(nil)
	_ repository.AppendableRepository   = (*guardedFiles)(nil)
	_ repository.ListableRepository     = (*guardedFiles)(nil)
	_ repository.HierarchicalRepository = (*guardedFiles)(nil)
	_ repository.CopyableRepository     = (*guardedFiles)(nil)
	_ repository.MovableRepository      = (*guardedFiles)(nil)
	_ repository.DeleteAllRepository    = (*guardedFiles)(nil)
)

func (g *guardedFiles) Exists(u fyne.URI) (bool, error)               { return g.inner.Exists(u) }
func (g *guardedFiles) Reader(u fyne.URI) (fyne.URIReadCloser, error) { return g.inner.Reader(u) }
func (g *guardedFiles) CanRead(u fyne.URI) (bool, error)              { return g.inner.CanRead(u) }
func (g *guardedFiles) Destroy(scheme string)                         {}

func (g *guardedFiles) writable() (repository.WritableRepository, error) {
	w, ok := g.inner.(repository.WritableRepository)
	if !ok {
		return nil, repository.ErrOperationNotSupported
	}
	return w, nil
}

func (g *guardedFiles) Writer(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := g.refuse(u.Path()); err != nil {
		return nil, err
	}
	w, err := g.writable()
	if err != nil {
		return nil, err
	}
	return w.Writer(u)
}

func (g *guardedFiles) CanWrite(u fyne.URI) (bool, error) {
	if g.refuse(u.Path()) != nil {
		return false, nil
	}
	w, err := g.writable()
	if err != nil {
		return false, err
	}
	return w.CanWrite(u)
}

func (g *guardedFiles) Delete(u fyne.URI) error {
	if err := g.refuse(u.Path()); err != nil {
		return err
	}
	w, err := g.writable()
	if err != nil {
		return err
	}
	return w.Delete(u)
}

func (g *guardedFiles) Appender(u fyne.URI) (fyne.URIWriteCloser, error) {
	if err := g.refuse(u.Path()); err != nil {
		return nil, err
	}
	a, ok := g.inner.(repository.AppendableRepository)
	if !ok {
		return nil, repository.ErrOperationNotSupported
	}
	return a.Appender(u)
}

func (g *guardedFiles) DeleteAll(u fyne.URI) error {
	if err := g.refuse(u.Path()); err != nil {
		return err
	}
	d, ok := g.inner.(repository.DeleteAllRepository)
	if !ok {
		return repository.ErrOperationNotSupported
	}
	return d.DeleteAll(u)
}

func (g *guardedFiles) CanList(u fyne.URI) (bool, error) {
	l, ok := g.inner.(repository.ListableRepository)
	if !ok {
		return false, repository.ErrOperationNotSupported
	}
	return l.CanList(u)
}

func (g *guardedFiles) List(u fyne.URI) ([]fyne.URI, error) {
	l, ok := g.inner.(repository.ListableRepository)
	if !ok {
		return nil, repository.ErrOperationNotSupported
	}
	return l.List(u)
}

func (g *guardedFiles) CreateListable(u fyne.URI) error {
	l, ok := g.inner.(repository.ListableRepository)
	if !ok {
		return repository.ErrOperationNotSupported
	}
	return l.CreateListable(u)
}

func (g *guardedFiles) Parent(u fyne.URI) (fyne.URI, error) {
	h, ok := g.inner.(repository.HierarchicalRepository)
	if !ok {
		return repository.GenericParent(u)
	}
	return h.Parent(u)
}

func (g *guardedFiles) Child(u fyne.URI, name string) (fyne.URI, error) {
	h, ok := g.inner.(repository.HierarchicalRepository)
	if !ok {
		return repository.GenericChild(u, name)
	}
	return h.Child(u, name)
}

func (g *guardedFiles) Copy(src, dst fyne.URI) error {
	if err := g.refuse(dst.Path()); err != nil {
		return err
	}
	if c, ok := g.inner.(repository.CopyableRepository); ok {
		return c.Copy(src, dst)
	}
	return repository.GenericCopy(src, dst)
}

func (g *guardedFiles) Move(src, dst fyne.URI) error {
	for _, u := range []fyne.URI{src, dst} {
		if err := g.refuse(u.Path()); err != nil {
			return err
		}
	}
	if m, ok := g.inner.(repository.MovableRepository); ok {
		return m.Move(src, dst)
	}
	return repository.GenericMove(src, dst)
}
