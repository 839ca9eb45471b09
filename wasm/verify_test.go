package main

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/tcsig/tcsig/internal/spec"
)

func TestVerifyReportsTheCLIJSON(t *testing.T) {
	res, err := spec.Sign(&spec.Request{Service: "cvm", Action: "DescribeInstances", Version: "2017-03-12", Region: "ap-guangzhou",
		Timestamp: "1551113065", SecretID: "AKIDz8krbsJ5yKBZQpn74WFkmLPx3EXAMPLE", SecretKey: "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", Data: `{"Limit":1}`})
	if err != nil {
		t.Fatal(err)
	}
	raw := "POST / HTTP/1.1\r\n"
	for _, h := range res.Headers {
		raw += h.Name + ": " + h.Value + "\r\n"
	}
	raw += "\r\n" + string(res.Body)
	opts := fake{map[string]any{"secretKey": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE", "now": float64(1551113065 + 30)}}
	b, err := Verify(raw, opts, 1700000000)
	if err != nil {
		t.Fatal(err)
	}
	var rep map[string]any
	if err := json.Unmarshal(b, &rep); err != nil {
		t.Fatal(err)
	}
	if rep["valid"] != true {
		t.Errorf("a correctly signed request reported invalid: %s", b)
	}
	// The edge clock (1700000000) is far from the timestamp: the API's
	// 5-minute check fails when now is not given.
	b, err = Verify(raw, fake{map[string]any{"secretKey": "Gu5t9xGARNpq86cd98joQYCN3EXAMPLE"}}, 1700000000)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), `"valid":false`) {
		t.Errorf("a request 4 years old passed the clock check: %s", b)
	}
	b, err = Verify(raw, fake{map[string]any{"secretKey": "wrong", "now": "0"}}, 1700000000)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(b), "SignatureFailure") {
		t.Errorf("wrong key: %s", b)
	}
	if _, err := Verify(raw, fake{map[string]any{"secretkey": "x"}}, 1700000000); err == nil || !strings.Contains(err.Error(), "unknown option") {
		t.Errorf("misspelt option: %v", err)
	}
	if _, err := Verify(raw, fake{map[string]any{"now": 1.5}}, 1700000000); err == nil || !strings.Contains(err.Error(), "whole seconds") {
		t.Errorf("fractional now: %v", err)
	}
}
