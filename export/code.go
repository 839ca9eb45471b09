package export

import (
	"strings"

	"github.com/tcsig/tcsig/internal/jsonlite"
)

// Each program is one template, rendered by render. A template is the
// program's text, a line at a time:
//
//   - "?cond " at the start keeps the line only when cond holds, "!cond "
//     only when it does not (conditions: see input.fields);
//   - "+" next joins the line to the one before it (for optional
//     arguments inside one line);
//   - "{{name}}" is a field as it is, "{{q:name}}" a field quoted as the
//     language's string literal (see placeholder; fields: see input.fields).
//
// Strings, unlike code that writes a program line by line, compress well:
// the page's WebAssembly module carries all six.

// tccliTemplate is the tccli command: each top-level parameter as --Name,
// a string as it is, anything else as JSON. tccli signs TC3 POST and has
// no switch for the others; the request it sends is the same action with
// the same parameters.
const tccliTemplate = `
?notc3 # tccli always sends TC3-HMAC-SHA256 POST; the API answers the same either way.
# Credentials: tccli configure, or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY.
tccli {{service}} {{action}} \
  --version {{version}}
?region + \
?region   --region {{region}}
?endpoint + \
?endpoint   --endpoint {{host}}
+{{tccliargs}}
`

// goTemplate is a Go program using tencentcloud-sdk-go.
const goTemplate = `
package main

import (
	"fmt"
	"os"

	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors"
!typed 	tchttp "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http"
	"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile"
?typed 	{{pkg}} "github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/{{pkg}}/{{ver}}"
)

func main() {
	// TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.
	credential, err := common.DefaultEnvProvider().GetCredential()
	if err != nil {
		panic(err)
	}
	cpf := profile.NewClientProfile()
	cpf.HttpProfile.Endpoint = {{q:host}}
?http 	cpf.HttpProfile.Scheme = "HTTP"
?get 	cpf.HttpProfile.ReqMethod = "GET"
?v1 	cpf.SignMethod = {{q:v1}}
?lang 	cpf.Language = {{q:lang}}
	params := {{g:params}}
?typed 	client, err := {{pkg}}.NewClient(credential, {{q:region}}, cpf)
?typed 	if err != nil {
?typed 		panic(err)
?typed 	}
?typed 	request := {{pkg}}.New{{action}}Request()
?typed 	if err := request.FromJsonString(params); err != nil {
?typed 		panic(err)
?typed 	}
?typed 	response, err := client.{{action}}(request)
!typed 	client := common.NewCommonClient(credential, {{q:region}}, cpf)
!typed 	request := tchttp.NewCommonRequest({{q:service}}, {{q:version}}, {{q:action}})
!typed 	if err := request.SetActionParameters(params); err != nil {
!typed 		panic(err)
!typed 	}
!typed 	response := tchttp.NewCommonResponse()
!typed 	err = client.Send(request, response)
	if sdkErr, ok := err.(*errors.TencentCloudSDKError); ok {
		fmt.Fprintln(os.Stderr, "API error:", sdkErr)
		os.Exit(1)
	}
	if err != nil {
		panic(err)
	}
?typed 	fmt.Println(response.ToJsonString())
!typed 	fmt.Println(string(response.GetBody()))
}
`

// pythonTemplate is a program using tencentcloud-sdk-python.
const pythonTemplate = `
!typed import json
import os

from tencentcloud.common import credential
!typed from tencentcloud.common.common_client import CommonClient
from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException
from tencentcloud.common.profile.client_profile import ClientProfile
from tencentcloud.common.profile.http_profile import HttpProfile
?typed from tencentcloud.{{pkg}}.{{ver}} import {{pkg}}_client, models

try:
    # TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.
    cred = credential.Credential(os.getenv("TENCENTCLOUD_SECRET_ID"), os.getenv("TENCENTCLOUD_SECRET_KEY"))
    http_profile = HttpProfile(endpoint={{j:host}}
?http +, protocol="http"
?get +, reqMethod="GET"
+)
    client_profile = ClientProfile(httpProfile=http_profile
?v1 +, signMethod={{j:v1}}
?lang +, language={{j:lang}}
+)
    params = {{s:params}}
?typed     client = {{pkg}}_client.{{class}}Client(cred, {{j:region}}, client_profile)
?typed     req = models.{{action}}Request()
?typed     req.from_json_string(params)
?typed     resp = client.{{action}}(req)
?typed     print(resp.to_json_string())
!typed     client = CommonClient({{j:service}}, {{j:version}}, cred, {{j:region}}, profile=client_profile)
!typed     print(json.dumps(client.call_json({{j:action}}, json.loads(params)), ensure_ascii=False))
except TencentCloudSDKException as err:
    print(err)
    raise SystemExit(1)
`

