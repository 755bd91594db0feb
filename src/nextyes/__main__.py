from nextyes.cli import run

run()
