from kurz.interfaces.cli import main

main()
