package endpoints

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/google/go-cmp/cmp"
	"github.com/google/go-cmp/cmp/cmpopts"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestParseMode(t *testing.T) {
	tests := []struct {
		in      string
		want    Mode
		wantErr string
	}{
		{"", ModeNearest, ""},
		{"nearest", ModeNearest, ""},
		{"regional", ModeRegional, ""},
		{"intl", ModeIntl, ""},
		{"Regional", "", `mode "Regional": want nearest, regional or intl`},
		{"internal", "", `mode "internal": want nearest, regional or intl`},
	}
	for _, tt := range tests {
		got, err := ParseMode(tt.in)
		assert.Equal(t, tt.wantErr, errString(err), "ParseMode(%q) error", tt.in)
		assert.Equal(t, tt.want, got, "ParseMode(%q)", tt.in)
	}
}

// TestResolveEveryRegion resolves every table row in every mode.
func TestResolveEveryRegion(t *testing.T) {
	for _, r := range Regions() {
		for _, mode := range []Mode{ModeNearest, ModeRegional, ModeIntl} {
			t.Run(r.ID+"/"+string(mode), func(t *testing.T) {
				got, err := Resolve("cvm", r.ID, mode)
				require.NoError(t, err)

				want := Resolution{Mode: mode, Region: r.ID, Known: true}
				switch {
				case r.Financial:
					want.Host, want.Mode = "cvm."+r.ID+".tencentcloudapi.com", ModeRegional
				case mode == ModeRegional:
					want.Host = "cvm." + r.ID + ".tencentcloudapi.com"
				case mode == ModeIntl:
					want.Host = "cvm.intl.tencentcloudapi.com"
				default:
					want.Host = "cvm.tencentcloudapi.com"
				}
				if r.Note != "" {
					want.Warning = r.ID + ": " + r.Note
				}
				if diff := cmp.Diff(want, got, cmpopts.IgnoreFields(Resolution{}, "Why")); diff != "" {
					t.Errorf("(-want +got):\n%s", diff)
				}
				assert.Contains(t, got.Why, got.Host, "Why should name the host")
				assert.Contains(t, got.Why, r.ID, "Why should name the region")
				assert.NoError(t, CheckHost("cvm", r.ID, got.Host), "CheckHost rejects the resolved host")
			})
		}
	}
}

