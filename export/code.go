package export

import "strings"

// lines builds a program a line at a time.
type lines struct{ b strings.Builder }

func (l *lines) add(parts ...string) {
	for _, p := range parts {
		l.b.WriteString(p)
	}
	l.b.WriteByte('\n')
}

func (l *lines) String() string { return l.b.String() }

// tccli writes the tccli command: each top-level parameter as --Name, a
// string as it is, anything else as JSON.
func tccli(in input) string {
	var l lines
	cmd := "tccli " + in.Service + " " + in.Action
	args := []string{"--version " + in.Version}
	if in.Region != "" {
		args = append(args, "--region "+in.Region)
	}
	if !in.defaultHost() {
		args = append(args, "--endpoint "+in.host())
	}
	if in.method() == "GET" || in.v1() != "" {
		// tccli signs TC3 POST and has no switch for the others; the
		// request it sends is the same action with the same parameters.
		l.add("# tccli always sends TC3-HMAC-SHA256 POST; the API answers the same either way.")
	}
	for _, m := range in.obj {
		v := ""
		if s, ok := m.Value.(string); ok {
			v = s
		} else {
			v = compact(m.Value)
		}
		args = append(args, "--"+m.Key+" "+shellQuote(v))
	}
	l.add("# Credentials: tccli configure, or TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY.")
	l.b.WriteString(cmd)
	for _, a := range args {
		l.b.WriteString(" \\\n  " + a)
	}
	l.b.WriteByte('\n')
	return l.String()
}

// goCode writes a Go program using tencentcloud-sdk-go.
func goCode(in input) string {
	var l lines
	pkg := strings.ToLower(in.Service)
	l.add("package main")
	l.add()
	l.add("import (")
	l.add("\t\"fmt\"")
	l.add("\t\"os\"")
	l.add()
	l.add("\t\"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common\"")
	l.add("\t\"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/errors\"")
	if !in.Typed {
		l.add("\ttchttp \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/http\"")
	}
	l.add("\t\"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/common/profile\"")
	if in.Typed {
		l.add("\t", pkg, " \"github.com/tencentcloud/tencentcloud-sdk-go/tencentcloud/", pkg, "/", in.versionID(), "\"")
	}
	l.add(")")
	l.add()
	l.add("func main() {")
	l.add("\t// TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.")
	l.add("\tcredential, err := common.DefaultEnvProvider().GetCredential()")
	l.add("\tif err != nil {")
	l.add("\t\tpanic(err)")
	l.add("\t}")
	l.add("\tcpf := profile.NewClientProfile()")
	l.add("\tcpf.HttpProfile.Endpoint = ", quoteDouble(in.host()))
	if in.http() {
		l.add("\tcpf.HttpProfile.Scheme = \"HTTP\"")
	}
	if in.method() == "GET" {
		l.add("\tcpf.HttpProfile.ReqMethod = \"GET\"")
	}
	if m := in.v1(); m != "" {
		l.add("\tcpf.SignMethod = ", quoteDouble(m))
	}
	if in.Language != "" {
		l.add("\tcpf.Language = ", quoteDouble(in.Language))
	}
	l.add("\tparams := ", goString(in.params))
	if in.Typed {
		l.add("\tclient, err := ", pkg, ".NewClient(credential, ", quoteDouble(in.Region), ", cpf)")
		l.add("\tif err != nil {")
		l.add("\t\tpanic(err)")
		l.add("\t}")
		l.add("\trequest := ", pkg, ".New", in.Action, "Request()")
		l.add("\tif err := request.FromJsonString(params); err != nil {")
		l.add("\t\tpanic(err)")
		l.add("\t}")
		l.add("\tresponse, err := client.", in.Action, "(request)")
	} else {
		l.add("\tclient := common.NewCommonClient(credential, ", quoteDouble(in.Region), ", cpf)")
		l.add("\trequest := tchttp.NewCommonRequest(", quoteDouble(in.Service), ", ", quoteDouble(in.Version), ", ", quoteDouble(in.Action), ")")
		l.add("\tif err := request.SetActionParameters(params); err != nil {")
		l.add("\t\tpanic(err)")
		l.add("\t}")
		l.add("\tresponse := tchttp.NewCommonResponse()")
		l.add("\terr = client.Send(request, response)")
	}
	l.add("\tif sdkErr, ok := err.(*errors.TencentCloudSDKError); ok {")
	l.add("\t\tfmt.Fprintln(os.Stderr, \"API error:\", sdkErr)")
	l.add("\t\tos.Exit(1)")
	l.add("\t}")
	l.add("\tif err != nil {")
	l.add("\t\tpanic(err)")
	l.add("\t}")
	if in.Typed {
		l.add("\tfmt.Println(response.ToJsonString())")
	} else {
		l.add("\tfmt.Println(string(response.GetBody()))")
	}
	l.add("}")
	return l.String()
}

