curl -H 'Content-Type:' -d 'x=1' 'http://127.0.0.1:18777/'
