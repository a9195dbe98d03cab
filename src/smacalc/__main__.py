from smacalc.cli import main

main()