// python writes a program using tencentcloud-sdk-python.
func python(in input) string {
	var l lines
	pkg := strings.ToLower(in.Service)
	if !in.Typed {
		l.add("import json")
	}
	l.add("import os")
	l.add()
	l.add("from tencentcloud.common import credential")
	if !in.Typed {
		l.add("from tencentcloud.common.common_client import CommonClient")
	}
	l.add("from tencentcloud.common.exception.tencent_cloud_sdk_exception import TencentCloudSDKException")
	l.add("from tencentcloud.common.profile.client_profile import ClientProfile")
	l.add("from tencentcloud.common.profile.http_profile import HttpProfile")
	if in.Typed {
		l.add("from tencentcloud.", pkg, ".", in.versionID(), " import ", pkg, "_client, models")
	}
	l.add()
	l.add("try:")
	l.add("    # TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.")
	l.add("    cred = credential.Credential(os.getenv(\"TENCENTCLOUD_SECRET_ID\"), os.getenv(\"TENCENTCLOUD_SECRET_KEY\"))")
	args := []string{"endpoint=" + jsString(in.host())}
	if in.http() {
		args = append(args, "protocol=\"http\"")
	}
	if in.method() == "GET" {
		args = append(args, "reqMethod=\"GET\"")
	}
	l.add("    http_profile = HttpProfile(", strings.Join(args, ", "), ")")
	args = []string{"httpProfile=http_profile"}
	if m := in.v1(); m != "" {
		args = append(args, "signMethod="+jsString(m))
	}
	if in.Language != "" {
		args = append(args, "language="+jsString(in.Language))
	}
	l.add("    client_profile = ClientProfile(", strings.Join(args, ", "), ")")
	l.add("    params = ", singleQuoted(in.params))
	if in.Typed {
		l.add("    client = ", pkg, "_client.", in.className(), "Client(cred, ", jsString(in.Region), ", client_profile)")
		l.add("    req = models.", in.Action, "Request()")
		l.add("    req.from_json_string(params)")
		l.add("    resp = client.", in.Action, "(req)")
		l.add("    print(resp.to_json_string())")
	} else {
		l.add("    client = CommonClient(", jsString(in.Service), ", ", jsString(in.Version), ", cred, ", jsString(in.Region), ", profile=client_profile)")
		l.add("    print(json.dumps(client.call_json(", jsString(in.Action), ", json.loads(params)), ensure_ascii=False))")
	}
	l.add("except TencentCloudSDKException as err:")
	l.add("    print(err)")
	l.add("    raise SystemExit(1)")
	return l.String()
}

