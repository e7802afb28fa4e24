from sscli.cli.app import main

main()
