curl --url-query 'a=b c' --url-query '+raw=x%20y' 'http://127.0.0.1:18777/?z=1'