// node writes a program using tencentcloud-sdk-nodejs. Its clients take
// the parameters as a plain object, which the JSON text already is.
func node(in input) string {
	var l lines
	pkg := strings.ToLower(in.Service)
	if in.Typed {
		l.add("const tencentcloud = require(\"tencentcloud-sdk-nodejs\");")
	} else {
		l.add("const { CommonClient } = require(\"tencentcloud-sdk-nodejs-common\");")
	}
	l.add()
	l.add("const clientConfig = {")
	l.add("  // TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.")
	l.add("  credential: {")
	l.add("    secretId: process.env.TENCENTCLOUD_SECRET_ID,")
	l.add("    secretKey: process.env.TENCENTCLOUD_SECRET_KEY,")
	l.add("  },")
	l.add("  region: ", jsString(in.Region), ",")
	l.add("  profile: {")
	if m := in.v1(); m != "" {
		l.add("    signMethod: ", jsString(m), ",")
	}
	if in.Language != "" {
		l.add("    language: ", jsString(in.Language), ",")
	}
	l.add("    httpProfile: {")
	l.add("      endpoint: ", jsString(in.host()), ",")
	if in.method() == "GET" {
		l.add("      reqMethod: \"GET\",")
	}
	if in.http() {
		l.add("      protocol: \"http://\",")
	}
	l.add("    },")
	l.add("  },")
	l.add("};")
	l.add()
	l.add("const params = JSON.parse(", jsString(in.params), ");")
	if in.Typed {
		l.add("const Client = tencentcloud.", pkg, ".", in.versionID(), ".Client;")
		l.add("const client = new Client(clientConfig);")
		l.add("client.", in.Action, "(params).then(")
	} else {
		l.add("const client = new CommonClient(", jsString(in.host()), ", ", jsString(in.Version), ", clientConfig);")
		l.add("client.request(", jsString(in.Action), ", params).then(")
	}
	l.add("  (data) => console.log(JSON.stringify(data, null, 2)),")
	l.add("  (err) => {")
	l.add("    console.error(\"error\", err);")
	l.add("    process.exitCode = 1;")
	l.add("  },")
	l.add(");")
	return l.String()
}

// java writes a program using tencentcloud-sdk-java.
func java(in input) string {
	var l lines
	pkg := strings.ToLower(in.Service)
	client := in.className() + "Client"
	l.add("import com.tencentcloudapi.common.AbstractModel;")
	if !in.Typed {
		l.add("import com.tencentcloudapi.common.CommonClient;")
	}
	l.add("import com.tencentcloudapi.common.Credential;")
	l.add("import com.tencentcloudapi.common.exception.TencentCloudSDKException;")
	l.add("import com.tencentcloudapi.common.profile.ClientProfile;")
	l.add("import com.tencentcloudapi.common.profile.HttpProfile;")
	if in.Typed {
		l.add("import com.tencentcloudapi.", pkg, ".", in.versionID(), ".", client, ";")
		l.add("import com.tencentcloudapi.", pkg, ".", in.versionID(), ".models.", in.Action, "Request;")
		l.add("import com.tencentcloudapi.", pkg, ".", in.versionID(), ".models.", in.Action, "Response;")
	}
	l.add()
	l.add("public class ", in.Action, " {")
	l.add("    public static void main(String[] args) {")
	l.add("        try {")
	l.add("            // TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.")
	l.add("            Credential cred = new Credential(System.getenv(\"TENCENTCLOUD_SECRET_ID\"), System.getenv(\"TENCENTCLOUD_SECRET_KEY\"));")
	l.add("            HttpProfile httpProfile = new HttpProfile();")
	l.add("            httpProfile.setEndpoint(", javaString(in.host()), ");")
	if in.method() == "GET" {
		l.add("            httpProfile.setReqMethod(\"GET\");")
	}
	if in.http() {
		l.add("            httpProfile.setProtocol(\"http://\");")
	}
	l.add("            ClientProfile clientProfile = new ClientProfile();")
	l.add("            clientProfile.setHttpProfile(httpProfile);")
	if m := in.v1(); m != "" {
		l.add("            clientProfile.setSignMethod(", javaString(m), ");")
	}
	if in.Language != "" {
		l.add("            clientProfile.setLanguage(com.tencentcloudapi.common.profile.Language.", javaLanguage(in.Language), ");")
	}
	l.add("            String params = ", javaString(in.params), ";")
	if in.Typed {
		l.add("            ", client, " client = new ", client, "(cred, ", javaString(in.Region), ", clientProfile);")
		l.add("            ", in.Action, "Request req = AbstractModel.fromJsonString(params, ", in.Action, "Request.class);")
		l.add("            ", in.Action, "Response resp = client.", in.Action, "(req);")
		l.add("            System.out.println(AbstractModel.toJsonString(resp));")
	} else {
		l.add("            CommonClient client = new CommonClient(", javaString(in.Service), ", ", javaString(in.Version), ", cred, ", javaString(in.Region), ", clientProfile);")
		l.add("            System.out.println(client.call(", javaString(in.Action), ", params));")
	}
	l.add("        } catch (TencentCloudSDKException e) {")
	l.add("            System.err.println(e.toString());")
	l.add("            System.exit(1);")
	l.add("        }")
	l.add("    }")
	l.add("}")
	return l.String()
}

