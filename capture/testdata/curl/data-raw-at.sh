curl --data-raw '@not-a-file' 'http://127.0.0.1:18777/'
