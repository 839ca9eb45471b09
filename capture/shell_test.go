package capture

import (
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
	"github.com/tcsig/tcsig/internal/message"
)

func argStrings(args []arg) []string {
	out := make([]string, len(args))
	for i, a := range args {
		out[i] = a.s
	}
	return out
}

// splitCase is a command line, the arguments a shell would pass, and
// fragments of the notes the split must make (noNotes: none).
type splitCase struct {
	name  string
	src   string
	want  []string
	notes []string
}

// checkSplit runs each case through split (splitBash or splitCmd).
func checkSplit(t *testing.T, split func(src string, line int) ([]arg, notes, error), tests []splitCase) {
	t.Helper()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			args, notes, err := split(tt.src, 1)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, argStrings(args)); diff != "" {
				t.Errorf("args (-want +got):\n%s", diff)
			}
			checkNotes(t, Notes(notes.msgs).Texts(message.EN), tt.notes)
		})
	}
}

func TestSplitBash(t *testing.T) {
	checkSplit(t, splitBash, []splitCase{
		{"single quotes keep everything", `curl 'a\nb "$x"'`, []string{"curl", `a\nb "$x"`}, noNotes},
		{"double quotes escape only $ ` \" \\ and newline", "curl \"a\\$b \\` \\\" \\\\ \\n \\\n!\"", []string{"curl", "a$b ` \" \\ \\n !"}, noNotes},
		{"ANSI-C escapes", `curl $'\a\b\e\E\f\n\r\t\v\\\'\"\?'`, []string{"curl", "\a\b\x1b\x1b\f\n\r\t\v\\'\"?"}, noNotes},
		{"ANSI-C numeric escapes", `curl $'\x41\x4\101\7\u00e9\U0001F600\u672a\cA\q'`, []string{"curl", "A\x04A\x07é😀未\x01\\q"}, noNotes},
		{"ANSI-C escape without digits stays", `curl $'\x\u\U'`, []string{"curl", `\x\u\U`}, noNotes},
		{"NUL cuts the argument", `curl $'ab\0cd' x`, []string{"curl", "ab", "x"}, []string{"NUL byte"}},
		{"locale string is double-quoted", `curl $"a b"`, []string{"curl", "a b"}, noNotes},
		{"concatenated quoting", `curl -H'X: '"a"$'\t'b`, []string{"curl", "-HX: a\tb"}, noNotes},
		{"backslash-newline and CRLF continuation", "curl \\\n -s \\\r\n x", []string{"curl", "-s", "x"}, noNotes},
		{"backslash escapes outside quotes", `curl a\ b \$c`, []string{"curl", "a b", "$c"}, noNotes},
		{"# inside a word is literal", "curl a#b #comment\n", []string{"curl", "a#b"}, noNotes},
		{"empty quotes make an empty argument", `curl '' ""`, []string{"curl", "", ""}, noNotes},
		{"second command ignored", "curl a\ncurl b\n", []string{"curl", "a"}, []string{"Read only the first command"}},
		{"semicolon ends", "curl a; echo done", []string{"curl", "a"}, []string{`unquoted ";"`}},
		{"redirections skipped", "curl a > 'out file.json' 2>/dev/null b <in &> log c", []string{"curl", "a", "b", "c"},
			[]string{"redirection > 'out file.json'", "redirection 2>/dev/null", "redirection <in", "redirection &> log"}},
		{"expansions kept with a note", "curl \"$HOME/${X}\" `date` $(id)", []string{"curl", "$HOME/${X}", "`date`", "$(id)"},
			[]string{"$HOME", "${X}", "Backquote", `"$(id)" on line 1 was not run`}},
	})
}

func TestSplitBashLines(t *testing.T) {
	args, _, err := splitBash("curl \\\n  -H 'a\nb' \\\n  x", 1)
	require.NoError(t, err)
	var lines []int
	for _, a := range args {
		lines = append(lines, a.line)
	}
	if diff := cmp.Diff([]int{1, 2, 2, 4}, lines); diff != "" {
		t.Errorf("argument lines (-want +got):\n%s", diff)
	}
}

func TestSplitCmd(t *testing.T) {
	checkSplit(t, splitCmd, []splitCase{
		{"Chrome ^\" quoting", `curl ^"https://h/^" -H ^"a: ^\^"b^\^"^"`, []string{"curl", "https://h/", "-H", `a: "b"`}, noNotes},
		{"caret continuation", "curl ^\n  -s ^\r\n  x", []string{"curl", "-s", "x"}, noNotes},
		{"^ newline newline is a newline inside the argument", "curl ^\"a^\n\nb^\"", []string{"curl", "a\nb"}, []string{"cannot express CR"}},
		{"plain quotes: ^ is literal inside", `curl "a^b" c^&d`, []string{"curl", "a^b", "c&d"}, noNotes},
		{"C runtime backslash rules", `curl "a\\\"b" "c\\" d\\e "x""y"`, []string{"curl", `a\"b`, `c\`, `d\\e`, `x"y`}, []string{"2 backslashes"}},
		{"%^ stops variable expansion", `curl ^"100^%^PATH^%^"`, []string{"curl", "100%PATH%"}, noNotes},
		{"%VAR% noted", `curl "%USERPROFILE%"`, []string{"curl", "%USERPROFILE%"}, []string{"%USERPROFILE%"}},
		{"unescaped & ends the command", `curl a & echo`, []string{"curl", "a"}, []string{`unescaped "&"`}},
		{"second line ignored", "curl a\r\ncurl b", []string{"curl", "a"}, []string{"Read only the first command"}},
	})
}

func TestCurlEscape(t *testing.T) {
	// curl_easy_escape keeps A-Z a-z 0-9 - . _ ~ and upper-cases hex.
	got := curlEscape("aZ09-._~ /+&=%\x00\xff你")
	const want = "aZ09-._~%20%2F%2B%26%3D%25%00%FF%E4%BD%A0"
	assert.Equal(t, want, got, "curlEscape")
}