// javaLanguage is the Java SDK's Language constant for an API language.
func javaLanguage(lang string) string {
	return strings.ToUpper(strings.ReplaceAll(lang, "-", "_"))
}

// php writes a program using tencentcloud-sdk-php.
func php(in input) string {
	var l lines
	ns := in.className() + "\\" + strings.ToUpper(in.versionID()[:1]) + in.versionID()[1:]
	client := in.className() + "Client"
	l.add("<?php")
	l.add("require_once 'vendor/autoload.php';")
	l.add()
	if !in.Typed {
		l.add("use TencentCloud\\Common\\CommonClient;")
	}
	l.add("use TencentCloud\\Common\\Credential;")
	l.add("use TencentCloud\\Common\\Exception\\TencentCloudSDKException;")
	l.add("use TencentCloud\\Common\\Profile\\ClientProfile;")
	l.add("use TencentCloud\\Common\\Profile\\HttpProfile;")
	if in.Typed {
		l.add("use TencentCloud\\", ns, "\\", client, ";")
		l.add("use TencentCloud\\", ns, "\\Models\\", in.Action, "Request;")
	}
	l.add()
	l.add("try {")
	l.add("    // TENCENTCLOUD_SECRET_ID and TENCENTCLOUD_SECRET_KEY hold the key.")
	l.add("    $cred = new Credential(getenv(\"TENCENTCLOUD_SECRET_ID\"), getenv(\"TENCENTCLOUD_SECRET_KEY\"));")
	l.add("    $httpProfile = new HttpProfile();")
	l.add("    $httpProfile->setEndpoint(", singleQuoted(in.host()), ");")
	if in.method() == "GET" {
		l.add("    $httpProfile->setReqMethod(\"GET\");")
	}
	if in.http() {
		l.add("    $httpProfile->setProtocol(\"http://\");")
	}
	l.add("    $clientProfile = new ClientProfile();")
	l.add("    $clientProfile->setHttpProfile($httpProfile);")
	if m := in.v1(); m != "" {
		l.add("    $clientProfile->setSignMethod(", singleQuoted(m), ");")
	}
	if in.Language != "" {
		l.add("    $clientProfile->setLanguage(", singleQuoted(in.Language), ");")
	}
	l.add("    $params = ", singleQuoted(in.params), ";")
	if in.Typed {
		l.add("    $client = new ", client, "($cred, ", singleQuoted(in.Region), ", $clientProfile);")
		l.add("    $req = new ", in.Action, "Request();")
		l.add("    $req->fromJsonString($params);")
		l.add("    $resp = $client->", in.Action, "($req);")
		l.add("    echo $resp->toJsonString(), \"\\n\";")
	} else {
		l.add("    $client = new CommonClient(", singleQuoted(in.Service), ", ", singleQuoted(in.Version), ", $cred, ", singleQuoted(in.Region), ", $clientProfile);")
		l.add("    $resp = $client->callJson(", singleQuoted(in.Action), ", json_decode($params, true));")
		l.add("    echo json_encode($resp, JSON_UNESCAPED_UNICODE), \"\\n\";")
	}
	l.add("} catch (TencentCloudSDKException $e) {")
	l.add("    echo $e, \"\\n\";")
	l.add("    exit(1);")
	l.add("}")
	return l.String()
}
