curl -A 'my-agent/1.0' -e 'https://console.cloud.tencent.com/' -b 'k=v' -b 'k2=v2' 'http://127.0.0.1:18777/'
