from sscli.cli.entry import main

main()
