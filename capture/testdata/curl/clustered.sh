curl -sSLkXPOST -H'X-A: 1' --data-binary 'p=q' --url 'http://127.0.0.1:18777/x/y'