func TestResolve(t *testing.T) {
	tests := []struct {
		name            string
		service, region string
		mode            Mode
		want            Resolution
	}{
		{
			name: "nearest without region", service: "cvm", mode: ModeNearest,
			want: Resolution{Host: "cvm.tencentcloudapi.com", Mode: ModeNearest,
				Why: "cvm.tencentcloudapi.com: the nearest domain; requests are routed to the closest region"},
		},
		{
			name: "empty mode is nearest", service: "cvm", region: "ap-guangzhou",
			want: Resolution{Host: "cvm.tencentcloudapi.com", Mode: ModeNearest, Region: "ap-guangzhou", Known: true,
				Why: "cvm.tencentcloudapi.com: the nearest domain; requests are routed to the closest region, and X-TC-Region still selects ap-guangzhou's data"},
		},
		{
			name: "regional", service: "cvm", region: "ap-guangzhou", mode: ModeRegional,
			want: Resolution{Host: "cvm.ap-guangzhou.tencentcloudapi.com", Mode: ModeRegional, Region: "ap-guangzhou", Known: true,
				Why: "cvm.ap-guangzhou.tencentcloudapi.com: the regional domain; requests are served in ap-guangzhou without a routing hop"},
		},
		{
			name: "intl", service: "mps", region: "ap-singapore", mode: ModeIntl,
			want: Resolution{Host: "mps.intl.tencentcloudapi.com", Mode: ModeIntl, Region: "ap-singapore", Known: true,
				Why: "mps.intl.tencentcloudapi.com: the international nearest domain; requests are routed to the closest region, and X-TC-Region still selects ap-singapore's data"},
		},
		{
			name: "intl without region", service: "region", mode: ModeIntl,
			want: Resolution{Host: "region.intl.tencentcloudapi.com", Mode: ModeIntl,
				Why: "region.intl.tencentcloudapi.com: the international nearest domain; requests are routed to the closest region"},
		},
		{
			name: "financial zone in nearest mode gets its own domain", service: "cvm", region: "ap-shanghai-fsi", mode: ModeNearest,
			want: Resolution{Host: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Mode: ModeRegional, Region: "ap-shanghai-fsi", Known: true,
				Why: "ap-shanghai-fsi is a financial zone: its requests must go to its own domain cvm.ap-shanghai-fsi.tencentcloudapi.com"},
		},
		{
			name: "financial zone in intl mode gets its own domain", service: "cdb", region: "ap-shenzhen-fsi", mode: ModeIntl,
			want: Resolution{Host: "cdb.ap-shenzhen-fsi.tencentcloudapi.com", Mode: ModeRegional, Region: "ap-shenzhen-fsi", Known: true,
				Why: "ap-shenzhen-fsi is a financial zone: its requests must go to its own domain cdb.ap-shenzhen-fsi.tencentcloudapi.com"},
		},
		{
			name: "unknown region is a warning, not an error", service: "cvm", region: "ap-taipei", mode: ModeRegional,
			want: Resolution{Host: "cvm.ap-taipei.tencentcloudapi.com", Mode: ModeRegional, Region: "ap-taipei", Known: false,
				Why:     "cvm.ap-taipei.tencentcloudapi.com: the regional domain; requests are served in ap-taipei without a routing hop",
				Warning: "ap-taipei is not in tcsig's region table: it may be new or mistyped; DescribeRegions lists the regions your account can use"},
		},
		{
			name: "unknown -fsi region is treated as a financial zone", service: "cvm", region: "ap-guangzhou-fsi", mode: ModeNearest,
			want: Resolution{Host: "cvm.ap-guangzhou-fsi.tencentcloudapi.com", Mode: ModeRegional, Region: "ap-guangzhou-fsi", Known: false,
				Why:     "ap-guangzhou-fsi is a financial zone: its requests must go to its own domain cvm.ap-guangzhou-fsi.tencentcloudapi.com",
				Warning: "ap-guangzhou-fsi is not in tcsig's region table: it may be new or mistyped; DescribeRegions lists the regions your account can use"},
		},
		{
			name: "retired region warns", service: "cvm", region: "na-toronto", mode: ModeRegional,
			want: Resolution{Host: "cvm.na-toronto.tencentcloudapi.com", Mode: ModeRegional, Region: "na-toronto", Known: true,
				Why:     "cvm.na-toronto.tencentcloudapi.com: the regional domain; requests are served in na-toronto without a routing hop",
				Warning: "na-toronto: Retired: dropped from the latest request-structure pages; it may no longer accept requests."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Resolve(tt.service, tt.region, tt.mode)
			require.NoError(t, err)
			if diff := cmp.Diff(tt.want, got); diff != "" {
				t.Errorf("Resolve(%q, %q, %q) (-want +got):\n%s", tt.service, tt.region, tt.mode, diff)
			}
		})
	}
}

