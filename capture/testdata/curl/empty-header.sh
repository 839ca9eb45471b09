curl -H 'X-Empty;' -H 'X-TC-Action: DescribeInstances' 'http://127.0.0.1:18777/'
