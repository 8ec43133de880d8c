"""Forms as data: definitions (``definition``) and their condition language
(``expressions``). Qt-free; the GUI renders them."""