func TestResolveErrors(t *testing.T) {
	tests := []struct {
		name            string
		service, region string
		mode            Mode
		want            *FieldError
	}{
		{"empty service", "", "ap-guangzhou", ModeNearest,
			&FieldError{"service", "", "empty; it is the host's first label, e.g. cvm"}},
		{"upper-case service", "CVM", "", ModeNearest,
			&FieldError{"service", "CVM", "must be lower case: cvm"}},
		{"service with a dot", "cvm.ap-guangzhou", "", ModeNearest,
			&FieldError{"service", "cvm.ap-guangzhou", "must be a DNS label: a-z, 0-9 and inner hyphens, at most 63 characters"}},
		{"service with underscore", "my_svc", "", ModeNearest,
			&FieldError{"service", "my_svc", "must be a DNS label: a-z, 0-9 and inner hyphens, at most 63 characters"}},
		{"service with leading hyphen", "-cvm", "", ModeNearest,
			&FieldError{"service", "-cvm", "must be a DNS label: a-z, 0-9 and inner hyphens, at most 63 characters"}},
		{"service longer than a label", strings.Repeat("a", 64), "", ModeNearest,
			&FieldError{"service", strings.Repeat("a", 64), "must be a DNS label: a-z, 0-9 and inner hyphens, at most 63 characters"}},
		{"regional without region", "cvm", "", ModeRegional,
			&FieldError{"region", "", "the regional mode needs a region"}},
		{"upper-case region", "cvm", "AP-Guangzhou", ModeRegional,
			&FieldError{"region", "AP-Guangzhou", "must be lower case: ap-guangzhou"}},
		{"region with space", "cvm", "ap guangzhou", ModeNearest,
			&FieldError{"region", "ap guangzhou", "not a region ID: want area-city, e.g. ap-guangzhou"}},
		{"region without hyphen", "cvm", "guangzhou", ModeNearest,
			&FieldError{"region", "guangzhou", "not a region ID: want area-city, e.g. ap-guangzhou"}},
		{"intl is not a region", "cvm", "intl", ModeRegional,
			&FieldError{"region", "intl", "not a region ID: want area-city, e.g. ap-guangzhou"}},
		{"region with a dot", "cvm", "ap-guangzhou.evil", ModeRegional,
			&FieldError{"region", "ap-guangzhou.evil", "not a region ID: want area-city, e.g. ap-guangzhou"}},
		{"unknown mode", "cvm", "ap-guangzhou", Mode("fastest"),
			&FieldError{"mode", "fastest", "want nearest, regional or intl"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, err := Resolve(tt.service, tt.region, tt.mode)
			var fe *FieldError
			require.ErrorAs(t, err, &fe, "Resolve(%q, %q, %q) = %+v", tt.service, tt.region, tt.mode, got)
			if diff := cmp.Diff(tt.want, fe); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			if diff := cmp.Diff(Resolution{}, got); diff != "" {
				t.Errorf("Resolution on error should be empty (-want +got):\n%s", diff)
			}
		})
	}
}

func TestFieldErrorMessage(t *testing.T) {
	_, err := Resolve("CVM", "", ModeNearest)
	assert.EqualError(t, err, `service "CVM": must be lower case: cvm`)
}

func TestCheckHostOK(t *testing.T) {
	tests := []struct{ name, service, region, host string }{
		{"nearest", "cvm", "ap-guangzhou", "cvm.tencentcloudapi.com"},
		{"nearest without region", "cvm", "", "cvm.tencentcloudapi.com"},
		{"intl", "mps", "ap-singapore", "mps.intl.tencentcloudapi.com"},
		{"internal", "cls", "ap-guangzhou", "cls.internal.tencentcloudapi.com"},
		{"regional, same region", "cvm", "ap-guangzhou", "cvm.ap-guangzhou.tencentcloudapi.com"},
		// The host only routes; X-TC-Region names the data.
		{"regional, other region", "cvm", "ap-beijing", "cvm.ap-guangzhou.tencentcloudapi.com"},
		{"unknown region, its own host", "cvm", "ap-taipei", "cvm.ap-taipei.tencentcloudapi.com"},
		{"retired region, its own host", "cvm", "ap-mumbai", "cvm.ap-mumbai.tencentcloudapi.com"},
		{"financial zone, its own host", "cvm", "ap-shanghai-fsi", "cvm.ap-shanghai-fsi.tencentcloudapi.com"},
		{"unconfirmed financial zone, its own host", "cdb", "ap-beijing-fsi", "cdb.ap-beijing-fsi.tencentcloudapi.com"},
		{"hyphenated service", "tdmq-test", "ap-guangzhou", "tdmq-test.tencentcloudapi.com"},
		// No region, nothing to isolate: region-less APIs may exist there.
		{"no region, financial host", "cvm", "", "cvm.ap-shanghai-fsi.tencentcloudapi.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			assert.NoError(t, CheckHost(tt.service, tt.region, tt.host), "CheckHost(%q, %q, %q)", tt.service, tt.region, tt.host)
		})
	}
}

