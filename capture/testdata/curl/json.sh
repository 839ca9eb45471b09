curl --json '{"Limit":1}' 'http://127.0.0.1:18777/'
