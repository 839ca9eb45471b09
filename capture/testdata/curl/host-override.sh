curl -H 'Host: cvm.tencentcloudapi.com' -d '{}' -H 'Content-Type: application/json' 'http://127.0.0.1:18777/'
