"""Questions about articles: a session whose every answer cites the articles (session), and the
terminal around it (terminal)."""
