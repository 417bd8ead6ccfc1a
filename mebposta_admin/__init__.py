"""MEB Posta Yönetim: account administration for the MEB e-mail system."""

__version__ = "0.1.0"
APP_NAME = "mebposta-admin"
ORG_NAME = "MEB"
