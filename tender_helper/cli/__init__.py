"""The `tender-helper` command line: argparse front end over the same services as the GUI."""
