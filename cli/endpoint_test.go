package cli

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"

	"github.com/tcsig/tcsig/endpoints"
)

func TestEndpointResolves(t *testing.T) {
	for _, tc := range []struct {
		args     []string
		host     string
		whyHas   string
		warnings int
	}{
		{[]string{"--service", "cvm"}, "cvm.tencentcloudapi.com", "nearest", 0},
		{[]string{"--service", "cvm", "--region", "ap-guangzhou"}, "cvm.tencentcloudapi.com", "ap-guangzhou", 0},
		{[]string{"--service", "cvm", "--region", "ap-guangzhou", "--endpoint", "regional"}, "cvm.ap-guangzhou.tencentcloudapi.com", "regional", 0},
		{[]string{"--service", "tmt", "--endpoint", "intl"}, "tmt.intl.tencentcloudapi.com", "international", 0},
		{[]string{"--service", "cvm", "--region", "ap-shanghai-fsi"}, "cvm.ap-shanghai-fsi.tencentcloudapi.com", "financial zone", 0},
		{[]string{"--service", "cvm", "--region", "ap-shenzhen-fsi", "--endpoint", "intl"}, "cvm.ap-shenzhen-fsi.tencentcloudapi.com", "financial zone", 0},
		{[]string{"--service", "cvm", "--region", "ap-atlantis"}, "cvm.tencentcloudapi.com", "ap-atlantis", 1},
		{[]string{"--service", "cvm", "--region", "ap-mumbai", "--endpoint", "regional"}, "cvm.ap-mumbai.tencentcloudapi.com", "regional", 1},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCLI(t, "", nil, append([]string{"endpoint"}, tc.args...)...)
			if r.code != ExitOK {
				t.Fatalf("exit %d: %s", r.code, r.stderr)
			}
			lines := strings.Split(strings.TrimSuffix(r.stdout, "\n"), "\n")
			if len(lines) != 2 || lines[0] != tc.host || !strings.Contains(lines[1], tc.whyHas) {
				t.Errorf("stdout %q, want %s and a reason naming %q", r.stdout, tc.host, tc.whyHas)
			}
			if n := strings.Count(r.stderr, "tcsig endpoint: warning: "); n != tc.warnings || strings.Count(r.stderr, "\n") != n {
				t.Errorf("stderr %q, want %d warning lines", r.stderr, tc.warnings)
			}

			// --output json says the same.
			r = runCLI(t, "", nil, append([]string{"endpoint", "--output", "json"}, tc.args...)...)
			var res endpoints.Resolution
			if err := json.Unmarshal([]byte(r.stdout), &res); err != nil {
				t.Fatalf("json: %v\n%s", err, r.stdout)
			}
			if res.Host != tc.host || res.Why != lines[1] {
				t.Errorf("json host %q why %q, want %q %q", res.Host, res.Why, tc.host, lines[1])
			}
		})
	}
}

func TestEndpointErrors(t *testing.T) {
	for _, tc := range []struct {
		args []string
		want string
	}{
		{nil, "--service is required"},
		{[]string{"--region", "ap-guangzhou"}, "--service is required"},
		{[]string{"--service", "cvm", "--endpoint", "fastest"}, "--endpoint: "},
		{[]string{"--service", "cvm", "--endpoint", "regional"}, "needs a region"},
		{[]string{"--service", "CVM"}, "lower case"},
		{[]string{"--service", "cvm", "--region", "guangzhou"}, "not a region ID"},
		{[]string{"--list", "--service", "cvm"}, "--list prints the whole table"},
		{[]string{"--service", "cvm", "--output", "curl"}, `--output: want text or json, got "curl"`},
		{[]string{"--services", "cvm"}, "unknown flag --services; did you mean --service?"},
		{[]string{"cvm"}, `unexpected argument "cvm"`},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := runCLI(t, "", nil, append([]string{"endpoint"}, tc.args...)...)
			if r.code != ExitUsage || r.stdout != "" {
				t.Errorf("exit %d stdout %q, want %d and nothing", r.code, r.stdout, ExitUsage)
			}
			if strings.Count(r.stderr, "\n") != 1 || !strings.HasPrefix(r.stderr, "tcsig endpoint: ") || !strings.Contains(r.stderr, tc.want) {
				t.Errorf("stderr %q, want one line with %q", r.stderr, tc.want)
			}
		})
	}
}

func TestEndpointList(t *testing.T) {
	r := runCLI(t, "", nil, "endpoint", "--list")
	if r.code != ExitOK || r.stderr != "" {
		t.Fatalf("exit %d stderr %q", r.code, r.stderr)
	}
	rows := map[string]string{}
	for _, l := range strings.Split(r.stdout, "\n") {
		if f := strings.Fields(l); len(f) > 0 {
			rows[f[0]] = l
		}
	}
	if _, ok := rows["ID"]; !ok {
		t.Errorf("no header row:\n%s", r.stdout)
	}
	regions := endpoints.Regions()
	for _, reg := range regions {
		row, ok := rows[reg.ID]
		if !ok {
			t.Errorf("region %s missing", reg.ID)
			continue
		}
		for _, want := range []string{reg.Name, reg.NameZH} {
			if !strings.Contains(row, want) {
				t.Errorf("row %q lacks %q", row, want)
			}
		}
		if strings.Contains(row, "financial") != reg.Financial || strings.Contains(row, "retired") != reg.Retired {
			t.Errorf("row %q: marks disagree with financial=%v retired=%v", row, reg.Financial, reg.Retired)
		}
		if reg.Note != "" && !strings.Contains(r.stdout, reg.ID+": "+reg.Note) {
			t.Errorf("note for %s missing", reg.ID)
		}
	}
	// The columns line up: every row's NAME starts where the header's does.
	col := strings.Index(rows["ID"], "NAME")
	for _, reg := range regions {
		if got := strings.Index(rows[reg.ID], reg.Name); got != col {
			t.Errorf("%s: name at column %d, header at %d", reg.ID, got, col)
		}
	}

	r = runCLI(t, "", nil, "endpoint", "--list", "--output", "json")
	var got []endpoints.Region
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatal(err)
	}
	if diff := cmp.Diff(regions, got); diff != "" {
		t.Errorf("--list --output json (-table +got):\n%s", diff)
	}
}

func TestEndpointHelp(t *testing.T) {
	r := runCLI(t, "", nil, "endpoint", "-h")
	if r.code != ExitOK || !strings.Contains(r.stdout, "tcsig endpoint --list") || !strings.Contains(r.stdout, "-region") {
		t.Errorf("exit %d stdout %q", r.code, r.stdout)
	}
}
