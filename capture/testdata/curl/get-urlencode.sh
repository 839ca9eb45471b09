curl --get --data-urlencode 'a=b c' 'http://127.0.0.1:18777/'
