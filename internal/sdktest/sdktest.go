// Package sdktest is the one harness that tcsig's differential tests share:
// the official Go SDK's client (tencentcloud-sdk-go common, the version in
// go.mod), pointed at a transport that records what it would send and
// answers the way the API does, and a typed request declared the way the
// per-service SDK modules declare theirs (those modules are not on the
// module proxy; only common is).
//
// Only tests import it; a layout test checks that the tcsig binary does not
// link it.
package sdktest

import (
	"io"
	"net/http"
	"strings"
	"sync"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
)

// RequestClient is what this SDK version sends as RequestClient (v1) and
// X-TC-RequestClient (TC3).
const RequestClient = "SDK_GO_1.3.212"

// OKResponse is the API's answer to a call that succeeded with no fields.
const OKResponse = `{"Response":{"RequestId":"00000000-0000-0000-0000-000000000000"}}`

// Recorder is an http.RoundTripper that keeps the last request the SDK
// sent (Req, with its body read into Body) and answers with Response
// (OKResponse when empty), so Client.Send completes without a network.
// Read its fields after Send has returned.
type Recorder struct {
	Response string

	mu    sync.Mutex
	Req   *http.Request
	Body  []byte
	Count int
}

// RoundTrip records r and answers like the API.
func (rt *Recorder) RoundTrip(r *http.Request) (*http.Response, error) {
	var body []byte
	if r.Body != nil {
		b, err := io.ReadAll(r.Body)
		if err != nil {
			return nil, err
		}
		r.Body.Close()
		body = b
	}
	rt.mu.Lock()
	rt.Req, rt.Body = r, body
	rt.Count++
	answer := rt.Response
	rt.mu.Unlock()
	if answer == "" {
		answer = OKResponse
	}
	return &http.Response{
		StatusCode: http.StatusOK, Status: "200 OK",
		Proto: "HTTP/1.1", ProtoMajor: 1, ProtoMinor: 1,
		Header:        http.Header{"Content-Type": {"application/json"}},
		ContentLength: int64(len(answer)),
		Body:          io.NopCloser(strings.NewReader(answer)),
		Request:       r,
	}, nil
}

// Client describes the SDK client a test wants, as a caller would set one up.
type Client struct {
	Region, Method, SignMethod string
	Endpoint, Language         string
	Token                      string
	UnsignedPayload            bool
	SecretID, SecretKey        string
	Debug                      bool
}

// Build returns the SDK's client with a Recorder in place of the network.
func (o Client) Build() (*common.Client, *Recorder) {
	cp := profile.NewClientProfile()
	cp.HttpProfile.ReqMethod = o.Method
	cp.HttpProfile.Endpoint = o.Endpoint
	cp.SignMethod = o.SignMethod
	cp.UnsignedPayload = o.UnsignedPayload
	cp.Language = o.Language
	cp.Debug = o.Debug
	c := (&common.Client{}).Init(o.Region)
	if o.Token != "" {
		c.WithCredential(common.NewTokenCredential(o.SecretID, o.SecretKey, o.Token))
	} else {
		c.WithCredential(common.NewCredential(o.SecretID, o.SecretKey))
	}
	c.WithProfile(cp)
	rt := &Recorder{}
	c.WithHttpTransport(rt)
	return c, rt
}

// Filter, Tag, TagSpecification and Placement are nested structures as the
// service packages declare them (pointer fields, json and name tags).
type Filter struct {
	Name   *string   `json:"Name,omitnil,omitempty" name:"Name"`
	Values []*string `json:"Values,omitnil,omitempty" name:"Values"`
}

type Tag struct {
	Key   *string `json:"Key,omitnil,omitempty" name:"Key"`
	Value *string `json:"Value,omitnil,omitempty" name:"Value"`
}

type TagSpecification struct {
	ResourceType *string `json:"ResourceType,omitnil,omitempty" name:"ResourceType"`
	Tags         []*Tag  `json:"Tags,omitnil,omitempty" name:"Tags"`
}

type Placement struct {
	Zone      *string   `json:"Zone,omitnil,omitempty" name:"Zone"`
	ProjectId *int64    `json:"ProjectId,omitnil,omitempty" name:"ProjectId"`
	HostIds   []*string `json:"HostIds,omitnil,omitempty" name:"HostIds"`
}

// Request is a typed request with every kind of field the SDK flattens
// differently: strings, signed and unsigned integers, booleans, floats,
// nested structures and arrays of each. Fields left nil are not sent.
type Request struct {
	*tchttp.BaseRequest

	InstanceIds      []*string           `json:"InstanceIds,omitnil,omitempty" name:"InstanceIds"`
	Filters          []*Filter           `json:"Filters,omitnil,omitempty" name:"Filters"`
	Offset           *int64              `json:"Offset,omitnil,omitempty" name:"Offset"`
	Limit            *int64              `json:"Limit,omitnil,omitempty" name:"Limit"`
	DiskSize         *uint64             `json:"DiskSize,omitnil,omitempty" name:"DiskSize"`
	DryRun           *bool               `json:"DryRun,omitnil,omitempty" name:"DryRun"`
	InstanceName     *string             `json:"InstanceName,omitnil,omitempty" name:"InstanceName"`
	Placement        *Placement          `json:"Placement,omitnil,omitempty" name:"Placement"`
	TagSpecification []*TagSpecification `json:"TagSpecification,omitnil,omitempty" name:"TagSpecification"`
	Sizes            []*uint64           `json:"Sizes,omitnil,omitempty" name:"Sizes"`
	Flags            []*bool             `json:"Flags,omitnil,omitempty" name:"Flags"`
	Weights          []*float64          `json:"Weights,omitnil,omitempty" name:"Weights"`
}

// NewRequest returns an empty Request for service, version and action.
func NewRequest(service, version, action string) *Request {
	r := &Request{BaseRequest: &tchttp.BaseRequest{}}
	r.Init().WithApiInfo(service, version, action)
	return r
}

// Response is a minimal typed response, as the service packages declare.
type Response struct {
	*tchttp.BaseResponse
	Response *struct {
		RequestId *string `json:"RequestId,omitnil,omitempty" name:"RequestId"`
	} `json:"Response"`
}

// NewResponse returns a Response ready for Client.Send.
func NewResponse() *Response { return &Response{BaseResponse: &tchttp.BaseResponse{}} }

// String returns a pointer to s, as the SDK's common.StringPtr does.
func String(s string) *string { return &s }
