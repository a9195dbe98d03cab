"""`python -m smacalc`, and the `smacalc` command: the command line is imported here, under a guard,
so that Ctrl-C while it loads ends with one line and exit 130, as it does later."""

import sys


def run() -> None:
    try:
        from smacalc.cli.app import main
    except KeyboardInterrupt:
        sys.stderr.write("smacalc: error: interrupted\n")
        raise SystemExit(130) from None
    main()


if __name__ == "__main__":
    run()
