"""Reports drawn with Qt's printing (PDF). Their data comes from Qt-free services."""
