curl 'http://127.0.0.1:18777/?a\[0\]=%E4%BD%A0&b=\{x\}' \
  -H 'content-type: text/plain' \
  -H $'x-note: 100% sure & <ok> | "quoted" ^caret \'single\' \u0021bang' \
  --data-raw $'line1\r\nline2 %PATH% %1 100%\n\u0009"q" \\\\server\\share\\ end\\\n\u0021\u0021'