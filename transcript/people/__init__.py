"""People: the speakers behind the labels: their names, titles and roles."""
