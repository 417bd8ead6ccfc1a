"""Widgets and controllers that pages compose: the person view, its boxes, the reissue flow."""
