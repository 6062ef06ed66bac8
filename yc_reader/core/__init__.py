"""The Qt-free core: files → articles → index → queries, plus user data."""
