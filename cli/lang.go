package cli

import (
	"errors"
	"flag"
	"fmt"
	"io/fs"
	"strconv"

	"github.com/tcsig/tcsig/internal/message"
)

// langUsage is --lang's help, the same for every command.
const langUsage = "language of tcsig's messages and of catalog's documentation: `en|zh`\n(default from LC_ALL, LC_MESSAGES or LANG: zh* is zh, else en)"

// addLangFlag defines --lang on fs into l, its default the locale's
// language; the command then sets env.Lang from it, so every later message
// (fail, warn) is rendered in it. A value other than en or zh is kept as
// given for checkLang to refuse after parsing, in the command's words.
func addLangFlag(fs *flag.FlagSet, env Env, l *message.Lang) {
	*l = localeLang(env)
	fs.Func("lang", langUsage, func(s string) error {
		if v, ok := message.Parse(s); ok {
			*l = v
		} else {
			*l = message.Lang(s)
		}
		return nil
	})
}

// checkLang refuses a --lang value other than en or zh.
func checkLang(l message.Lang) error {
	if l != message.EN && l != message.ZH {
		return message.Errorf(message.CLILangValue, strconv.Quote(string(l)))
	}
	return nil
}

// localeLang is the language the environment's locale asks for.
func localeLang(env Env) message.Lang {
	if env.Getenv == nil {
		return message.EN
	}
	return message.FromEnv(env.Getenv)
}

// errorText is err in env's language.
func errorText(env Env, err error) string { return message.RenderError(err, env.Lang) }

// fileError is a failure to open or read a file a flag names, with the
// two common causes (missing, not readable) in the user's language; what
// (a flag) goes in front unless it is "".
func fileError(what string, err error) error {
	var pe *fs.PathError
	problem := any(err)
	if errors.As(err, &pe) && pe.Op == "open" {
		switch {
		case errors.Is(err, fs.ErrNotExist):
			problem = message.New(message.CLIFileNotExist, pe.Path)
		case errors.Is(err, fs.ErrPermission):
			problem = message.New(message.CLIFilePermission, pe.Path)
		}
	}
	switch p := problem.(type) {
	case message.Msg:
		if what == "" {
			return &message.Error{Msg: p}
		}
		return message.Errorf(message.CLIFileError, what, p)
	}
	if what == "" {
		return err
	}
	return fmt.Errorf("%s: %w", what, err)
}

// wrapped is a message about err that keeps err for errors.Is and
// errors.As (a timeout while reading stays a timeout).
type wrapped struct {
	message.Msg
	err error
}

func (w *wrapped) Error() string { return w.Render(message.EN) }
func (w *wrapped) Unwrap() error { return w.err }
