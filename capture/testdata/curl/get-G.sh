curl -G 'http://127.0.0.1:18777/?Version=2017-03-12' -d 'Action=DescribeInstances' -d 'Limit=1'
