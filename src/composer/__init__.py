"""Letter Composer: human-rights letters for Urgent Actions, written offline."""

__version__ = "0.1.0"
APP_NAME = "Letter Composer"
APP_ID = "org.lettercomposer.LetterComposer"
ORG_NAME = "Letter Composer"
