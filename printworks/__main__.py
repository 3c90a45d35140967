from printworks.cli import app

app(prog_name="printworks")
