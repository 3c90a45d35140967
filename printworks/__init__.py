"""printworks: satirical job-role dossiers, printed as a case file, a deck and a zine."""

__version__ = "0.1.0"
