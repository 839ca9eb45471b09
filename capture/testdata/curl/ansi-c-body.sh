curl 'http://127.0.0.1:18777/' \
  -H 'content-type: application/json' \
  --data-raw $'{"Name":"line1\\nline2","Bang":"\u0021","Tab":"\t"}\n'