func TestCheckHostErrors(t *testing.T) {
	const (
		fsiShanghai = "ap-shanghai-fsi is a financial zone: its requests must go to its own domain cvm.ap-shanghai-fsi.tencentcloudapi.com"
		notTencent  = "not a Tencent Cloud API host: want <service>.tencentcloudapi.com or <service>.<region>.tencentcloudapi.com"
	)
	tests := []struct {
		name                  string
		service, region, host string
		want                  *HostError
		wantMsg               string
	}{
		// Financial zone -> elsewhere.
		{name: "financial region, nearest host", service: "cvm", region: "ap-shanghai-fsi", host: "cvm.tencentcloudapi.com",
			want:    &HostError{Host: "cvm.tencentcloudapi.com", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Reason: fsiShanghai, Err: ErrFinancialZone},
			wantMsg: "cvm.tencentcloudapi.com: " + fsiShanghai},
		{name: "financial region, intl host", service: "cvm", region: "ap-shanghai-fsi", host: "cvm.intl.tencentcloudapi.com",
			want: &HostError{Host: "cvm.intl.tencentcloudapi.com", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Reason: fsiShanghai, Err: ErrFinancialZone}},
		{name: "financial region, ordinary regional host", service: "cvm", region: "ap-shanghai-fsi", host: "cvm.ap-shanghai.tencentcloudapi.com",
			want: &HostError{Host: "cvm.ap-shanghai.tencentcloudapi.com", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Reason: fsiShanghai, Err: ErrFinancialZone}},
		{name: "financial region, other financial zone", service: "cvm", region: "ap-shanghai-fsi", host: "cvm.ap-shenzhen-fsi.tencentcloudapi.com",
			want: &HostError{Host: "cvm.ap-shenzhen-fsi.tencentcloudapi.com", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Reason: fsiShanghai, Err: ErrFinancialZone}},
		{name: "financial region, wrong service on another host: Want fixes both", service: "cvm", region: "ap-shanghai-fsi", host: "cdb.tencentcloudapi.com",
			want: &HostError{Host: "cdb.tencentcloudapi.com", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Reason: fsiShanghai, Err: ErrFinancialZone}},
		{name: "unknown -fsi region, nearest host", service: "cvm", region: "ap-guangzhou-fsi", host: "cvm.tencentcloudapi.com",
			want: &HostError{Host: "cvm.tencentcloudapi.com", Region: "ap-guangzhou-fsi", Want: "cvm.ap-guangzhou-fsi.tencentcloudapi.com", Err: ErrFinancialZone,
				Reason: "ap-guangzhou-fsi is a financial zone: its requests must go to its own domain cvm.ap-guangzhou-fsi.tencentcloudapi.com"}},
		// Elsewhere -> financial zone.
		{name: "ordinary region, financial host", service: "cvm", region: "ap-guangzhou", host: "cvm.ap-shanghai-fsi.tencentcloudapi.com",
			want: &HostError{Host: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Region: "ap-guangzhou", Want: "cvm.tencentcloudapi.com", Err: ErrFinancialZone,
				Reason: "this is financial zone ap-shanghai-fsi's domain, which only takes ap-shanghai-fsi requests; send ap-guangzhou requests to cvm.tencentcloudapi.com or cvm.ap-guangzhou.tencentcloudapi.com"},
			wantMsg: "cvm.ap-shanghai-fsi.tencentcloudapi.com: this is financial zone ap-shanghai-fsi's domain, which only takes ap-shanghai-fsi requests; send ap-guangzhou requests to cvm.tencentcloudapi.com or cvm.ap-guangzhou.tencentcloudapi.com"},
		{name: "unknown region, unknown -fsi host", service: "cvm", region: "ap-taipei", host: "cvm.ap-xian-fsi.tencentcloudapi.com",
			want: &HostError{Host: "cvm.ap-xian-fsi.tencentcloudapi.com", Region: "ap-taipei", Want: "cvm.tencentcloudapi.com", Err: ErrFinancialZone,
				Reason: "this is financial zone ap-xian-fsi's domain, which only takes ap-xian-fsi requests; send ap-taipei requests to cvm.tencentcloudapi.com or cvm.ap-taipei.tencentcloudapi.com"}},
		// Service label.
		{name: "service mismatch", service: "cvm", region: "ap-guangzhou", host: "cdb.ap-guangzhou.tencentcloudapi.com",
			want: &HostError{Host: "cdb.ap-guangzhou.tencentcloudapi.com", Region: "ap-guangzhou", Want: "cvm.ap-guangzhou.tencentcloudapi.com", Err: ErrServiceMismatch,
				Reason: "the first label is cdb but the service is cvm; the service signed into the credential scope must be the host's first label"}},
		{name: "service mismatch on the right financial host", service: "cvm", region: "ap-shanghai-fsi", host: "cdb.ap-shanghai-fsi.tencentcloudapi.com",
			want: &HostError{Host: "cdb.ap-shanghai-fsi.tencentcloudapi.com", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Err: ErrServiceMismatch,
				Reason: "the first label is cdb but the service is cvm; the service signed into the credential scope must be the host's first label"}},
		{name: "service mismatch, intl", service: "cvm", region: "", host: "mps.intl.tencentcloudapi.com",
			want: &HostError{Host: "mps.intl.tencentcloudapi.com", Want: "cvm.intl.tencentcloudapi.com", Err: ErrServiceMismatch,
				Reason: "the first label is mps but the service is cvm; the service signed into the credential scope must be the host's first label"}},
		// Syntax.
		{name: "upper case is rejected, lower case offered", service: "cvm", region: "ap-guangzhou", host: "CVM.TencentCloudAPI.com",
			want: &HostError{Host: "CVM.TencentCloudAPI.com", Region: "ap-guangzhou", Want: "cvm.tencentcloudapi.com", Err: ErrHostSyntax,
				Reason: "upper-case letters are not allowed: the host is a signed header, so send it exactly as signed, in lower case"}},
		{name: "trailing dot", service: "cvm", region: "ap-guangzhou", host: "cvm.tencentcloudapi.com.",
			want:    &HostError{Host: "cvm.tencentcloudapi.com.", Region: "ap-guangzhou", Want: "cvm.tencentcloudapi.com", Err: ErrHostSyntax, Reason: "a trailing dot is not allowed: the host is signed as written"},
			wantMsg: "cvm.tencentcloudapi.com.: a trailing dot is not allowed: the host is signed as written"},
		{name: "trailing dot on a financial host", service: "cvm", region: "ap-shanghai-fsi", host: "cvm.ap-shanghai-fsi.tencentcloudapi.com.",
			want: &HostError{Host: "cvm.ap-shanghai-fsi.tencentcloudapi.com.", Region: "ap-shanghai-fsi", Want: "cvm.ap-shanghai-fsi.tencentcloudapi.com", Err: ErrHostSyntax, Reason: "a trailing dot is not allowed: the host is signed as written"}},
		{name: "port", service: "cvm", region: "", host: "cvm.tencentcloudapi.com:443",
			want: &HostError{Host: "cvm.tencentcloudapi.com:443", Want: "cvm.tencentcloudapi.com", Err: ErrHostSyntax,
				Reason: "a port is not allowed: Tencent Cloud API hosts are HTTPS on 443 and the host is signed without one"}},
		{name: "empty host", service: "cvm", region: "", host: "",
			want:    &HostError{Err: ErrHostSyntax, Reason: "the host is empty"},
			wantMsg: "the host is empty"},
		{name: "foreign domain", service: "cvm", region: "", host: "cvm.example.com",
			want: &HostError{Host: "cvm.example.com", Err: ErrHostSyntax, Reason: notTencent}},
		{name: "suffix look-alike", service: "cvm", region: "", host: "cvm.eviltencentcloudapi.com",
			want: &HostError{Host: "cvm.eviltencentcloudapi.com", Err: ErrHostSyntax, Reason: notTencent}},
		{name: "root domain alone", service: "cvm", region: "", host: "tencentcloudapi.com",
			want: &HostError{Host: "tencentcloudapi.com", Err: ErrHostSyntax, Reason: notTencent}},
		{name: "fail-over domain is not supported", service: "cvm", region: "", host: "cvm.tencentcloudapi.com.cn",
			want: &HostError{Host: "cvm.tencentcloudapi.com.cn", Err: ErrHostSyntax, Reason: notTencent}},
		{name: "scheme", service: "cvm", region: "", host: "https://cvm.tencentcloudapi.com/",
			want: &HostError{Host: "https://cvm.tencentcloudapi.com/", Want: "cvm.tencentcloudapi.com", Err: ErrHostSyntax,
				Reason: "give the host alone, without scheme or path"}},
		{name: "no fix offered when the fix is not a host either", service: "cvm", region: "", host: "CVM.example.com",
			want: &HostError{Host: "CVM.example.com", Err: ErrHostSyntax,
				Reason: "upper-case letters are not allowed: the host is a signed header, so send it exactly as signed, in lower case"}},
		{name: "empty label", service: "cvm", region: "", host: "cvm..tencentcloudapi.com",
			want: &HostError{Host: "cvm..tencentcloudapi.com", Err: ErrHostSyntax, Reason: `"" is not a valid DNS label (a-z, 0-9 and inner hyphens)`}},
		{name: "middle label is not a region", service: "cvm", region: "", host: "cvm.guangzhou.tencentcloudapi.com",
			want: &HostError{Host: "cvm.guangzhou.tencentcloudapi.com", Err: ErrHostSyntax, Reason: `"guangzhou" is neither a region ID nor intl or internal`}},
		{name: "too many labels", service: "cvm", region: "", host: "cvm.ap-guangzhou.intl.tencentcloudapi.com",
			want: &HostError{Host: "cvm.ap-guangzhou.intl.tencentcloudapi.com", Err: ErrHostSyntax,
				Reason: "too many labels: want <service>.tencentcloudapi.com or <service>.<region>.tencentcloudapi.com"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			err := CheckHost(tt.service, tt.region, tt.host)
			var he *HostError
			require.ErrorAs(t, err, &he, "CheckHost(%q, %q, %q)", tt.service, tt.region, tt.host)
			if diff := cmp.Diff(*tt.want, *he, cmpopts.EquateErrors()); diff != "" {
				t.Errorf("(-want +got):\n%s", diff)
			}
			assert.ErrorIs(t, err, tt.want.Err)
			if tt.wantMsg != "" {
				assert.EqualError(t, err, tt.wantMsg, "message")
			}
		})
	}
}

