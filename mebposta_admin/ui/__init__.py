"""The Qt user interface: views, controllers, dialogs and the task runner."""