// nodeTemplate is a program using tencentcloud-sdk-nodejs. Its clients
// take the parameters as a plain object, which the JSON text already is.
const nodeTemplate = `
?typed const tencentcloud = require("tencentcloud-sdk-nodejs");
!typed const { CommonClient } = require("tencentcloud-sdk-nodejs-common");

const clientConfig = {
  // TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.
  credential: {
    secretId: process.env.TENCENTCLOUD_SECRET_ID,
    secretKey: process.env.TENCENTCLOUD_SECRET_KEY,
  },
  region: {{j:region}},
  profile: {
?v1     signMethod: {{j:v1}},
?lang     language: {{j:lang}},
    httpProfile: {
      endpoint: {{j:host}},
?get       reqMethod: "GET",
?http       protocol: "http://",
    },
  },
};

?bigint // JSON.parse reads numbers as doubles: an integer above 2^53 here ({{bigint}}) loses digits. Pass it as a string if the API accepts one.
const params = JSON.parse({{j:params}});
?typed const Client = tencentcloud.{{pkg}}.{{ver}}.Client;
?typed const client = new Client(clientConfig);
?typed client.{{action}}(params).then(
!typed const client = new CommonClient({{j:host}}, {{j:version}}, clientConfig);
!typed client.request({{j:action}}, params).then(
  (data) => console.log(JSON.stringify(data, null, 2)),
  (err) => {
    console.error("error", err);
    process.exitCode = 1;
  },
);
`

// javaTemplate is a program using tencentcloud-sdk-java.
const javaTemplate = `
import com.tencentcloudapi.common.AbstractModel;
!typed import com.tencentcloudapi.common.CommonClient;
import com.tencentcloudapi.common.Credential;
import com.tencentcloudapi.common.exception.TencentCloudSDKException;
import com.tencentcloudapi.common.profile.ClientProfile;
import com.tencentcloudapi.common.profile.HttpProfile;
?typed import com.tencentcloudapi.{{pkg}}.{{ver}}.{{class}}Client;
?typed import com.tencentcloudapi.{{pkg}}.{{ver}}.models.{{action}}Request;
?typed import com.tencentcloudapi.{{pkg}}.{{ver}}.models.{{action}}Response;

public class {{action}} {
    public static void main(String[] args) {
        try {
            // TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.
            Credential cred = new Credential(System.getenv("TENCENTCLOUD_SECRET_ID"), System.getenv("TENCENTCLOUD_SECRET_KEY"));
            HttpProfile httpProfile = new HttpProfile();
            httpProfile.setEndpoint({{J:host}});
?get             httpProfile.setReqMethod("GET");
?http             httpProfile.setProtocol("http://");
            ClientProfile clientProfile = new ClientProfile();
            clientProfile.setHttpProfile(httpProfile);
?v1             clientProfile.setSignMethod({{J:v1}});
?lang             clientProfile.setLanguage(com.tencentcloudapi.common.profile.Language.{{javalang}});
            String params = {{J:params}};
?typed             {{class}}Client client = new {{class}}Client(cred, {{J:region}}, clientProfile);
?typed             {{action}}Request req = AbstractModel.fromJsonString(params, {{action}}Request.class);
?typed             {{action}}Response resp = client.{{action}}(req);
?typed             System.out.println(AbstractModel.toJsonString(resp));
!typed             CommonClient client = new CommonClient({{J:service}}, {{J:version}}, cred, {{J:region}}, clientProfile);
!typed             System.out.println(client.call({{J:action}}, params));
        } catch (TencentCloudSDKException e) {
            System.err.println(e.toString());
            System.exit(1);
        }
    }
}
`

// phpTemplate is a program using tencentcloud-sdk-php.
const phpTemplate = `
<?php
require_once 'vendor/autoload.php';

!typed use TencentCloud\Common\CommonClient;
use TencentCloud\Common\Credential;
use TencentCloud\Common\Exception\TencentCloudSDKException;
use TencentCloud\Common\Profile\ClientProfile;
use TencentCloud\Common\Profile\HttpProfile;
?typed use TencentCloud\{{class}}\{{phpver}}\{{class}}Client;
?typed use TencentCloud\{{class}}\{{phpver}}\Models\{{action}}Request;

try {
    // TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.
    $cred = new Credential(getenv("TENCENTCLOUD_SECRET_ID"), getenv("TENCENTCLOUD_SECRET_KEY"));
    $httpProfile = new HttpProfile();
    $httpProfile->setEndpoint({{s:host}});
?get     $httpProfile->setReqMethod("GET");
?http     $httpProfile->setProtocol("http://");
    $clientProfile = new ClientProfile();
    $clientProfile->setHttpProfile($httpProfile);
?v1     $clientProfile->setSignMethod({{s:v1}});
?lang     $clientProfile->setLanguage({{s:lang}});
    $params = {{s:params}};
?typed     $client = new {{class}}Client($cred, {{s:region}}, $clientProfile);
?typed     $req = new {{action}}Request();
?typed     $req->fromJsonString($params);
?typed     $resp = $client->{{action}}($req);
?typed     echo $resp->toJsonString(), "\n";
!typed     $client = new CommonClient({{s:service}}, {{s:version}}, $cred, {{s:region}}, $clientProfile);
!typed     $resp = $client->callJson({{s:action}}, json_decode($params, true));
!typed     echo json_encode($resp, JSON_UNESCAPED_UNICODE), "\n";
} catch (TencentCloudSDKException $e) {
    echo $e, "\n";
    exit(1);
}
`