func TestCheckHostBadInput(t *testing.T) {
	tests := []struct {
		service, region string
		want            *FieldError
	}{
		{"", "ap-guangzhou", &FieldError{"service", "", "empty; it is the host's first label, e.g. cvm"}},
		{"Cvm", "ap-guangzhou", &FieldError{"service", "Cvm", "must be lower case: cvm"}},
		{"cvm", "AP-GUANGZHOU", &FieldError{"region", "AP-GUANGZHOU", "must be lower case: ap-guangzhou"}},
		{"cvm", "ap_guangzhou", &FieldError{"region", "ap_guangzhou", "not a region ID: want area-city, e.g. ap-guangzhou"}},
	}
	for _, tt := range tests {
		err := CheckHost(tt.service, tt.region, "cvm.tencentcloudapi.com")
		var fe *FieldError
		if !assert.ErrorAs(t, err, &fe, "CheckHost(%q, %q, …)", tt.service, tt.region) {
			continue
		}
		if diff := cmp.Diff(tt.want, fe); diff != "" {
			t.Errorf("CheckHost(%q, %q, …) (-want +got):\n%s", tt.service, tt.region, diff)
		}
	}
}

func TestServiceFromHost(t *testing.T) {
	tests := map[string]string{
		"cvm.tencentcloudapi.com":              "cvm",
		"cvm.ap-guangzhou.tencentcloudapi.com": "cvm",
		"mps.intl.tencentcloudapi.com":         "mps",
		"CVM.tencentcloudapi.com":              "CVM", // as written; CheckHost rejects it
		"localhost":                            "localhost",
		"":                                     "",
	}
	for host, want := range tests {
		assert.Equal(t, want, ServiceFromHost(host), "ServiceFromHost(%q)", host)
	}
}

