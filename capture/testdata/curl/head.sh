curl -sI 'http://127.0.0.1:18777/'
