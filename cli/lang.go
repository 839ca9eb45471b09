package cli

import (
	"flag"
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