func TestRegionalHosts(t *testing.T) {
	want := []string{
		"cvm.ap-guangzhou.tencentcloudapi.com",
		"cvm.ap-shanghai.tencentcloudapi.com",
		"cvm.ap-nanjing.tencentcloudapi.com",
		"cvm.ap-beijing.tencentcloudapi.com",
		"cvm.ap-chengdu.tencentcloudapi.com",
		"cvm.ap-chongqing.tencentcloudapi.com",
		"cvm.ap-guangzhou-open.tencentcloudapi.com",
		"cvm.ap-hongkong.tencentcloudapi.com",
		"cvm.ap-singapore.tencentcloudapi.com",
		"cvm.ap-jakarta.tencentcloudapi.com",
		"cvm.ap-bangkok.tencentcloudapi.com",
		"cvm.ap-seoul.tencentcloudapi.com",
		"cvm.ap-tokyo.tencentcloudapi.com",
		"cvm.na-ashburn.tencentcloudapi.com",
		"cvm.na-siliconvalley.tencentcloudapi.com",
		"cvm.eu-frankfurt.tencentcloudapi.com",
		"cvm.sa-saopaulo.tencentcloudapi.com",
		"cvm.me-saudi-arabia.tencentcloudapi.com",
	}
	if diff := cmp.Diff(want, RegionalHosts("cvm")); diff != "" {
		t.Errorf("RegionalHosts(cvm) (-want +got):\n%s", diff)
	}
	for _, bad := range []string{"", "CVM", "cvm.evil.com"} {
		assert.Nil(t, RegionalHosts(bad), "RegionalHosts(%q)", bad)
	}
}

