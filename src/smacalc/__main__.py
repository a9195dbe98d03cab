"""`python -m smacalc`, and the `smacalc` command: the command line is imported here, under a guard,
so that Ctrl-C while it loads ends with one line and exit 130, as it does later."""

import os


def run() -> None:
    try:
        from smacalc.cli.app import main
    except (KeyboardInterrupt, Exception) as error:
        from smacalc.errors import signal_within

        if signal_within(error) is None:
            raise
        # os._exit: an interrupted import may have left the interpreter set to end by SIGINT
        # whatever SystemExit says (see cli.app.main); nothing has been written but this line.
        try:
            os.write(2, b"smacalc: error: interrupted\n")
        finally:
            os._exit(130)
    main()


if __name__ == "__main__":
    run()
