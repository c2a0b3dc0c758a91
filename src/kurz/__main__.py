from kurz.interfaces.cli import main

if __name__ == "__main__":  # worker processes (spawn/forkserver) import this module without running the CLI
    main()