// TestJSON pins the field names the browser page reads.
func TestJSON(t *testing.T) {
	r, _ := Lookup("ap-guangzhou")
	res, err := Resolve("cvm", "ap-guangzhou", ModeRegional)
	require.NoError(t, err)
	for _, c := range []struct {
		v    any
		keys []string
	}{
		{r, []string{"financial", "group", "groupZh", "id", "name", "nameZh", "note", "retired"}},
		{res, []string{"host", "known", "mode", "region", "warning", "why"}},
	} {
		b, err := json.Marshal(c.v)
		require.NoError(t, err)
		var m map[string]any
		require.NoError(t, json.Unmarshal(b, &m))
		var got []string
		for k := range m {
			got = append(got, k)
		}
		if diff := cmp.Diff(c.keys, got, cmpopts.SortSlices(func(a, b string) bool { return a < b })); diff != "" {
			t.Errorf("%T JSON keys (-want +got):\n%s", c.v, diff)
		}
	}
}

func errString(err error) string {
	if err == nil {
		return ""
	}
	return err.Error()
}

func ExampleResolve() {
	res, err := Resolve("cvm", "ap-shanghai-fsi", ModeNearest)
	if err != nil {
		panic(err)
	}
	fmt.Println(res.Host)
	fmt.Println(res.Why)
	// Output:
	// cvm.ap-shanghai-fsi.tencentcloudapi.com
	// ap-shanghai-fsi is a financial zone: its requests must go to its own domain cvm.ap-shanghai-fsi.tencentcloudapi.com
}

func ExampleCheckHost() {
	err := CheckHost("cvm", "ap-guangzhou", "cvm.ap-shanghai-fsi.tencentcloudapi.com")
	var he *HostError
	if errors.As(err, &he) {
		fmt.Println("use", he.Want)
	}
	// Output:
	// use cvm.tencentcloudapi.com
}
