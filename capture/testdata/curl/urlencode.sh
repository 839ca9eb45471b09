curl 'http://127.0.0.1:18777/' --data-urlencode 'q=你好 a+b&c' --data-urlencode '=x y' --data-urlencode 'plain text/~'