// render writes tmpl for in (see the templates' format above).
func render(tmpl string, in *input) string {
	table := in.fields()
	fields := table[:]
	var out []byte
	for _, line := range strings.Split(tmpl[1:len(tmpl)-1], "\n") {
		if line != "" && (line[0] == '?' || line[0] == '!') {
			cond, rest, _ := strings.Cut(line[1:], " ")
			if (lookup(fields, cond) != "") != (line[0] == '?') {
				continue
			}
			line = rest
		}
		if strings.HasPrefix(line, "+") && len(out) > 0 {
			out, line = out[:len(out)-1], line[1:]
		}
		for {
			before, after, ok := strings.Cut(line, "{{")
			out = append(out, before...)
			if !ok {
				break
			}
			name, rest, _ := strings.Cut(after, "}}")
			out = append(out, placeholder(fields, name)...)
			line = rest
		}
		out = append(out, '\n')
	}
	return string(out)
}

// placeholder is the text of "name" or "q:name": the field, quoted by
// the literal syntax q names.
func placeholder(fields []string, name string) string {
	q, field, ok := strings.Cut(name, ":")
	if !ok {
		return lookup(fields, name)
	}
	v := lookup(fields, field)
	switch q {
	case "q":
		return quoteDouble(v)
	case "g":
		return goString(v)
	case "j":
		return jsString(v)
	case "s":
		return singleQuoted(v)
	case "J":
		return javaString(v)
	}
	return v
}

// lookup is the value of name in fields, or "".
func lookup(fields []string, name string) string {
	for i := 0; i+1 < len(fields); i += 2 {
		if fields[i] == name {
			return fields[i+1]
		}
	}
	return ""
}

// fields are the templates' fields and conditions, as name, value pairs:
// a condition holds when its value is not empty. A table, not a switch
// on the name: it makes less code in the page's module, as does working
// each value out here once rather than in a method per value. An array
// returned by value, not a slice: the caller keeps it on its stack, so
// filling it needs no write barriers (more code in the module).
func (in *input) fields() [40]string {
	// The SDKs pick <service>.tencentcloudapi.com themselves.
	defaultHost := in.Service + ".tencentcloudapi.com"
	host := in.Host
	if host == "" {
		host = defaultHost
	}
	get := strings.EqualFold(in.Method, "GET")
	// v1 is the HmacSHA1/HmacSHA256 method, or "" for TC3.
	v1 := ""
	switch strings.ToLower(in.SignatureMethod) {
	case "hmacsha1":
		v1 = "HmacSHA1"
	case "hmacsha256":
		v1 = "HmacSHA256"
	}
	// The version as the SDKs name their packages (v20170312), and the
	// service as they name its client (Cvm, Tke).
	ver := strings.ReplaceAll(in.Version, "-", "")
	pkg := strings.ToLower(in.Service)
	class := pkg
	if pkg != "" {
		class = strings.ToUpper(pkg[:1]) + pkg[1:]
	}
	return [40]string{
		"service", in.Service,
		"version", in.Version,
		"action", in.Action,
		"region", in.Region,
		"host", host,
		"params", in.params,
		"v1", v1,
		"lang", in.Language,
		// The Java SDK's Language constant: ZH_CN, EN_US.
		"javalang", strings.ToUpper(strings.ReplaceAll(in.Language, "-", "_")),
		"pkg", pkg,
		"ver", "v" + ver,
		"phpver", "V" + ver,
		"class", class,
		"tccliargs", in.tccliArgs(),
		"typed", when(in.Typed),
		"get", when(get),
		"http", when(strings.EqualFold(in.Scheme, "http")),
		"notc3", when(get || v1 != ""),
		"endpoint", when(host != defaultHost),
		"bigint", bigInt(in.obj),
	}
}

// bigInt is the first integer in v above 2^53, which JavaScript's
// JSON.parse cannot keep exact, or "".
func bigInt(v any) string {
	switch v := v.(type) {
	case jsonlite.Object:
		for _, m := range v {
			if n := bigInt(m.Value); n != "" {
				return n
			}
		}
	case []any:
		for _, e := range v {
			if n := bigInt(e); n != "" {
				return n
			}
		}
	case jsonlite.Number:
		digits := strings.TrimPrefix(string(v), "-")
		if strings.ContainsAny(digits, ".eE") {
			return ""
		}
		// 2^53 has 16 digits: longer is above it, as long compares as text.
		if len(digits) > 16 || len(digits) == 16 && digits > "9007199254740992" {
			return string(v)
		}
	}
	return ""
}

// when is a condition's value: "1" when it holds, else "".
func when(b bool) string {
	if b {
		return "1"
	}
	return ""
}

// tccliArgs is each top-level parameter as a continued tccli argument:
// a string as it is, anything else as JSON.
func (in *input) tccliArgs() string {
	var b strings.Builder
	for _, m := range in.obj {
		v, ok := m.Value.(string)
		if !ok {
			v = compact(m.Value)
		}
		b.WriteString(" \\\n  --" + m.Key + " " + shellQuote(v))
	}
	return b.String()
}
