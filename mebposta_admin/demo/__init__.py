"""Demo stand-ins: the local SMS gateway and the demo database generator. Chosen only by
the composition root (mebposta_admin.adapters) and the demo commands; no service imports
them."""
