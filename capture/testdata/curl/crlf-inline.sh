curl 'http://127.0.0.1:18777/' -d $'a\r\nb'
