curl "http://127.0.0.1:18777/" -H "X-TC-Action: DescribeInstances" --data-binary "{\"a\":\"\$HOME \\\\ \`x\`\"}"
